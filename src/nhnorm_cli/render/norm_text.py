"""The norm in the terminal: an overview table, one theme, or one norm in full."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from nhnorm_cli.messages import text
from nhnorm_cli.models.norm import Norm, Requirement, Theme
from nhnorm_cli.versions.installed import Installed

if TYPE_CHECKING:  # rich.markdown costs ~80 ms at start-up
    from rich.markdown import Markdown


def print_norm(console: Console, norm: Norm) -> None:
    # Text, not str, wherever a norm file's words go: an added norm file (NHNORM_NORM_PATH) is input,
    # and rich would read "[link=…]" in a str as markup (a terminal hyperlink)
    table = Table(title=Text(f"{norm.titel} {norm.versie}"), show_lines=False, expand=False)
    table.add_column("id", no_wrap=True, style="bold")
    table.add_column("norm")
    for theme in norm.themas:
        table.add_row(Text(theme.id, style="bold cyan"), Text(theme.titel, style="bold cyan"))
        for requirement in theme.normen:
            table.add_row(Text(requirement.id), Text(requirement.tekst))
    console.print(table)


def print_theme(console: Console, theme: Theme) -> None:
    console.print(Text(f"{theme.id}. {theme.titel}", style="bold cyan"))
    console.print(theme.omschrijving, markup=False)
    console.print()
    for requirement in theme.normen:
        line = Text(f"{requirement.id} ", style="bold")
        line.append(requirement.tekst)
        console.print(line)


def print_requirement(console: Console, requirement: Requirement, theme: Theme, lang: str = "nl") -> None:
    parts: list[Text | Markdown] = [Text(requirement.tekst, style="bold")]
    if requirement.herhaling:  # evidence older than this is BEWIJS-VEROUDERD
        parts.append(Text(text("norm-herhaling", lang, herhaling=requirement.herhaling), style="dim"))
    if requirement.toelichting:
        parts.append(Text("\n" + text("norm-toelichting", lang), style="underline"))
        parts.append(Text(requirement.toelichting))
    if requirement.onderdelen:
        parts.append(Text("\n" + text("norm-onderdelen", lang), style="underline"))
        for component in requirement.onderdelen:
            line = Text(f"{component.id}  ", style="bold")
            line.append(component.tekst)
            if component.aard:
                line.append(text(component.aard, lang), style="dim")
            parts.append(line)
            parts.extend(Text(f"        - {item}") for item in component.items)
    for footnote in requirement.voetnoten:
        parts.append(Text(f"\n[{footnote.nummer}] {footnote.tekst}", style="dim"))
    title = f"{requirement.id} · {theme.id}. {theme.titel}"
    if requirement.groep:
        title += f" · {requirement.groep}"
    console.print(Panel(Group(*parts), title=Text(title), title_align="left"))


def print_versions(console: Console, installed: Installed, lang: str) -> None:
    """The installed norm versions and the mappings between them."""
    table = Table(title=text("versies-titel", lang))
    for header in ("versies-versie", "versies-familie", "versies-normen"):
        table.add_column(text(header, lang), no_wrap=True)
    table.add_column(text("versies-bron", lang))
    table.add_column(text("versies-titel-kolom", lang))
    shipped = text("meegeleverd", lang)
    for v in installed.versies:
        table.add_row(
            *(Text(cell) for cell in (v.versie, v.familie, str(v.normen), v.bron or shipped, v.titel))
        )
    console.print(table)
    if not installed.mappings:
        console.print(text("geen-mappings", lang), markup=False)
        return
    console.print("Mappings:")
    for m in installed.mappings:
        console.print(f"  {m.van} → {m.naar}  ({m.bron or shipped})", markup=False)
