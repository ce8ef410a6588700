"""Lock files are removed after use (files/pathlock.py), and removing them never lets two
processes hold one lock at the same time (issue 25: 2,125 lock files after one afternoon)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import pytest

from nhnorm_cli.files import atomicwrite
from nhnorm_cli.files.atomicwrite import locked, write_atomic
from nhnorm_cli.files.pathlock import PathLock
from tests.conftest import Runner

POSIX = pytest.mark.skipif(os.name != "posix", reason="flock: elsewhere filelock's lock file stays")


@pytest.fixture
def lock_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of this test's own, so other runs' lock files do not count."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setattr(atomicwrite, "_locks", {})
    return temp / f"nhnorm-{atomicwrite._user()}"


@POSIX
def test_a_thousand_writes_leave_no_lock_file(tmp_path: Path, lock_folder: Path) -> None:
    for n in range(1000):  # every one another file: each used to leave a lock file of its own
        write_atomic(tmp_path / f"uit-{n}.txt", str(n), overwrite=False)
    assert list(lock_folder.iterdir()) == []


@POSIX
def test_set_runs_leave_no_lock_file(nhnorm: Runner, repo: Path, lock_folder: Path) -> None:
    copy = repo / "assessments" / "kopie" / "2026.yaml"  # a second file: a second lock
    copy.parent.mkdir()
    copy.write_text(
        (repo / "assessments" / "zeedorp" / "2026.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    for n in range(20):
        for path in ("assessments/zeedorp/2026.yaml", "assessments/kopie/2026.yaml"):
            nhnorm("set", "1.1", "deels", "--toelichting", f"Ronde {n}", "--file", path)
    assert list(lock_folder.iterdir()) == []


@POSIX
def test_the_lock_is_re_entrant_and_its_file_exists_only_while_held(
    tmp_path: Path, lock_folder: Path
) -> None:
    target = tmp_path / "uit.txt"
    with locked(target):
        (held,) = lock_folder.iterdir()
        with locked(target):  # a write inside a read-modify-write
            write_atomic(target, "x", overwrite=False)
        assert held.exists()
    assert not held.exists()


@POSIX
def test_a_lock_file_left_in_place_is_still_a_lock(tmp_path: Path) -> None:
    """An older nhnorm (filelock) left its file: it is taken over, and removed after use."""
    path = tmp_path / "oud.lock"
    path.write_bytes(b"")
    lock = PathLock(path, timeout=1)
    lock.acquire()
    other = PathLock(path, timeout=0.1)
    with pytest.raises(atomicwrite.Timeout):
        other._take()  # another process's view: a second descriptor on the same file
    lock.release()
    assert not path.exists()


WORKER = textwrap.dedent(
    """
    import sys, tempfile
    from pathlib import Path
    tempfile.tempdir = sys.argv[2]
    from nhnorm_cli.files.atomicwrite import locked
    counter = Path(sys.argv[1])
    for _ in range(int(sys.argv[3])):
        with locked(counter):
            value = int(counter.read_text())
            counter.write_text(str(value + 1))  # not atomic on purpose: only the lock protects it
    """
)


@POSIX
def test_removing_the_lock_file_loses_no_update(tmp_path: Path, lock_folder: Path) -> None:
    """Four processes count to 4 × 150 through one lock whose file comes and goes all the time: a
    waiter that locked a removed file and went ahead would lose increments."""
    counter = tmp_path / "teller.txt"
    counter.write_text("0")
    env = os.environ | {"PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-c", WORKER, str(counter), str(lock_folder.parent), "150"]
    workers = [subprocess.Popen(command, env=env) for _ in range(4)]
    assert [w.wait(timeout=120) for w in workers] == [0] * 4
    assert counter.read_text() == "600"
    assert list(lock_folder.iterdir()) == []


@POSIX
def test_a_waiter_that_locked_a_removed_file_tries_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race of removing a lock file, played out step by step: a waiter opened the file, the
    holder removed it and let go, the waiter's flock succeeds on a file no longer under the name.
    Going ahead there would let a newcomer lock a fresh file at the same time."""
    path = tmp_path / "doel.lock"
    holder = PathLock(path, timeout=1)
    holder.acquire()
    stale = os.open(path, os.O_RDWR)  # the waiter's descriptor, opened before the holder let go
    holder.release()
    assert not path.exists()
    opened: list[int] = []
    real_open = os.open

    def waiter_open(name: Any, flags: int, mode: int = 0o777) -> int:
        fd = stale if not opened else real_open(name, flags, mode)
        opened.append(fd)
        return fd

    monkeypatch.setattr(os, "open", waiter_open)
    waiter = PathLock(path, timeout=1)
    waiter.acquire()
    monkeypatch.undo()
    assert len(opened) == 2 and path.exists()  # it let the removed file go and locked the named one
    newcomer = PathLock(path, timeout=0.1)
    with pytest.raises(atomicwrite.Timeout):
        newcomer.acquire()
    waiter.release()
    assert not path.exists()
