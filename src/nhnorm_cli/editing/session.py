"""One assessment file being edited (`set`, `fill`): every change is applied to the file as it is on
disk at that moment (under its lock), checked, and only then written."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from nhnorm_cli.editing.adoption import ensure_open, reopen_command
from nhnorm_cli.editing.answers import (
    Change,
    current_answers,
    lower_case,
    set_answer,
    set_organisation,
    set_peildatum,
    set_received,
    set_status,
    verify_document,
)
from nhnorm_cli.editing.rewrite import Current, read_current, rewrite
from nhnorm_cli.errors import Location, NhnormError, Problem, usage_error
from nhnorm_cli.files.discovery import display_path
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.suggest import unknown_rating
from nhnorm_cli.rules.policy import DEFAULT, Policy
from nhnorm_cli.select.workspace import pick_file
from nhnorm_cli.source.controlchars import forbidden_character
from nhnorm_cli.source.yamlsource import parse_document
from nhnorm_cli.versions.norms import load_norm

_ANY: Any = object()  # `expected` not given: apply the change to whatever the answer is now


class EditSession:
    """Each change is written on its own; `changed` lists what was written (ids, "status"), and a
    change returns the warnings the file now has about it (and KOPPELING-GEVOLGD when the file is
    a symbolic link). The session never prints."""

    def __init__(
        self, path: Path, policy: Policy = DEFAULT, *, org: str | None = None, by_file: bool = False
    ) -> None:
        self.path, self.policy = path, policy
        self.display = display_path(path)
        current = read_current(path, self.display)
        verify_document(current.document, policy)  # a file with errors is fixed by hand first
        jaar = current.document.data["jaar"]
        self.reopen = reopen_command(year=jaar, org=org, file=self.display if by_file else None)
        self.text = current.text
        self.document = current.document
        self.norm: Norm = load_norm(str(current.document.data["norm"]))
        self.changed: list[str] = []
        self._answers: dict[str, object] | None = current.document.data["antwoorden"]

    def answers(self) -> dict[str, object]:
        if self._answers is None:
            self._answers = current_answers(self.text)
        return self._answers

    def ensure_open(self) -> None:
        """VASTGESTELD when the file (as last read) is adopted: its answers are locked."""
        ensure_open(self.document, self.reopen)

    def answer(
        self, requirement_id: str, change: Change, expected: Any = _ANY, *, version: str | None = None
    ) -> list[Problem]:
        """Change one answer. With `expected` (the answer as it was shown), a file whose answer
        changed in the meantime is not written over: INTUSSEN-GEWIJZIGD; with `version` (the
        file_version of the text shown), a file that changed at all: BESTAND-GEWIJZIGD."""
        change = lower_case(change)  # `Voldaan` is voldaan, as in a workbook
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

        def edit(current: Current) -> str:
            _same_version(current, version)
            ensure_open(current.document, self.reopen)
            if expected is not _ANY and current.answers.get(requirement_id) != (expected or None):
                where = current.document.locate(["antwoorden", requirement_id], key=True)
                raise NhnormError(Problem(where, "INTUSSEN-GEWIJZIGD", params={"id": requirement_id}))
            return set_answer(current.text, self.norm, requirement_id, change)

        return self._save(edit, requirement_id)

    def organisation(self, code: str | None, riec: str | None) -> list[Problem]:
        """Locked once vastgesteld: another code would move the adopted file to another register
        entry (issue 25)."""

        def edit(current: Current) -> str:
            ensure_open(current.document, self.reopen)
            return set_organisation(current.text, code=code, riec=riec)

        return self._save(edit, "organisatie")

    def peildatum(self, day: date) -> list[Problem]:
        """Another peildatum; locked like the answers once vastgesteld (it dates what was adopted)."""

        def edit(current: Current) -> str:
            ensure_open(current.document, self.reopen)
            return set_peildatum(current.text, day)

        return self._save(edit, "peildatum", codes=("PEILDATUM-BUITEN-JAAR", "VASTGESTELD-VOOR-PEILDATUM"))

    def received(self, day: date) -> list[Problem]:
        """ontvangen_op: the RIEC's date of receipt (not locked: it is not the organisation's answer)."""
        return self._save(lambda current: set_received(current.text, day), "ontvangen_op")

    def status(
        self, status: str, op: date | None = None, door: str | None = None, *, version: str | None = None
    ) -> list[Problem]:
        """Reopening (concept) is always allowed; adopting a file that is already vastgesteld again,
        with another date or body, is not: reopen it first, so git records both steps."""

        def edit(current: Current) -> str:
            _same_version(current, version)
            if status == "vastgesteld":
                ensure_open(current.document, self.reopen)
            return set_status(current.text, status, op=op, door=door)

        # vastgesteld_door is public text: personal data in it is the status change's warning
        return self._save(edit, "status", codes=("VASTGESTELD-VOOR-PEILDATUM",), about=("vastgesteld_door",))

    def _save(
        self,
        edit: Callable[[Current], str],
        what: str,
        codes: tuple[str, ...] = (),
        about: tuple[str, ...] = (),
    ) -> list[Problem]:
        """Write the edit; the warnings about `what` (an answer's id, or `codes`, or a field in
        `about`) are returned."""
        try:
            saved = rewrite(self.path, self.display, edit, self.policy)
        except NhnormError:
            self.refresh()  # what fill shows next is the file as it is now
            raise
        self.text, self._answers = saved.text, None
        self.document = parse_document(saved.text.encode(), self.display)
        if saved.written is None:
            return []
        if what not in self.changed:
            self.changed.append(what)
        mine = [p for p in saved.problems if p.params.get("id") in (what, *about) or p.code in codes]
        return [*saved.written.notes(), *mine]

    def refresh(self) -> None:
        """Read the file again (what it holds now, for the next change to be compared with)."""
        try:
            current = read_current(self.path, self.display)
        except NhnormError:
            return  # unreadable now: the next save says so
        self.text, self.document, self._answers = current.text, current.document, None


def file_version(text: str) -> str:
    """A fingerprint of an assessment's text: a form sends back the one it showed, so a file that
    changed on disk meanwhile (a `git pull`, a `set` in a terminal) is never written over."""
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:20]


def _same_version(current: Current, version: str | None) -> None:
    if version is not None and file_version(current.text) != version:
        where = Location(current.document.path)
        raise NhnormError(Problem(where, "BESTAND-GEWIJZIGD", params={"pad": current.document.path}))


def edit_session(
    file: Path | None, year: int | None, org: str | None, assessments: Path, policy: Policy = DEFAULT
) -> EditSession:
    """The session for --file, or for the assessment of --year/--org (default: the latest year);
    `policy`: the rule levels of nhnorm.toml."""
    path = pick_file(file, year, org, assessments)
    in_folder = path.resolve().parent != assessments.resolve()
    slug = org or (path.resolve().parent.name if in_folder else None)
    return EditSession(path, policy, org=slug, by_file=file is not None)


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
