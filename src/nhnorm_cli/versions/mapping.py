"""Mappings between norm versions: find them (norm/mappings/<van>--<naar>.yaml), check them with
positions, and load a checked one for init, diff and report."""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib.resources.abc import Traversable
from typing import Any

from nhnorm_cli.errors import Location, NhnormError, Problem
from nhnorm_cli.files.resources import added_file, find_in_norm_dirs
from nhnorm_cli.models.mapping import VersionMapping
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.problems import validate_model
from nhnorm_cli.source.yamlsource import Document, parse_document
from nhnorm_cli.versions.norms import available_versions, load_norm

MAPPING_FILE = re.compile(r"^(\d+(?:\.\d+)*)--(\d+(?:\.\d+)*)\.ya?ml$")
MAPPINGS = "mappings"


def is_mapping_file(name: str) -> bool:
    return MAPPING_FILE.match(name) is not None


def mapping_files() -> dict[tuple[str, str], Traversable]:
    """Every installed mapping by (van, naar); the packaged folder first, as for norms."""
    return {(van, naar): entry for (van, naar), entry in find_in_norm_dirs(MAPPING_FILE, MAPPINGS).items()}


def added_mapping(resource: Traversable) -> str | None:
    """The NHNORM_NORM_PATH file of a mapping; None for one that nhnorm ships."""
    return added_file(resource, MAPPINGS)


def load_mapping(old: str, new: str) -> VersionMapping | None:
    """The installed mapping from `old` to `new`; None when there is none; NhnormError (exit 1)
    with every problem when it is broken, so a comparison never rests on a bad mapping."""
    resource = mapping_files().get((old, new))
    if resource is None:
        return None
    shown = added_mapping(resource) or f"norm/{MAPPINGS}/{resource.name}"
    mapping, problems = check_mapping(parse_document(resource.read_bytes(), shown), resource.name)
    if mapping is None:
        raise NhnormError(*[p for p in problems if p.is_error])
    return mapping


def check_mapping(document: Document, file_name: str) -> tuple[VersionMapping | None, list[Problem]]:
    """Every problem of one mapping file; the model only when it has none."""
    data = document.data
    if not isinstance(data, dict):
        return None, [Problem(document.locate(()), "MAPPING-VORM")]
    mapping, problems = validate_model(VersionMapping, document)
    problems.extend(_check_name(document, file_name))
    if isinstance(data.get("van"), str) and data.get("van") == data.get("naar"):
        # a version mapped onto itself says nothing, and would let a wrong `naar` pass clean
        problems.append(
            Problem(document.locate(("naar",)), "MAPPING-ZELFDE-VERSIE", params={"versie": data["van"]})
        )
    old, new = _norm(document, "van", problems), _norm(document, "naar", problems)
    raw = data.get("normen")
    entries: dict[Any, Any] = raw if isinstance(raw, dict) else {}
    if old is not None:
        problems.extend(_check_sources(document, old, entries))
    if new is not None:
        problems.extend(_check_targets(document, new, entries))
    problems.extend(_check_relations(document, entries))
    problems.extend(_check_repeats(document, entries))
    problems.sort(key=lambda p: (p.location.line, p.location.column))
    return (None if problems else mapping), problems


def _check_name(document: Document, file_name: str) -> Iterator[Problem]:
    van, naar = document.data.get("van"), document.data.get("naar")
    expected = f"{van}--{naar}.yaml"
    match = MAPPING_FILE.match(file_name)
    if isinstance(van, str) and isinstance(naar, str) and (match is None or match.groups() != (van, naar)):
        yield Problem(Location(document.path), "MAPPING-BESTANDSNAAM", params={"verwacht": expected})


def _norm(document: Document, key: str, problems: list[Problem]) -> Norm | None:
    version = document.data.get(key)
    if not isinstance(version, str):
        return None  # missing or not text: the model reported it
    if version not in available_versions():
        params = {"versie": version, "beschikbaar": available_versions()}
        problems.append(Problem(document.locate((key,)), "ONBEKENDE-NORMVERSIE", params=params))
        return None
    return load_norm(version)


def _check_sources(document: Document, old: Norm, entries: dict[Any, Any]) -> Iterator[Problem]:
    for key in entries:
        if isinstance(key, str) and old.requirement(key) is None:
            params = {"id": key, "versie": old.versie}
            yield Problem(document.locate(("normen", key), key=True), "ONBEKEND-ID", params=params)
    written = {str(key) for key in entries}  # an unquoted 1.2 is reported as ID-GEEN-TEKST, not missing
    missing = [rid for rid in old.requirement_ids if rid not in written]
    if missing:
        where = document.locate(("normen",), key=True)
        yield Problem(where, "MAPPING-ONVOLLEDIG", params={"versie": old.versie, "ontbrekend": missing})


def _targets(entries: dict[Any, Any]) -> Iterator[tuple[Any, int, Any]]:
    for key, entry in entries.items():
        targets = entry.get("naar") if isinstance(entry, dict) else None
        if isinstance(targets, list):
            for index, target in enumerate(targets):
                yield key, index, target


def _check_targets(document: Document, new: Norm, entries: dict[Any, Any]) -> Iterator[Problem]:
    for key, index, target in _targets(entries):
        if isinstance(target, str) and new.requirement(target) is None:
            params = {"id": target, "versie": new.versie}
            yield Problem(document.locate(("normen", key, "naar", index)), "ONBEKEND-ID", params=params)


def _check_repeats(document: Document, entries: dict[Any, Any]) -> Iterator[Problem]:
    """Each target once per entry: a repeat would count one new norm twice in an overlap."""
    seen: set[tuple[Any, str]] = set()
    for key, index, target in _targets(entries):
        if not isinstance(target, str):
            continue
        if (key, target) in seen:
            params = {"doel": target, "id": str(key)}
            yield Problem(
                document.locate(("normen", key, "naar", index)), "MAPPING-DUBBEL-DOEL", params=params
            )
        seen.add((key, target))


def _check_relations(document: Document, entries: dict[Any, Any]) -> Iterator[Problem]:
    """gelijk has exactly one target, vervallen none, the others at least one; and one new norm
    is `gelijk` to at most one old norm (else carrying answers over would be ambiguous)."""
    equal_to: dict[str, str] = {}
    for key, entry in entries.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("naar", []), list):
            continue
        relation, count = entry.get("relatie"), len(entry.get("naar", []))
        wrong = (
            (relation == "gelijk" and count != 1)
            or (relation == "vervallen" and count != 0)
            or (relation in {"deelverzameling", "bovenverzameling", "overlap"} and count == 0)
        )
        if wrong:
            where = document.locate(("normen", key, "naar") if "naar" in entry else ("normen", key))
            params = {"id": str(key), "relatie": relation, "aantal": count}
            yield Problem(where, "MAPPING-DOELEN", params=params)
        elif relation == "gelijk" and isinstance(entry["naar"][0], str):
            target = entry["naar"][0]
            if target in equal_to:
                params = {"id": target, "eerste": equal_to[target], "tweede": str(key)}
                yield Problem(
                    document.locate(("normen", key, "naar", 0)), "MAPPING-DUBBEL-GELIJK", params=params
                )
            equal_to.setdefault(target, str(key))
