#!/usr/bin/env bash
# `make bench`: jtai beside the peers of ../shared/bench, then the rules four times over
# and the scaling runs, all written to OUT (default /tmp/jtai-bench) and summed up in
# OUT/summary.md. Absolute times drift on a shared machine: compare ratios within one run.
#
#   bench/run.sh JTAI [OUT]
#
# Environment: SIZES (corpus sizes in MB, default "10 100"), RUNS (rounds, default 3),
# PEERS (run-peers.sh peer list; default "cat wc wink wink-2p rg-1t rg-2t jtai jtai-j2 jtai-2p",
# py and compromise take minutes and add nothing to the ratios asked for), SCALING (MB
# sizes of the bullet and single-line inputs, default "1 2 4 8 16"), RULES_RUNS (pairs of
# runs for the rules four times over, default 9), SHARED (default ../shared beside the
# project).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jtai=$(realpath "$1")
out=${2:-/tmp/jtai-bench}
shared=${SHARED:-$(cd "$here/../../shared" && pwd)}
sizes=${SIZES:-10 100}
runs=${RUNS:-3}
peers=${PEERS:-cat wc wink wink-2p rg-1t rg-2t jtai jtai-j2 jtai-2p}
scaling=${SCALING:-1 2 4 8 16}
mkdir -p "$out"
summary=$out/summary.md
echo "# jtai benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" > "$summary"

# run-peers.sh with a jtai -j2 row: a copy whose jtai rows run one worker (jtai, and each
# process of jtai-2p) or two (jtai-j2); the peers and the table are the shared ones.
runner=$out/run-peers.sh
sed -e "s|^here=.*|here=$shared/bench|" \
    -e 's|^    jtai) echo "$jtai_cmd $C > $O/jtai.out" ;;|    jtai) echo "$jtai_cmd -j1 $C > $O/jtai.out" ;;\n    jtai-j2) echo "$jtai_cmd -j2 $C > $O/jtai-j2.out" ;;|' \
    -e 's|prog="$jtai_cmd --list"|prog="$jtai_cmd -j1 --list"|' \
    "$shared/bench/run-peers.sh" > "$runner"
chmod +x "$runner"
grep -q 'jtai-j2)' "$runner" || { echo "could not add the jtai-j2 row to run-peers.sh" >&2; exit 1; }

for n in $sizes; do
  corpus=$out/corpus-$n
  [[ -d $corpus ]] || "$shared/bench/make-corpus.sh" "$n" "$corpus"
  { echo; echo "## $n MB seed corpus"; echo; } >> "$summary"
  JTAI_CMD="$jtai analyse --format jsonl" "$runner" -r "$runs" -p "$peers" -o "$out/run-$n" "$corpus" | tee -a "$summary"
done

# Stage times on the first corpus (one worker).
first=$out/corpus-${sizes%% *}
{ echo; echo "## Stage times, ${sizes%% *} MB, one worker (jtai analyse --timings)"; echo; echo '```'; } >> "$summary"
"$jtai" analyse --format jsonl -j1 --timings "$first" 2>> "$summary" > /dev/null
echo '```' >> "$summary"

# The rules four times over: the same labels, and the time against the built-in rules
# (interleaved rounds, median of each).
rules4=$out/rules4x.rules
{ echo; echo "## Rules four times over (${sizes%% *} MB, one worker)"; echo; } >> "$summary"
python3 "$here/rules4x.py" "$jtai" "$rules4" --check "$shared/corpus/seeds" "$shared/corpus/docs" >> "$summary"
# Pairs of runs, one of each, RULES_RUNS of them (default 9): on a shared machine a
# neighbour's load moves each run by a third, so the ratio within a pair is the figure.
t1=() t4=()
for ((r = 1; r <= ${RULES_RUNS:-9}; r++)); do
  t1+=("$( { /usr/bin/time -f '%e' "$jtai" analyse --format jsonl -j1 "$first" > /dev/null; } 2>&1 | tail -1)")
  t4+=("$( { /usr/bin/time -f '%e' "$jtai" analyse --format jsonl -j1 --rules "$rules4" "$first" > /dev/null; } 2>&1 | tail -1)")
done
python3 - "${t1[*]}" "${t4[*]}" >> "$summary" <<'PY'
import statistics, sys
one, four = [list(map(float, a.split())) for a in sys.argv[1:3]]
m1, m4 = statistics.median(one), statistics.median(four)
pairs = sorted(b / a for a, b in zip(one, four))
print(f"built-in rules: median {m1:.3f} s; four times over: median {m4:.3f} s; ratio of medians {m4 / m1:.2f}; "
      f"median of the {len(pairs)} paired ratios {statistics.median(pairs):.2f} ({pairs[0]:.2f}-{pairs[-1]:.2f})")
PY

# Cost in input size: one-line `- x` bullets and a single line of prose.
{ echo; echo "## Scaling (one worker)"; echo; echo "| input | MB | wall s | s/MB | peak RSS MB | RSS/input |"; echo "|---|---|---|---|---|---|"; } >> "$summary"
for mb in $scaling; do
  python3 -c "import sys; sys.stdout.write('- x\n' * ($mb * 250000))" > "$out/bullets-$mb.txt"
  python3 -c "import sys; s = 'The police shared information with social care. '; sys.stdout.write(s * ($mb * 1000000 // len(s)))" > "$out/line-$mb.txt"
  for kind in bullets line; do
    f=$out/$kind-$mb.txt
    read -r wall rss < <( { /usr/bin/time -f '%e %M' "$jtai" analyse --format jsonl -j1 "$f" > /dev/null; } 2>&1 | tail -1)
    python3 -c "import sys; w, r, mb, size = float('$wall'), int('$rss') / 1024, $mb, $(stat -c %s "$f") / 1e6; print(f'| $kind | {mb} | {w:.2f} | {w / size:.3f} | {r:.0f} | {r / size:.1f}x |')" >> "$summary"
  done
  rm -f "$out/bullets-$mb.txt" "$out/line-$mb.txt"
done
echo "wrote $summary" >&2
