"""Where an answer sits in an assessment's text, and making room for a new one in norm order.

A new answer is made by uncommenting its template (scaffold.py), so it lands under its statement;
a hand-written file without templates gets one inserted after the answer to the norm before it.
"""

from __future__ import annotations

import re
from typing import Any

from nhnorm_cli.editing.scaffold import EMPTY_ANSWERS, EMPTY_HINT, INDENT, norm_block
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.source.yamlsource import Document, parse_document


def answer_span(document: Document, lines: list[str], requirement_id: str) -> tuple[int, int, int]:
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


def with_entry(text: str, norm: Norm, requirement_id: str) -> tuple[str, Document]:
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
