"""The overview in the terminal: rich tables."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table

from nhnorm_cli.messages import text
from nhnorm_cli.models.overview import Overview
from nhnorm_cli.render.numbers import delta_text, score_text
from nhnorm_cli.render.overview_parts import progress_groups

_HARDEST_SHOWN = 10


def print_overview(console: Console, overview: Overview, lang: str = "nl") -> None:
    since = text("sinds", lang, jaar=overview.vorig_jaar) if overview.vorig_jaar else ""
    scores = Table(
        title=text("overzicht-titel", lang, norm=overview.norm, jaar=overview.jaar) + since,
        title_justify="left",
        box=box.SIMPLE_HEAD,
    )
    longest = max((len(r.organisatie) for r in overview.organisaties), default=11)
    scores.add_column(text("organisatie", lang), no_wrap=True, min_width=min(max(longest, 11), 30))
    for theme in overview.themas:
        scores.add_column(theme.id, justify="right", no_wrap=True, min_width=4)
    scores.add_column(text("totaal", lang), justify="right", style="bold", no_wrap=True, min_width=6)
    scores.add_column(text("Verschil", lang), justify="right", no_wrap=True, min_width=8)
    for row in overview.organisaties:
        scores.add_row(
            row.organisatie,
            *(score_text(t.score, lang) for t in row.themas),
            score_text(row.totaal.score, lang),
            delta_text(row.verschil, lang),
        )
    console.print(scores)
    console.print(
        text("themas", lang) + "; ".join(f"{t.id}. {t.titel}" for t in overview.themas), soft_wrap=True
    )

    hardest = Table(
        title=text("moeilijkste", lang, aantal=_HARDEST_SHOWN), title_justify="left", box=box.SIMPLE_HEAD
    )
    for key in ("norm", "Voldaan", "procent-voldaan", "score"):
        name = text(key, lang)
        hardest.add_column(
            name, justify="left" if key == "norm" else "right", no_wrap=True, min_width=len(name)
        )
    hardest.add_column(
        text("tekst", lang), overflow="ellipsis", no_wrap=True, max_width=max(console.width - 46, 10)
    )
    for n in overview.normen[:_HARDEST_SHOWN]:
        hardest.add_row(
            n.id,
            f"{n.voldaan}/{n.beoordeeld}",
            score_text(n.aandeel_voldaan, lang),
            score_text(n.score, lang),
            n.tekst,
        )
    console.print()
    console.print(hardest)

    console.print()
    console.print(text("voortgang", lang), style="bold")
    for name, p in progress_groups(overview, lang):
        console.print(
            text(
                "voortgang-regel",
                lang,
                groep=name,
                volledig=p.volledig_voldaan,
                organisaties=p.organisaties,
                voldaan=p.normen_voldaan,
                beoordeeld=p.normen_beoordeeld,
                aandeel=score_text(p.aandeel_normen_voldaan, lang),
                gemiddeld=score_text(p.gemiddelde_score, lang),
            ),
            markup=False,
            soft_wrap=True,
        )
