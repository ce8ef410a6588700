"""The one place that reads and writes YAML.

Reading is strict and positioned: libyaml (ruamel.yaml.clib) composes the node tree in C, with the
line and column of every key and value, and a small constructor here turns it into plain data while
rejecting duplicate keys. Anchors, aliases and tags are rejected before anything is composed, so an
alias bomb is never expanded. Writing goes through ruamel's round-trip mode, which keeps comments
and key order; atomicwrite.py puts the result on disk.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from io import StringIO
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, NodeEvent
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.parser import Parser
from ruamel.yaml.reader import Reader, ReaderError
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString
from ruamel.yaml.scanner import Scanner
from ruamel.yaml.tag import Tag

from nhnorm_cli.errors import Location, NhnormError, Problem
from nhnorm_cli.source.controlchars import forbidden_character
from nhnorm_cli.source.textscan import may_hold_properties, may_nest_deeper_than

MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 50
# libyaml composes recursively in C and crashes on nesting in the tens of thousands; a file whose
# nesting *could* exceed this bound gets a flat event scan first (block nesting needs a wider
# column per level, flow nesting needs a bracket per level).
_COMPOSE_SAFE_BOUND = 400
_TAG = "tag:yaml.org,2002:"


def _core_schema() -> dict[str, list[tuple[Any, re.Pattern[str]]]]:
    """ruamel's YAML 1.2 implicit resolvers, by first character."""
    return VersionedResolver(version=(1, 2)).versioned_resolver  # type: ignore[no-any-return]


def _tag(name: str) -> Tag:
    tag = Tag(suffix=_TAG + name)
    _ = tag.trval  # ruamel decodes the tag text lazily on every new Tag; do it once here
    return tag


# One shared Tag per type; _scalar recognises them by identity.
_TAGS = {name: _tag(name) for name in ("null", "bool", "int", "float", "timestamp", "str", "seq", "map")}
_KIND_OF = {id(tag): name for name, tag in _TAGS.items()}
_STR, _SEQ, _MAP = _TAGS["str"], _TAGS["seq"], _TAGS["map"]
# ruamel wraps its patterns in a LazyEval whose every attribute access runs Python code: compiled
# here once, they match in C.
_RESOLVERS = {
    first: [
        (_TAGS.get(str(tag)[len(_TAG) :]) or Tag(suffix=str(tag)), re.compile(pattern.pattern, pattern.flags))
        for tag, pattern in rules
    ]
    for first, rules in _core_schema().items()
}


class _PurePythonParser(Reader, Scanner, Parser, Composer, VersionedResolver):
    """ruamel's own Python reader, scanner, parser and composer, wired the way its SafeLoader is:
    the same events, tokens, marks and errors as libyaml's, only slower. Used where the C
    extension (ruamel.yaml.clib) is not installed, e.g. on PyPy."""

    def __init__(self, text: str) -> None:
        self.comment_handling = None
        self.max_depth = None  # nhnorm checks nesting itself (MAX_DEPTH)
        # where the scanner notes a %YAML directive and the parser a %TAG (ruamel's YAML() sets it)
        self.doc_infos = [SimpleNamespace(doc_version=None, tags=[])]
        Reader.__init__(self, text, loader=self)
        Scanner.__init__(self, loader=self)
        Parser.__init__(self, loader=self)
        Composer.__init__(self, loader=self)
        VersionedResolver.__init__(self, (1, 2), loader=self)


try:  # ruamel's private C binding; the tested versions are pinned in pyproject.toml
    import _ruamel_yaml
    from _ruamel_yaml import CParser as _Parser
except ImportError:  # pragma: no cover - tests/core/test_yaml_pure_python.py runs this path
    _ruamel_yaml = None
    _Parser = _PurePythonParser


class _Resolver:
    """A resolver that does only what nhnorm needs. ruamel's VersionedResolver re-derives the YAML
    version for every scalar in Python, which cost two thirds of the read time; here every file is
    YAML 1.2, whatever a %YAML directive says."""

    def resolve(self, kind: type[Node], value: str, implicit: tuple[bool, bool]) -> Tag:
        if kind is SequenceNode:
            return _SEQ
        if kind is MappingNode:
            return _MAP
        if implicit[0]:  # a plain scalar: 12, 1.0, true, 2025-03-28, ~ …
            for tag, pattern in _RESOLVERS.get(value[:1], ()):
                if pattern.match(value):
                    return tag
        return _STR

    # Path resolvers are not used. The composer calls these two for every node; builtins that
    # take the same arguments and do nothing spare it a Python call each (issue 9).
    descend_resolver = staticmethod(operator.is_)
    ascend_resolver = staticmethod(tuple)


class _Composer(_Resolver, _Parser):  # type: ignore[misc]
    """libyaml's C composer (ruamel's Python one where the C extension is missing)."""

    def __init__(self, text: str) -> None:
        _Parser.__init__(self, text)


class _Yaml12Composer(_Resolver, _PurePythonParser):  # type: ignore[misc]
    """ruamel's Python reader, for a text with NEL, LS or PS (_YAML11_BREAKS). libyaml reads them
    as line breaks, as YAML 1.1 did: a text pasted with an LS fails to parse there ("':' verwacht")
    and every position after one is on a later line than an editor or GitHub shows. YAML 1.2, and
    ruamel's reader, take them as characters of the text; they are rare enough to pay its price."""


_YAML11_BREAKS = ("\x85", "\u2028", "\u2029")


def _composer_for(text: str) -> type[_Composer] | type[_Yaml12Composer]:
    if _ruamel_yaml is not None and any(char in text for char in _YAML11_BREAKS):
        return _Yaml12Composer
    return _Composer


class _Scalar(ScalarNode):
    """A ScalarNode set up in one call: ruamel's runs two Python __init__ methods for each of the
    ~1,000 scalars of an assessment, a third of composing it (issue 9)."""

    __slots__ = ()

    def __init__(
        self, tag: Any, value: Any, start_mark: Any = None, end_mark: Any = None, style: Any = None
    ) -> None:
        self.ctag = tag if isinstance(tag, Tag) else Tag(suffix=tag)
        self.value = value
        self.start_mark = start_mark
        self.end_mark = end_mark
        self.comment = None
        self.anchor = None
        self.style = style


def _compose(text: str) -> Node | None:
    """The node tree of `text`, its scalars built as _Scalar: libyaml's composer creates them by
    the name ScalarNode in its module, which points at _Scalar for just this call."""
    composer = _composer_for(text)
    if composer is not _Composer or _ruamel_yaml is None:  # Python composers build ruamel's nodes
        return composer(text).get_single_node()  # type: ignore[no-any-return]
    _ruamel_yaml.ScalarNode = _Scalar
    try:
        return _Composer(text).get_single_node()  # type: ignore[no-any-return]
    finally:
        _ruamel_yaml.ScalarNode = ScalarNode


Path_ = Sequence[str | int]


@dataclass(frozen=True)
class Document:
    """A parsed YAML file: plain data plus the node tree that knows every position."""

    path: str
    data: Any
    root: Node | None
    text: str
    # the keys of each large mapping, built on its first lookup: a file with 90,000 unknown keys
    # has 90,000 problems to locate, and scanning the mapping for each one was quadratic (issue 9)
    _indexes: dict[int, dict[Any, tuple[Node, Node]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def locate(self, loc: Path_, *, key: bool = False) -> Location:
        """Position of the value at `loc` (its key with key=True); for a path that does not
        exist, the mapping that lacks it."""
        node, key_node = self.root, None
        for step in loc:
            found = self._child(node, step)
            if found is None:
                break
            key_node, node = found
        else:
            # an empty value (`organisatie:` with nothing after it) sits past the end of the line;
            # its key is what the user has to look at
            empty = isinstance(node, ScalarNode) and node.value == "" and not node.style
            target = key_node if (key or empty) and key_node is not None else node
            return self._at(target)
        return self._at(key_node if key_node is not None else node)

    def node(self, loc: Path_) -> Node | None:
        """The node of the value at `loc`, or None where the path does not exist."""
        node: Node | None = self.root
        for step in loc:
            found = _child(node, step)
            if found is None:
                return None
            node = found[1]
        return node

    def _at(self, node: Node | None) -> Location:
        if node is None:
            return Location(self.path)
        mark = node.start_mark
        return Location(self.path, mark.line + 1, mark.column + 1)

    def source_text(self, loc: Path_, *, key: bool = False) -> str | None:
        """The scalar as written in the file (e.g. `2.10` that YAML read as the number 2.1)."""
        node, key_node = self.root, None
        for step in loc:
            found = self._child(node, step)
            if found is None:
                return None
            key_node, node = found
        target = key_node if key else node
        if not isinstance(target, ScalarNode):
            return None
        quote = target.style if target.style in ("'", '"') else ""
        return f"{quote}{target.value}{quote}"

    def _child(self, node: Node | None, step: Any) -> tuple[Node | None, Node] | None:
        if isinstance(node, MappingNode) and len(node.value) > _SCAN_AT_MOST:
            index = self._indexes.get(id(node))
            if index is None:
                index = self._indexes[id(node)] = _key_index(node)
            return index.get(step)
        return _child(node, step)


# A mapping this small is scanned (the 47 answers of an assessment are); a larger one gets an index
# on its first lookup.
_SCAN_AT_MOST = 64


def _key_index(node: MappingNode) -> dict[Any, tuple[Node, Node]]:
    """Each key as YAML reads it -> its first (key, value) pair: the pair _child's scan finds (keys
    that compare equal, like 1 and 1.0, hash alike; NaN equals nothing, so it is never found)."""
    index: dict[Any, tuple[Node, Node]] = {}
    for k, v in node.value:
        if isinstance(k, ScalarNode):
            value = k.value if k.ctag is _STR else _scalar(k)
            if value == value:
                index.setdefault(value, (k, v))
    return index


def _child(node: Node | None, step: str | int) -> tuple[Node | None, Node] | None:
    if isinstance(node, MappingNode):
        # A text step can only match a key written as that text, so compare the raw text first:
        # resolving every key made locate slow. Other steps (2.1 read from `2.10:`) need resolving.
        textual = isinstance(step, str)
        for k, v in node.value:
            if not isinstance(k, ScalarNode) or (textual and k.value != step):
                continue
            if _scalar(k) == step:
                return k, v
    elif isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return None, node.value[step]
    return None


def read_document(path: Path, display: str | None = None) -> Document:
    """Read one YAML file strictly; raise NhnormError (exit 1) with every reason it is unusable."""
    shown = display if display is not None else str(path)
    return parse_document(read_bytes(path, shown), shown)


def read_bytes(path: Path, shown: str) -> bytes:
    """The bytes of a file that may be an assessment: bounded in size, unreadable is exit 1."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _fail(shown, 1, 1, "TE-GROOT", grootte=size, max=MAX_BYTES)
        return path.read_bytes()
    except OSError as exc:
        raise _fail(shown, 1, 1, "ONLEESBAAR", reden=exc.strerror or str(exc), errno=exc.errno) from None


def parse_document(raw: bytes, path: str) -> Document:
    """Parse YAML bytes (UTF-8, optional BOM) into a Document."""
    text = _decode(raw, path)
    try:
        if may_hold_properties(text) or may_nest_deeper_than(text, _COMPOSE_SAFE_BOUND):
            _scan_events(text, path)
        root = _compose(text)
    except MarkedYAMLError as exc:
        raise _syntax_error(exc, path, text) from None
    except ReaderError as exc:  # a control character, which YAML does not allow
        libyaml = _ruamel_yaml is not None and _composer_for(text) is _Composer
        raise _bad_character(exc, text, path, counts_bytes=libyaml) from None
    if root is None:
        raise _fail(path, 1, 1, "LEEG-BESTAND")
    problems: list[Problem] = []
    data = _construct(root, path, problems, _may_escape(text))
    if problems:
        raise NhnormError(*problems)
    return Document(path, data, root, text)


def _may_escape(text: str) -> bool:
    """Whether a value can hold a control character: the reader refuses them in the file itself
    and turns its line breaks (CR, CR LF, NEL) into LF, so only an escape in a double-quoted value
    gets one past it. One scan in C instead of one search per value."""
    return "\\" in text


def _decode(raw: bytes, path: str) -> str:
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16: same first bytes
        raise _fail(path, 1, 1, "CODERING", detail="UTF-32")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(path, 1, 1, "CODERING", detail="UTF-16")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8", "replace")
        line, column = _line_col(before, len(before))
        byte = raw[exc.start]
        detail = f"0x{byte:02x}"
        if byte >= 0xA0:  # most likely Windows-1252/Latin-1 from an old editor: show the character
            detail += f' = "{bytes([byte]).decode("cp1252")}" in Windows-1252'
        raise _fail(path, line, column, "CODERING", detail=detail) from None
    if "\x00" in text:
        index = text.index("\x00")
        line, column = _line_col(text, index)
        raise _fail(path, line, column, "CODERING", detail="NUL")
    return text


def _bad_character(exc: ReaderError, text: str, path: str, *, counts_bytes: bool) -> NhnormError:
    # libyaml counts bytes of UTF-8, ruamel's reader characters; the position a user sees counts characters
    position = max(exc.position, 0)
    index = len(text.encode("utf-8")[:position].decode("utf-8", "ignore")) if counts_bytes else position
    char = exc.character if isinstance(exc.character, int) else ord(exc.character)
    line, column = _line_col(text, index)
    return _fail(path, line, column, "ONGELDIG-TEKEN", teken=f"U+{char:04X}")


def _line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of text[index]; a line ends in \\n, \\r\\n or a lone \\r (old Mac
    files), as YAML counts them."""
    index = min(index, len(text))
    line = text.count("\n", 0, index) + text.count("\r", 0, index) - text.count("\r\n", 0, index) + 1
    start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
    return line, index - start + 1


def _scan_events(text: str, path: str) -> None:
    """Flat pass over the parser events: report anchors, aliases, tags and absurd nesting."""
    problems: list[Problem] = []
    depth = 0
    aliases: set[str] = set()  # one report per alias name: an alias bomb repeats each many times
    parser = _composer_for(text)(text)
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
                if event.anchor not in aliases:
                    aliases.add(event.anchor)
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
            raise _syntax_error(exc, path, text) from None
    if problems:
        raise NhnormError(*problems)


def _events(parser: _Composer | _Yaml12Composer) -> Iterator[Any]:
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


def _construct(node: Any, path: str, problems: list[Problem], escapes: bool) -> Any:
    # the hot loop of every read: exact types (not isinstance, hence Any) and the plain-text
    # shortcut save a call per node. `escapes`: the file may hold a control character (_may_escape);
    # checked here, each key and value as it is read, so a value that is never read (that of a
    # duplicate key, anything inside a key that is no text) is never reported.
    kind = type(node)
    if kind is _Scalar or kind is ScalarNode:
        if escapes:
            _check_text(node, path, problems)
        return node.value if node.ctag is _STR else _scalar(node)
    if kind is SequenceNode:
        return [_construct(item, path, problems, escapes) for item in node.value]
    if kind is MappingNode:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                problems.append(_problem(path, key_node.start_mark, "SLEUTEL-GEEN-TEKST"))
                continue
            if escapes:
                _check_text(key_node, path, problems)
            key = key_node.value if key_node.ctag is _STR else _scalar(key_node)
            if key in result:
                first = _first_key(node, key).start_mark.line + 1
                problems.append(
                    _problem(
                        path, key_node.start_mark, "DUBBELE-SLEUTEL", sleutel=key_node.value, eerste=first
                    )
                )
                continue
            result[key] = _construct(value_node, path, problems, escapes)
        return result
    raise AssertionError(f"unknown node {node!r}")


def _first_key(node: MappingNode, key: Any) -> Node:
    """The key node that first read as `key` (by the same dict lookup that found the duplicate)."""
    seen: dict[Any, Node] = {}
    for key_node, _ in node.value:
        if isinstance(key_node, ScalarNode):
            seen.setdefault(_scalar(key_node), key_node)
    return seen[key]


_INT_DIGITS = 4000  # below sys.get_int_max_str_digits(), which is 4300 by default


class _HugeInt(int):
    """An integer with more digits than Python converts: out of every range nhnorm has, and shown
    as the digits the user wrote (a message shortens them)."""

    digits: str

    def __new__(cls, digits: str) -> _HugeInt:
        value = super().__new__(cls, -(10**_INT_DIGITS) if digits.startswith("-") else 10**_INT_DIGITS)
        value.digits = digits
        return value

    def __str__(self) -> str:
        return self.digits

    __repr__ = __str__


def _check_text(node: ScalarNode, path: str, problems: list[Problem]) -> None:
    control = forbidden_character(node.value)
    if control is not None:
        problems.append(_problem(path, node.start_mark, "STUURTEKEN", teken=control))


def _scalar(node: ScalarNode) -> Any:
    """YAML 1.2 core schema values; anything unusual stays text for the models to judge."""
    value = node.value
    kind = _KIND_OF.get(id(node.ctag))
    if kind is None:
        tag = node.tag or ""
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
                if len(digits) > _INT_DIGITS:  # Python refuses to convert it; any such number is too big
                    return _HugeInt(digits)
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


def _syntax_error(exc: MarkedYAMLError, path: str, text: str) -> NhnormError:
    mark = exc.problem_mark or exc.context_mark
    detail = exc.problem or exc.context or "onbekend"
    params = {"detail": str(detail), "context": exc.context or ""}
    quote = _open_quote(exc, text)
    if quote is not None:  # point at the quote that was never closed, not where YAML gave up
        mark, params["oorzaak"] = quote, "open-aanhalingsteken"
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return _fail(path, line, column, "YAML-SYNTAX", **params)


def _open_quote(exc: MarkedYAMLError, text: str) -> Any:
    """Start of a quoted text that runs on past its line and ends just before the error: a closing
    quote that is missing, so YAML paired it with the next quote in the file."""
    if str(exc.context).startswith("while scanning a quoted scalar"):
        return exc.context_mark
    problem = exc.problem_mark
    if problem is None:
        return None
    last = None
    scanner = _composer_for(text)(text)
    try:
        while True:
            token = scanner.get_token()
            if token is None or type(token).__name__ == "StreamEndToken":
                break
            if token.start_mark.line > problem.line:
                break
            multiline = token.end_mark.line > token.start_mark.line
            if type(token).__name__ == "ScalarToken" and token.style in ("'", '"') and multiline:
                last = token
    except (MarkedYAMLError, ReaderError):
        pass
    if last is not None and problem.line - last.end_mark.line <= 1:
        return last.start_mark
    return None


def _problem(path: str, mark: Any, code: str, **params: Any) -> Problem:
    return Problem(Location(path, mark.line + 1, mark.column + 1), code, params=params)


def _fail(path: str, line: int, column: int, code: str, **params: Any) -> NhnormError:
    return NhnormError(Problem(Location(path, line, column), code, params=params))


# --- writing -------------------------------------------------------------------------------------


def roundtrip_yaml(width: int = 100) -> YAML:
    """A ruamel round-trip instance configured the way nhnorm writes files."""
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = width
    yaml.preserve_quotes = True
    yaml.allow_duplicate_keys = False
    return yaml


def load_roundtrip(text: str) -> Any:
    """Comment-preserving load for rewriting a file that read_document already accepted."""
    return roundtrip_yaml().load(text)


# Rewriting a user's file must not re-fold the long lines they wrote (ruamel folds at `width`).
KEEP_LINES = 1_000_000


def dump_roundtrip(data: Any, *, width: int = 100) -> str:
    stream = StringIO()
    roundtrip_yaml(width).dump(data, stream)
    return stream.getvalue()


def quoted(text: str) -> Any:
    """A string that is written in double quotes (norm ids such as "1.10" must stay text)."""
    return DoubleQuotedScalarString(text)


def block(text: str) -> Any:
    """A multi-line string written as a literal block (|), so its line breaks stay readable."""
    return LiteralScalarString(text)
