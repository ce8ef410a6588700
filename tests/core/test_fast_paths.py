"""The shortcuts that made reading linear and cheap (issue 9) give exactly the answers of the
plain versions they replace: the whole-text pattern, the per-line nesting bound, difflib, and a
scan of a mapping's keys."""

from __future__ import annotations

import difflib
import math
import re
from typing import Any

import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.nodes import MappingNode, ScalarNode
from ruamel.yaml.reader import ReaderError

from nhnorm_cli.errors import NhnormError
from nhnorm_cli.models.suggest import suggestion
from nhnorm_cli.source import yamlsource
from nhnorm_cli.source.controlchars import forbidden_character
from nhnorm_cli.source.textscan import PROPERTY, may_hold_properties, may_nest_deeper_than
from nhnorm_cli.source.yamlsource import parse_document

# the characters that matter to the scans, plus unicode spaces and ordinary text
_TEXT = st.text(alphabet=st.sampled_from(list("&*!ab -?:[]{},\t\n\r\u00a0\u2028\u3000")), max_size=200)


@given(_TEXT)
def test_property_scan_answers_as_the_pattern(text: str) -> None:
    assert may_hold_properties(text) is (PROPERTY.search(text) is not None)


@given(st.integers(min_value=65, max_value=300))
def test_many_candidates_fall_back_to_the_pattern(count: int) -> None:
    text = "B&W " * count
    assert may_hold_properties(text) is False
    assert may_hold_properties(text + " &anker") is True


_OLD_PREFIX = re.compile(r"^[ \t?:-]*", re.MULTILINE)


def _old_nesting_bound(text: str) -> int:  # what yamlsource measured before issue 9
    prefix = max((len(m) for m in _OLD_PREFIX.findall(text)), default=0)
    return 2 * prefix + 2 + text.count("[") + text.count("{")


@given(_TEXT, st.integers(min_value=0, max_value=60))
def test_nesting_check_answers_as_the_bound(text: str, bound: int) -> None:
    assert may_nest_deeper_than(text, bound) is (_old_nesting_bound(text) > bound)


_WORD = st.text(alphabet=st.sampled_from(list("abcdeinorstu_ ")), max_size=14)


@given(_WORD, st.lists(_WORD, max_size=8))
def test_suggestion_is_difflibs(word: str, candidates: list[str]) -> None:
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    assert suggestion(word, candidates) == ({"suggestie": matches[0]} if matches else {})


# Keys that read as equal values (1, 1.0, true), as nothing (null, ~), as dates, as NaN, quoted
# and plain: the index of a large mapping must find what a scan of its keys finds.
_KEYS = [
    "1",
    "1.0",
    "true",
    "'1'",
    '"1"',
    "null",
    "~",
    ".nan",
    "2025-01-01",
    "'2025-01-01'",
    "a",
    "'a'",
    "0x1",
]
_STEPS: list[Any] = [1, 1.0, True, "1", None, math.nan, "2025-01-01", "a", "b", "null", 2, False]


@settings(max_examples=60)
@given(st.lists(st.sampled_from(_KEYS), min_size=1, max_size=12), st.integers(min_value=0, max_value=150))
def test_index_of_a_large_mapping_finds_what_a_scan_finds(keys: list[str], padding: int) -> None:
    filler = [f"k{i}" for i in range(padding)]  # pushes the mapping past the scan limit
    text = "".join(f"{key}: {i}\n" for i, key in enumerate(keys + filler))
    try:
        document = parse_document(text.encode(), "x.yaml")
    except NhnormError:  # duplicate keys are rejected before anything is located: not an example
        reject()
    root = document.root
    for step in _STEPS:
        scanned = yamlsource._child(root, step)
        indexed = document._child(root, step)
        assert (indexed and indexed[0].start_mark.line) == (scanned and scanned[0].start_mark.line), step


def test_locating_every_key_of_a_20000_key_mapping_looks_at_each_key_once(monkeypatch: Any) -> None:
    count = 20_000
    text = "".join(f"sleutel_{i}: {i}\n" for i in range(count))
    document = parse_document(text.encode(), "groot.yaml")
    built: list[int] = []
    scans: list[object] = []
    real_index = yamlsource._key_index
    monkeypatch.setattr(yamlsource, "_key_index", lambda node: built.append(1) or real_index(node))
    monkeypatch.setattr(yamlsource, "_child", lambda node, step: scans.append(step))
    lines = [document.locate((f"sleutel_{i}",), key=True).line for i in range(count)]
    assert lines == list(range(1, count + 1))
    assert (len(built), len(scans)) == (1, 0)  # one index for the mapping, no scan per lookup


# YAML text with control characters every way they can be written: raw (the reader refuses them),
# as escapes in double quotes, and line breaks the reader turns into \n (\r, \r\n, NEL).
_CONTROL_PIECES = st.sampled_from(
    ['"\\e"', '"\\x07"', '"\\0"', '"\\r"', '"a\\tb"', '"\\u0085"', '"\\\\e"', "'\\e'", "\\e", "\x1b", "\x85",
     "\r\n", "\r", "\t", "a", " ", "é"]
)  # fmt: skip


@given(st.lists(st.tuples(_CONTROL_PIECES, _CONTROL_PIECES), min_size=1, max_size=5))
def test_control_characters_are_found_as_by_checking_every_value(pairs: list[tuple[str, str]]) -> None:
    """STUURTEKEN is looked for only where an escape or line break could bring one in; what it
    finds must be what checking every key and value finds."""
    text = "".join(f"k{i}{key}: {value}\n" for i, (key, value) in enumerate(pairs))
    try:
        root = yamlsource._compose(text)
    except (MarkedYAMLError, ReaderError):
        return  # not YAML: reported as such, never as STUURTEKEN
    expected = [
        (node.start_mark.line + 1, node.start_mark.column + 1)
        for node in _scalars(root)
        if forbidden_character(node.value) is not None
    ]
    try:
        parse_document(text.encode(), "x.yaml")
        found = []
    except NhnormError as exc:
        found = [(p.location.line, p.location.column) for p in exc.problems if p.code == "STUURTEKEN"]
    assert found == expected


def _scalars(node: Any) -> list[Any]:
    if isinstance(node, ScalarNode):
        return [node]
    if isinstance(node, MappingNode):
        return [scalar for pair in node.value for child in pair for scalar in _scalars(child)]
    return [scalar for child in node.value for scalar in _scalars(child)]


# A value the reader never hands on (the value of a second, duplicate key; anything inside a key
# that is no text) is not checked for control characters, and a key's STUURTEKEN comes before its
# DUBBELE-SLEUTEL: the order and problems of checking each key and value as it is read.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a: 1\na: "\\e"\n', [(2, 1, "DUBBELE-SLEUTEL")]),
        ('? ["\\e"]\n: "\\e"\n', [(1, 3, "SLEUTEL-GEEN-TEKST")]),
        ('"a\\e": 1\n"a\\e": 2\n', [(1, 1, "STUURTEKEN"), (2, 1, "STUURTEKEN"), (2, 1, "DUBBELE-SLEUTEL")]),
        (
            'x:\n  "\\a": [1]\n  "\\a": {b: "\\e"}\n',
            [(2, 3, "STUURTEKEN"), (3, 3, "STUURTEKEN"), (3, 3, "DUBBELE-SLEUTEL")],
        ),
        ('a: "\\e"\nb: 1\nb: 2\n', [(1, 4, "STUURTEKEN"), (3, 1, "DUBBELE-SLEUTEL")]),
    ],
)
def test_control_characters_only_where_the_reader_reads(text: str, expected: list[Any]) -> None:
    with pytest.raises(NhnormError) as raised:
        parse_document(text.encode(), "x.yaml")
    assert [(p.location.line, p.location.column, p.code) for p in raised.value.problems] == expected
