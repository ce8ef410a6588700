"""Change one answer (or the status) in an assessment's text, keeping comments, key order and layout.

A new answer is made by uncommenting its template (scaffold.py), so it lands in norm order under
its statement; a hand-written file without templates gets one inserted after the answer before it.
Everything else goes through ruamel's round trip, which leaves untouched lines byte for byte.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from nhnorm_cli.checks import check_document
from nhnorm_cli.errors import NhnormError, Problem
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.scaffold import EMPTY_ANSWERS, EMPTY_HINT, INDENT, norm_block
from nhnorm_cli.yamlsource import KEEP_LINES, Document, dump_roundtrip, load_roundtrip, parse_document

_ORDER = ("oordeel", "toelichting", "bewijs", "acties", "vertrouwelijk", "onderdelen")


@dataclass(frozen=True)
class NewAction:
    omschrijving: str
    eigenaar: str | None = None
    gereed: date | None = None


@dataclass(frozen=True)
class Change:
    """What to change in one answer; None (or empty) leaves a field as it is."""

    oordeel: str | None = None
    toelichting: str | None = None
    bewijs: tuple[str, ...] = ()
    actie: NewAction | None = None
    vertrouwelijk: bool | None = None


def current_answers(text: str) -> dict[str, Any]:
    """The answers as plain data (for showing them), empty when there are none."""
    data = parse_document(text.encode(), "").data
    answers = data.get("antwoorden") if isinstance(data, dict) else None
    return answers if isinstance(answers, dict) else {}


def set_status(text: str, status: str) -> str:
    data = load_roundtrip(text)
    data["status"] = status
    return dump_roundtrip(data, width=KEEP_LINES)


def set_answer(text: str, norm: Norm, requirement_id: str, change: Change) -> str:
    """The text with the answer to `requirement_id` changed (or added in norm order).

    Only the answer's own lines go through ruamel: it hangs the comments that follow a mapping
    (the next norm's statement) on its last value, so a key appended to the whole file would land
    below them. The rest of the file is kept as it was, byte for byte."""
    text, document = _with_entry(text, norm, requirement_id)
    lines = text.split("\n")
    start, end, indent = _answer_span(document, lines, requirement_id)
    fragment = load_roundtrip("\n".join(line[indent:] for line in lines[start:end]) + "\n")
    answer = fragment[requirement_id]
    if not isinstance(answer, dict):
        answer = fragment[requirement_id] = type(fragment)()  # a CommentedMap, like the rest
    _apply(answer, change)
    dumped = dump_roundtrip(fragment, width=KEEP_LINES).rstrip("\n").split("\n")
    return "\n".join([*lines[:start], *(" " * indent + ln if ln else "" for ln in dumped), *lines[end:]])


def _apply(answer: Any, change: Change) -> None:
    if change.oordeel is not None:
        _put(answer, "oordeel", change.oordeel)
    if change.toelichting is not None:
        _put(answer, "toelichting", change.toelichting)
    elif "toelichting" in answer and answer["toelichting"] is None:
        del answer["toelichting"]  # the template's empty line, left unanswered
    for item in change.bewijs:
        existing = answer.get("bewijs")
        if not isinstance(existing, list):
            _put(answer, "bewijs", [item])
        elif item not in existing:
            existing.append(item)
    if change.actie is not None:
        _add_action(answer, change.actie)
    if change.vertrouwelijk is True or (change.vertrouwelijk is False and "vertrouwelijk" in answer):
        _put(answer, "vertrouwelijk", change.vertrouwelijk)


def _answer_span(document: Document, lines: list[str], requirement_id: str) -> tuple[int, int, int]:
    """[start, end) of the answer's lines without the comments after it, and its indentation."""
    data = document.data
    key = document.locate(("antwoorden", requirement_id), key=True)
    starts = [document.locate(("antwoorden", k), key=True).line for k in data["antwoorden"]]
    keys = list(data)
    starts += [document.locate((k,), key=True).line for k in keys]
    later = [line for line in starts if line > key.line]
    end = min(later) - 1 if later else len(lines)
    while end > key.line and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
        end -= 1
    return key.line - 1, end, key.column - 1


def verify(text: str, display: str) -> list[Problem]:
    """The problems of the text as it would be written; raises NhnormError when it has errors."""
    document = parse_document(text.encode(), display)
    _, problems = check_document(document)
    errors = [p for p in problems if p.is_error]
    if errors:
        raise NhnormError(*errors)
    return problems


def _put(answer: Any, key: str, value: Any) -> None:
    if key in answer or not hasattr(answer, "insert"):
        answer[key] = value
        return
    rank = _ORDER.index(key)
    position = sum(1 for k in answer if k in _ORDER and _ORDER.index(k) < rank)
    answer.insert(position, key, value)


def _add_action(answer: Any, action: NewAction) -> None:
    actions = answer.get("acties")
    if not isinstance(actions, list):
        actions = []
        _put(answer, "acties", actions)
        actions = answer["acties"]
    same = next(
        (a for a in actions if isinstance(a, dict) and a.get("omschrijving") == action.omschrijving), None
    )
    if same is None:
        same = {"omschrijving": action.omschrijving}
        actions.append(same)
        same = actions[-1]
    if action.eigenaar is not None:
        _put_action(same, "eigenaar", action.eigenaar)
    if action.gereed is not None:
        _put_action(same, "gereed", action.gereed)
    if "afgerond" not in same:
        same["afgerond"] = False


def _put_action(action: Any, key: str, value: Any) -> None:
    if key in action or not hasattr(action, "insert"):
        action[key] = value
    else:  # before `afgerond`, where a reader expects it
        order = ("omschrijving", "eigenaar", "gereed", "afgerond")
        action.insert(sum(1 for k in action if k in order and order.index(k) < order.index(key)), key, value)


# --- making room for a new answer ----------------------------------------------------------------


def _with_entry(text: str, norm: Norm, requirement_id: str) -> tuple[str, Document]:
    """The text with a key for the answer, and its parse."""
    document = parse_document(text.encode(), "")
    data = document.data if isinstance(document.data, dict) else {}
    answers = data.get("antwoorden")
    if isinstance(answers, dict) and requirement_id in answers:
        return text, document
    lines = text.split("\n")
    index = _template_at(lines, requirement_id)
    if index is None:
        lines = _insert_template(lines, document, norm, requirement_id)
        index = _template_at(lines, requirement_id)
        assert index is not None
    lines = _uncomment(lines, index, requirement_id)
    if not answers:
        lines = [
            "antwoorden:" if line.split("#")[0].strip() == EMPTY_ANSWERS else line
            for line in lines
            if line != EMPTY_HINT
        ]
    text = "\n".join(lines)
    return text, parse_document(text.encode(), "")


def _template_at(lines: list[str], requirement_id: str) -> int | None:
    pattern = re.compile(rf'^ *# "{re.escape(requirement_id)}":\s*$')
    return next((i for i, line in enumerate(lines) if pattern.match(line)), None)


def _uncomment(lines: list[str], index: int, requirement_id: str) -> list[str]:
    pad = lines[index][: lines[index].index("#")]
    lines = list(lines)
    lines[index] = f'{pad}"{requirement_id}":'
    body = re.compile(rf"^{pad}#   (\S.*)$")
    for j in range(index + 1, len(lines)):
        match = body.match(lines[j])
        if match is None:
            break
        lines[j] = f"{pad}  {match.group(1)}"
    return lines


def _insert_template(lines: list[str], document: Document, norm: Norm, requirement_id: str) -> list[str]:
    """Put the template right after the content before the next answer (or the next top-level
    key, or the end), so it follows the answer to the norm before it."""
    data = document.data if isinstance(document.data, dict) else {}
    raw = data.get("antwoorden")
    answers: dict[Any, Any] = raw if isinstance(raw, dict) else {}
    ids = norm.requirement_ids
    later = [k for k in ids[ids.index(requirement_id) + 1 :] if k in answers]
    indent = document.locate(("antwoorden", next(iter(answers))), key=True).column - 1 if answers else INDENT
    keys = list(data)
    after = keys[keys.index("antwoorden") + 1 :] if "antwoorden" in keys else []
    if later:
        position = document.locate(("antwoorden", later[0]), key=True).line - 1
    elif after:
        position = document.locate((after[0],), key=True).line - 1
    else:
        position = len(lines)
    while position > 0 and (not lines[position - 1].strip() or lines[position - 1].lstrip().startswith("#")):
        position -= 1
    requirement = norm.requirement(requirement_id)
    assert requirement is not None
    block = ["", *norm_block(requirement, None, indent).rstrip("\n").split("\n")]
    return lines[:position] + block + lines[position:]
