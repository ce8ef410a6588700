"""The advisor's own comments between last year's answers, carried into next year's file in place.

ruamel keeps the comments inside an answer; a comment *between* answers (below one answer, or just
above the next one's `"id":` line) sits among the lines nhnorm generates itself (the norm's
statement, the theme heading, the template of an unanswered norm). Those are written fresh; every
other comment line is kept, next to the answer it was written at."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nhnorm_cli.models.norm import Norm

_KEY = re.compile(r'^(?P<indent> +)(?P<template>#\s*)?"?(?P<id>\d+\.\d+)"?:\s*(#.*)?$')
_TOP = re.compile(r"^antwoorden:")
_LONG = 20  # a comment at least this long that occurs in a norm's statement is that statement


@dataclass
class Notes:
    """Comment lines (as written, indentation included) per norm id."""

    above: dict[str, list[str]] = field(default_factory=dict)  # just above its "id": line
    below: dict[str, list[str]] = field(default_factory=dict)  # after its answer
    end: list[str] = field(default_factory=list)  # after the last answer

    def moved(self, renamed: dict[str, str]) -> Notes:
        """The notes under the new ids of a mapping between norm versions; a comment at a norm
        without a successor goes to the end, never away."""
        result = Notes(end=list(self.end))
        for old, new in ((self.above, result.above), (self.below, result.below)):
            for rid, lines in old.items():
                if rid in renamed:
                    new.setdefault(renamed[rid], []).extend(lines)
                else:
                    result.end.extend(lines)
        return result


def loose_comments(previous: str, norms: list[Norm], generated_lines: set[str]) -> Notes:
    """The comments in the `antwoorden` part of `previous` that nhnorm did not write itself."""
    statements = [f"{r.id} {r.tekst}" for norm in norms for r in norm.requirements]
    statements += [f"{t.id}. {t.titel}" for norm in norms for t in norm.themas]
    lines = previous.split("\n")
    start = next((i + 1 for i, line in enumerate(lines) if _TOP.match(line)), len(lines))
    notes = Notes()
    last: str | None = None  # the norm whose answer (or template) came last
    key_indent = 0
    generated_since = True  # a generated line since `last`: a comment now belongs to the next norm
    waiting: list[str] = []
    for index in range(start, len(lines)):
        line = lines[index]
        key = _KEY.match(line)
        if key is not None:
            if waiting:
                notes.above.setdefault(key["id"], []).extend(waiting)
                waiting = []
            last, key_indent, generated_since = key["id"], len(key["indent"]), False
            continue
        stripped = line.strip()
        if not stripped.startswith("#"):
            continue
        body = stripped[1:].strip()
        if _generated(stripped, body, generated_lines, statements):
            generated_since = True
        elif last is not None and _inside_answer(lines, index, key_indent):
            continue  # carried with the answer itself
        elif _directly_above_key(lines, index):
            waiting.append(line)
        elif last is not None and not generated_since:
            notes.below.setdefault(last, []).append(line)
        else:
            waiting.append(line)
    notes.end = waiting
    return notes


def _generated(stripped: str, body: str, generated_lines: set[str], statements: list[str]) -> bool:
    if not body or stripped in generated_lines:
        return True
    return len(body) >= _LONG and any(body in statement for statement in statements)


def _directly_above_key(lines: list[str], index: int) -> bool:
    """Comment lines with no blank line between them and the next norm's key belong to that norm."""
    for line in lines[index + 1 :]:
        if _KEY.match(line):
            return True
        if not line.strip().startswith("#"):
            return False
    return False


def _inside_answer(lines: list[str], index: int, key_indent: int) -> bool:
    """A comment followed by more of the answer (a line deeper than the keys) is the answer's own."""
    for line in lines[index + 1 :]:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return len(line) - len(line.lstrip()) > key_indent
    return False
