"""The form's page as plain data (dicts, lists, strings): the norm, the answers as they are on disk,
the problems `validate` gives for the file placed at their fields, and the scores."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from nhnorm_cli.check.structure import check_document
from nhnorm_cli.check.validation import validate_file
from nhnorm_cli.editing.rewrite import Current, read_current
from nhnorm_cli.editing.session import file_version
from nhnorm_cli.errors import NhnormError, Problem
from nhnorm_cli.messages import message
from nhnorm_cli.models.norm import Norm, Requirement
from nhnorm_cli.models.results import ScoreSet
from nhnorm_cli.render.numbers import score_text
from nhnorm_cli.results.scoring import score_assessment
from nhnorm_cli.rules.policy import Policy
from nhnorm_cli.web.placing import FILE, GENERAL, STATUS, Placed, place

FILTERS = ("alle", "open", "niet-voldaan", "problemen")


@dataclass(frozen=True)
class Source:
    """The file the form edits and how `validate` checks it (nhnorm.toml's folder, rules, register)."""

    path: Path
    display: str
    norm: Norm
    root: Path | None
    policy: Policy
    register: Path | None
    reopen: str  # the command that reopens a vastgesteld file, for the lock's notice


@dataclass
class Outcome:
    """What the last post did, shown on the page it gets back: problems that belong to no line of the
    file (a change that was not saved), the values typed, and the banner of a conflict."""

    norm: str | None = None  # the norm it was about, or STATUS
    part: str = GENERAL
    problems: list[Problem] = field(default_factory=list)
    draft: dict[str, str] = field(default_factory=dict)
    conflict: bool = False


def checked(source: Source) -> list[Problem]:
    """The problems `nhnorm validate` gives for this one file: the same functions, not a copy."""
    from nhnorm_cli.check.validation import FileReport

    if source.register is None:
        return list(validate_file(source.path, source.root, source.policy).all_problems())
    from nhnorm_cli.region.register import check_register
    from nhnorm_cli.region.validation import check_region

    register = check_register(source.register)
    report: FileReport = validate_file(source.path, source.root, source.policy, register[0])
    report = next(iter(check_region([report], source.register, register, report_register=False)))
    return list(report.all_problems())


def page(
    source: Source, lang: str, outcome: Outcome | None = None, *, filter_: str = "alle"
) -> dict[str, Any]:
    """The context of the whole page."""
    outcome = outcome or Outcome()
    try:
        current: Current | None = read_current(source.path, source.display)
    except NhnormError as exc:  # deleted or made unreadable meanwhile: say so, show nothing to edit
        current, problems = None, list(exc.problems)
    else:
        problems = checked(source)
    data = current.document.data if current is not None and isinstance(current.document.data, dict) else {}
    placed = place(current.document if current is not None else None, problems)
    raw_answers = data.get("antwoorden")
    answers: dict[str, Any] = raw_answers if isinstance(raw_answers, dict) else {}
    scores = _scores(current, lang) if current is not None else None
    locked = data.get("status") == "vastgesteld"
    norms = [
        _requirement(source.norm, r, answers.get(r.id), placed, outcome, lang)
        for t in source.norm.themas
        for r in t.normen
    ]
    counts = {key: sum(1 for n in norms if _matches(n, key)) for key in FILTERS}
    by_id = {n["id"]: n for n in norms}
    themes = [
        {
            "id": t.id,
            "titel": t.titel,
            "score": scores["themas"].get(t.id) if scores else None,
            "normen": [by_id[r.id] for r in t.normen if _matches(by_id[r.id], filter_)],
        }
        for t in source.norm.themas
    ]
    status_problems = placed.of(STATUS, GENERAL) + (outcome.problems if outcome.norm == STATUS else [])
    return {
        "lang": lang,
        "bestand": source.display,
        "versie": file_version(current.text) if current is not None else "",
        "organisatie": _text((data.get("organisatie") or {}).get("naam")),
        "jaar": _text(data.get("jaar")),
        "peildatum": _text(data.get("peildatum")),
        "status": _text(data.get("status")),
        "vastgesteld_op": _text(data.get("vastgesteld_op")),
        "vastgesteld_door": _text(data.get("vastgesteld_door")),
        "op_slot": locked,
        "heropenen": source.reopen,
        "vandaag": date.today().isoformat(),
        "oordelen": [{"sleutel": r.sleutel, "label": r.label} for r in source.norm.oordelen],
        "scores": scores,
        "filter": filter_,
        "filters": [{"sleutel": key, "aantal": counts[key]} for key in FILTERS],
        "themas": themes,
        "meldingen_bestand": _views(placed.of(FILE, GENERAL) + _homeless(source, outcome), lang),
        "meldingen_status": _views(status_problems, lang),
        "aantal_fouten": sum(1 for p in problems if p.is_error),
        "aantal_waarschuwingen": sum(1 for p in problems if not p.is_error),
        "conflict": _views(outcome.problems, lang) if outcome.conflict else [],
        "concept_status": outcome.draft if outcome.norm == STATUS else {},
        "onleesbaar": current is None,
    }


def _homeless(source: Source, outcome: Outcome) -> list[Problem]:
    """The problems of a post about a norm the page does not show (an id this norm version lacks)."""
    known = (
        outcome.norm is None or outcome.norm == STATUS or source.norm.requirement(outcome.norm) is not None
    )
    return [] if known or outcome.conflict else outcome.problems


def _matches(norm: dict[str, Any], key: str) -> bool:
    oordeel = norm["oordeel"]
    if key == "open":
        return oordeel is None
    if key == "niet-voldaan":
        return bool(oordeel != "voldaan")
    if key == "problemen":
        return bool(norm["problemen"])
    return True


def _requirement(
    norm: Norm, requirement: Requirement, raw: Any, placed: Placed, outcome: Outcome, lang: str
) -> dict[str, Any]:
    answer: dict[str, Any] = raw if isinstance(raw, dict) else {}
    rid = requirement.id
    mine = outcome.norm == rid and not outcome.conflict  # a conflict has its own banner
    draft = outcome.draft if mine else {}
    parts = answer.get("onderdelen") if isinstance(answer.get("onderdelen"), dict) else {}
    fields = ("oordeel", "toelichting", "vertrouwelijk", "onderdelen", "bewijs", "acties", GENERAL)
    meldingen = {name: _views(placed.of(rid, name), lang) for name in fields}
    bewijs = [
        _evidence(item, _views(placed.of(rid, f"bewijs-{i}"), lang))
        for i, item in enumerate(_list(answer, "bewijs"))
    ]
    acties = [
        _action(item, _views(placed.of(rid, f"actie-{i}"), lang))
        for i, item in enumerate(_list(answer, "acties"))
    ]
    if mine:  # a change that was not saved: its problems by the part of the form it came from
        meldingen[outcome.part] = [*meldingen.get(outcome.part, []), *_views(outcome.problems, lang)]
    oordeel = answer.get("oordeel") if isinstance(answer.get("oordeel"), str) else None
    rating = norm.rating(oordeel) if oordeel else None
    return {
        "id": rid,
        "tekst": requirement.tekst,
        "uitleg": [p.strip() for p in (requirement.toelichting or "").split("\n\n") if p.strip()],
        "groep": requirement.groep,
        "oordeel": oordeel,
        "label": rating.label if rating is not None else None,
        "toon": {
            "oordeel": draft.get("oordeel", oordeel or ""),
            "toelichting": draft.get("toelichting", _text(answer.get("toelichting"))),
            "vertrouwelijk": draft.get("vertrouwelijk") == "ja"
            if "oordeel" in draft
            else answer.get("vertrouwelijk") is True,
        },
        "onderdelen": [
            {
                "id": c.id,
                "tekst": c.tekst,
                "aard": c.aard,
                "opsomming": list(c.items),
                "oordeel": draft.get(f"onderdeel-{c.id}", _text(parts.get(c.id)) if parts else ""),
            }
            for c in requirement.onderdelen
        ],
        "bewijs": bewijs,
        "acties": acties,
        "concept": draft,
        "concept_voor": outcome.part if mine else None,
        "meldingen": meldingen,
        "problemen": placed.count(rid) + (len(outcome.problems) if mine else 0),
    }


def _list(answer: dict[str, Any], key: str) -> list[Any]:
    value = answer.get(key)
    return value if isinstance(value, list) else []


def _evidence(item: Any, problems: list[dict[str, str]]) -> dict[str, Any]:
    if isinstance(item, dict):
        return {
            "omschrijving": _text(item.get("omschrijving")),
            "datum": _text(item.get("datum")),
            "geldig_tot": _text(item.get("geldig_tot")),
            "link": _text(item.get("link")),
            "meldingen": problems,
        }
    return {"omschrijving": _text(item), "datum": "", "geldig_tot": "", "link": "", "meldingen": problems}


def _action(item: Any, problems: list[dict[str, str]]) -> dict[str, Any]:
    action: dict[str, Any] = item if isinstance(item, dict) else {"omschrijving": item}
    return {
        "omschrijving": _text(action.get("omschrijving")),
        "eigenaar": _text(action.get("eigenaar")),
        "gereed": _text(action.get("gereed")),
        "prioriteit": _text(action.get("prioriteit")),
        "afgerond": action.get("afgerond") is True,
        "meldingen": problems,
    }


def _scores(current: Current, lang: str) -> dict[str, Any] | None:
    """Score per theme and in total (SPEC §3), while the file has no errors."""
    assessment, _ = check_document(current.document, rules=False)
    if assessment is None:
        return None
    from nhnorm_cli.versions.norms import load_norm

    result = score_assessment(load_norm(assessment.norm), assessment)
    return {"totaal": _score(result.totaal, lang), "themas": {t.id: _score(t, lang) for t in result.themas}}


def _score(found: ScoreSet, lang: str) -> dict[str, Any]:
    return {
        "score": score_text(found.score, lang),
        "beoordeeld": found.beoordeeld,
        "open": found.open,
        "aantal": found.aantal,
    }


def _views(problems: list[Problem], lang: str) -> list[dict[str, str]]:
    return [
        {"niveau": str(p.severity), "code": p.code, "tekst": message(p, lang), "regel": str(p.location.line)}
        for p in problems
    ]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
