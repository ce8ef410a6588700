"""Many files are validated in two processes where the platform can fork; the result is the same
report, in the same order, as one process gives (and one process is used where it cannot fork)."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nhnorm_cli.check import validation
from nhnorm_cli.check.validation import PARALLEL_THRESHOLD, validate_files
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
    one = list(validate_files(many, jobs=1))
    two = list(validate_files(many, jobs=2))
    assert _summary(two) == _summary(one)
    codes = [code for _, problems in _summary(one) for _, _, code in problems]
    assert sorted(codes) == ["DUBBELE-BEOORDELING", "ONBEKEND-OORDEEL"]


def test_without_fork_one_process_is_used(many: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validation, "_can_fork", lambda: False)

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process pool was started")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", no_pool)
    assert len(list(validate_files(many, jobs=2))) == len(many)


@pytest.fixture
def submitted(monkeypatch: pytest.MonkeyPatch) -> list[list[Path]]:
    """The chunks of files handed to the pool, one file per chunk."""
    from concurrent.futures import ProcessPoolExecutor

    monkeypatch.setattr(validation, "_CHUNK", 1)
    chunks: list[list[Path]] = []
    submit = ProcessPoolExecutor.submit

    def counting(self: ProcessPoolExecutor, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        chunks.append(args[1])
        return submit(self, fn, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", counting)
    return chunks


@pytest.fixture(params=[False, True], ids=["nothing-kept", "kept-frozen"])
def kept_frozen(request: pytest.FixtureRequest) -> Iterator[bool]:
    """The collector's state as a command leaves it: nothing frozen, or what it keeps frozen
    (source/collector.py; an earlier test in this process may have done either)."""
    gc.unfreeze()
    if request.param:
        gc.freeze()
    yield request.param
    gc.unfreeze()


def test_the_pool_hands_out_files_only_ahead_of_the_reports_taken(
    many: list[Path], submitted: list[list[Path]], kept_frozen: bool
) -> None:
    frozen = gc.get_freeze_count()
    assert (frozen > 0) is kept_frozen
    reports = validate_files(many, jobs=2)
    first = next(reports)  # checked here, before forking: the norm and models load once
    assert submitted == []
    second = next(reports)
    ahead = 2 * validation._AHEAD  # per worker, and the one handed out as the second report came
    assert len(submitted) == ahead + 1 < len(many)
    rest = list(reports)
    if kept_frozen:  # what the command keeps is never thawed
        assert gc.get_freeze_count() >= frozen
    else:  # frozen only while the workers were forked
        assert gc.get_freeze_count() == 0
    assert [chunk for chunks in submitted for chunk in chunks] == many[1:]
    assert _summary([first, second, *rest]) == _summary(list(validate_files(many, jobs=1)))


def test_stopping_early_leaves_the_rest_unread(many: list[Path], submitted: list[list[Path]]) -> None:
    reports = validate_files(many, jobs=2)
    next(reports)
    next(reports)
    reports.close()  # what a closed pipe or a bug in the output does
    assert len(submitted) == 2 * validation._AHEAD + 1
