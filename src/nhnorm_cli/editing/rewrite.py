"""Read-modify-write of an assessment, so that no change is lost.

The file is read again under its lock, the edit is applied to what is on disk *now* (a colleague's
`set` a second ago, a comment typed in an editor), checked, and written back in the file's own line
endings and BOM. Twenty `set`s at once therefore keep all twenty edits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from nhnorm_cli.editing.answers import verify
from nhnorm_cli.errors import Location, NhnormError, Problem
from nhnorm_cli.files.atomicwrite import Written, locked, write_atomic
from nhnorm_cli.rules.policy import DEFAULT, Policy
from nhnorm_cli.source.textstyle import TextStyle, plain
from nhnorm_cli.source.yamlsource import Document, parse_document, read_bytes


@dataclass(frozen=True)
class Current:
    """The file as it is on disk at this moment; `text` has "\\n" line breaks only."""

    document: Document
    text: str
    style: TextStyle

    @property
    def answers(self) -> dict[str, Any]:
        data = self.document.data
        answers = data.get("antwoorden") if isinstance(data, dict) else None
        return answers if isinstance(answers, dict) else {}


def read_current(path: Path, display: str) -> Current:
    raw = read_bytes(path, display)
    document = parse_document(raw, display)
    return Current(document, plain(document.text), TextStyle.of(raw))


@dataclass(frozen=True)
class Saved:
    text: str
    problems: list[Problem]  # warnings of the new text
    written: Written | None  # None: the edit changed nothing


def rewrite(path: Path, display: str, edit: Callable[[Current], str], policy: Policy = DEFAULT) -> Saved:
    """Apply `edit` to the current file under its lock and write the result if it is valid.

    An invalid result is not written: its problems lose their positions (they point into a text
    that exists nowhere) and NIET-OPGESLAGEN comes first, saying so."""
    with locked(path):
        current = read_current(path, display)
        new = edit(current)
        if new == current.text:
            return Saved(new, [], None)
        try:
            problems = verify(new, display, policy)
        except NhnormError as exc:
            refused = Problem(Location(""), "NIET-OPGESLAGEN", params={"pad": display})
            raise NhnormError(refused, *unpositioned(exc.problems), exit_code=exc.exit_code) from None
        written = write_atomic(path, current.style.encode(new), overwrite=True)
    return Saved(new, problems, written)


def unpositioned(problems: tuple[Problem, ...] | list[Problem]) -> list[Problem]:
    """Problems of a text that was not written: no file position to point at."""
    return [replace(p, location=Location("")) for p in problems]
