"""The text of an assessment file that a public report shows, and the personal data in it
(SPEC §7, PERSOONSGEGEVENS), at the exact line and column of each finding."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ruamel.yaml.nodes import ScalarNode

from nhnorm_cli.errors import Location, Problem, Severity
from nhnorm_cli.personaldata import find_personal_data
from nhnorm_cli.scalarpos import Locator, ScalarPositions
from nhnorm_cli.yamlsource import Document

CODE = "PERSOONSGEGEVENS"
REMOVED = "PERSOONSGEGEVENS-VERWIJDERD"

Path_ = tuple[str | int, ...]


def public_texts(data: Any) -> Iterator[tuple[Path_, str]]:
    """(path, text) of every value a public report prints: the adoption line, and the
    toelichting, bewijs and action descriptions of answers that are not vertrouwelijk. Action
    owners are never printed publicly, so they are not public text."""
    if not isinstance(data, dict):
        return
    if isinstance(data.get("vastgesteld_door"), str):
        yield ("vastgesteld_door",), data["vastgesteld_door"]
    answers = data.get("antwoorden")
    if not isinstance(answers, dict):
        return
    for key, answer in answers.items():
        if not isinstance(answer, dict) or answer.get("vertrouwelijk") is True:
            continue
        where: Path_ = ("antwoorden", key)
        if isinstance(answer.get("toelichting"), str):
            yield (*where, "toelichting"), answer["toelichting"]
        bewijs = answer.get("bewijs")
        for i, item in enumerate(bewijs if isinstance(bewijs, list) else []):
            if isinstance(item, str):
                yield (*where, "bewijs", i), item
            elif isinstance(item, dict):  # a dated bewijs item (SPEC §7)
                for field in ("omschrijving", "link"):
                    if isinstance(item.get(field), str):
                        yield (*where, "bewijs", i, field), item[field]
        actions = answer.get("acties")
        for i, action in enumerate(actions if isinstance(actions, list) else []):
            if isinstance(action, dict) and isinstance(action.get("omschrijving"), str):
                yield (*where, "acties", i, "omschrijving"), action["omschrijving"]


def check_personal_data(document: Document, *, code: str = CODE) -> Iterator[Problem]:
    """A warning at each finding in the public text of `document`."""
    positions: ScalarPositions | None = None  # line starts only for a file that needs them
    for path, text in public_texts(document.data):
        findings = find_personal_data(text)
        if not findings:
            continue
        node = document.node(path)
        if positions is None:
            positions = ScalarPositions(document.path, document.text)
        # every text comes from a scalar node; the fallback only keeps the types honest
        locate = positions.locator(node) if isinstance(node, ScalarNode) else _fixed(document.locate(path))
        where = f"norm {path[1]}" if path[0] == "antwoorden" else str(path[0])
        for finding in findings:
            params = {"waar": where, "gegeven": finding.kind, "tekst": text[finding.start : finding.end]}
            yield Problem(locate(finding.start), code, Severity.WARNING, params=params)


def _fixed(location: Location) -> Locator:
    return lambda offset: location
