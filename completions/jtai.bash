# bash completion for jtai(1): subcommands, their options and the values of options that
# take one of a few words; file names everywhere else. Installed into
# share/bash-completion/completions, or source it from ~/.bashrc.

_jtai() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local subcommands="analyse analyze summarise summarize report explain text rules tag timeline compare"
  local batch="--files-from --list -0 --null -g --glob --ext -j --jobs -o --output --progress
               -v --verbose --log-level -q --quiet --rules --add-rules
               --max-bytes --max-findings --time-limit -h --help"
  local filters="--kind --area --since --until --finding-kind --polarity --theme --agency --label --concerns"
  local sub="" rulesub="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      -*) ;;
      *) if [[ -z $sub ]]; then sub=${COMP_WORDS[i]}
         elif [[ $sub == rules && -z $rulesub ]]; then rulesub=${COMP_WORDS[i]}; fi ;;
    esac
  done
  case $prev in
    -f|--format)
      case $sub in
        analyse|analyze) COMPREPLY=($(compgen -W "json jsonl csv markdown xlsx" -- "$cur")) ;;
        summarise|summarize) COMPREPLY=($(compgen -W "markdown json csv" -- "$cur")) ;;
        tag) COMPREPLY=($(compgen -W "json jsonl csv markdown xlsx" -- "$cur")) ;;
        timeline|compare) COMPREPLY=($(compgen -W "markdown json" -- "$cur")) ;;
      esac
      return ;;
    --progress) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --log-level) COMPREPLY=($(compgen -W "trace debug info warn error off" -- "$cur")); return ;;
    --kind) COMPREPLY=($(compgen -W "jtai-letter inspection-report thematic-report news-article unknown" -- "$cur")); return ;;
    --finding-kind)
      COMPREPLY=($(compgen -W "strength area-for-improvement priority-action concern observation practice-study
                               recommendation" -- "$cur")); return ;;
    --polarity) COMPREPLY=($(compgen -W "positive negative mixed neutral" -- "$cur")); return ;;
    --by)
      COMPREPLY=($(compgen -W "year area region kind finding-kind polarity theme agency label judgement grade" \
                   -- "${cur##*,}"))
      [[ $cur == *,* ]] && COMPREPLY=("${COMPREPLY[@]/#/${cur%,*},}")
      return ;;
    --area|--since|--until|--theme|--agency|--examples) return ;;
    -j|--jobs|-g|--glob|--ext|--label|--title|--max-bytes|--max-findings|--time-limit) return ;;
  esac
  if [[ -z $sub ]]; then
    COMPREPLY=($(compgen -W "$subcommands -h --help --version" -- "$cur"))
    return
  fi
  [[ $cur == -* ]] || { [[ $sub == rules && -z $rulesub ]] && COMPREPLY=($(compgen -W "check dump" -- "$cur")); return; }
  case $sub in
    analyse|analyze) COMPREPLY=($(compgen -W "-f --format --bom --timings $filters $batch" -- "$cur")) ;;
    summarise|summarize) COMPREPLY=($(compgen -W "-f --format --by $filters $batch" -- "$cur")) ;;
    tag) COMPREPLY=($(compgen -W "-f --format -o --output -j --jobs --rules --add-rules --diff --examples $filters -h --help" \
                      -- "$cur")) ;;
    timeline) COMPREPLY=($(compgen -W "-f --format $batch" -- "$cur")) ;;
    compare) COMPREPLY=($(compgen -W "-f --format -o --output --rules --add-rules -q --quiet -h --help" -- "$cur")) ;;
    report) COMPREPLY=($(compgen -W "--title $batch" -- "$cur")) ;;
    explain) COMPREPLY=($(compgen -W "--rules --add-rules --label -h --help" -- "$cur")) ;;
    rules) COMPREPLY=($(compgen -W "-h --help" -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "-h --help" -- "$cur")) ;;
  esac
}
complete -o default -F _jtai jtai
