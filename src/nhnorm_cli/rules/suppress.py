"""`# nhnorm: negeer CODE[,CODE]` on an answer's id line or the comment line above it."""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.nodes import CollectionNode, MappingNode, Node, ScalarNode

from nhnorm_cli.errors import Location, Problem, Severity
from nhnorm_cli.source.scalarpos import lines
from nhnorm_cli.source.yamlsource import Document

# the cheap test first: a file without "nhnorm" (any case) has no directive, right or misspelt.
# Lowercased as UTF-8 bytes (ASCII letters only, as "nhnorm" is): a case-insensitive search of the
# text tried every position and cost 5% of validating a file.
_MARKER = b"nhnorm"
# `# nhnorm: negeer CODE[, CODE]`, optionally followed by a reason in words
_DIRECTIVE = re.compile(r"(?:^|\s)#\s*nhnorm:\s*negeer\s+", re.IGNORECASE)
_CODE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_COMMA = re.compile(r"\s*,\s*")
# what a person may have meant as a directive: "# nhnorm negeer", "# nhnorm: negeer: …", "negeer" alone
_LOOKS_LIKE = re.compile(r"(?:^|\s)(#\s*nhnorm\b.{0,5}?\bnegeer)", re.IGNORECASE)  # bounded: linear


def suppressions(document: Document, known: dict[str, bool]) -> tuple[dict[str, set[str]], list[Problem]]:
    """Per answer id the codes to ignore there, and a problem for every named code that is unknown
    or locked (`known`: code -> locked). Costs one scan of the text, and nothing without "nhnorm"."""
    if _MARKER not in document.text.encode("utf-8", "surrogatepass").lower():
        return {}, []
    # numbered as the parser numbers them: LF, CR LF and a lone CR end a line; a file with NEL, LS
    # or PS is read by the YAML 1.2 reader, which takes them as text (yamlsource._composer_for)
    source = lines(document.text)
    answers = _answers(document.root)
    comments = _comment_starts(answers)
    ignored: dict[str, set[str]] = {}
    problems: list[Problem] = []
    for key, line in ((k.value, k.start_mark.line) for k, _ in answers if isinstance(k, ScalarNode)):
        candidates = [line]
        if line > 0 and source[line - 1].lstrip().startswith("#"):
            candidates.append(line - 1)
        for index in candidates:
            start = comments.get(index, 0)
            if start is None:  # the line is inside a quoted or block text: it holds no comment
                continue
            unread = _unread(source[index], start)
            if unread is not None:  # a typo in the directive must not silently ignore nothing
                where = Location(document.path, index + 1, unread + 1)
                problems.append(Problem(where, "NEGEER-LEEG", Severity.WARNING, {}))
            for code, column in _codes(source[index], start):
                where = Location(document.path, index + 1, column + 1)
                if code not in known:
                    problems.append(Problem(where, "NEGEER-ONBEKEND", Severity.WARNING, {"regelcode": code}))
                elif known[code]:
                    problems.append(Problem(where, "NEGEER-VAST", Severity.WARNING, {"regelcode": code}))
                else:
                    ignored.setdefault(key, set()).add(code)
    return ignored, problems


def _answers(root: Any) -> list[tuple[Node, Node]]:
    """The (key, value) pairs under `antwoorden`."""
    if not isinstance(root, MappingNode):
        return []
    for key, value in root.value:
        if isinstance(key, ScalarNode) and key.value == "antwoorden" and isinstance(value, MappingNode):
            return list(value.value)
    return []


def _comment_starts(answers: list[tuple[Node, Node]]) -> dict[int, int | None]:
    """Per 0-based line the first column where a comment may start (after the last value that
    ends there), or None for a line inside a text of several lines: a `# nhnorm: negeer` written
    inside a quoted value is text, not a directive."""
    starts: dict[int, int | None] = {}
    pending: list[Node] = [node for pair in answers for node in pair]
    while pending:
        node = pending.pop()
        first, last, column = node.start_mark.line, node.end_mark.line, node.end_mark.column
        if isinstance(node, CollectionNode):
            pending.extend(n for item in node.value for n in (item if isinstance(item, tuple) else (item,)))
            if first != last:  # a block collection: its own end is its last value's
                continue
        elif first != last:
            for line in range(first, last):
                starts[line] = None
        if starts.get(last, 0) is not None:
            starts[last] = max(starts.get(last) or 0, column)
    return starts


def _unread(line: str, start: int = 0) -> int | None:
    """The 0-based column of a negeer directive in `line` (from column `start`) whose codes cannot
    (all) be read: none after it, a misplaced colon, or a comma with no code after it."""
    looks = _LOOKS_LIKE.search(line, start)
    if looks is None:
        return None
    match = _DIRECTIVE.search(line, start)
    position = match.end() if match else len(line)
    while (code := _CODE.match(line, position)) is not None:
        comma = _COMMA.match(line, code.end())
        if comma is None:  # the codes end here; words after them are the reason
            return None
        position = comma.end()
    return looks.start(1)


def _codes(line: str, start: int = 0) -> list[tuple[str, int]]:
    """The codes of a negeer directive in `line` (from column `start`), each with its 0-based column."""
    match = _DIRECTIVE.search(line, start)
    if match is None:
        return []
    codes = []
    position = match.end()
    while (code := _CODE.match(line, position)) is not None:
        codes.append((code.group().upper(), code.start()))
        comma = _COMMA.match(line, code.end())
        if comma is None:  # words after the codes are the reason
            break
        position = comma.end()
    return codes
