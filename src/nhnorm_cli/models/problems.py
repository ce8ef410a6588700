"""Turn a pydantic ValidationError into positioned Problems a non-programmer can act on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from nhnorm_cli.errors import Problem
from nhnorm_cli.models.assessment import EVIDENCE_TAGS, Action, Answer, Assessment, Evidence, Organisation
from nhnorm_cli.models.mapping import MappingEntry, VersionMapping
from nhnorm_cli.models.register import Register, RegisterEntry
from nhnorm_cli.models.suggest import suggestion
from nhnorm_cli.models.values import FIRST_YEAR, LAST_YEAR
from nhnorm_cli.source.yamlsource import Document

# Which model describes the mapping at a path: used for "did you mean" on unknown keys.
_CHILD_MODELS: dict[tuple[type[BaseModel], str], type[BaseModel]] = {
    (Assessment, "organisatie"): Organisation,
    (Assessment, "antwoorden"): Answer,
    (Answer, "acties"): Action,
    (Answer, "bewijs"): Evidence,
    (VersionMapping, "normen"): MappingEntry,
    (Register, "organisaties"): RegisterEntry,
}

_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")

_EXPECTED = {
    "string_type": "tekst",
    "int_type": "geheel-getal",
    "int_from_float": "geheel-getal",
    "float_type": "getal",
    "bool_type": "waar-onwaar",
    "date_type": "datum",
    "date_from_datetime_inexact": "datum",
    "date_from_datetime_parsing": "datum",
    "list_type": "lijst",
    "dict_type": "mapping",
    "model_type": "mapping",
}


M = TypeVar("M", bound=BaseModel)


def validate_model(model: type[M], document: Document) -> tuple[M | None, list[Problem]]:
    """The document's data as `model`, or None with one positioned Problem per pydantic error."""
    try:
        return model.model_validate(document.data), []
    except ValidationError as exc:
        return None, problems_from_validation(exc, document, root=model)


def problems_from_validation(
    error: ValidationError, document: Document, *, root: type[BaseModel] = Assessment
) -> list[Problem]:
    """One Problem per pydantic error, each at the key or value it is about; `root` is the model
    of the whole file (for "did you mean" on unknown keys)."""
    problems = [_problem(detail, document, root) for detail in error.errors(include_url=False)]
    # `statsu: concept` is one mistake: say "did you mean status" once, not also "status is missing"
    renamed = {
        (p.params["plek"], p.params["suggestie"])
        for p in problems
        if p.code == "ONBEKENDE-SLEUTEL" and "suggestie" in p.params
    }
    kept = [p for p in problems if _missing(p) not in renamed]
    return sorted(kept, key=lambda p: (p.location.line, p.location.column))


def _missing(problem: Problem) -> tuple[str, str] | None:
    """(place, key) of a missing-key problem."""
    if problem.code == "VERPLICHT-VELD":
        return problem.params["plek"], problem.params["veld"]
    if problem.code == "GEEN-OORDEEL":
        return _place(("antwoorden", problem.params["id"])), "oordeel"
    return None


def _without_tags(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """The path in the file: a bewijs item's union tag ("tekst", "mapping") is no key there."""
    return tuple(
        step
        for i, step in enumerate(loc)
        if not (step in EVIDENCE_TAGS and i >= 2 and isinstance(loc[i - 1], int) and loc[i - 2] == "bewijs")
    )


def _problem(detail: ErrorDetails, document: Document, root: type[BaseModel]) -> Problem:
    tagged = tuple(detail["loc"])
    loc = _without_tags(tagged)
    kind = detail["type"]
    value = detail.get("input")
    field = _field_name(loc)
    params: dict[str, Any]
    if "[key]" in loc:
        # pydantic stringifies the offending key in loc; the input is the key as YAML read it
        key_path = (*loc[: loc.index("[key]") - 1], value)
        written = document.source_text(key_path, key=True) or str(key_path[-1])
        params = {"id": written, "als": _read_as(value)}
        return Problem(document.locate(key_path, key=True), "ID-GEEN-TEKST", params=params)
    if kind in ("extra_forbidden", "invalid_key"):  # invalid_key: a key YAML read as 1, true, …
        key = str(loc[-1]) if kind == "extra_forbidden" else _written_key(document, loc)
        params = {"sleutel": key, "plek": _place(loc[:-1])}
        params |= suggestion(key.lower(), _allowed_keys(loc[:-1], root))
        return Problem(document.locate(loc, key=True), "ONBEKENDE-SLEUTEL", params=params)
    if _is_answer(loc) and ((kind == "missing" and loc[-1] == "oordeel") or value is None):
        answer_loc = loc if value is None else loc[:-1]
        return Problem(
            document.locate(answer_loc, key=True), "GEEN-OORDEEL", params={"id": str(answer_loc[1])}
        )
    if kind == "missing":
        return Problem(
            document.locate(loc), "VERPLICHT-VELD", params={"veld": field, "plek": _place(loc[:-1])}
        )
    params = {"veld": field, "waarde": _shown(document, loc, value)}
    if kind in _EXPECTED:
        params["verwacht"] = _EXPECTED[kind]
        if tagged[-1:] == ("tekst",) and loc != tagged:  # a bewijs item that is neither form
            params["verwacht"] = "tekst-of-mapping"
        if kind == "string_type" and isinstance(value, int | float) and not isinstance(value, bool):
            params["aanhalingstekens"] = True
        if kind == "int_type" and isinstance(value, str) and value.strip().isdigit():
            params["zonder_aanhalingstekens"] = True  # jaar: "2025"
        if params["verwacht"] == "datum" and isinstance(value, str):
            params |= _iso_date(value)
        return Problem(document.locate(loc), "ONGELDIG-TYPE", params=params)
    if kind == "literal_error":
        allowed = [
            a.strip(" '")
            for a in str(detail.get("ctx", {}).get("expected", "")).replace(" or ", ", ").split(",")
            if a.strip(" '")
        ]
        params["toegestaan"] = allowed
        params |= suggestion(str(value).lower(), allowed)
    elif kind == "string_too_short":
        return Problem(document.locate(loc), "LEGE-WAARDE", params={"veld": field})
    elif kind == "string_pattern_mismatch" and field == "code":
        params["toegestaan"] = "cbs-code"  # worded by messages/
    elif kind == "string_pattern_mismatch" and field == "slug":
        params["toegestaan"] = "slug"  # worded by messages/
    elif kind in {"greater_than_equal", "less_than_equal"} and field == "jaar":
        params["toegestaan"] = f"{FIRST_YEAR} … {LAST_YEAR}"
    else:
        params["detail"] = detail["msg"]
    return Problem(document.locate(loc), "ONGELDIGE-WAARDE", params=params)


def _read_as(value: Any) -> str:
    """What YAML made of an unquoted key: "1.10" became the number 1.1, "~" nothing at all."""
    if isinstance(value, bool):
        return "waar-onwaar"
    if isinstance(value, date):
        return "datum"
    return "leeg" if value is None else "getal"


def _written_key(document: Document, loc: Sequence[Any]) -> str:
    written = document.source_text(loc, key=True)
    return written.strip("'\"") if written is not None else str(loc[-1])


def _iso_date(value: str) -> dict[str, str]:
    """A Dutch-style date (28-03-2025, 28/3/2025) rewritten as the YYYY-MM-DD YAML needs."""
    match = _DUTCH_DATE.match(value.strip())
    if match is None:
        return {}
    day, month, year = (int(part) for part in match.groups())
    try:
        return {"suggestie": date(year, month, day).isoformat()}
    except ValueError:
        return {}


def _is_answer(loc: Sequence[Any]) -> bool:
    return len(loc) in (2, 3) and loc[0] == "antwoorden" and (len(loc) == 2 or loc[2] == "oordeel")


def _field_name(loc: Sequence[Any]) -> str:
    names = [str(step) for step in loc if isinstance(step, str) and step != "[key]"]
    return names[-1] if names else "bestand"


def _place(loc: Sequence[Any]) -> str:
    """A readable path to a mapping: `antwoorden."1.1".acties[2]` (1-based list items)."""
    parts: list[str] = []
    for step in loc:
        if isinstance(step, int):
            parts.append(f"[{step + 1}]")
        elif "." in str(step) or str(step)[:1].isdigit():
            parts.append(f'."{step}"')
        else:
            parts.append(f".{step}")
    return "".join(parts).lstrip(".")


def _allowed_keys(loc: Sequence[Any], root: type[BaseModel]) -> list[str]:
    model = root
    for step in loc:
        if isinstance(step, str):
            child = _CHILD_MODELS.get((model, step))
            if child is not None:
                model = child
    return list(model.model_fields)


def _shown(document: Document, loc: Sequence[Any], value: Any) -> str:
    written = document.source_text(loc)
    if written is not None:
        return written
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    return "" if value is None else str(value)
