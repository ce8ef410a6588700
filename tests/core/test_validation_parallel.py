"""Many files are validated in two processes where the platform can fork; the result is the same
report, in the same order, as one process gives (and one process is used where it cannot fork)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nhnorm_cli import validation
from nhnorm_cli.validation import PARALLEL_THRESHOLD, validate_files
from tests.conftest import EXAMPLES


@pytest.fixture
def many(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.chdir(tmp_path)
    files = []
    for i in range(PARALLEL_THRESHOLD + 4):
        target = tmp_path / "assessments" / f"org-{i:02d}" / "2025.yaml"
        target.parent.mkdir(parents=True)
        shutil.copy(EXAMPLES / "zeedorp" / "2025.yaml", target)
        files.append(target)
    files[7].write_text(files[7].read_text(encoding="utf-8").replace("oordeel: niet", "oordeel: nit", 1))
    copy = files[3].parent / "2025-kopie.yaml"  # a second file for org-03, 2025
    shutil.copy(files[3], copy)
    return sorted([*files, copy])


def _summary(reports: list[validation.FileReport]) -> list[tuple[str, list[tuple[int, int, str]]]]:
    return [(r.path, [(p.location.line, p.location.column, p.code) for p in r.problems]) for r in reports]


def test_two_processes_give_the_same_report_as_one(many: list[Path]) -> None:
    one = validate_files(many, jobs=1)
    two = validate_files(many, jobs=2)
    assert _summary(two) == _summary(one)
    codes = [code for _, problems in _summary(one) for _, _, code in problems]
    assert sorted(codes) == ["DUBBELE-BEOORDELING", "ONBEKEND-OORDEEL"]


def test_without_fork_one_process_is_used(many: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validation, "_can_fork", lambda: False)

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process pool was started")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", no_pool)
    assert len(validate_files(many, jobs=2)) == len(many)
