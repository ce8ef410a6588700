"""Overview groups and wording shared by the text, md, html and xlsx views."""

from __future__ import annotations

from nhnorm_cli.models.overview import Overview, Progress

STATUS_LEGEND = "St.: V = vastgesteld, C = concept; Antw.: aantal beantwoorde normen."


def progress_groups(overview: Overview) -> list[tuple[str, Progress]]:
    """All organisations first, then one line per RIEC."""
    groups: list[tuple[str, Progress]] = [("Alle organisaties", overview.voortgang)]
    return groups + [(p.riec or "(geen RIEC)", p) for p in overview.per_riec]


def status_mark(status: str) -> str:
    return "V" if status == "vastgesteld" else "C"


def counted_note(overview: Overview) -> str:
    """Which assessments the region's figures count, and how many were left out (SPEC §6)."""
    n = overview.voortgang.organisaties
    if overview.met_concepten:
        return f"De cijfers van de regio tellen alle {n} zelfevaluaties mee, ook concepten (--met-concepten)."
    left = sum(not row.meegeteld for row in overview.organisaties)
    tail = f"; {left} concept(en) tellen niet mee (--met-concepten telt ze wel)" if left else ""
    return f"De cijfers van de regio tellen alleen de {n} vastgestelde zelfevaluaties{tail}."
