"""The errors a user can meet, and the exit codes. `cli.main` prints each error as one line."""

from .text import escaped, said_command, shell_word

EXIT_OK, EXIT_NO_RESULTS, EXIT_USAGE, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

EMPTY_PATH = "an empty path names no file; name a summit file or a directory"
"""Said of `--data ''`, an empty SUMMIT_DATA and `validate ''` (often an unset variable in a
script): read as the current directory or as no path at all, it would load the wrong data."""


class SummitError(Exception):
    """Something the user asked for cannot be done: exit code 2, one line, no traceback."""


class DataError(SummitError):
    """A summit file that cannot be used; `problems` lists (JSON path, message) pairs."""

    def __init__(self, path: str, problems: list[tuple[str, str]]) -> None:
        self.path = path
        self.problems = problems
        where, message = problems[0]
        validate = said_command(f"summit validate {shell_word(path)}")
        more = f" (and {len(problems) - 1} more; run {validate})" if len(problems) > 1 else ""
        location = f" at {where}" if where else ""
        shown = f"'{escaped(path)}'" if path != path.strip() else escaped(path)  # ' a.json'
        super().__init__(f"{shown}: {message}{location}{more}")


class NotFoundError(SummitError):
    """A ref, name, topic or section that no record has."""


class QueryError(SummitError):
    """A query that cannot be searched at all (as opposed to one that finds nothing)."""


class OutputClosedError(Exception):
    """The reader of our output went away (`summit quotes | head -1`): stop quietly."""
