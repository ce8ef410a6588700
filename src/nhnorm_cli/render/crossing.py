"""`nhnorm init --from` across norm versions: which norms of the new version need a fresh answer."""

from __future__ import annotations

from rich.console import Console

from nhnorm_cli.messages import text
from nhnorm_cli.models.results import CrossNote


def print_to_answer(console: Console, versions: tuple[str, str], fresh: list[CrossNote], lang: str) -> None:
    old, new = versions
    console.print(text("versiewissel", lang, van=old, naar=new), markup=False)
    if not fresh:
        console.print(text("niets-opnieuw", lang), markup=False)
        return
    console.print(text("opnieuw-beoordelen", lang, aantal=len(fresh)), markup=False)
    for note in fresh:
        if note.relatie is None:
            why = text("nieuw-in", lang, versie=new)
        else:
            why = text("relatie-van", lang, relatie=note.relatie, ids=", ".join(note.van_ids))
        console.print(f"  {note.id}  ({why})", markup=False)
