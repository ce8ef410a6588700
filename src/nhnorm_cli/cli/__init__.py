"""The command line: Typer only. Importing the command modules registers them on the app."""

from __future__ import annotations

import sys
import traceback

# Importing a command module registers it; one line per command merges cleanly across branches.
import nhnorm_cli.cli.diff
import nhnorm_cli.cli.export
import nhnorm_cli.cli.importcmd
import nhnorm_cli.cli.overview
import nhnorm_cli.cli.report
import nhnorm_cli.cli.score  # noqa: F401
from nhnorm_cli.cli import fill, init, normcmd, schema, setcmd, validate  # noqa: F401
from nhnorm_cli.cli.app import app, debug_requested


def main() -> None:
    """Console-script entry point; the last guard against a traceback reaching the user."""
    try:
        app()
    except SystemExit:
        raise
    except BaseException as exc:  # a failure outside any command (e.g. while building the CLI)
        if debug_requested(sys.argv):
            traceback.print_exc()
        print(
            f"nhnorm: interne fout (een bug in nhnorm): {type(exc).__name__}: {exc}. "
            "Draai opnieuw met --debug.",
            file=sys.stderr,
        )
        sys.exit(3)
