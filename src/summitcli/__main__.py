"""The `summit` script and `python -m summitcli` start here.

Ctrl-C is handled before anything else is imported: importing Typer alone takes a tenth of a
second, and an interrupt then would otherwise print a traceback instead of the quiet exit 130
the README promises. The handler is set through `_signal`, the built-in module behind `signal`,
because `signal` first imports `enum`: several milliseconds more in which Ctrl-C printed one.
"""

import _signal  # type: ignore[import-not-found]  # (typeshed describes only `signal`)
import os
import sys


def _interrupted(signum: int, frame: object) -> None:
    """Stop at once, quietly: nothing is left to finish or undo. `export`, and a cache build,
    which write a database, replace this handler while they write (`files.interruptible`), to
    remove their temporary file first."""
    os._exit(130)


_signal.signal(_signal.SIGINT, _interrupted)


def run() -> None:
    """Run the CLI with the cyclic garbage collector off.

    A call lives for a fraction of a second and builds acyclic records; the collector would only
    walk them again and again while the modules and the data load (a tenth of the run time for a
    large corpus).
    """
    import gc

    gc.disable()
    from summitcli.cli import main

    sys.exit(main())


if __name__ == "__main__":
    run()
