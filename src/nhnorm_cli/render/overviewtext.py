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

from nhnorm_cli.models.overview import Overview
from nhnorm_cli.render.numbers import delta_text, score_text
from nhnorm_cli.render.overviewformat import STATUS_LEGEND, counted_note, progress_groups, status_mark

HARDEST_SHOWN = 10
TableBuilder = Callable[[bool], Table]  # compact or not -> the table


def print_overview(console: Console, overview: Overview) -> None:
    since = f", verschil t.o.v. {overview.vorig_jaar}" if overview.vorig_jaar else ""
    title = f"Noord-Hollandse Norm {overview.norm} — {overview.jaar}{since}"
    if overview.anoniem:
        console.print(
            f"Noord-Hollandse Norm {overview.norm} — {overview.jaar} (regio, anoniem)", markup=False
        )
    else:
        _print_fitted(console, lambda compact: _scores(overview, title, compact))
        console.print(
            "Thema's: " + "; ".join(f"{t.id}. {t.titel}" for t in overview.themas),
            soft_wrap=True,
            markup=False,
        )
        console.print(STATUS_LEGEND, soft_wrap=True, markup=False)
    console.print(counted_note(overview), soft_wrap=True, markup=False)
    console.print()
    _print_fitted(console, lambda compact: _hardest(overview, console.width, compact))
    if overview.anoniem:
        console.print()
        _print_fitted(console, lambda compact: _distribution(overview, compact))
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
    if overview.trend is not None:
        console.print()
        _print_fitted(console, lambda compact: _trend(overview, compact))
        console.print()
        _print_fitted(console, lambda compact: _shifts(overview, console.width, compact))


def _print_fitted(console: Console, build: TableBuilder) -> None:
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


def _scores(overview: Overview, title: str, compact: bool) -> Table:
    table = _table(title, compact)
    table.add_column("Organisatie", min_width=8, overflow="fold")
    table.add_column("St.", no_wrap=True, min_width=3)
    _number(table, "Antw.", 5)
    for theme in overview.themas:
        _number(table, theme.id)
    _number(table, "Totaal", style="bold")
    _number(table, "Verschil", 6)
    for row in overview.organisaties:
        table.add_row(
            row.organisatie,
            status_mark(row.status),
            str(row.beantwoord),
            *(score_text(t.score) for t in row.themas),
            score_text(row.totaal.score),
            delta_text(row.verschil),
        )
    return table


def _hardest(overview: Overview, width: int, compact: bool) -> Table:
    table = _table(f"Moeilijkste normen (top {HARDEST_SHOWN})", compact)
    table.add_column("Norm", no_wrap=True, min_width=4)
    _number(table, "Voldaan", 7)
    _number(table, "% voldaan")
    _number(table, "Score")
    table.add_column("Tekst", overflow="ellipsis", no_wrap=True, max_width=max(width - 46, 10))
    for n in overview.normen[:HARDEST_SHOWN]:
        table.add_row(
            n.id, f"{n.voldaan}/{n.beoordeeld}", score_text(n.aandeel_voldaan), score_text(n.score), n.tekst
        )
    return table


def _distribution(overview: Overview, compact: bool) -> Table:
    """How many organisations gave each oordeel, per norm in norm order (the anonymous view)."""
    table = _table("Verdeling van de oordelen per norm", compact)
    table.add_column("Norm", no_wrap=True, min_width=4)
    keys = list(overview.normen[0].verdeling) if overview.normen else []
    for key in keys:
        _number(table, key, 3)
    _number(table, "open", 3)
    _number(table, "Score")
    for n in sorted(overview.normen, key=lambda n: _norm_key(n.id)):
        table.add_row(n.id, *(str(n.verdeling[k]) for k in keys), str(n.open), score_text(n.score))
    return table


def _norm_key(norm_id: str) -> tuple[int, ...]:
    return tuple(int(part) for part in norm_id.split(".") if part.isdigit())


def _trend(overview: Overview, compact: bool) -> Table:
    table = _table("Ontwikkeling van de regio", compact)
    table.add_column("Jaar", no_wrap=True)
    _number(table, "Organisaties", 3)
    _number(table, "Gemiddeld")
    _number(table, "% volledig")
    for theme in overview.themas:
        _number(table, theme.id)
    for year in overview.trend or []:
        table.add_row(
            str(year.jaar),
            str(year.organisaties),
            score_text(year.gemiddelde_score),
            score_text(year.aandeel_volledig_voldaan),
            *(score_text(t.score) for t in year.themas),
        )
    return table


def _shifts(overview: Overview, width: int, compact: bool) -> Table:
    first = overview.trend[0].jaar if overview.trend else overview.jaar
    table = _table(f"Grootste verschuivingen sinds {first} (score van de regio per norm)", compact)
    table.add_column("Norm", no_wrap=True, min_width=4)
    _number(table, str(first))
    _number(table, str(overview.jaar))
    _number(table, "Verschil", 6)
    table.add_column("Tekst", overflow="ellipsis", no_wrap=True, max_width=max(width - 40, 10))
    for s in overview.verschuivingen or []:
        table.add_row(s.id, score_text(s.van), score_text(s.naar), delta_text(s.verschil), s.tekst)
    return table
