"""The command line: Typer only. Importing the command modules registers them on the app."""

from __future__ import annotations

import importlib
import sys
import traceback

from nhnorm_cli.cli.app import app, debug_requested
from nhnorm_cli.controlchars import visible

# Importing a command module registers it on the app; this order is the order of `nhnorm --help`:
# the yearly cycle of one organisation first, then the region, then the norm itself.
_COMMANDS = (
    "validate", "score", "diff", "report",
    "init", "setcmd", "fill",
    "overview", "export", "importcmd",
    "normcmd", "schema",
)  # fmt: skip
for _module in _COMMANDS:
    importlib.import_module(f"nhnorm_cli.cli.{_module}")


def main() -> None:
    """Console-script entry point; the last guard against a traceback reaching the user."""
    try:
        app()
    except SystemExit:
        raise
    except BaseException as exc:  # a failure outside any command (e.g. while building the CLI)
        if debug_requested(sys.argv):
            traceback.print_exc()
        what = visible(f"{type(exc).__name__}: {exc}", one_line=True)
        print(
            f"nhnorm: interne fout (een bug in nhnorm): {what}. Draai opnieuw met --debug.",
            file=sys.stderr,
        )
        sys.exit(3)
