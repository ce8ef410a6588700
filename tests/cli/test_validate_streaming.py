"""`validate` writes each file's lines as soon as its report is final and keeps no report after
that, so its memory stays flat in the number of files (issue 9). Counted, never timed."""

from __future__ import annotations

import sys
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nhnorm_cli.check import validation
from nhnorm_cli.check.validation import FileReport
from nhnorm_cli.source.yamlsource import read_document
from tests import factories
from tests.conftest import Runner

FILES = 8
FORMATS = ["text", "github", "json"]


@pytest.fixture
def eight(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Eight organisations, each file with an unknown oordeel (one line each); the display paths."""
    monkeypatch.chdir(tmp_path)
    paths = [factories.write_assessment(tmp_path, f"org-{i}", {"1.1": "voldan"}) for i in range(FILES)]
    return [str(p.relative_to(tmp_path)) for p in paths]


@pytest.mark.parametrize("output_format", FORMATS)
def test_the_first_files_lines_are_written_before_the_last_file_is_read(
    nhnorm: Runner, eight: list[str], monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    written: dict[str, str] = {}  # file read -> stdout written before it was read

    def reading(path: Path, shown: str) -> Any:
        sys.stdout.flush()
        written[shown] = sys.stdout.buffer.getvalue().decode()  # type: ignore[union-attr]
        return read_document(path, shown)

    monkeypatch.setattr("nhnorm_cli.check.validation.read_document", reading)
    result = nhnorm("validate", "-f", output_format, "-j", "1", expect=1)
    assert list(written) == eight
    assert written[eight[0]] == ""
    before_last = written[eight[-1]]
    # every file but the one before (text and github group a file's lines until the next file's come)
    assert all(path in before_last for path in eight[:-2]) and eight[-1] not in before_last
    assert result.stdout.startswith(before_last)
    assert result.stdout.count("ONBEKEND-OORDEEL") == FILES


def _tracked(alive_before: list[int]) -> Any:
    """validate_files, noting at each report how many of the reports yielded before it still live."""
    original = validation.validate_files

    def tracking(*args: Any, **kwargs: Any) -> Iterator[FileReport]:
        earlier: list[weakref.ref[FileReport]] = []
        for report in original(*args, **kwargs):
            alive_before.append(sum(ref() is not None for ref in earlier))
            earlier.append(weakref.ref(report))
            yield report

    return tracking


@pytest.mark.parametrize("strict", [[], ["--strict"]])
@pytest.mark.parametrize("output_format", FORMATS)
def test_a_report_is_dropped_once_written(
    nhnorm: Runner,
    eight: list[str],
    monkeypatch: pytest.MonkeyPatch,
    output_format: str,
    strict: list[str],
) -> None:
    alive_before: list[int] = []
    monkeypatch.setattr(validation, "validate_files", _tracked(alive_before))
    nhnorm("validate", "-f", output_format, *strict, expect=1)
    assert len(alive_before) == FILES
    assert max(alive_before) <= 1  # only the report still being written; before issue 9: all


def test_a_region_through_the_pool_and_the_register_keeps_no_report(
    nhnorm: Runner, test_region: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alive_before: list[int] = []
    monkeypatch.setattr(validation, "validate_files", _tracked(alive_before))
    result = nhnorm("validate", "-j", "2", expect=0)
    assert len(alive_before) == len(list((test_region / "assessments").rglob("*.yaml")))
    assert len(alive_before) >= validation.PARALLEL_THRESHOLD
    assert max(alive_before) <= 1
    summary = result.stdout.splitlines()[-1]
    assert summary.startswith(f"{len(alive_before) + 1} bestanden gecontroleerd: 0 fouten, ")  # + register
