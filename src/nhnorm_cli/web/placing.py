"""Which field of the form a problem belongs to, by its line in the file: the problems are those
`validate` gives (file:line:column), and the form shows each one next to the field on that line."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

from nhnorm_cli.errors import Problem
from nhnorm_cli.source.yamlsource import Document

FILE = "bestand"  # a problem of the file as a whole or of its header (peildatum, organisatie)
STATUS = "status"
GENERAL = "algemeen"  # a problem of the answer as a whole (its id line)
_HEADER_FIELDS = {"status": STATUS, "vastgesteld_op": STATUS, "vastgesteld_door": STATUS}


@dataclass
class Placed:
    """Problems by (norm id or FILE/STATUS, field): field is oordeel, toelichting, vertrouwelijk,
    onderdelen, bewijs-N, actie-N or GENERAL."""

    by_place: dict[tuple[str, str], list[Problem]] = field(default_factory=dict)

    def add(self, where: str, what: str, problem: Problem) -> None:
        self.by_place.setdefault((where, what), []).append(problem)

    def of(self, where: str, what: str) -> list[Problem]:
        return self.by_place.get((where, what), [])

    def count(self, where: str) -> int:
        return sum(len(found) for (place, _), found in self.by_place.items() if place == where)


def place(document: Document | None, problems: list[Problem]) -> Placed:
    """Every problem gets exactly one place; nothing is dropped."""
    placed = Placed()
    starts = _starts(document) if document is not None else []
    lines = [line for line, _, _ in starts]
    for problem in problems:
        line = problem.location.line if problem.location.path else 0
        at = bisect.bisect_right(lines, line) - 1
        if line <= 0 or at < 0:
            placed.add(FILE, GENERAL, problem)
            continue
        _, where, what = starts[at]
        placed.add(where, what, problem)
    return placed


def _starts(document: Document) -> list[tuple[int, str, str]]:
    """(first line, place, field) of every part of the file, in line order (1-based lines)."""
    starts: list[tuple[int, str, str]] = []
    root = document.root
    if not isinstance(root, MappingNode):
        return starts
    for key, value in root.value:
        name = key.value if hasattr(key, "value") else ""
        if name == "antwoorden" and isinstance(value, MappingNode):
            for answer_key, answer in value.value:
                starts.extend(_answer_starts(str(answer_key.value), _line(answer_key), answer))
            continue
        starts.append((_line(key), _HEADER_FIELDS.get(str(name), FILE), GENERAL))
    starts.sort(key=lambda start: start[0])
    return starts


def _answer_starts(rid: str, line: int, answer: Node) -> list[tuple[int, str, str]]:
    starts = [(line, rid, GENERAL)]
    if not isinstance(answer, MappingNode):
        return starts
    for key, value in answer.value:
        name = str(key.value)
        if name in ("bewijs", "acties") and isinstance(value, SequenceNode):
            starts.append((_line(key), rid, name))
            item = "bewijs" if name == "bewijs" else "actie"
            starts.extend((_line(node), rid, f"{item}-{i}") for i, node in enumerate(value.value))
        else:
            starts.append((_line(key), rid, name))
    return starts


def _line(node: Any) -> int:
    return int(node.start_mark.line) + 1
