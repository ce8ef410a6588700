"""`nhnorm score` in the terminal: per assessment a heading line and a table of themes."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from nhnorm_cli.messages import text
from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.results import ScoreResult, ScoreSet
from nhnorm_cli.render.numbers import bar, date_text, score_text

_COUNTS = ("aantal", "beoordeeld", "voldaan", "nvt", "open")


def heading(result: ScoreResult, assessment: Assessment, lang: str = "nl") -> str:
    """`Gemeente Zeedorp · 2025 · norm 1.0 · peildatum 28 maart 2025 · vastgesteld`."""
    return " · ".join(
        (
            result.organisatie,
            str(result.jaar),
            text("kop-norm", lang, norm=result.norm),
            text("kop-peildatum", lang, datum=date_text(assessment.peildatum, lang)),
            assessment.status,
        )
    )


def _score_table(result: ScoreResult, lang: str = "nl", width: int = 120) -> Table:
    """Themes as rows and the total as footer; the bar narrows (20 to 8 cells) to fit `width`."""
    bar_width = min(20, max(8, width - _FIXED_WIDTH))
    table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False, collapse_padding=True, show_footer=True)
    total = _cells(result.totaal, lang, bar_width)
    table.add_column(text("thema", lang), footer=text("totaal", lang), overflow="fold")
    table.add_column(text("score", lang), footer=total[0], justify="right", no_wrap=True)
    table.add_column("", footer=total[1], no_wrap=True)
    for name, footer in zip(_COUNTS, total[2:], strict=True):
        table.add_column(text(name, lang), footer=footer, justify="right", no_wrap=True)
    for theme in result.themas:
        table.add_row(Text(f"{theme.id} {theme.titel}"), *_cells(theme, lang, bar_width))
    return table


# Everything but the bar: the longest theme title of norm 1.0, the other columns and the gaps
# between them (measured), so a 100-column terminal still keeps each theme on one line.
_FIXED_WIDTH = 92


def _cells(scores: ScoreSet, lang: str, bar_width: int) -> list[Text]:
    counts = [Text(str(getattr(scores, name))) for name in _COUNTS]
    drawn = Text(bar(scores.score, bar_width), style=_bar_style(scores.score))
    return [Text(score_text(scores.score, lang)), drawn, *counts]


def _bar_style(score: float | None) -> str:
    """Colour only where the terminal has it (rich honours NO_COLOR); the number says it all."""
    if score is None:
        return ""
    return "green" if score >= 75 else "yellow" if score >= 50 else "red"


def print_scores(
    console: Console, results: Sequence[tuple[ScoreResult, Assessment]], lang: str = "nl"
) -> None:
    for i, (result, assessment) in enumerate(results):
        if i:
            console.print()
        console.print(Text(heading(result, assessment, lang), style="bold"))
        console.print(_score_table(result, lang, console.width))
