"""What a usage error (Click's: an unknown option, a missing or stray argument, a mistyped
choice) says, in summit's words: imported only when one happens, so that no call pays for the
messages of a mistake it did not make."""

import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from .cli import BEFORE_THE_COMMAND, GLOBAL_OPTIONS, command_index
from .commands import MODULES, click_command
from .text import did_you_mean, listed, quoted, shell_word


def usage_message(error: Any, arguments: Sequence[str]) -> str:
    """The one line for Click's usage error, with the help it points to; suggestions where a
    near name, a quoted value or another command would do what was meant."""
    context = getattr(error, "ctx", None)
    command_path = context.command_path if context else _command_path(arguments)
    hint = f" (see '{command_path} --help')"
    option = getattr(error, "option_name", None) if hasattr(error, "possibilities") else None
    if option and hasattr(error, "possibilities"):  # summit's own may follow the command
        command = getattr(context, "command", None)
        own = [o for param in getattr(command, "params", ()) for o in param.opts if o[:2] == "--"]
        near = dict.fromkeys([*(error.possibilities or ()), *own, *GLOBAL_OPTIONS])
        error.possibilities = _near_options(option, list(near))
    if option in BEFORE_THE_COMMAND:  # Click would offer the command's options instead
        where = f"{option} is summit's own option; put it before the command: summit {option}"
        return f"{where}{hint}"
    word = _short_options_word(option, arguments, command_path)
    message = (
        _missing_argument(error)
        or _no_arguments_taken(error, command_path, arguments)
        or error.format_message().removesuffix(".")
    )
    if option and hasattr(error, "possibilities") and not error.possibilities:
        message += _commands_taking(option, command_path)
    return word or message + _near_choices(error, arguments) + hint


def _short_options_word(option: str | None, arguments: Sequence[str], command_path: str) -> str:
    """Click reads `-hydrogen` as the short options -h -y -d…, and names the first it lacks
    ("-y"), a letter the user never typed: name the word, and how to pass it as a value."""
    if not option or len(option) != 2:
        return ""
    for word in arguments:
        if len(word) > 2 and word[0] == "-" != word[1] and option[1] in word[1:]:
            return (
                f"No such option: {word} (words after '--' are never options: "
                f"{command_path} -- {shell_word(word)})"
            )
    return ""


def _commands_taking(option: str, command_path: str) -> str:
    """ "; summit cite takes it" for an option no near name of the command's offers, which
    other commands take: `show S4 --quote` was only "No such option" (new user 64)."""
    asked = command_path.split(" ")[1:2]
    taking = [
        name
        for name in MODULES
        if [name] != asked
        and any(option in getattr(param, "opts", ()) for param in click_command(name).params)
    ]
    if not taking or len(taking) > 3:
        return ""
    verb = "takes" if len(taking) == 1 else "take"
    return f"; summit {listed(taking)} {verb} it"


def _no_arguments_taken(error: Exception, command_path: str, arguments: Sequence[str]) -> str:
    """Click's "Got unexpected extra argument(s) (9)" told one who typed `summit sections 9`
    nothing of what to do: a command that takes no arguments says so, and offers refs to
    `show`, or the option's value the words go on, quoted (`_unquoted_value`)."""
    extra = re.fullmatch(r"Got unexpected extra arguments?(?:\(s\))? \((?P<words>.*)\)", str(error))
    command = getattr(getattr(error, "ctx", None), "command", None)
    if not extra or command is None or command_path == "summit":
        return ""
    if any(param.param_type_name == "argument" for param in command.params):
        return ""
    words = extra["words"]
    show = ""
    if REFS.fullmatch(words):
        show = "records by their refs" if " " in words else "a record by its ref"
        show = f"; to show {show}: summit show {words}"
    show = show or _unquoted_value(words, command, command_path, arguments)
    show = show or _filters_or_search(words, command, command_path)
    return f"{command_path} takes no arguments (got {words}){show}"


REFS = re.compile(r"(?!(?:1[89]|2\d)\d\d\b)[A-Za-z]?\d+(?:\.\d+)*(?: [A-Za-z]?\d+(?:\.\d+)*)*")
"""Words that may be refs (S5, 2.1, 4): a year is none (`timeline 2025` was sent to `show`)."""
FILTERS = {"--speaker": "speaker", "--topic": "topic"}


def _filters_or_search(words: str, command: Any, command_path: str) -> str:
    """Where the words a command takes none of may go: its filters (`quotes Ishiba` means
    `--speaker Ishiba` or `--topic`), or `search`, which takes words (new user 65)."""
    given = shell_word(words)
    search = f"; to find words in the text: summit search {given}"
    options = [o for param in command.params for o in param.opts if o in FILTERS]
    if not options:
        return search
    what, where = " or ".join(FILTERS[o] for o in options), " or ".join(options)
    return f"; a {what} goes after {where} ({command_path} {options[0]} {given}){search}"


OTHER_COMMAND_NAMES = {
    "timeline": ("date", "dates", "when", "events", "chronology", "history"),
    "quotes": ("said", "says", "quote", "quotation", "quotations", "statements", "speech"),
    "speakers": ("people", "persons", "participants", "leaders", "who", "names"),
    "cite": ("citation", "citations", "reference", "references", "bibtex", "ris"),
    "sections": ("clauses", "clause", "release", "document", "toc", "contents", "list", "ls"),
    "show": ("get", "view", "display", "open", "print"),
    "info": ("summary", "stats", "about", "overview", "status"),
    "compare": ("signed", "diff", "echoes", "echo", "align", "versus"),
    "topics": ("tags", "themes", "subjects"),
    "outcomes": ("results", "agreements", "deliverables", "agreed"),
    "read": ("text", "source", "article", "full", "cat"),
    "search": ("find", "grep", "query", "lookup"),
    "validate": ("check", "lint", "verify"),
    "export": ("sqlite", "database", "db", "dump"),
}
"""What a reader may call a command, by what it gives: no spelling is near `timeline` in
`dates` (it was offered `validate`), nor `cite` in `citation` (`sections`)."""


def unknown_command(name: str) -> str:
    """The error for a command summit has not: `help` and `version` are its options; a name
    for what a command gives is offered that command, else the nearest spelling."""
    if name in ("help", "version"):  # as other tools have them: options here
        return f"no such command {quoted(name)}; did you mean summit --{name}?"
    meant = summit_names(name, OTHER_COMMAND_NAMES, MODULES)
    near = f"; did you mean {meant[0]}?" if meant else did_you_mean(name, MODULES, limit=1)
    return f"no such command {quoted(name)}{near}"


def _unquoted_value(words: str, command: Any, command_path: str, arguments: Sequence[str]) -> str:
    """The option whose value the stray words go on, quoted as one: `quotes -s Lee Jae Myung`
    (the README says "Lee Jae Myung" works) was only "takes no arguments" (new user 64). A
    flag takes no value, so the words after `--json` are offered nothing."""
    valued = {
        name
        for param in command.params
        if param.param_type_name == "option" and not param.is_flag
        for name in param.opts
    }
    stray = words.split(" ")
    for at in range(1, len(arguments) - len(stray) + 1):
        if list(arguments[at : at + len(stray)]) != stray:
            continue
        before = arguments[at - 1]
        option, equals, value = before.partition("=")
        if equals and option in valued:
            fixed = f"{option}={shell_word(' '.join([value, *stray]))}"
        elif at >= 2 and arguments[at - 2] in valued:
            fixed = f"{arguments[at - 2]} {shell_word(' '.join([before, *stray]))}"
        else:
            return ""
        return f"; to give the option words with spaces, quote them: {command_path} {fixed}"
    return ""


NEAR_OPTION = 0.7
"""How alike an option's name must be to a mistyped one to be offered: Click's 0.6, on the
names with their dashes, offered "--json" for "--count" and "--any" for "--jsn"."""


OTHER_OPTION_NAMES = {
    "--speaker": ("--who", "--by", "--person", "--name"),
    "--topic": ("--tag", "--tags", "--subject"),
}
"""What a reader may call an option, by what it does: `quotes --who Ishiba` (new user 66)."""


def _near_options(typed: str, options: Sequence[str]) -> list[str]:
    import difflib

    meant = summit_names(typed, OTHER_OPTION_NAMES, options)
    if meant:
        return meant[:1]
    name = typed.lstrip("-")
    return [
        o
        for o in options
        if difflib.SequenceMatcher(None, name, o.lstrip("-")).ratio() >= NEAR_OPTION
    ]


def _near_choices(error: Exception, arguments: Sequence[str]) -> str:
    """`; did you mean unattributed?` for a mistyped choice (`--kind unatributed`), as a
    mistyped option is offered its near names: Click lists every choice and leaves the reader
    to spot the one meant. The value is read back from the call's words, which Click's error
    does not keep."""
    param = getattr(error, "param", None)
    choices = getattr(getattr(param, "type", None), "choices", None)
    if param is None or not choices or hasattr(error, "param_type"):  # missing, not mistyped
        return ""
    if param.param_type_name == "argument":  # any word after the command may be the one
        given = list(arguments[command_index(arguments) + 1 :])
    else:
        names = [*param.opts, *param.secondary_opts]
        given = [
            value
            for index, word in enumerate(arguments)
            for name in names
            for value in (_value_after(name, word, arguments[index + 1 : index + 2]),)
            if value is not None
        ]
    elsewhere = [where for value in given if (where := _other_commands(param.name, value))]
    if elsewhere:
        return f"; {elsewhere[0]}"
    if param.param_type_name == "argument":
        return _argument_meant(param, given, choices) or _meant_among(given, choices)
    return _meant_among(given, choices)


LISTED_FORMATS = ("csv", "json", "jsonl", "markdown", "md")
ALL_OF_THEM = ("both", "all", "everything", "whole")


def _argument_meant(param: Any, given: Sequence[str], choices: Sequence[str]) -> str:
    """What a word given for a command's choice of argument meant (new user 66): a ref
    (`read S4`) is for show; "both" where leaving the argument out gives all; a listing's
    format (`export csv`) is any listing command's --format."""
    for value in given:
        if REFS.fullmatch(value):
            return f"; to show a record by its ref: summit show {value}"
        if value.casefold() in ALL_OF_THEM and not param.required:
            return f"; leave {param.human_readable_name} out for all of them"
        if value.casefold() in LISTED_FORMATS and "sqlite" in choices:
            return (
                f"; {value.upper()} is --format {value.casefold()} of a listing command "
                f"(summit quotes --format {value.casefold()}); export writes a database"
            )
    return ""


def _meant_among(given: Sequence[str], choices: Sequence[Any]) -> str:
    hints = (_meant(value, list(map(str, choices))) for value in given if value not in choices)
    return next((hint for hint in hints if hint), "")


CITATION_STYLES = ("apa", "mla", "chicago", "harvard")
OTHER_NAMES = {
    "direct": ("quote", "quotation", "quoted", "verbatim"),
    "reported": ("paraphrase", "paraphrased"),
    "account": ("narrative",),
    "markdown": ("md",),
    "plain": ("text", "txt", "tsv"),
    "csv": ("tsv",),
    "jsonl": ("ndjson", "jsonlines"),
    "csl-json": CITATION_STYLES,
    "bibtex": CITATION_STYLES,
    "ris": CITATION_STYLES,
}
"""What a reader may call a choice, by summit's name for it: no spelling is near "direct"
in "quote" (new user 64 was told the list alone); "tsv" is the piped plain text, tab-separated;
a citation style (APA) is a reference manager's to apply, to a format it reads."""


def summit_names(
    typed: str, other_names: Mapping[str, Sequence[str]], taken: Collection[str]
) -> list[str]:
    """Summit's names, of those the call takes, for what a reader typed: the three maps of
    other names (commands, options, choices) are each summit's name and what else it is
    called."""
    meant = typed.casefold()
    return [name for name, others in other_names.items() if meant in others and name in taken]


def _meant(value: str, choices: list[str]) -> str:
    named = summit_names(value, OTHER_NAMES, choices)
    return f"; did you mean {', '.join(named)}?" if named else did_you_mean(value, choices)


def _other_commands(option: str, value: str) -> str:
    """Where a choice this command lacks is another command's (new users 66, 68): not "did you
    mean rich?" for `--format ris`, nor "account" for `quotes --kind narration` (the article's
    accounts of what the sides agreed): the reader wants the command that has it."""
    from .render import RENDERERS

    if option == "fmt" and RENDERERS.get(value.lower()) == "references":
        return f"{value} is for 'summit cite' alone (summit cite REF... -f {value})"
    if option == "kind" and value.casefold() == "narration":
        return (
            "narration is the article's own sentences, nobody's words: summit read, or "
            "summit search QUERY --type narration"
        )
    return ""


def _value_after(name: str, word: str, rest: Sequence[str]) -> str | None:
    """The value `word` gives option `name`: `--kind X`, `--kind=X` or `-kX`; None if none."""
    if word == name:
        return rest[0] if rest else None
    if name.startswith("--") and word.startswith(name + "="):
        return word[len(name) + 1 :]
    if not name.startswith("--") and word.startswith(name) and len(word) > len(name):
        return word[len(name) :]
    return None


def _missing_argument(error: Exception) -> str | None:
    """Click's "Missing argument 'FORMAT'. Choose from: sqlite." in the usage line's words;
    None for any other error (Typer's own copy of Click has no class to test, only the
    `param_type` its MissingParameter carries)."""
    param = getattr(error, "param", None) if hasattr(error, "param_type") else None
    if param is None or param.param_type_name != "argument":
        return None
    name = (param.metavar or param.name or "").removesuffix("...")
    choices = getattr(param.type, "choices", None)
    listed = f", one of: {', '.join(map(str, choices))}" if choices else ""
    return f"missing {name}{listed}"


def _command_path(arguments: Sequence[str]) -> str:
    """The command a usage error is about where Click leaves its context out (`quotes -s` with
    no value), so that its message still points at the right help."""
    index = command_index(arguments)
    command = arguments[index] if index < len(arguments) else ""
    return f"summit {command}" if command in MODULES else "summit"
