"""Read and check the register, find it in a repository, and match assessments to its entries."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nhnorm_cli.errors import NhnormError, Problem
from nhnorm_cli.files.discovery import display_path, slugify
from nhnorm_cli.models.problems import validate_model
from nhnorm_cli.models.register import Register, RegisterEntry
from nhnorm_cli.source.yamlsource import Document, read_document

REGISTER_NAME = "organisaties.yaml"
_SOORT_OF_PREFIX = {"GM": "gemeente", "PV": "provincie"}


@dataclass(frozen=True)
class RegionRegister:
    """A valid register, indexed the way SPEC §6 matches an assessment to an entry."""

    path: str
    register: Register

    @property
    def entries(self) -> list[RegisterEntry]:
        return self.register.organisaties

    def entry_for(self, code: str | None, slug: str | None) -> RegisterEntry | None:
        """The entry with this CBS code; without one in the register, the entry with this slug."""
        for entry in self.entries:
            if code is not None and entry.code == code:
                return entry
        for entry in self.entries:
            if slug is not None and entry_slug(entry) == slug:
                return entry
        return None


def entry_slug(entry: RegisterEntry) -> str:
    """The folder assessments/<slug>/ of an entry: its `slug`, or derived from its name."""
    return entry.slug or slugify(entry.naam)


def check_register(path: Path) -> tuple[RegionRegister | None, list[Problem]]:
    """Every problem of the register file, each at path:line:col; the register only without errors."""
    try:
        document = read_document(path, display_path(path))
    except NhnormError as exc:
        return None, list(exc.problems)
    data = document.data
    if not isinstance(data, dict):
        kind = "lijst" if isinstance(data, list) else "tekst"
        return None, [Problem(document.locate(()), "REGISTER-GEEN-MAPPING", params={"soort": kind})]
    register, problems = validate_model(Register, document)
    problems.extend(_cross_checks(document))
    problems.sort(key=lambda p: (p.location.line, p.location.column))
    if problems or register is None:
        return None, problems
    return RegionRegister(document.path, register), []


def _entries(data: dict[Any, Any]) -> Iterator[tuple[int, dict[Any, Any]]]:
    entries = data.get("organisaties")
    if isinstance(entries, list):
        for index, entry in enumerate(entries):
            if isinstance(entry, dict):
                yield index, entry


def _cross_checks(document: Document) -> Iterator[Problem]:
    """What the model cannot see: unique codes and slugs, known RIECs, a code that fits the soort."""
    data = document.data
    riecs = data.get("riecs")
    known = [r for r in riecs if isinstance(r, str)] if isinstance(riecs, list) else None
    codes: dict[str, int] = {}
    slugs: dict[str, int] = {}
    for index, entry in _entries(data):
        where = ("organisaties", index)
        code, riec, naam = entry.get("code"), entry.get("riec"), entry.get("naam")
        line = document.locate(where).line
        if isinstance(code, str):
            if code in codes:
                params = {"cbs": code, "eerste": codes[code]}
                yield Problem(document.locate((*where, "code")), "DUBBELE-CODE", params=params)
            codes.setdefault(code, line)
            soort = _SOORT_OF_PREFIX.get(code[:2])
            if (
                soort is not None
                and entry.get("soort") in _SOORT_OF_PREFIX.values()
                and entry["soort"] != soort
            ):
                params = {"cbs": code, "soort": entry["soort"], "verwacht": soort}
                yield Problem(document.locate((*where, "soort")), "CODE-SOORT", params=params)
        if known is not None and isinstance(riec, str) and riec and riec not in known:
            params = {"riec": riec, "riecs": known}
            yield Problem(document.locate((*where, "riec")), "ONBEKENDE-RIEC", params=params)
        slug = entry.get("slug")
        slug = slug if isinstance(slug, str) else (slugify(naam) if isinstance(naam, str) else None)
        if slug:
            if slug in slugs:
                shown = (*where, "slug") if "slug" in entry else (*where, "naam")
                params = {"slug": slug, "eerste": slugs[slug]}
                yield Problem(document.locate(shown), "DUBBELE-SLUG", params=params)
            slugs.setdefault(slug, line)
