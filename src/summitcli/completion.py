"""`--show-completion [SHELL]` and `--install-completion [SHELL]`: the one place summit uses a
private part of Typer.

Typer's own completion options ignore a shell's name and insert bash completions unquoted, and
Typer has no public API for a named shell's script, so this adapter calls the two functions of
`typer._completion_shared` that write and install it. Typer is pinned below 0.29
(pyproject.toml); `tests/test_cli.py` runs these options for every shell, in bash, zsh and fish
where installed, so a Typer that moves them fails there first.
"""

import os
from collections.abc import Sequence
from pathlib import Path

import typer

from .errors import EXIT_OK
from .text import quoted

SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
BASH_COMPLETION = """\
_summit_completion() {
    local IFS=$'\\n' completion word glue=0
    local -a words=()
    for word in "${COMP_WORDS[@]:0:COMP_CWORD+1}"; do
        if [[ $word == ":" || $glue == 1 ]] && (( ${#words[@]} )); then
            words[${#words[@]}-1]+=$word
        else
            words+=( "$word" )
        fi
        [[ $word == ":" ]] && glue=1 || glue=0
    done
    local cur=${words[${#words[@]}-1]}
    local completions=( $( env COMP_WORDS="${words[*]}" COMP_CWORD=$(( ${#words[@]} - 1 )) \\
                           _SUMMIT_COMPLETE=complete_bash $1 ) )
    COMPREPLY=()
    for completion in "${completions[@]}"; do
        [[ $cur == *:* ]] && completion=${completion#"${cur%"${cur##*:}"}"}
        if [[ ${cur:0:1} == '"' || ${cur:0:1} == "'" ]]; then
            COMPREPLY+=( "$completion" )
        else
            COMPREPLY+=( "$(printf '%q' "$completion")" )
        fi
    done
    return 0
}

complete -o default -F _summit_completion summit
"""
"""Typer's bash script, but each completion quoted as bash would (`Prime\\ Minister\\ Ishiba`):
bash inserts a completion as it is, so a name with spaces would become three words. Bash also
breaks a word at `:` (COMP_WORDBREAKS), and a folder's refs are `SUMMIT-ID:REF`: the script
joins the pieces for summit and offers only what follows the last colon, the part bash replaces.
After an opening quote, bash inserts a completion inside it: there it goes as it is."""


def completion_for(arguments: Sequence[str]) -> int:
    """`--show-completion [SHELL]` or `--install-completion [SHELL]` (the first argument), for
    the shell named or else the one running. Typer's own options ignore a shell's name and
    insert bash completions unquoted. The shell is named as any option's value is (`=bash`),
    in any case, as formats are."""
    option, equals, named = arguments[0].partition("=")
    arguments = [option, *([named] if equals else []), *arguments[1:]]
    if len(arguments) > 2:
        raise typer.BadParameter(f"{option} takes one shell, not {quoted(' '.join(arguments[1:]))}")
    shell = arguments[1].lower() if len(arguments) == 2 else _running_shell()
    if shell not in SHELLS:
        raise typer.BadParameter(
            f"no completion for {quoted(arguments[1])}; the shells are {', '.join(SHELLS)}"
        )
    from typer._completion_shared import get_completion_script, install

    names = {"prog_name": "summit", "complete_var": "_SUMMIT_COMPLETE"}
    script = BASH_COMPLETION if shell == "bash" else get_completion_script(shell=shell, **names)
    if option == "--show-completion":
        print(script, end="")
        return EXIT_OK
    _, path = install(shell=shell, **names)
    if shell == "bash":
        path.write_text(BASH_COMPLETION, encoding="utf-8")
    print(f"{shell} completion installed in {path}; it takes effect in a new shell")
    return EXIT_OK


def _running_shell() -> str:
    import shellingham

    try:
        name = shellingham.detect_shell()[0]
    except shellingham.ShellDetectionFailure:
        name = Path(os.environ.get("SHELL", "bash")).name
    if name not in SHELLS:
        raise typer.BadParameter(f"cannot complete for {name}; name one of {', '.join(SHELLS)}")
    return str(name)
