"""Writing never clobbers, never leaves half a file or a temp file behind, and fails cleanly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from nhnorm_cli.errors import ExitCode, NhnormError
from nhnorm_cli.files.atomicwrite import write_atomic
from tests.conftest import Runner


def _codes(exc: NhnormError) -> list[str]:
    return [p.code for p in exc.problems]


def test_refuses_an_existing_file_even_when_it_appears_during_the_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "2025.yaml"
    real_link = os.link

    def someone_else_first(src: str, dst: Path) -> None:
        Path(dst).write_text("van een collega\n", encoding="utf-8")
        real_link(src, dst)

    monkeypatch.setattr(os, "link", someone_else_first)
    with pytest.raises(NhnormError) as caught:
        write_atomic(target, b"norm: '1.0'\n", overwrite=False)
    assert _codes(caught.value) == ["BESTAAT-AL"] and caught.value.exit_code is ExitCode.USAGE
    assert target.read_text(encoding="utf-8") == "van een collega\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2025.yaml"]  # no temp file left


def test_without_hard_links_the_name_is_claimed_exclusively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: str, dst: Path) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    write_atomic(tmp_path / "a.yaml", b"x: 1\n", overwrite=False)
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8") == "x: 1\n"
    with pytest.raises(NhnormError) as caught:
        write_atomic(tmp_path / "a.yaml", b"x: 2\n", overwrite=False)
    assert _codes(caught.value) == ["BESTAAT-AL"]
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8") == "x: 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


def test_an_unwritable_place_is_a_usage_error_not_a_crash(nhnorm: Runner, repo: Path) -> None:
    (repo / "notities.txt").write_text("een bestand, geen map\n", encoding="utf-8")
    result = nhnorm("report", "--year", "2025", "--output", "notities.txt/rapport.md", expect=2)
    assert result.stderr.startswith("nhnorm: fout SCHRIJVEN-MISLUKT: notities.txt/rapport.md kan niet")
