"""Whose file is this? SPEC §8: an assessment belongs to a register entry by its CBS code, else by
its slug; two files of one year for the same entry are one organisation delivering twice. And a
file whose naam, soort or riec contradicts the entry of its code is not trusted to be anyone's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from nhnorm_cli.errors import Location, Problem
from nhnorm_cli.models.register import RegisterEntry


class RegisterLookup(Protocol):
    """What identity needs of a register (region/register.py's RegionRegister, a layer up)."""

    def entry_of(self, code: str | None, slug: str | None, naam: str | None) -> RegisterEntry | None: ...

    def by_code(self, code: str | None) -> RegisterEntry | None: ...


# The details of an organisation a register entry fixes, in the order they are reported.
CHECKED = ("naam", "soort", "riec")


def raw_organisation(data: object) -> dict[str, Any]:
    """organisatie: as written, from data that need not be valid yet."""
    organisatie = data.get("organisatie") if isinstance(data, dict) else None
    return organisatie if isinstance(organisatie, dict) else {}


def raw_code(data: object) -> str | None:
    code = raw_organisation(data).get("code")
    return code if isinstance(code, str) and code else None


def identity(
    register: RegisterLookup | None, code: str | None, slug: str | None, naam: str | None
) -> tuple[str, ...]:
    """The key that names one organisation: with a register, its entry (by code, else slug, else
    the exact name: a copy under a second folder is still that organisation); otherwise, and for
    a file of no entry, its slug (SPEC §4)."""
    entry = register.entry_of(code, slug, naam) if register is not None else None
    if entry is not None:
        return (f"register:{entry.code}",)
    return (f"slug:{slug}",) if slug else ()


@dataclass
class FirstFiles:
    """The first file (in path order) of each organisation and year; a later one is its double."""

    _first: dict[tuple[int, str], str] = field(default_factory=dict)

    def claim(self, year: int, keys: tuple[str, ...], path: str) -> str | None:
        """The earlier file of the same organisation and year, or None: then `path` is the first."""
        for key in keys:
            earlier = self._first.get((year, key))
            if earlier is not None:
                return earlier
        for key in keys:
            self._first[(year, key)] = path
        return None


def contradictions(
    register: RegisterLookup | None, data: object, locate: Callable[[str], Location]
) -> Iterator[Problem]:
    """WIJKT-AF-VAN-REGISTER for each of naam, soort and riec that differs from the register entry
    of the file's code. `locate(field)` gives the position of organisatie.<field>."""
    code = raw_code(data)
    if register is None or code is None:
        return
    entry = register.by_code(code)
    if entry is None:
        return
    organisatie = raw_organisation(data)
    for key in CHECKED:
        written = organisatie.get(key)
        expected = getattr(entry, key)
        if isinstance(written, str) and written != expected:
            params = {"veld": key, "waarde": written, "register": expected, "cbs": code}
            yield Problem(locate(key), "WIJKT-AF-VAN-REGISTER", params=params)
