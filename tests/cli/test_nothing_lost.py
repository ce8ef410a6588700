"""Nothing lost (issue 14): what a write does to devices, FIFOs, links, modes, line endings, temp
files, and to edits made at the same time."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from nhnorm_cli.select.assessments import load_assessment
from nhnorm_cli.versions.norms import load_norm
from tests.conftest import Runner

POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and modes are POSIX")
REPORT = ("report", "--year", "2026", "--org", "zeedorp")
CURRENT = Path("assessments/zeedorp/2026.yaml")  # status concept in the examples


@pytest.fixture
def umask() -> Iterator[int]:
    """A known umask (022) for the duration of the test."""
    old = os.umask(0o022)
    yield 0o022
    os.umask(old)


@POSIX
@pytest.mark.parametrize("force", [False, True])
def test_a_fifo_is_streamed_to_not_replaced(nhnorm: Runner, repo: Path, force: bool) -> None:
    fifo = repo / "pijp"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    nhnorm(*REPORT, "-o", fifo, *(["--force"] if force else []))
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received and received[0].startswith(b"# Weerbare Overheid 2026: Gemeente Zeedorp\n")
    assert sorted(p.name for p in repo.iterdir()) == ["assessments", "pijp"]  # no temp file either


@POSIX
def test_a_link_to_dev_null_stays_a_link_and_dev_null_a_device(nhnorm: Runner, repo: Path) -> None:
    (repo / "weg").symlink_to("/dev/null")
    result = nhnorm(*REPORT, "-o", "weg", "--force")
    assert (repo / "weg").is_symlink() and os.readlink(repo / "weg") == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert result.stderr == ""  # a stream is written to, nothing was replaced: nothing to report


@POSIX
def test_a_device_is_written_to_as_a_device(nhnorm: Runner, repo: Path) -> None:
    # As root (CI) a regression would turn the real /dev/null into a file: use a null device of
    # our own there; anyone else cannot break /dev/null and can use it directly.
    device = Path("/dev/null")
    if os.geteuid() == 0:
        device = repo / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    nhnorm(*REPORT, "-o", device, "--force")
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_dash_is_stdout(nhnorm: Runner, repo: Path) -> None:
    result = nhnorm(*REPORT, "-o", "-", "--force")
    assert result.stdout.startswith("# Weerbare Overheid 2026: Gemeente Zeedorp\n")
    assert not (repo / "-").exists()


@POSIX
def test_force_onto_a_link_replaces_its_target_and_keeps_the_link(nhnorm: Runner, repo: Path) -> None:
    (repo / "echt").mkdir()
    target = repo / "echt" / "rapport.md"
    target.write_text("oud\n", encoding="utf-8")
    (repo / "rapport.md").symlink_to("echt/rapport.md")
    assert "BESTAAT-AL" in nhnorm(*REPORT, "-o", "rapport.md", expect=2).stderr
    result = nhnorm(*REPORT, "-o", "rapport.md", "--force")
    assert (repo / "rapport.md").is_symlink()
    assert target.read_text(encoding="utf-8").startswith("# Weerbare Overheid 2026")
    assert "KOPPELING-GEVOLGD" in result.stderr


@POSIX
@pytest.mark.parametrize(
    "command",
    [
        ("set", "2.6", "voldaan", "--year", "2026"),
        ("set", "--code", "GM0400", "--year", "2026"),
        ("import", "overzicht.xlsx", "-o", str(CURRENT), "--force"),
    ],
)
def test_set_on_a_linked_assessment_updates_the_real_file(
    nhnorm: Runner, repo: Path, command: tuple[str, ...]
) -> None:
    nhnorm("export", "--year", "2026", "--org", "zeedorp", "-o", "overzicht.xlsx")
    book = openpyxl.load_workbook(repo / "overzicht.xlsx")
    book["Organisatie"]["B5"] = "RIEC Amsterdam-Amstelland"  # riec: a change for import to write
    book.save(repo / "overzicht.xlsx")
    real = repo / "gedeeld" / "2026.yaml"
    real.parent.mkdir()
    link = repo / CURRENT
    link.rename(real)
    link.symlink_to(os.path.relpath(real, link.parent))
    before = real.read_text(encoding="utf-8")
    result = nhnorm(*command)
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") != before
    assert "is een symbolische koppeling; geschreven naar het doel gedeeld/2026.yaml\n" in result.stderr


def test_a_temp_file_left_by_a_killed_write_is_ignored_and_then_removed(nhnorm: Runner, repo: Path) -> None:
    folder = repo / "assessments" / "zeedorp"
    stale = folder / ".2026.yaml.k1ll3d_x.tmp"
    stale.write_text("half geschreven: [", encoding="utf-8")
    mine = folder / ".2026.yaml.mijn-notities.tmp"  # not a name nhnorm makes: not nhnorm's to remove
    mine.write_text("eigen notitie\n", encoding="utf-8")
    result = nhnorm("validate", "assessments", expect=0)
    assert ".tmp" not in result.stdout + result.stderr
    nhnorm("set", "1.1", "voldaan", "--year", "2026")  # no change to write, the lock cleans up
    assert not stale.exists()
    assert mine.exists()


@POSIX
def test_new_files_get_the_umask_mode_and_rewrites_keep_theirs(
    nhnorm: Runner, repo: Path, umask: int
) -> None:
    nhnorm(*REPORT, "-o", "rapport.md")
    assert stat.S_IMODE((repo / "rapport.md").stat().st_mode) == 0o644
    (repo / "rapport.md").chmod(0o640)
    nhnorm(*REPORT, "-o", "rapport.md", "--force")
    assert stat.S_IMODE((repo / "rapport.md").stat().st_mode) == 0o640
    nhnorm("export", "--year", "2026", "--org", "zeedorp", "-o", "overzicht.xlsx")
    assert stat.S_IMODE((repo / "overzicht.xlsx").stat().st_mode) == 0o644
    nhnorm("schema", "-o", "schemas")
    assert stat.S_IMODE((repo / "schemas" / "assessment.schema.json").stat().st_mode) == 0o644
    nhnorm("init", "--year", "2027", "--org", "zeedorp")
    assert stat.S_IMODE((repo / "assessments/zeedorp/2027.yaml").stat().st_mode) == 0o644
    (repo / CURRENT).chmod(0o664)
    nhnorm("set", "1.1", "voldaan", "--year", "2026")
    assert stat.S_IMODE((repo / CURRENT).stat().st_mode) == 0o664
    nhnorm("import", "overzicht.xlsx", "-o", CURRENT, "--force")
    assert stat.S_IMODE((repo / CURRENT).stat().st_mode) == 0o664


def _windows_style(path: Path) -> bytes:
    raw = b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(raw)
    return raw


def _assert_windows_style(raw: bytes) -> None:
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\n") == raw.count(b"\r\n")  # no bare LF: no mixed endings


@pytest.mark.parametrize(
    ("year", "command"),
    [
        (2026, ("set", "2.6", "deels", "--toelichting", "Half.\nTweede regel.", "--actie", "Afmaken")),
        (2025, ("set", "--status", "concept")),
        (2026, ("set", "--riec", "RIEC Amsterdam-Amstelland")),
    ],
)
def test_set_keeps_crlf_and_the_bom(nhnorm: Runner, repo: Path, year: int, command: tuple[str, ...]) -> None:
    path = repo / "assessments" / "zeedorp" / f"{year}.yaml"
    before = _windows_style(path)
    nhnorm(*command, "--year", str(year))
    after = path.read_bytes()
    assert after != before
    _assert_windows_style(after)


def test_import_force_keeps_crlf_and_the_bom(nhnorm: Runner, repo: Path) -> None:
    nhnorm("export", "--year", "2026", "--org", "zeedorp", "-o", "overzicht.xlsx")
    before = _windows_style(repo / CURRENT)
    nhnorm("import", "overzicht.xlsx", "-o", CURRENT, "--force")
    assert (repo / CURRENT).read_bytes() == before  # nothing changed, so not one byte


def test_twenty_parallel_sets_keep_all_twenty_edits(repo: Path) -> None:
    ids = load_norm("1.0").requirement_ids[:20]
    env = os.environ | {"NO_COLOR": "1", "NHNORM_LANG": "nl"}
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "nhnorm_cli",
                "set",
                rid,
                "deels",
                "--toelichting",
                f"Edit {rid}",
                "--year",
                "2026",
            ],
            cwd=repo,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for rid in ids
    ]
    outcomes = [(p.communicate(timeout=300)[1].decode(), p.returncode) for p in processes]
    assert [code for _, code in outcomes] == [0] * 20, outcomes
    answers = load_assessment(repo / CURRENT).assessment.antwoorden
    assert {rid: answers[rid].toelichting for rid in ids} == {rid: f"Edit {rid}" for rid in ids}


@POSIX
def test_dev_stdout_is_the_stream_the_shell_gave(repo: Path) -> None:
    """`nhnorm report -o /dev/stdout >> notes.md` appends, as the shell asked: /dev/stdout names the
    open stream, it is not a path to replace (or to truncate)."""
    notes = repo / "notes.md"
    notes.write_text("eerst dit\n", encoding="utf-8")
    command = [sys.executable, "-m", "nhnorm_cli", *REPORT, "-o", "/dev/stdout", "--force"]
    with notes.open("ab") as stdout:
        subprocess.run(command, cwd=repo, stdout=stdout, stderr=subprocess.PIPE, check=True)
    text = notes.read_text(encoding="utf-8")
    assert text.startswith("eerst dit\n# Weerbare Overheid 2026: Gemeente Zeedorp\n")
    assert not notes.is_symlink() and notes.stat().st_nlink == 1
