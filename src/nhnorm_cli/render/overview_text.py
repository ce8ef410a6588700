"""The overview in the terminal: rich tables."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table

from nhnorm_cli.models.overview import Overview
from nhnorm_cli.render.numbers import delta_text, score_text
from nhnorm_cli.render.overview_parts import progress_groups

_HARDEST_SHOWN = 10


def print_overview(console: Console, overview: Overview) -> None:
    since = f", verschil t.o.v. {overview.vorig_jaar}" if overview.vorig_jaar else ""
    scores = Table(
        title=f"Noord-Hollandse Norm {overview.norm} — {overview.jaar}{since}",
        title_justify="left",
        box=box.SIMPLE_HEAD,
    )
    longest = max((len(r.organisatie) for r in overview.organisaties), default=11)
    scores.add_column("Organisatie", no_wrap=True, min_width=min(max(longest, 11), 30))
    for theme in overview.themas:
        scores.add_column(theme.id, justify="right", no_wrap=True, min_width=4)
    scores.add_column("Totaal", justify="right", style="bold", no_wrap=True, min_width=6)
    scores.add_column("Verschil", justify="right", no_wrap=True, min_width=8)
    for row in overview.organisaties:
        scores.add_row(
            row.organisatie,
            *(score_text(t.score) for t in row.themas),
            score_text(row.totaal.score),
            delta_text(row.verschil),
        )
    console.print(scores)
    console.print("Thema's: " + "; ".join(f"{t.id}. {t.titel}" for t in overview.themas), soft_wrap=True)

    hardest = Table(
        title=f"Moeilijkste normen (top {_HARDEST_SHOWN})", title_justify="left", box=box.SIMPLE_HEAD
    )
    for name in ("Norm", "Voldaan", "% voldaan", "Score"):
        hardest.add_column(
            name, justify="left" if name == "Norm" else "right", no_wrap=True, min_width=len(name)
        )
    hardest.add_column("Tekst", overflow="ellipsis", no_wrap=True, max_width=max(console.width - 46, 10))
    for n in overview.normen[:_HARDEST_SHOWN]:
        hardest.add_row(
            n.id, f"{n.voldaan}/{n.beoordeeld}", score_text(n.aandeel_voldaan), score_text(n.score), n.tekst
        )
    console.print()
    console.print(hardest)

    console.print()
    console.print("Voortgang naar de ambitie 2027 (alle normen voldaan):", style="bold")
    for name, p in progress_groups(overview):
        console.print(
            f"  {name}: {p.volledig_voldaan} van {p.organisaties} organisaties volledig voldaan; "
            f"{p.normen_voldaan} van {p.normen_beoordeeld} beoordeelde normen voldaan "
            f"({score_text(p.aandeel_normen_voldaan)}%); gemiddelde score {score_text(p.gemiddelde_score)}",
            markup=False,
            soft_wrap=True,
        )
