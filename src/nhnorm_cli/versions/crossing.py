"""Comparing across norm versions through a mapping: which old norm(s) each new norm continues,
and whether that comparison is like for like (exactly one predecessor, relatie gelijk)."""

from __future__ import annotations

from dataclasses import dataclass

from nhnorm_cli.messages import text
from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.mapping import VersionMapping
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.results import CrossNote, DiffResult, RatingChange


@dataclass(frozen=True)
class Predecessors:
    """The old norms that a new norm continues; relatie None when it has none (a new norm)."""

    new_id: str
    old_ids: list[str]
    relatie: str | None

    @property
    def like_for_like(self) -> bool:
        return self.relatie == "gelijk" and len(self.old_ids) == 1

    @property
    def unchanged(self) -> bool:
        return self.like_for_like and self.old_ids == [self.new_id]


def predecessors(mapping: VersionMapping, new: Norm) -> list[Predecessors]:
    """One entry per norm of the new version, in its order."""
    sources: dict[str, list[tuple[str, str]]] = {}
    for old, entry in mapping.normen.items():
        for target in entry.naar:
            sources.setdefault(target, []).append((old, entry.relatie))
    result = []
    for rid in new.requirement_ids:
        found = sources.get(rid, [])
        relations = {relatie for _, relatie in found}
        # old norms that reach it in different ways: together they at most overlap with it
        relatie = relations.pop() if len(relations) == 1 else ("overlap" if relations else None)
        result.append(Predecessors(rid, [old for old, _ in found], relatie))
    return result


def dropped(mapping: VersionMapping) -> list[str]:
    """Old norms without a successor (relatie vervallen)."""
    return [old for old, entry in mapping.normen.items() if entry.relatie == "vervallen"]


def old_oordeel(found: Predecessors, old: Assessment) -> str | None:
    """The old answer to compare with: only when the new norm continues exactly one old norm."""
    return old.oordeel(found.old_ids[0]) if len(found.old_ids) == 1 else None


def notes(mapping: VersionMapping, new: Norm) -> list[CrossNote]:
    """Every new norm that is not simply the old one under the same id, and every dropped one."""
    found = [
        CrossNote(id=p.new_id, van_ids=p.old_ids, relatie=p.relatie, gelijkwaardig=p.like_for_like)
        for p in predecessors(mapping, new)
        if not p.unchanged
    ]
    found += [
        CrossNote(id=old, van_ids=[old], relatie="vervallen", gelijkwaardig=False) for old in dropped(mapping)
    ]
    return found


def crossing_note(change: RatingChange, result: DiffResult, lang: str = "nl") -> str:
    """Why a change across versions is not like for like, or under which old id it was ('' if same)."""
    crossing = result.vergelijking
    note = next((n for n in crossing.normen if n.id == change.id), None) if crossing else None
    if note is None:
        return ""
    if note.relatie is None:
        return "≈ " + text("nieuw-in", lang, versie=result.naar.norm)
    if note.relatie == "vervallen" and change.naar is None:
        return "≈ " + text("vervallen-in", lang, versie=result.naar.norm)
    was = ", ".join(note.van_ids)
    if note.gelijkwaardig:
        return text("was", lang, ids=was)
    return "≈ " + text("relatie-van", lang, relatie=note.relatie, ids=was)
