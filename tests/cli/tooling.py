#!/usr/bin/env python3
"""How jtai fits the shell. Usage: tooling.py MODE JTAI SOURCE_DIR BUILD_DIR VERSION
  help        every subcommand's --help ends with two or three examples; unknown options and
              subcommands get one line naming them and the --help to read, exit 2;
              --version is CMake's project version.
  completion  bash, driven with COMP_WORDS and compgen, completes subcommands, options and
              option values; it offers every option that each --help lists.
  man         man -l renders the generated page: every subcommand, the version.
  install     cmake --install with DESTDIR puts binary, page, completions and docs in place."""
import os, re, subprocess, sys, tempfile

mode, jtai, src, build, version = sys.argv[1:6]
SUBCOMMANDS = [["analyse"], ["summarise"], ["report"], ["explain"], ["text"], ["rules"], ["rules", "check"], ["rules", "dump"],
               ["tag"], ["timeline"], ["compare"]]


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def options_of(help_text):
    """The option names that a CLI11 --help lists at the start of its lines."""
    names = set()
    for m in re.finditer(r"^  (-[^ ]+)", help_text.split("Examples:")[0], re.M):
        names.update(m.group(1).split(","))
    return names


def mode_help():
    for sub in [[]] + SUBCOMMANDS:
        r = run([jtai] + sub + ["--help"])
        assert r.returncode == 0, (sub, r.returncode)
        tail = r.stdout.rstrip("\n").split("Examples:\n")
        assert len(tail) == 2, f"jtai {' '.join(sub)} --help has no Examples footer"
        examples = [l for l in tail[1].splitlines() if l.startswith("  jtai ") or l.startswith("  cat ")
                    or l.startswith("  curl ")]
        assert 2 <= len(examples) <= 3, (sub, examples)
    cases = [
        (["analyse", "--x", "a.txt"], "jtai: unknown option --x; see jtai analyse --help\n"),
        (["analyse", "--formt", "csv", "a.txt"], "jtai: unknown option --formt; see jtai analyse --help\n"),
        (["analyze-typo"], "jtai: unknown subcommand analyze-typo; see jtai --help\n"),
        (["--frobnicate"], "jtai: unknown option --frobnicate; see jtai --help\n"),
        (["rules", "chek", "x.rules"], "jtai: unknown subcommand chek; see jtai rules --help\n"),
        (["rules", "check", "--bogus", "x.rules"], "jtai: unknown option --bogus; see jtai rules check --help\n"),
        (["text", "a.txt", "b.txt"], "jtai: unexpected argument b.txt; see jtai text --help\n"),
        ([], "jtai: a subcommand is required; see jtai --help\n"),
    ]
    for args, want in cases:
        r = run([jtai] + args)
        assert (r.returncode, r.stderr) == (2, want), (args, r.returncode, r.stderr)
    r = run([jtai, "analyse", "-f", "xml", "a.txt"])
    assert r.returncode == 2 and r.stderr.startswith("jtai: ") and r.stderr.endswith("; see jtai analyse --help\n"), \
        r.stderr
    r = run([jtai, "--version"])
    assert r.stdout == f"jtai {version}\n", r.stdout
    print(f"help: {len(SUBCOMMANDS) + 1} helps end with examples; {len(cases) + 1} bad command lines exit 2 "
          f"with one line; --version is {version}")


def complete(*words):
    """What bash offers for `jtai WORDS...` (the last word is the one being completed)."""
    line = " ".join(["jtai"] + list(words))
    script = (f"source {src}/completions/jtai.bash\n"
              f"complete -p jtai >/dev/null || exit 3\n"
              f"COMP_WORDS=(jtai {' '.join(repr(w) for w in words)}); COMP_CWORD={len(words)}\n"
              f"COMP_LINE={line!r}; COMP_POINT=${{#COMP_LINE}}\n"
              "_jtai; printf '%s\\n' \"${COMPREPLY[@]}\"\n")
    r = run(["bash", "--norc", "-c", script])
    assert r.returncode == 0, (words, r.returncode, r.stderr)
    return [l for l in r.stdout.splitlines() if l]


def mode_completion():
    cases = [
        (("",), {"analyse", "analyze", "summarise", "summarize", "report", "explain", "text", "rules", "tag", "timeline",
                 "compare", "-h", "--help", "--version"}),
        (("an",), {"analyse", "analyze"}),
        (("su",), {"summarise", "summarize"}),
        (("report", "--tit"), {"--title"}),
        (("rules", ""), {"check", "dump"}),
        (("rules", "ch"), {"check"}),
        (("analyse", "--fo"), {"--format"}),
        (("analyse", "-f", ""), {"json", "jsonl", "csv", "markdown", "xlsx"}),
        (("summarise", "--format", ""), {"markdown", "json", "csv"}),
        (("analyse", "--progress", "a"), {"auto", "always"}),
        (("explain", "--la"), {"--label"}),
        (("summarise", "--by", "year,th"), {"year,theme"}),
        (("analyse", "--polarity", "ne"), {"negative", "neutral"}),
        (("timeline", "-f", ""), {"markdown", "json"}),
        (("ti",), {"timeline"}),
    ]
    for words, want in cases:
        got = set(complete(*words))
        assert got == want, f"jtai {' '.join(words)}<TAB>: got {sorted(got)}, want {sorted(want)}"
    # compgen itself, as a user's `complete -p` shows it, offers the subcommands.
    r = run(["bash", "--norc", "-c", f"source {src}/completions/jtai.bash; complete -p jtai"])
    assert r.stdout.strip() == "complete -o default -F _jtai jtai", r.stdout
    for sub in SUBCOMMANDS:
        if sub[0] == "rules":
            continue
        listed = options_of(run([jtai] + sub + ["--help"]).stdout)
        offered = set(complete(*sub, "-"))
        assert listed <= offered, f"jtai {sub[0]}: --help lists {sorted(listed - offered)} that bash does not offer"
    zsh = open(f"{src}/completions/_jtai", encoding="utf-8").read()
    assert zsh.startswith("#compdef jtai"), "zsh completion must start with #compdef"
    for name in ("analyse", "summarise", "report", "--title", "explain", "text", "rules", "xlsx", "--glob", "--bom", "--label", "tag",
                 "timeline", "compare", "--by", "--concerns", "--finding-kind", "--since"):
        assert name in zsh, f"zsh completion lacks {name}"
    print(f"completion: {len(cases)} bash completions; every option of every --help is offered")


def mode_man():
    page = os.path.join(build, "jtai.1")
    r = run(["man", "-l", page], env=dict(os.environ, MANWIDTH="100", MAN_KEEP_FORMATTING="0", MANPAGER="cat"))
    assert r.returncode == 0, r.stderr
    assert not r.stderr.strip(), "man/groff warned: " + r.stderr
    text = re.sub(r".\x08", "", r.stdout)
    for want in ["SUBCOMMANDS", "jtai analyse", "jtai summarise", "jtai report", "jtai explain", "jtai text", "jtai rules check",
                 "jtai rules dump", "--glob", "--bom", "--label", "JTAI_ADD_RULES", "EXIT STATUS", "Examples:",
                 f"jtai {version}"]:
        assert want in text, f"the man page lacks {want!r}"
    print(f"man: {len(text.splitlines())} lines render, every subcommand, version {version}")


def mode_install():
    dest = tempfile.mkdtemp()
    r = run(["cmake", "--install", build, "--prefix", "/usr"], env=dict(os.environ, DESTDIR=dest))
    assert r.returncode == 0, r.stderr
    for rel in ["usr/bin/jtai", "usr/share/man/man1/jtai.1", "usr/share/bash-completion/completions/jtai",
                "usr/share/zsh/vendor-completions/_jtai", "usr/share/doc/jtai/README.md",
                "usr/share/doc/jtai/cli.md", "usr/share/doc/jtai/taxonomy.md", "usr/share/doc/jtai/output-contract.md",
                "usr/share/doc/jtai/scaling.md", "usr/share/doc/jtai/schema/analysis.schema.json"]:
        assert os.path.isfile(os.path.join(dest, rel)), f"not installed: {rel}"
    v = run([os.path.join(dest, "usr/bin/jtai"), "--version"])
    assert v.stdout == f"jtai {version}\n", v.stdout
    print(f"install: {r.stdout.count('Installing:') + r.stdout.count('Up-to-date:')} files under DESTDIR")


{"help": mode_help, "completion": mode_completion, "man": mode_man, "install": mode_install}[mode]()
