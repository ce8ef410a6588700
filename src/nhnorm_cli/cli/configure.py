"""Apply nhnorm.toml: turn its settings into click's default_map for the command about to run."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from typer._click.globals import get_current_context

from nhnorm_cli.rules.policy import DEFAULT, Policy

if TYPE_CHECKING:
    from nhnorm_cli.config import Repository, Settings

_ROOT_KEY = "nhnorm.assessments"
_POLICY_KEY = "nhnorm.regels"
_REPOSITORY_KEY = "nhnorm.repository"


def apply_config(ctx: typer.Context) -> Settings | None:
    """Called from the root callback, before the subcommand's context (and its defaults) exists.
    A broken nhnorm.toml raises NhnormError (exit 2) for the error boundary to report."""
    if ctx.resilient_parsing:
        return None
    # imported here: the settings models bring pydantic, which `nhnorm --help` never needs (issue 9)
    from nhnorm_cli.config import defaults, read_repository
    from nhnorm_cli.rules.config import policy_from

    repo = ctx.meta[_REPOSITORY_KEY] = read_repository()
    if repo.base is None:
        return None
    settings, path = repo.settings, repo.base / "nhnorm.toml"
    commands = getattr(ctx.command, "commands", {})
    params = {
        name: {p.name: p.nargs == -1 for p in command.params if p.name} for name, command in commands.items()
    }
    ctx.default_map = defaults(settings, path.parent, params)
    ctx.meta[_POLICY_KEY] = policy_from(settings.regels)
    if settings.assessments is not None:
        ctx.meta[_ROOT_KEY] = path.parent / settings.assessments
    return settings


def assessments_root() -> Path | None:
    """The repository's assessments folder when nhnorm.toml names one; passed to the core, which
    derives organisation slugs from it (None: only folders named `assessments` count)."""
    ctx = get_current_context(silent=True)
    root = ctx.meta.get(_ROOT_KEY) if ctx is not None else None
    return root if isinstance(root, Path) else None


def rule_policy() -> Policy:
    """The rule levels of nhnorm.toml [nhnorm.regels] (the defaults without one); passed to the core."""
    ctx = get_current_context(silent=True)
    policy = ctx.meta.get(_POLICY_KEY) if ctx is not None else None
    return policy if isinstance(policy, Policy) else DEFAULT


def repository() -> Repository:
    """nhnorm.toml as the root callback read it, once per command; passed to the core."""
    ctx = get_current_context(silent=True)
    repo = ctx.meta.get(_REPOSITORY_KEY) if ctx is not None else None
    if repo is None:  # a command run without the root callback (never from the command line)
        from nhnorm_cli.config import read_repository

        repo = read_repository()
    return repo
