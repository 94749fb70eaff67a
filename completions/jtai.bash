# bash completion for jtai(1): subcommands, their options and the values of options that
# take one of a few words; file names everywhere else. Installed into
# share/bash-completion/completions, or source it from ~/.bashrc.

_jtai() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local subcommands="analyse analyze summarise summarize report explain text rules"
  local batch="--files-from --list -0 --null -g --glob --ext -j --jobs -o --output --progress
               -v --verbose --log-level -q --quiet --rules --add-rules
               --max-bytes --max-findings --time-limit -h --help"
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
      esac
      return ;;
    --progress) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --log-level) COMPREPLY=($(compgen -W "trace debug info warn error off" -- "$cur")); return ;;
    -j|--jobs|-g|--glob|--ext|--label|--title|--max-bytes|--max-findings|--time-limit) return ;;
  esac
  if [[ -z $sub ]]; then
    COMPREPLY=($(compgen -W "$subcommands -h --help --version" -- "$cur"))
    return
  fi
  [[ $cur == -* ]] || { [[ $sub == rules && -z $rulesub ]] && COMPREPLY=($(compgen -W "check dump" -- "$cur")); return; }
  case $sub in
    analyse|analyze) COMPREPLY=($(compgen -W "-f --format --bom --timings $batch" -- "$cur")) ;;
    summarise|summarize) COMPREPLY=($(compgen -W "-f --format $batch" -- "$cur")) ;;
    report) COMPREPLY=($(compgen -W "--title $batch" -- "$cur")) ;;
    explain) COMPREPLY=($(compgen -W "--rules --add-rules --label -h --help" -- "$cur")) ;;
    rules) COMPREPLY=($(compgen -W "-h --help" -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "-h --help" -- "$cur")) ;;
  esac
}
complete -o default -F _jtai jtai
