"""Overview groups shared by the text, md and html views."""

from __future__ import annotations

from nhnorm_cli.messages import text
from nhnorm_cli.models.overview import Overview, Progress


def progress_groups(overview: Overview, lang: str = "nl") -> list[tuple[str, Progress]]:
    """All organisations first, then one line per RIEC."""
    groups: list[tuple[str, Progress]] = [(text("alle-organisaties", lang), overview.voortgang)]
    return groups + [(p.riec or text("geen-riec", lang), p) for p in overview.per_riec]
