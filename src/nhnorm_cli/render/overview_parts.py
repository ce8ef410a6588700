"""Overview pieces shared by the text, md, html and xlsx views: groups, wording, colours, order."""

from __future__ import annotations

from nhnorm_cli.messages import text
from nhnorm_cli.models.overview import NormTally, Overview, Progress

# Viridis in five steps: readable with every common colour-vision deficiency and in greyscale.
# (lower bound of the band, background, text colour); each text colour has a contrast of at least
# 4.5:1 on its band (WCAG 2.1 AA): black on the teal band (5.5:1), white only on the dark ones.
HEAT_BANDS = [
    (0.0, "#440154", "#ffffff"),
    (20.0, "#3b528b", "#ffffff"),
    (40.0, "#21918c", "#000000"),
    (60.0, "#5ec962", "#000000"),
    (80.0, "#fde725", "#000000"),
]
NO_SCORE = ("#e6e6e6", "#000000")


def heat_colour(score: float | None) -> tuple[str, str]:
    """(background, text) for a score cell (html page and workbook alike)."""
    if score is None:
        return NO_SCORE
    chosen = HEAT_BANDS[0]
    for band in HEAT_BANDS:
        if score >= band[0]:
            chosen = band
    return chosen[1], chosen[2]


def progress_groups(overview: Overview, lang: str = "nl") -> list[tuple[str, Progress]]:
    """All organisations first, then one line per RIEC."""
    groups: list[tuple[str, Progress]] = [(text("alle-organisaties", lang), overview.voortgang)]
    return groups + [(p.riec or text("geen-riec", lang), p) for p in overview.per_riec]


def status_mark(status: str) -> str:
    """The narrow text table's status column: V (vastgesteld) or C (concept)."""
    return "V" if status == "vastgesteld" else "C"


def counted_note(overview: Overview, lang: str = "nl") -> str:
    """Which assessments the region's figures count, and how many were left out (SPEC §6)."""
    counted = overview.voortgang.organisaties
    if overview.met_concepten:
        return text("telt-alles", lang, aantal=counted)
    left = sum(not row.meegeteld for row in overview.organisaties)
    tail = text("telt-niet-mee", lang, aantal=left) if left else ""
    return text("telt-vastgesteld", lang, aantal=counted) + tail + "."


def norm_order(overview: Overview) -> list[NormTally]:
    """The norms in the norm's own order (the overview lists them hardest first)."""
    return sorted(overview.normen, key=lambda n: tuple(int(p) for p in n.id.split(".") if p.isdigit()))
