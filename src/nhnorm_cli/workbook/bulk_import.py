"""Bulk intake of the workbooks that arrive by e-mail: each to assessments/<slug>/<jaar>.yaml with
the date it was received; one bad workbook never stops the others. Running it again on the same
folder changes nothing: an identical workbook is `ongewijzigd`, a changed one for an existing file
is refused unless forced (then merged, the vastgesteld lock standing). Nothing printed here."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from nhnorm_cli.check.identity import contradictions
from nhnorm_cli.editing.adoption import ensure_open, reopen_command
from nhnorm_cli.editing.answers import verify
from nhnorm_cli.editing.rewrite import Current, read_current, rewrite
from nhnorm_cli.editing.yamlmerge import fresh_yaml, merged_yaml
from nhnorm_cli.errors import Location, NhnormError, Problem, Severity
from nhnorm_cli.files.atomicwrite import write_atomic
from nhnorm_cli.files.discovery import display_path, slugify
from nhnorm_cli.region.register import RegionRegister, entry_slug
from nhnorm_cli.workbook.importing import received, with_receipt
from nhnorm_cli.workbook.spreadsheet import ORG_FIELDS, ORG_SHEET
from nhnorm_cli.workbook.xlsximport import read_workbook

Outcome = Literal["nieuw", "ongewijzigd", "bijgewerkt", "fout"]


@dataclass(frozen=True)
class Placed:
    """One workbook: where it went (None: not written), how, and what was wrong with it."""

    workbook: str
    target: str | None
    problems: list[Problem] = field(default_factory=list)
    outcome: Outcome = "nieuw"

    @property
    def failed(self) -> bool:
        return self.outcome == "fout"


@dataclass(frozen=True)
class Intake:
    """How the workbooks are taken in: into which folder, with which register, received when."""

    into: Path
    register: RegionRegister | None
    received: date
    force: bool = False


def import_into_folder(workbooks: Sequence[Path], intake: Intake) -> list[Placed]:
    """Every workbook placed (or refused with its problems), in the order given."""
    return [_place(path, intake) for path in workbooks]


def _place(path: Path, intake: Intake) -> Placed:
    shown = display_path(path)
    if not path.is_file():
        problem = Problem(Location(shown), "PAD-BESTAAT-NIET", params={"pad": shown})
        return Placed(shown, None, [problem], "fout")
    try:
        data = read_workbook(path, shown)
    except NhnormError as exc:
        return Placed(shown, None, list(exc.problems), "fout")
    against = list(contradictions(intake.register, data, lambda key: _org_cell(shown, key)))
    if against:  # whose is it? Not the code's entry, and not whom it names: nothing is written
        return Placed(shown, None, against, "fout")
    slug, notes = _slug(data, shown, intake.register)
    target = intake.into / slug / f"{data['jaar']}.yaml"
    target_shown = display_path(target)
    if target.exists():
        return _again(path, shown, data, target, target_shown, intake, notes)
    text = fresh_yaml(with_receipt(data, intake.received))
    try:
        warnings = verify(text, target_shown)
        write_atomic(target, text, overwrite=False)
    except NhnormError as exc:
        return Placed(shown, None, [*notes, *exc.problems], "fout")
    # the file's own rules are validate's; a date that cannot be right is said at intake
    dates = [p for p in warnings if p.code == "VASTGESTELD-VOOR-PEILDATUM"]
    return Placed(shown, target_shown, [*notes, *dates])


def _again(
    path: Path,
    shown: str,
    data: dict[str, Any],
    target: Path,
    target_shown: str,
    intake: Intake,
    notes: list[Problem],
) -> Placed:
    """A workbook whose file is already there: unchanged, refused, or (forced) merged."""
    try:
        current = read_current(target, target_shown)
    except NhnormError as exc:
        return Placed(shown, None, [*notes, *exc.problems], "fout")
    if merged_yaml(current.text, with_receipt(data, received(current))) == current.text:
        return Placed(shown, target_shown, notes, "ongewijzigd")
    if not intake.force:
        params = {"pad": target_shown, "werkboek": shlex.quote(shown), "map": shlex.quote(str(intake.into))}
        refused = Problem(Location(shown), "WERKBOEK-GEWIJZIGD", params=params)
        return Placed(shown, None, [*notes, refused], "fout")
    reopen = reopen_command(year=None, org=None, file=target_shown)

    def edit(now: Current) -> str:
        merged = merged_yaml(now.text, with_receipt(data, intake.received))
        if merged != now.text:
            ensure_open(now.document, reopen)
        return merged

    try:
        rewrite(target, target_shown, edit)
    except NhnormError as exc:
        return Placed(shown, None, [*notes, *exc.problems], "fout")
    return Placed(shown, target_shown, notes, "bijgewerkt")


def _org_cell(shown: str, key: str) -> Location:
    """The cell of a detail on the Organisatie sheet as nhnorm exports it (column B, one row each)."""
    row = 2 + [k for k, _, _ in ORG_FIELDS].index(key)
    return Location(shown, row, 2, f"{ORG_SHEET}!B{row}")


def _slug(data: dict[str, Any], shown: str, register: RegionRegister | None) -> tuple[str, list[Problem]]:
    """The register's slug for the workbook's CBS code (or folder-style name, or exact name), else
    one derived from the name."""
    organisatie = data["organisatie"]
    naam, code = organisatie["naam"], organisatie.get("code")
    if register is None:
        return slugify(naam), []
    entry = register.entry_of(code, slugify(naam), naam)
    if entry is not None:
        return entry_slug(entry), []
    # the cell the register could not place: the code when there is one, else the name
    cell = _org_cell(shown, "code" if code else "naam")
    details = {"organisatie": naam, "slug": slugify(naam)}
    unknown = Problem(cell, "NIET-IN-REGISTER", Severity.WARNING, details)
    return slugify(naam), [unknown]
