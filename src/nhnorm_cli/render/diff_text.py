"""`nhnorm diff` in the terminal: the total, a table of themes, then every changed norm."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from nhnorm_cli.messages import text
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.results import DiffResult, RatingChange
from nhnorm_cli.render.diff_parts import (
    action_details,
    action_sections,
    grouped,
    marker,
    oordeel_text,
    score_change,
    statement,
    theme_title,
    version_note,
)
from nhnorm_cli.render.numbers import delta_text, score_text
from nhnorm_cli.versions.crossing import crossing_note


def print_diff(console: Console, result: DiffResult, norms: tuple[Norm, ...], lang: str = "nl") -> None:
    """`norms`: the new version first, then the old one (for ids only it has)."""
    old, new = result.van, result.naar
    console.print(Text(f"{new.organisatie}: {old.jaar} → {new.jaar}", style="bold"))
    note = version_note(result, lang)
    if note:
        console.print(Text(note, style="yellow"))
    total = result.totaal
    delta = delta_text(total.verschil, lang) if total.verschil is not None else None
    console.print(f"{text('totaalscore', lang)}: {score_change(total.van, total.naar, delta, lang)}")
    console.print()
    console.print(_themes(result, norms, lang))
    sections = grouped(result, lang)
    if not sections:
        console.print(text("geen-wijzigingen", lang))
    changes = [c for _, _, group in sections for c in group]
    id_width = max((len(c.id) for c in changes), default=0)
    move_width = max((len(_move(c, lang)) for c in changes), default=0)
    for sign, heading, group in sections:
        console.print()
        console.print(Text(f"{heading} ({len(group)})", style="bold"))
        for change in group:
            line = Text("  ")
            line.append(sign, style=_SIGN_STYLE.get(sign, ""))
            line.append(f" {change.id:<{id_width}}  {_move(change, lang):<{move_width}}  ")
            note = crossing_note(change, result, lang)
            if note:
                line.append(f"({note}) ", style="yellow")
            line.append(statement(change.id, *norms), style="dim")
            line.truncate(console.width, overflow="ellipsis")  # one line per norm, even when narrow
            console.print(line, no_wrap=True)
    _print_followup(console, result, lang)


def _print_followup(console: Console, result: DiffResult, lang: str) -> None:
    """The actions since last year, and which toelichtingen changed (the text: --format md)."""
    from rich.table import Table

    for sign, heading, actions in action_sections(result, lang):
        console.print()
        console.print(Text(f"{heading} ({len(actions)})", style="bold"))
        # a grid, so that a long action wraps under its own text, not under the sign
        rows = Table.grid(padding=(0, 1))
        rows.add_column(no_wrap=True)
        rows.add_column(no_wrap=True, min_width=max(len(a.norm) for a in actions) + 1)
        rows.add_column()
        for action in actions:
            details = action_details(action, lang)
            line = Text(action.omschrijving)
            if details:
                line.append(f" ({details})", style="dim")
            rows.add_row(f"  {sign}", action.norm, line)
        console.print(rows)
    if result.toelichtingen:
        console.print()
        ids = ", ".join(c.id for c in result.toelichtingen)
        console.print(
            Text(f"{text('gewijzigde-toelichting', lang)} ({len(result.toelichtingen)}): ", style="bold")
            + Text(ids)
        )


_SIGN_STYLE = {"▲": "green", "▼": "red"}


def _move(change: RatingChange, lang: str) -> str:
    return f"{oordeel_text(change.van, lang)} → {oordeel_text(change.naar, lang)}"


def _themes(result: DiffResult, norms: tuple[Norm, ...], lang: str) -> Table:
    table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False, collapse_padding=True)
    table.add_column(text("thema", lang), overflow="fold")
    table.add_column(str(result.van.jaar), justify="right", no_wrap=True)
    table.add_column(str(result.naar.jaar), justify="right", no_wrap=True)
    table.add_column(text("verschil", lang), justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    for theme in result.themas:
        table.add_row(
            Text(theme_title(theme.id, *norms)),
            score_text(theme.van, lang),
            score_text(theme.naar, lang),
            delta_text(theme.verschil, lang),
            Text(marker(theme.verschil), style=_SIGN_STYLE.get(marker(theme.verschil), "")),
        )
    return table
