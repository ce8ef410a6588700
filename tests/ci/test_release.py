"""scripts/release.sh: the tag scheme that makes `@v1` (GitHub) and `@1` (GitLab) mean something."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.ci.runner import ROOT, base_env, git


def _project(tmp: Path, version: str) -> Path:
    work = tmp / "nhnorm"
    (work / "scripts").mkdir(parents=True)
    shutil.copy2(ROOT / "scripts" / "release.sh", work / "scripts" / "release.sh")
    (work / "pyproject.toml").write_text(f'[project]\nname = "nhnorm"\nversion = "{version}"\n', "utf-8")
    (work / "CHANGELOG.md").write_text(f"# Changelog\n\n## {version}\n\n- iets\n", "utf-8")
    git(tmp, "init", "--quiet", "--initial-branch=main", str(work))
    git(work, "add", ".")
    git(work, "commit", "--quiet", "-m", f"nhnorm {version}")
    return work


def _release(work: Path, version: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", "scripts/release.sh", version],
        cwd=work,
        env=base_env(Path("/nonexistent")),
        capture_output=True,
        text=True,
        check=False,
    )


def _bump(work: Path, version: str) -> None:
    (work / "pyproject.toml").write_text(f'[project]\nname = "nhnorm"\nversion = "{version}"\n', "utf-8")
    (work / "CHANGELOG.md").write_text(f"# Changelog\n\n## {version}\n\n## 1.0.0\n", "utf-8")
    git(work, "commit", "--quiet", "-am", f"nhnorm {version}")


def test_a_release_gets_three_tags_and_moves_the_major(tmp_path: Path) -> None:
    work = _project(tmp_path, "1.0.0")
    first = git(work, "rev-parse", "HEAD")
    assert _release(work, "1.0.0").returncode == 0
    assert sorted(git(work, "tag", "--points-at", first).split()) == ["1.0.0", "v1", "v1.0.0"]

    _bump(work, "1.1.0")
    assert _release(work, "1.1.0").returncode == 0
    assert git(work, "rev-parse", "v1^{commit}") == git(work, "rev-parse", "HEAD")
    assert git(work, "rev-parse", "v1.0.0^{commit}") == first  # a release tag never moves


def test_a_release_refuses_what_would_mislead(tmp_path: Path) -> None:
    work = _project(tmp_path, "1.2.0")
    assert "pyproject.toml noemt niet" in _release(work, "1.3.0").stderr
    assert "geen versie X.Y.Z" in _release(work, "v1.2").stderr
    (work / "los.txt").write_text("x", "utf-8")
    assert "niet-vastgelegde wijzigingen" in _release(work, "1.2.0").stderr
    (work / "los.txt").unlink()
    assert _release(work, "1.2.0").returncode == 0
    assert "bestaat al" in _release(work, "1.2.0").stderr
    _bump(work, "1.1.5")
    assert "v1 staat op v1.2.0, nieuwer dan 1.1.5" in _release(work, "1.1.5").stderr
