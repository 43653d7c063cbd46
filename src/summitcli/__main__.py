"""The `summit` script and `python -m summitcli` start here."""

import gc
import sys


def run() -> None:
    """Run the CLI with the cyclic garbage collector off.

    A call lives for a fraction of a second and builds acyclic records; the collector would only
    walk them again and again while the modules and the data load (a tenth of the run time for a
    large corpus).
    """
    gc.disable()
    from summitcli.cli import main

    sys.exit(main())


if __name__ == "__main__":
    run()
