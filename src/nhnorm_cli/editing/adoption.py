"""SPEC §6: a vastgesteld assessment is locked; reopening it is an explicit step that git records."""

from __future__ import annotations

from nhnorm_cli.errors import NhnormError, Problem
from nhnorm_cli.source.yamlsource import Document


def ensure_open(document: Document, reopen: str) -> None:
    """Raise VASTGESTELD (exit 1, at the status line) when the answers may not change."""
    data = document.data
    if isinstance(data, dict) and data.get("status") == "vastgesteld":
        params = {"pad": document.path, "heropenen": reopen}
        raise NhnormError(Problem(document.locate(["status"]), "VASTGESTELD", params=params))


def reopen_command(*, year: object, org: str | None, file: str | None) -> str:
    """The command that reopens this file, as the user would type it."""
    where = f" --file {file}" if file else f" --year {year}" + (f" --org {org}" if org else "")
    return f"nhnorm set --status concept{where}"
