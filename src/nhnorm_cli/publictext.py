"""The text of an assessment file that a public report shows, and the personal data in it
(SPEC §7, PERSOONSGEGEVENS), at the exact line and column of each finding."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ruamel.yaml.nodes import ScalarNode

from nhnorm_cli.errors import Location, Problem, Severity
from nhnorm_cli.personaldata import find_in_texts
from nhnorm_cli.source.scalarpos import Locator, ScalarPositions
from nhnorm_cli.source.yamlsource import Document

CODE = "PERSOONSGEGEVENS"
REMOVED = "PERSOONSGEGEVENS-VERWIJDERD"

Path_ = tuple[str | int, ...]


def answer_texts(answer: dict[str, Any]) -> Iterator[tuple[Path_, str]]:
    """(path inside the answer, text) of what a public report prints of an answer: nothing of a
    vertrouwelijk one; else its toelichting, bewijs and action descriptions. Action owners are
    never printed publicly, so they are not public text."""
    if answer.get("vertrouwelijk") is True:
        return
    if isinstance(answer.get("toelichting"), str):
        yield ("toelichting",), answer["toelichting"]
    bewijs = answer.get("bewijs")
    for i, item in enumerate(bewijs if isinstance(bewijs, list) else []):
        if isinstance(item, str):
            yield ("bewijs", i), item
        elif isinstance(item, dict):  # a dated bewijs item (SPEC §7)
            for field in ("omschrijving", "link"):
                if isinstance(item.get(field), str):
                    yield ("bewijs", i, field), item[field]
    actions = answer.get("acties")
    for i, action in enumerate(actions if isinstance(actions, list) else []):
        if isinstance(action, dict) and isinstance(action.get("omschrijving"), str):
            yield ("acties", i, "omschrijving"), action["omschrijving"]


def file_texts(data: Any) -> Iterator[tuple[Path_, str]]:
    """(path, text) of what a public report prints outside the answers: the adoption line."""
    if isinstance(data, dict) and isinstance(data.get("vastgesteld_door"), str):
        yield ("vastgesteld_door",), data["vastgesteld_door"]


def public_texts(data: Any) -> Iterator[tuple[Path_, str]]:
    """Every (path, text) of the file that a public report prints."""
    yield from file_texts(data)
    answers = data.get("antwoorden") if isinstance(data, dict) else None
    for key, answer in answers.items() if isinstance(answers, dict) else ():
        if isinstance(answer, dict):
            for path, text in answer_texts(answer):
                yield ("antwoorden", key, *path), text


def check_personal_data(
    document: Document, *, code: str = CODE, shows: Callable[[Path_], bool] | None = None
) -> Iterator[Problem]:
    """A problem at each finding in the public text of `document` (report --public: REMOVED);
    `shows` keeps only the texts an output prints (an export carries less than the report)."""
    texts = public_texts(document.data)
    if shows is not None:
        texts = ((path, text) for path, text in texts if shows(path))
    return personal_data_problems(document, texts, code)


def personal_data_problems(
    document: Document, texts: Iterable[tuple[Path_, str]], code: str = CODE
) -> Iterator[Problem]:
    """A warning at each finding in `texts` (paths from the root of `document`)."""
    pairs = list(texts)
    found = find_in_texts([text for _, text in pairs])
    if not found:
        return
    positions = ScalarPositions(document.path, document.text)  # line starts, only for findings
    for index, findings in found.items():
        path, text = pairs[index]
        node = document.node(path)
        # every text comes from a scalar node; the fallback only keeps the types honest
        locate = positions.locator(node) if isinstance(node, ScalarNode) else _fixed(document.locate(path))
        where = f"norm {path[1]}" if path[0] == "antwoorden" else str(path[0])
        for finding in findings:
            params = {"waar": where, "gegeven": finding.kind, "tekst": text[finding.start : finding.end]}
            yield Problem(locate(finding.start), code, Severity.WARNING, params=params)


def _fixed(location: Location) -> Locator:
    return lambda offset: location
