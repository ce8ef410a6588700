"""Bulk intake of the workbooks that arrive by e-mail: each to assessments/<slug>/<jaar>.yaml,
never over an existing file; one bad workbook never stops the others. Nothing printed here."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nhnorm_cli.editing.answers import verify
from nhnorm_cli.editing.yamlmerge import fresh_yaml
from nhnorm_cli.errors import Location, NhnormError, Problem, Severity
from nhnorm_cli.files.atomicwrite import write_atomic
from nhnorm_cli.files.discovery import display_path, slugify
from nhnorm_cli.region.register import RegionRegister, entry_slug
from nhnorm_cli.workbook.xlsximport import read_workbook


@dataclass(frozen=True)
class Placed:
    """One workbook: where it went (None: not written) and what was wrong with it."""

    workbook: str
    target: str | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.target is None


def import_into_folder(
    workbooks: Sequence[Path], into: Path, register: RegionRegister | None
) -> list[Placed]:
    """Every workbook placed (or refused with its problems), in the order given."""
    return [_place(path, into, register) for path in workbooks]


def _place(path: Path, into: Path, register: RegionRegister | None) -> Placed:
    shown = display_path(path)
    if not path.is_file():
        return Placed(shown, None, [Problem(Location(shown), "PAD-BESTAAT-NIET", params={"pad": shown})])
    try:
        data = read_workbook(path, shown)
    except NhnormError as exc:
        return Placed(shown, None, list(exc.problems))
    slug, notes = _slug(data, shown, register)
    target = into / slug / f"{data['jaar']}.yaml"
    target_shown = display_path(target)
    if target.exists():
        params = {"pad": target_shown, "werkboek": shlex.quote(shown)}  # the command to copy, as is
        problem = Problem(Location(shown), "BESTAAT-AL-IMPORT", params=params)
        return Placed(shown, None, [*notes, problem])
    text = fresh_yaml(data)
    try:
        verify(text, target_shown)
        write_atomic(target, text, overwrite=False)
    except NhnormError as exc:
        return Placed(shown, None, [*notes, *exc.problems])
    return Placed(shown, target_shown, notes)


def _slug(data: dict[str, Any], shown: str, register: RegionRegister | None) -> tuple[str, list[Problem]]:
    """The register's slug for the workbook's CBS code (or name), else one derived from the name."""
    organisatie = data["organisatie"]
    naam, code = organisatie["naam"], organisatie.get("code")
    if register is None:
        return slugify(naam), []
    entry = register.entry_for(code, slugify(naam))
    if entry is not None:
        return entry_slug(entry), []
    unknown = Problem(
        Location(shown), "NIET-IN-REGISTER", Severity.WARNING, {"organisatie": naam, "slug": slugify(naam)}
    )
    return slugify(naam), [unknown]
