"""`nhnorm init --from` across norm versions: which norms of the new version need a fresh answer."""

from __future__ import annotations

from rich.console import Console

from nhnorm_cli.models.results import CrossNote


def print_to_answer(console: Console, versions: tuple[str, str], fresh: list[CrossNote], lang: str) -> None:
    old, new = versions
    en = lang == "en"
    if en:
        console.print(
            f"Norm {old} → {new}: answers carried over only where the norm is gelijk.", markup=False
        )
    else:
        console.print(
            f"Norm {old} → {new}: antwoorden alleen overgenomen waar de norm gelijk is.", markup=False
        )
    if not fresh:
        console.print("No norm needs a fresh answer." if en else "Geen norm vraagt een nieuw antwoord.")
        return
    heading = "Needs a fresh answer" if en else "Opnieuw beoordelen"
    console.print(f"{heading} ({len(fresh)}):", markup=False)
    for note in fresh:
        if note.relatie is None:
            why = f"new in {new}" if en else f"nieuw in {new}"
        else:
            why = f"{note.relatie} {'of' if en else 'van'} {', '.join(note.van_ids)}"
        console.print(f"  {note.id}  ({why})", markup=False)
