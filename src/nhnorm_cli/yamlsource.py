"""The one place that reads and writes YAML.

Reading is strict and positioned: libyaml (ruamel.yaml.clib) composes the node tree in C, with the
line and column of every key and value, and a small constructor here turns it into plain data while
rejecting duplicate keys. Anchors, aliases and tags are rejected before anything is composed, so an
alias bomb is never expanded. Writing goes through ruamel's round-trip mode, which keeps comments
and key order, and lands atomically.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import StringIO
from pathlib import Path
from typing import Any

from _ruamel_yaml import CParser
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, NodeEvent
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from nhnorm_cli.errors import Location, NhnormError, Problem

MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 50
# libyaml composes recursively in C and crashes on nesting in the tens of thousands; a file whose
# nesting *could* exceed this bound gets a flat event scan first (block nesting needs a wider
# column per level, flow nesting needs a bracket per level).
_COMPOSE_SAFE_BOUND = 400
# Anchors, aliases and tags can only start after whitespace or a flow indicator. Prose such as
# "B&W" or "Bewustwording & Organisatie" does not match; a match only costs a precise event scan.
_PROPERTY = re.compile(r"(?:^|[\s\[\]{},])(?:[&*][^\s\[\]{},]|!)", re.MULTILINE)
_TAG = "tag:yaml.org,2002:"


class _Composer(CParser, VersionedResolver):  # type: ignore[misc]
    def __init__(self, text: str) -> None:
        CParser.__init__(self, text)
        VersionedResolver.__init__(self)


Path_ = Sequence[str | int]


@dataclass(frozen=True)
class Document:
    """A parsed YAML file: plain data plus the node tree that knows every position."""

    path: str
    data: Any
    root: Node | None
    text: str

    def locate(self, loc: Path_, *, key: bool = False) -> Location:
        """Position of the value at `loc` (its key with key=True); for a path that does not
        exist, the mapping that lacks it."""
        node, key_node = self.root, None
        for step in loc:
            found = _child(node, step)
            if found is None:
                break
            key_node, node = found
        else:
            target = key_node if key and key_node is not None else node
            return self._at(target)
        return self._at(key_node if key_node is not None else node)

    def _at(self, node: Node | None) -> Location:
        if node is None:
            return Location(self.path)
        mark = node.start_mark
        return Location(self.path, mark.line + 1, mark.column + 1)

    def source_text(self, loc: Path_, *, key: bool = False) -> str | None:
        """The scalar as written in the file (e.g. `2.10` that YAML read as the number 2.1)."""
        node, key_node = self.root, None
        for step in loc:
            found = _child(node, step)
            if found is None:
                return None
            key_node, node = found
        target = key_node if key else node
        if not isinstance(target, ScalarNode):
            return None
        quote = target.style if target.style in ("'", '"') else ""
        return f"{quote}{target.value}{quote}"


def _child(node: Node | None, step: str | int) -> tuple[Node | None, Node] | None:
    if isinstance(node, MappingNode):
        wanted = str(step)
        for k, v in node.value:
            # compare the raw text first: _scalar on every key made locate quadratic-ish and slow
            if isinstance(k, ScalarNode) and k.value == wanted and _scalar(k) == step:
                return k, v
    elif isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return None, node.value[step]
    return None


def read_document(path: Path, display: str | None = None) -> Document:
    """Read one YAML file strictly; raise NhnormError (exit 1) with every reason it is unusable."""
    shown = display if display is not None else str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _fail(shown, 1, 1, "TE-GROOT", grootte=size, max=MAX_BYTES)
        raw = path.read_bytes()
    except OSError as exc:
        raise _fail(shown, 1, 1, "ONLEESBAAR", reden=exc.strerror or str(exc)) from None
    return parse_document(raw, shown)


def parse_document(raw: bytes, path: str) -> Document:
    """Parse YAML bytes (UTF-8, optional BOM) into a Document."""
    text = _decode(raw, path)
    if _PROPERTY.search(text) or _nesting_bound(text) > _COMPOSE_SAFE_BOUND:
        _scan_events(text, path)
    try:
        root = _Composer(text).get_single_node()
    except MarkedYAMLError as exc:
        raise _syntax_error(exc, path) from None
    if root is None:
        raise _fail(path, 1, 1, "LEEG-BESTAND")
    problems: list[Problem] = []
    data = _construct(root, path, problems)
    if problems:
        raise NhnormError(*problems)
    return Document(path, data, root, text)


def _decode(raw: bytes, path: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(path, 1, 1, "CODERING", detail="UTF-16")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise _fail(path, line, column, "CODERING", detail=f"0x{raw[exc.start]:02x}") from None
    if "\x00" in text:
        index = text.index("\x00")
        line, column = _line_col(text, index)
        raise _fail(path, line, column, "CODERING", detail="NUL")
    return text


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _nesting_bound(text: str) -> int:
    longest = max((len(line) for line in text.splitlines()), default=0)
    return longest + text.count("[") + text.count("{")


def _scan_events(text: str, path: str) -> None:
    """Flat pass over the parser events: report anchors, aliases, tags and absurd nesting."""
    problems: list[Problem] = []
    depth = 0
    parser = _Composer(text)
    try:
        for event in _events(parser):
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    problems.append(_problem(path, mark, "TE-DIEP", max=MAX_DEPTH))
                    break
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
            if isinstance(event, AliasEvent):
                problems.append(_problem(path, event.start_mark, "ALIAS", naam=event.anchor))
            elif isinstance(event, NodeEvent):
                if event.anchor is not None:
                    problems.append(_problem(path, event.start_mark, "ANKER", naam=event.anchor))
                tag = getattr(event, "tag", None)
                if tag is not None and not _implicit(event):
                    shown = "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag
                    problems.append(_problem(path, event.start_mark, "TAG", tag=shown))
            if len(problems) >= 20:  # enough to act on; an alias bomb has thousands
                break
    except MarkedYAMLError as exc:
        if not problems:
            raise _syntax_error(exc, path) from None
    if problems:
        raise NhnormError(*problems)


def _events(parser: _Composer) -> Iterator[Any]:
    while True:
        event = parser.get_event()
        yield event
        if type(event).__name__ == "StreamEndEvent":
            return


def _implicit(event: Any) -> bool:
    implicit = getattr(event, "implicit", False)
    if isinstance(implicit, tuple):  # scalars: (plain, quoted)
        return any(implicit)
    return bool(implicit)


def _construct(node: Node, path: str, problems: list[Problem]) -> Any:
    if isinstance(node, ScalarNode):
        return _scalar(node)
    if isinstance(node, SequenceNode):
        return [_construct(item, path, problems) for item in node.value]
    if isinstance(node, MappingNode):
        result: dict[Any, Any] = {}
        first_seen: dict[Any, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                problems.append(_problem(path, key_node.start_mark, "SLEUTEL-GEEN-TEKST"))
                continue
            key = _scalar(key_node)
            if key in first_seen:
                first = first_seen[key].start_mark.line + 1
                problems.append(
                    _problem(
                        path, key_node.start_mark, "DUBBELE-SLEUTEL", sleutel=key_node.value, eerste=first
                    )
                )
                continue
            first_seen[key] = key_node
            result[key] = _construct(value_node, path, problems)
        return result
    raise AssertionError(f"unknown node {node!r}")


def _scalar(node: ScalarNode) -> Any:
    """YAML 1.2 core schema values; anything unusual stays text for the models to judge."""
    tag, value = node.tag, node.value
    if not tag.startswith(_TAG):
        return value
    kind = tag[len(_TAG) :]
    try:
        if kind == "null":
            return None
        if kind == "bool":
            return value.lower() == "true"
        if kind == "int":
            digits = value.replace("_", "")
            try:
                return int(digits, 0)
            except ValueError:
                return int(digits, 10)
        if kind == "float":
            lowered = value.replace("_", "").lower()
            if lowered.endswith((".inf", ".nan")):
                return (
                    -math.inf
                    if lowered.startswith("-")
                    else (math.nan if lowered.endswith("nan") else math.inf)
                )
            return float(lowered)
        if kind == "timestamp":
            if len(value) == 10:
                return date.fromisoformat(value)
            return datetime.fromisoformat(value.replace(" ", "T", 1).replace("t", "T", 1))
    except ValueError:
        return value
    return value


def _syntax_error(exc: MarkedYAMLError, path: str) -> NhnormError:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    detail = exc.problem or exc.context or "onbekend"
    return _fail(path, line, column, "YAML-SYNTAX", detail=str(detail), context=exc.context or "")


def _problem(path: str, mark: Any, code: str, **params: Any) -> Problem:
    return Problem(Location(path, mark.line + 1, mark.column + 1), code, params=params)


def _fail(path: str, line: int, column: int, code: str, **params: Any) -> NhnormError:
    return NhnormError(Problem(Location(path, line, column), code, params=params))


# --- writing -------------------------------------------------------------------------------------


def roundtrip_yaml() -> YAML:
    """A ruamel round-trip instance configured the way nhnorm writes files."""
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 100
    yaml.preserve_quotes = True
    yaml.allow_duplicate_keys = False
    return yaml


def load_roundtrip(text: str) -> Any:
    """Comment-preserving load for rewriting a file that read_document already accepted."""
    return roundtrip_yaml().load(text)


def dump_roundtrip(data: Any, *, width: int | None = None) -> str:
    """Dump a round-trip tree; a large `width` keeps long text on one line as people write it."""
    stream = StringIO()
    yaml = roundtrip_yaml()
    if width is not None:
        yaml.width = width
    yaml.dump(data, stream)
    return stream.getvalue()


def write_atomic(path: Path, text: str, *, overwrite: bool) -> None:
    """Write all or nothing; without overwrite, refuse an existing file even in a race."""
    write_atomic_bytes(path, text.encode("utf-8"), overwrite=overwrite)


def write_atomic_bytes(path: Path, data: bytes, *, overwrite: bool) -> None:
    """write_atomic for binary files (xlsx): a temp file in the same folder, then replace or link."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails with FileExistsError instead of clobbering
            os.unlink(tmp)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def quoted(text: str) -> Any:
    """A string that is written in double quotes (norm ids such as "1.10" must stay text)."""
    return DoubleQuotedScalarString(text)


def block(text: str) -> Any:
    """A multi-line string written as a literal block (|), so its line breaks stay readable."""
    return LiteralScalarString(text)
