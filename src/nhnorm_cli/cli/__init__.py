"""The command line: Typer only. Every command is registered here, explicitly, in `nhnorm --help` order."""

from __future__ import annotations

import os
import sys

from nhnorm_cli.cli import (
    bewerk,
    bewijs,
    diff,
    export,
    fill,
    importcmd,
    init,
    intake,
    normcmd,
    overview,
    report,
    schema,
    score,
    setcmd,
    validate,
)
from nhnorm_cli.cli.app import app

# The yearly cycle of one organisation first, then the region, then the norm itself. Command modules
# import only typer and the options at the top; the core is imported when a command runs.
app.command("validate")(validate.validate)
app.command("score")(score.score)
app.command("diff")(diff.diff_command)
app.command("report")(report.report)
app.command("init")(init.init)
app.command("set")(setcmd.set_command)
app.command("fill")(fill.fill)
app.command("bewerk")(bewerk.bewerk)
app.command("bewijs")(bewijs.bewijs)
app.command("intake")(intake.intake)
app.command("overview")(overview.overview)
app.command("export")(export.export)
app.command("import")(importcmd.import_command)
app.command("norm")(normcmd.norm_command)
app.command("schema")(schema.schema)


def main() -> None:
    """Console-script entry point. Failures inside a run are handled by the error boundary
    (cli/boundary.py); this covers the building of the CLI itself, before any option is parsed."""
    from typer.main import get_command

    from nhnorm_cli.cli.boundary import report_bug

    try:
        command = get_command(app)
    except Exception as exc:  # a bug in nhnorm's own command definitions
        report_bug(exc, os.environ.get("NHNORM_LANG", "nl"), debug=False)
        sys.exit(3)
    command(prog_name="nhnorm")
