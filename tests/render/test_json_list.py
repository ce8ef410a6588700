"""`validate --format json` is written a file at a time (issue 9); the pieces put together are the
same bytes as the whole result dumped at once, whatever the texts hold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nhnorm_cli.formats.json import json_list_text, json_text
from nhnorm_cli.models.results import FileResult, Message, ValidationResult

# Any text, and the characters that could break a line-based re-indent: newlines, the separators
# str.splitlines also breaks on (json.dumps leaves U+2028, U+0085 raw), quotes and backslashes.
_TEXT = st.text() | st.text(alphabet='\n\r\t\u2028\u2029\x85\x1c"\\ aë', max_size=12)
_MESSAGES = st.builds(
    Message,
    niveau=st.sampled_from(["fout", "waarschuwing"]),
    code=_TEXT,
    regel=st.integers(1, 10**6),
    kolom=st.integers(1, 10**6),
    bericht=_TEXT,
)
_FILES = st.builds(FileResult, pad=_TEXT, geldig=st.booleans(), meldingen=st.lists(_MESSAGES, max_size=3))


@given(st.lists(_FILES, max_size=4))
def test_the_pieces_are_the_whole_result(files: list[FileResult]) -> None:
    pieces = list(json_list_text("bestanden", files))
    assert "".join(pieces) == json_text(ValidationResult(bestanden=files))
    assert len(pieces) == len(files) + 1  # one per file, then the closing brackets
