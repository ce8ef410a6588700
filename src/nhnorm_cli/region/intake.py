"""Intake: per register entry, is this year's file there, concept or vastgesteld, how far filled
in, and adopted before the deadline? Reads only the few keys it needs: no checks, no scoring."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from nhnorm_cli.errors import Location, NhnormError, Problem, Severity
from nhnorm_cli.files.discovery import display_path, find_files, organisation_slug, raw_naam
from nhnorm_cli.models.register import RegisterEntry
from nhnorm_cli.region.register import RegionRegister
from nhnorm_cli.region.results import Intake, IntakeRow, IntakeStatus, IntakeTotals
from nhnorm_cli.source.yamlsource import read_document


@dataclass(frozen=True)
class _Found:
    """What intake needs from one file."""

    path: str
    status: IntakeStatus
    beantwoord: int
    vastgesteld_op: date | None


@dataclass(frozen=True)
class IntakeResult:
    intake: Intake
    problems: list[Problem]  # files that could not be read, or that belong to no register entry

    @property
    def broken(self) -> bool:
        return any(p.is_error for p in self.problems)


def build_intake(
    register: RegionRegister,
    paths: Sequence[Path],
    year: int,
    deadline: date,
    today: date,
    root: Path | None = None,
) -> IntakeResult:
    """One row per register entry, in register order; see SPEC §6 for te_laat. `root`: the
    configured assessments folder (see discovery.organisation_slug)."""
    found: dict[str, _Found] = {}  # by entry code
    problems: list[Problem] = []
    for path in find_files(paths):
        if path.stem.isdigit() and int(path.stem) != year:
            continue  # another year's file, by its name: not read at all
        _take(path, year, register, found, problems, root)
    rows = [_row(entry, found.get(entry.code), deadline, today) for entry in register.entries]
    totals = IntakeTotals(
        ontbreekt=sum(r.status == "ontbreekt" for r in rows),
        concept=sum(r.status == "concept" for r in rows),
        vastgesteld=sum(r.status == "vastgesteld" for r in rows),
        te_laat=sum(r.te_laat for r in rows),
    )
    return IntakeResult(Intake(jaar=year, deadline=deadline, organisaties=rows, totalen=totals), problems)


def _take(
    path: Path,
    year: int,
    register: RegionRegister,
    found: dict[str, _Found],
    problems: list[Problem],
    root: Path | None,
) -> None:
    shown = display_path(path)
    try:
        data: Any = read_document(path, shown).data
    except NhnormError as exc:
        problems.extend(exc.problems)
        # an unreadable file in assessments/<slug>/ still shows that something arrived: not adopted
        entry = register.entry_for(None, path.parent.name)
        if entry is not None and path.stem == str(year):
            found.setdefault(entry.code, _Found(shown, "concept", 0, None))
        return
    if not isinstance(data, dict) or data.get("jaar") != year:
        return
    organisatie = data.get("organisatie")
    code = organisatie.get("code") if isinstance(organisatie, dict) else None
    naam = raw_naam(data)
    slug = organisation_slug(path, naam, root) if naam is not None else path.parent.name
    entry = register.entry_for(code if isinstance(code, str) else None, slug)
    if entry is None:
        unknown = {"organisatie": naam or slug, "slug": slug}
        problems.append(Problem(Location(shown), "NIET-IN-REGISTER", Severity.WARNING, unknown))
        return
    if entry.code in found:
        first = found[entry.code].path
        duplicate = {"organisatie": entry.naam, "jaar": year, "eerste": first}
        problems.append(Problem(Location(shown), "DUBBELE-BEOORDELING", params=duplicate))
        return
    found[entry.code] = _Found(shown, _status(data), _answered(data), _adopted(data))


def _status(data: dict[Any, Any]) -> IntakeStatus:
    # anything but a clean "vastgesteld" is not adopted (validate names what is wrong)
    return "vastgesteld" if data.get("status") == "vastgesteld" else "concept"


def _answered(data: dict[Any, Any]) -> int:
    answers = data.get("antwoorden")
    if not isinstance(answers, dict):
        return 0
    return sum(isinstance(a, dict) and a.get("oordeel") not in (None, "") for a in answers.values())


def _adopted(data: dict[Any, Any]) -> date | None:
    value = data.get("vastgesteld_op")
    return value if isinstance(value, date) else None


def _row(entry: RegisterEntry, found: _Found | None, deadline: date, today: date) -> IntakeRow:
    status: IntakeStatus = found.status if found is not None else "ontbreekt"
    adopted = found.vastgesteld_op if found is not None and status == "vastgesteld" else None
    # adopted without a date (files from before `set --status vastgesteld` wrote one): on time
    late = (adopted is not None and adopted > deadline) if status == "vastgesteld" else today > deadline
    return IntakeRow(
        code=entry.code,
        naam=entry.naam,
        riec=entry.riec,
        soort=entry.soort,
        bestand=found.path if found is not None else None,
        status=status,
        beantwoord=found.beantwoord if found is not None else 0,
        vastgesteld_op=adopted,
        te_laat=late,
    )
