"""The SPEC §2 rules for one assessment file, as small named functions returning Problems; the
rules that a repository can tune (warnings, SPEC §7) live in rules/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from nhnorm_cli.errors import Problem
from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.problems import validate_model
from nhnorm_cli.models.suggest import suggestion, unknown_rating
from nhnorm_cli.rules.policy import DEFAULT, Policy
from nhnorm_cli.rules.runner import run_rules
from nhnorm_cli.source.yamlsource import Document
from nhnorm_cli.versions.norms import available_versions, load_norm

_YEAR_NAME = re.compile(r"^(\d{4})\.ya?ml$")


def check_document(
    document: Document, policy: Policy = DEFAULT, *, rules: bool = True
) -> tuple[Assessment | None, list[Problem]]:
    """Every problem in one parsed file; the model only when the file has no errors. `policy`: the
    levels nhnorm.toml gives the rules (validate, set, fill); reading for a report uses the defaults.
    rules=False leaves out the rules of rules/ (SPEC §7): at their default levels they only warn,
    so a command that keeps only the errors (score, diff, report, overview) skips their cost."""
    data = document.data
    if not isinstance(data, dict):
        kind = "lijst" if isinstance(data, list) else "tekst"
        return None, [Problem(document.locate(()), "GEEN-MAPPING", params={"soort": kind})]
    assessment, problems = validate_model(Assessment, document)
    # The norm rules read the raw data defensively, so one run reports everything at once.
    norm = _norm_of(document, problems)
    if norm is not None:
        problems.extend(_check_answers(document, norm))
        problems.extend(_check_complete(document, norm))
        if rules:
            problems.extend(run_rules(document, norm, policy))
    problems.extend(_check_file_year(document))
    problems.sort(key=lambda p: (p.location.line, p.location.column))
    if any(p.is_error for p in problems):
        assessment = None
    return assessment, problems


def _norm_of(document: Document, problems: list[Problem]) -> Norm | None:
    version = document.data.get("norm")
    if isinstance(version, int | float) and str(version) in available_versions():
        return load_norm(str(version))  # `norm: 1.0` is reported as a type error; check the rest
    if not isinstance(version, str):
        return None
    if version not in available_versions():
        problems.append(
            Problem(
                document.locate(("norm",)),
                "ONBEKENDE-NORMVERSIE",
                params={"versie": version, "beschikbaar": available_versions()},
            )
        )
        return None
    return load_norm(version)


def _answers(document: Document) -> Iterator[tuple[Any, dict[str, Any]]]:
    answers = document.data.get("antwoorden")
    if isinstance(answers, dict):
        for key, answer in answers.items():
            if isinstance(answer, dict):
                yield key, answer


def _check_answers(document: Document, norm: Norm) -> Iterator[Problem]:
    for key, answer in _answers(document):
        if not isinstance(key, str):
            continue  # reported by the model as ID-GEEN-TEKST
        where = ("antwoorden", key)
        requirement = norm.requirement(key)
        if requirement is None:
            params = {"id": key, "versie": norm.versie}
            params |= suggestion(key, norm.requirement_ids)
            yield Problem(document.locate(where, key=True), "ONBEKEND-ID", params=params)
            continue
        oordeel = answer.get("oordeel")
        yield from _check_rating(document, norm, (*where, "oordeel"), oordeel)
        if norm.needs_reason(oordeel) and not str(answer.get("toelichting") or "").strip():
            yield Problem(document.locate((*where, "oordeel")), "NVT-ZONDER-TOELICHTING", params={"id": key})
        components = answer.get("onderdelen")
        if isinstance(components, dict):
            yield from _check_components(document, norm, key, components)


def _check_rating(document: Document, norm: Norm, loc: tuple[Any, ...], value: Any) -> Iterator[Problem]:
    if isinstance(value, str) and norm.rating(value) is None:
        yield Problem(document.locate(loc), "ONBEKEND-OORDEEL", params=unknown_rating(norm, value))


def _check_components(
    document: Document, norm: Norm, key: str, components: dict[Any, Any]
) -> Iterator[Problem]:
    for component_id, value in components.items():
        loc = ("antwoorden", key, "onderdelen", component_id)
        if not isinstance(component_id, str):
            continue
        found = norm.component(component_id)
        if found is None or found[0].id != key:
            params: dict[str, Any] = {"onderdeel": component_id, "id": key}
            if found is not None:
                params["hoort_bij"] = found[0].id
            else:
                own = [c.id for c in norm.requirement(key).onderdelen]  # type: ignore[union-attr]
                params |= suggestion(component_id, own)
            yield Problem(document.locate(loc, key=True), "ONBEKEND-ONDERDEEL", params=params)
            continue
        yield from _check_rating(document, norm, loc, value)


def _check_complete(document: Document, norm: Norm) -> Iterator[Problem]:
    if document.data.get("status") != "vastgesteld":
        return
    answers = document.data.get("antwoorden")
    answered = set(answers) if isinstance(answers, dict) else set()
    missing = [rid for rid in norm.requirement_ids if rid not in answered]
    if missing:
        yield Problem(document.locate(("status",)), "ONVOLLEDIG-VASTGESTELD", params={"ontbrekend": missing})


def _check_file_year(document: Document) -> Iterator[Problem]:
    match = _YEAR_NAME.match(Path(document.path).name)
    year = document.data.get("jaar")
    if match and isinstance(year, int) and int(match.group(1)) != year:
        yield Problem(
            document.locate(("jaar",)),
            "JAAR-BESTANDSNAAM",
            params={"bestand": Path(document.path).name, "jaar": year},
        )
