"""Apply nhnorm.toml: turn its settings into click's default_map for the command about to run."""

from __future__ import annotations

import os

import typer

from nhnorm_cli.cli.options import stderr_console
from nhnorm_cli.config import defaults, find_config, load_config
from nhnorm_cli.discovery import use_assessments_folder
from nhnorm_cli.errors import NhnormError
from nhnorm_cli.render.problems import print_problems
from nhnorm_cli.rules.config import policy_from
from nhnorm_cli.rules.policy import DEFAULT, use_policy


def apply_config(ctx: typer.Context) -> None:
    """Called from the root callback, before the subcommand's context (and its defaults) exists."""
    if ctx.resilient_parsing:
        return
    use_assessments_folder(None)  # every run starts from its own nhnorm.toml, or none
    use_policy(DEFAULT)
    path = find_config()
    if path is None:
        return
    try:
        settings = load_config(path)
    except NhnormError as exc:
        print_problems(stderr_console(), exc.problems, os.environ.get("NHNORM_LANG", "nl"))
        raise typer.Exit(int(exc.exit_code)) from None
    commands = getattr(ctx.command, "commands", {})
    params = {
        name: {p.name: p.nargs == -1 for p in command.params if p.name} for name, command in commands.items()
    }
    ctx.default_map = defaults(settings, path.parent, params)
    use_policy(policy_from(settings.regels))
    if settings.assessments is not None:
        use_assessments_folder(path.parent / settings.assessments)
