"""Overview groups shared by the text, md and html views."""

from __future__ import annotations

from nhnorm_cli.models.overview import Overview, Progress


def progress_groups(overview: Overview) -> list[tuple[str, Progress]]:
    """All organisations first, then one line per RIEC."""
    groups: list[tuple[str, Progress]] = [("Alle organisaties", overview.voortgang)]
    return groups + [(p.riec or "(geen RIEC)", p) for p in overview.per_riec]
