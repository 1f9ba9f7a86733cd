"""The shell code ``euca2ools-completion bash|zsh`` prints.

Both functions hand the partial command line to ``euca2ools-completion
__complete`` and turn its answer (see the package docstring) into
completions; files and directories are completed by the shell itself.
"""

import shlex

BASH = r'''# euca2ools completion for bash: eval "$(euca2ools-completion bash)"
_euca2ools_complete() {
    local line mode lead flag=-f
    local -a reply=()
    COMPREPLY=()
    while IFS= read -r line; do
        reply+=("$line")
    done < <(@COMMAND@ __complete bash "$COMP_WORDBREAKS" "${COMP_LINE:0:COMP_POINT}" 2>/dev/null)
    (( ${#reply[@]} >= 2 )) || return 0
    mode=${reply[0]} lead=${reply[1]}
    case $mode in
        files|dirs)
            [[ $mode == dirs ]] && flag=-d
            if [[ -z $lead ]]; then
                compopt -o filenames 2>/dev/null
                while IFS= read -r line; do
                    COMPREPLY+=("$line")
                done < <(compgen $flag -- "${reply[2]}")
            else
                compopt -o nospace 2>/dev/null
                while IFS= read -r line; do
                    [[ -d $line ]] && line+=/
                    printf -v line '%q' "$line"
                    COMPREPLY+=("$lead$line")
                done < <(compgen $flag -- "${reply[2]}")
            fi
            ;;
        words|nospace)
            [[ $mode == nospace ]] && compopt -o nospace 2>/dev/null
            for line in "${reply[@]:2}"; do
                COMPREPLY+=("$lead$line")
            done
            ;;
    esac
    return 0
}
complete -F _euca2ools_complete \
@NAMES@
'''

ZSH = r'''# euca2ools completion for zsh: eval "$(euca2ools-completion zsh)"
_euca2ools_complete() {
    local -a reply
    reply=("${(@f)$(@COMMAND@ __complete zsh "${(@Q)words[1,CURRENT-1]}" "${(Q)PREFIX}" 2>/dev/null)}")
    (( ${#reply} >= 2 )) || return 1
    local mode=$reply[1] lead=$reply[2]
    [[ -n $lead ]] && compset -P "${(b)lead}"
    case $mode in
        files) _files ;;
        dirs) _files -/ ;;
        nospace) compadd -S '' -- "${(@)reply[3,-1]}" ;;
        words) compadd -- "${(@)reply[3,-1]}" ;;
        *) return 1 ;;
    esac
}
if (( ! $+functions[compdef] )); then
    autoload -Uz compinit && compinit
fi
compdef _euca2ools_complete \
@NAMES@
'''


def script(shell, names, command):
    template = BASH if shell == 'bash' else ZSH
    listed = ' \\\n'.join(f'    {shlex.quote(name)}' for name in names)
    return (template.replace('@COMMAND@', shlex.quote(command))
            .replace('@NAMES@', listed))
