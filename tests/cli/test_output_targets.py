"""What an output path may be (issue 25): a read-only file stays as it is, a regular file under
/dev is a file like any other, and a disk is never written without --force."""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path

import pytest

from tests.conftest import Runner

ASSESSMENT = Path("assessments/zeedorp/2026.yaml")


def test_set_leaves_a_read_only_file_alone(repo: Path, nhnorm: Runner) -> None:
    target = repo / ASSESSMENT
    before = target.read_bytes()
    target.chmod(0o444)
    try:
        err = nhnorm("set", "--year", "2026", "1.2", "deels", expect=2).stderr
        assert err == (
            f"nhnorm: fout SCHRIJVEN-MISLUKT: {ASSESSMENT} kan niet geschreven worden: het bestand is "
            "alleen-lezen (chmod 444); kies een andere plek of controleer de rechten\n"
        )
        assert target.read_bytes() == before and stat.S_IMODE(target.stat().st_mode) == 0o444
    finally:
        target.chmod(0o644)


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="no /dev/shm")
def test_a_regular_file_under_dev_needs_force(repo: Path, nhnorm: Runner) -> None:
    target = Path("/dev/shm") / f"nhnorm-{uuid.uuid4().hex}.md"
    if not os.access(target.parent, os.W_OK):
        pytest.skip("/dev/shm is not writable")
    target.write_text("van iemand anders\n", encoding="utf-8")
    try:
        err = nhnorm("report", "--year", "2026", "--output", target, expect=2).stderr
        assert err.startswith(f"nhnorm: fout BESTAAT-AL: {target} bestaat al")
        assert target.read_text(encoding="utf-8") == "van iemand anders\n"
        nhnorm("report", "--year", "2026", "--output", target, "--force")
        assert target.read_text(encoding="utf-8").startswith("# ")
    finally:
        target.unlink(missing_ok=True)


def test_a_disk_is_never_written_without_force(repo: Path, nhnorm: Runner) -> None:
    disks = [p for p in Path("/dev").iterdir() if p.exists() and stat.S_ISBLK(p.stat().st_mode)]
    if not disks:
        pytest.skip("no block device to point at")
    err = nhnorm("report", "--year", "2026", "--output", disks[0], expect=2).stderr  # never with --force
    assert err.startswith(f"nhnorm: fout BESTAAT-AL: {disks[0]} bestaat al")
