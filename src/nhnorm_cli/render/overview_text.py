"""The overview in the terminal: rich tables. Numbers are never cut: names wrap first, then the
columns move closer together, and below that the table is printed wider than the terminal."""

from __future__ import annotations

import io
from collections.abc import Callable

from rich import box
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from nhnorm_cli.messages import text
from nhnorm_cli.models.overview import Overview
from nhnorm_cli.render.numbers import delta_text, score_text
from nhnorm_cli.render.overview_parts import counted_note, norm_order, notes, progress_groups, status_mark

_HARDEST_SHOWN = 10
_TableBuilder = Callable[[bool], Table]  # compact or not -> the table


def print_overview(console: Console, overview: Overview, lang: str = "nl") -> None:
    title = text("overzicht-titel", lang, norm=overview.norm, jaar=overview.jaar)
    if overview.anoniem:
        console.print(title + text("anoniem", lang), markup=False)
    else:
        since = text("sinds", lang, jaar=overview.vorig_jaar) if overview.vorig_jaar else ""
        _print_fitted(console, lambda compact: _scores(overview, title + since, compact, lang))
        themes = text("themas", lang) + "; ".join(f"{t.id}. {t.titel}" for t in overview.themas)
        console.print(themes, soft_wrap=True, markup=False)
        legend = "status-legenda-register" if overview.met_register else "status-legenda"
        console.print(text(legend, lang), soft_wrap=True, markup=False)
    console.print(counted_note(overview, lang), soft_wrap=True, markup=False)
    for note in notes(overview, lang):
        console.print(note, soft_wrap=True, markup=False)
    console.print()
    if any(n.beoordeeld for n in overview.normen):
        _print_fitted(console, lambda compact: _hardest(overview, console.width, compact, lang))
    else:  # nothing counted yet (only concepts): a top 10 of "0/0 – –" would only look like data
        console.print(text("moeilijkste-geen", lang), markup=False)
    if overview.anoniem:
        console.print()
        _print_fitted(console, lambda compact: _distribution(overview, compact, lang))
    console.print()
    console.print(text("voortgang", lang), style="bold")
    for name, p in progress_groups(overview, lang):
        line = text(
            "voortgang-regel",
            lang,
            groep=name,
            volledig=p.volledig_voldaan,
            organisaties=p.organisaties,
            voldaan=p.normen_voldaan,
            beoordeeld=p.normen_beoordeeld,
            aandeel=score_text(p.aandeel_normen_voldaan, lang),
            gemiddeld=score_text(p.gemiddelde_score, lang),
        )
        console.print(line, markup=False, soft_wrap=True)
    if overview.trend is not None:
        console.print()
        _print_fitted(console, lambda compact: _trend(overview, compact, lang))
        if overview.verschuivingen:  # none when withheld (anonymous, a small year): the notes say why
            console.print()
            _print_fitted(console, lambda compact: _shifts(overview, console.width, compact, lang))


def _print_fitted(console: Console, build: _TableBuilder) -> None:
    """The roomy table when it fits whole, else the compact one (names wrap when they must), else
    the compact one wider than the terminal: the terminal or CI log wraps it, no number is cut."""
    roomy, compact = build(False), build(True)
    # measured without the terminal's limit: rich clamps a measurement to the width it is given
    unlimited = console.options.update(max_width=10_000)
    if Measurement.get(console, unlimited, roomy).maximum <= console.width:
        console.print(roomy)
        return
    needed = Measurement.get(console, unlimited, compact).minimum
    if needed <= console.width:
        console.print(compact)
        return
    # rich never lays out wider than its console: lay out on a wider one, then copy the lines
    buffer = io.StringIO()
    colour = console.color_system is not None  # the copy is drawn again in the console's colours
    wide = Console(
        file=buffer, width=needed, color_system="truecolor" if colour else None, force_terminal=colour
    )
    wide.print(compact)
    console.print(Text.from_ansi(buffer.getvalue()), no_wrap=True, overflow="ignore", crop=False, end="")


def _table(title: str, compact: bool) -> Table:
    return Table(
        title=title,
        title_justify="left",
        box=box.SIMPLE_HEAD,
        padding=(0, 0) if compact else (0, 1),
        pad_edge=not compact,
    )


def _number(table: Table, name: str, width: int = 5, style: str = "") -> None:
    table.add_column(name, justify="right", no_wrap=True, min_width=max(width, len(name)), style=style)


def _scores(overview: Overview, title: str, compact: bool, lang: str) -> Table:
    table = _table(title, compact)
    table.add_column(text("organisatie", lang), min_width=8, overflow="fold")
    table.add_column(text("st", lang), no_wrap=True, min_width=3)
    _number(table, text("antw", lang), 5)
    for theme in overview.themas:
        _number(table, theme.id)
    _number(table, text("totaal", lang), style="bold")
    _number(table, text("Verschil", lang), 6)
    for row in overview.organisaties:
        table.add_row(
            Text(row.organisatie),  # Text: a name such as "[link=…]" is the name, not rich markup
            status_mark(row.status),
            str(row.beantwoord),
            *(score_text(t.score, lang) for t in row.themas),
            score_text(row.totaal.score, lang),
            delta_text(row.verschil, lang),
        )
    return table


def _hardest(overview: Overview, width: int, compact: bool, lang: str) -> Table:
    table = _table(text("moeilijkste", lang, aantal=_HARDEST_SHOWN), compact)
    table.add_column(text("norm", lang), no_wrap=True, min_width=4)
    _number(table, text("Voldaan", lang), 7)
    _number(table, text("procent-voldaan", lang))
    _number(table, text("score", lang))
    table.add_column(text("tekst", lang), overflow="ellipsis", no_wrap=True, max_width=max(width - 46, 10))
    for n in [n for n in overview.normen if n.beoordeeld][:_HARDEST_SHOWN]:  # unscored norms are last
        numbers = [score_text(n.aandeel_voldaan, lang), score_text(n.score, lang)]
        table.add_row(n.id, f"{n.voldaan}/{n.beoordeeld}", *numbers, Text(n.tekst))
    return table


def _distribution(overview: Overview, compact: bool, lang: str) -> Table:
    """How many organisations gave each oordeel, per norm in norm order (the anonymous view)."""
    table = _table(text("verdeling-titel", lang), compact)
    table.add_column(text("norm", lang), no_wrap=True, min_width=4)
    keys = list(overview.normen[0].verdeling) if overview.normen else []
    for key in keys:
        _number(table, key, 3)
    _number(table, text("open", lang), 3)
    _number(table, text("score", lang))
    for n in norm_order(overview):
        table.add_row(n.id, *(str(n.verdeling[k]) for k in keys), str(n.open), score_text(n.score, lang))
    return table


def _trend(overview: Overview, compact: bool, lang: str) -> Table:
    table = _table(text("trend-titel", lang), compact)
    table.add_column(text("jaar", lang), no_wrap=True)
    _number(table, text("organisaties", lang), 3)
    _number(table, text("gemiddeld", lang))
    _number(table, text("procent-volledig", lang))
    for theme in overview.themas:
        _number(table, theme.id)
    _number(table, text("ingeleverd-kort", lang), 3)
    _number(table, text("register-kort", lang), 3)
    for year in overview.trend or []:
        numbers = [score_text(year.gemiddelde_score, lang), score_text(year.aandeel_volledig_voldaan, lang)]
        themes = [score_text(t.score, lang) for t in year.themas]
        coverage = [str(year.dekking.ingeleverd), str(year.dekking.geregistreerd)]
        table.add_row(str(year.jaar), str(year.organisaties), *numbers, *themes, *coverage)
    return table


def _shifts(overview: Overview, width: int, compact: bool, lang: str) -> Table:
    first = overview.trend[0].jaar if overview.trend else overview.jaar
    table = _table(text("verschuivingen-titel", lang, jaar=first), compact)
    table.add_column(text("norm", lang), no_wrap=True, min_width=4)
    _number(table, str(first))
    _number(table, str(overview.jaar))
    _number(table, text("Verschil", lang), 6)
    table.add_column(text("tekst", lang), overflow="ellipsis", no_wrap=True, max_width=max(width - 40, 10))
    for s in overview.verschuivingen or []:
        numbers = [score_text(s.van, lang), score_text(s.naar, lang), delta_text(s.verschil, lang)]
        table.add_row(s.id, *numbers, Text(s.tekst))
    return table
