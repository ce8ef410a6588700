"""One assessment file being edited (`set`, `fill`): every change is checked and only then written."""

from __future__ import annotations

from pathlib import Path

from nhnorm_cli.atomicwrite import write_atomic
from nhnorm_cli.controlchars import forbidden_character
from nhnorm_cli.discovery import display_path
from nhnorm_cli.editing.answers import (
    Change,
    current_answers,
    set_answer,
    set_status,
    verify,
    verify_document,
)
from nhnorm_cli.errors import Location, NhnormError, Problem, usage_error
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.norm import load_norm
from nhnorm_cli.rules.policy import DEFAULT, Policy
from nhnorm_cli.suggest import unknown_rating
from nhnorm_cli.workspace import pick_file
from nhnorm_cli.yamlsource import read_document


class EditSession:
    """Each change is written on its own; `changed` lists what was written (ids, "status"), and a
    change returns the warnings the file now has about it. The session never prints."""

    def __init__(self, path: Path, policy: Policy = DEFAULT) -> None:
        self.path, self.policy = path, policy
        self.display = display_path(path)
        document = read_document(path, self.display)
        verify_document(document, policy)  # a file with errors is fixed by hand first
        self.text = document.text
        self.norm: Norm = load_norm(str(document.data["norm"]))
        self.changed: list[str] = []
        self._answers: dict[str, object] | None = document.data["antwoorden"]

    def answers(self) -> dict[str, object]:
        if self._answers is None:
            self._answers = current_answers(self.text)
        return self._answers

    def answer(self, requirement_id: str, change: Change) -> list[Problem]:
        _refuse_control_characters(requirement_id, change)
        if self.norm.requirement(requirement_id) is None:
            raise usage_error("ONBEKENDE-NORM", id=requirement_id, versie=self.norm.versie)
        if requirement_id not in self.answers() and change.oordeel is None:
            raise usage_error("NIEUW-ZONDER-OORDEEL", id=requirement_id)
        # an unknown oordeel is named as typed, before any file position could point at a line
        # of a file that was never written
        for given in (change.oordeel, *(value for _, value in change.onderdelen)):
            if given is not None and self.norm.rating(given) is None:
                params = unknown_rating(self.norm, given)
                raise NhnormError(Problem(Location(""), "ONBEKEND-OORDEEL", params=params))
        return self._write(set_answer(self.text, self.norm, requirement_id, change), requirement_id)

    def status(self, status: str) -> list[Problem]:
        return self._write(set_status(self.text, status), "status")

    def _write(self, new: str, what: str) -> list[Problem]:
        try:
            problems = verify(new, self.display, self.policy)
        except NhnormError as exc:
            refused = Problem(Location(""), "NIET-OPGESLAGEN", params={"pad": self.display})
            raise NhnormError(*exc.problems, refused) from None
        if new != self.text:
            write_atomic(self.path, new, overwrite=True)
            self.text, self._answers = new, None
            self.changed.append(what)
        return [p for p in problems if p.params.get("id") == what]


def edit_session(
    file: Path | None, year: int | None, org: str | None, assessments: Path, policy: Policy = DEFAULT
) -> EditSession:
    """The session for --file, or for the assessment of --year/--org (default: the latest year);
    `policy`: the rule levels of nhnorm.toml."""
    return EditSession(pick_file(file, year, org, assessments), policy)


def _refuse_control_characters(requirement_id: str, change: Change) -> None:
    """Typed text with a control character is refused as typed, before any file is touched."""
    action = change.actie
    fields: list[tuple[str, str | None]] = [
        ("id", requirement_id),
        ("oordeel", change.oordeel),
        ("toelichting", change.toelichting),
        *(("bewijs", text) for item in change.bewijs for text in _texts(item)),
        ("actie", action.omschrijving if action else None),
        ("eigenaar", action.eigenaar if action else None),
        *(("afgerond", item) for item in change.afgerond),
        *(("onderdeel", f"{key}={value}") for key, value in change.onderdelen),
    ]
    for name, value in fields:
        control = forbidden_character(value or "")
        if control is not None:
            raise usage_error("STUURTEKEN-INVOER", veld=name, teken=control)


def _texts(item: object) -> list[str]:
    """The text of a bewijs item: itself, or the text values of a dated mapping."""
    if isinstance(item, dict):
        return [value for value in item.values() if isinstance(value, str)]
    return [item] if isinstance(item, str) else []
