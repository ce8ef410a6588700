"""`nhnorm init`: a new year's file that validates, carries answers over and never overwrites."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from nhnorm_cli.assessments import load_assessment
from nhnorm_cli.editing.newyear import peildatum_for
from nhnorm_cli.norm import load_norm
from tests.conftest import Runner


@pytest.fixture
def empty_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_fresh_file_lists_every_norm_in_order_and_validates(nhnorm: Runner, empty_repo: Path) -> None:
    out = nhnorm("init", "--year", "2025", "--naam", "Gemeente Testdorp", "--peildatum", "2025-02-03")
    target = empty_repo / "assessments" / "2025.yaml"
    assert out.stdout.strip() == "assessments/2025.yaml aangemaakt (0 antwoorden overgenomen)"
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/assessment.schema.json\n")
    assert "\njaar: 2025\npeildatum: 2025-02-03\nstatus: concept\n" in text
    templates = re.findall(r'^  # "(\d+\.\d+)":$', text, re.MULTILINE)
    assert templates == load_norm("1.0").requirement_ids
    first = load_norm("1.0").requirements[0]
    assert f"  # {first.id} {first.tekst.split()[0]}" in text
    assert nhnorm("validate").stdout.strip() == "1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen"


def test_org_puts_the_file_in_a_subfolder(nhnorm: Runner, empty_repo: Path) -> None:
    nhnorm("init", "--year", "2030", "--org", "testdorp", "--naam", "Gemeente Test & Dorp: Noord")
    target = empty_repo / "assessments" / "testdorp" / "2030.yaml"
    assert "$schema=../../schemas/assessment.schema.json" in target.read_text(encoding="utf-8")
    assert '  naam: "Gemeente Test & Dorp: Noord"\n' in target.read_text(encoding="utf-8")
    nhnorm("validate")
    # the next year finds the folder and the organisation's name without being told
    out = nhnorm("init", "--year", "2031")
    assert out.stdout.startswith("assessments/testdorp/2031.yaml aangemaakt")
    assert '  naam: "Gemeente Test & Dorp: Noord"\n' in (target.parent / "2031.yaml").read_text(
        encoding="utf-8"
    )


def test_refuses_to_overwrite(nhnorm: Runner, empty_repo: Path) -> None:
    nhnorm("init", "--year", "2025", "--naam", "Gemeente Testdorp")
    target = empty_repo / "assessments" / "2025.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "# mijn aantekening\n", encoding="utf-8")
    before = target.read_bytes()
    result = nhnorm("init", "--year", "2025", "--naam", "Gemeente Testdorp", expect=2)
    assert "BESTAAT-AL" in result.stderr
    assert target.read_bytes() == before


def test_needs_a_name_when_nothing_is_known(nhnorm: Runner, empty_repo: Path) -> None:
    assert "--naam" in nhnorm("init", "--year", "2025", expect=2).stderr


def test_from_carries_answers_and_open_actions_only(nhnorm: Runner, repo: Path) -> None:
    old = repo / "assessments" / "zeedorp" / "2026.yaml"
    old.write_text(
        old.read_text(encoding="utf-8").replace(
            '  "1.1":\n    oordeel: voldaan\n', '  "1.1":\n    oordeel: voldaan  # besproken in driehoek\n', 1
        ),
        encoding="utf-8",
    )
    out = nhnorm("init", "--year", "2027", "--from", "2026", "--peildatum", "2027-03-01")
    new = repo / "assessments" / "zeedorp" / "2027.yaml"
    assert out.stdout.startswith("assessments/zeedorp/2027.yaml aangemaakt (")
    nhnorm("validate", str(new))
    before = load_assessment(old).assessment
    after = load_assessment(new).assessment
    assert after.status == "concept" and after.jaar == 2027
    assert after.organisatie == before.organisatie
    assert list(after.antwoorden) == [r for r in load_norm("1.0").requirement_ids if r in before.antwoorden]
    for rid, answer in before.antwoorden.items():
        carried = after.antwoorden[rid]
        assert (carried.oordeel, carried.toelichting, carried.bewijs) == (
            answer.oordeel,
            answer.toelichting,
            answer.bewijs,
        )
        assert carried.vertrouwelijk == answer.vertrouwelijk
        assert carried.acties == [a for a in answer.acties if not a.afgerond]
    assert re.search(
        r'"1.1":\n    oordeel: voldaan +# besproken in driehoek\n', new.read_text(encoding="utf-8")
    )
    assert "overgenomen uit assessments/zeedorp/2026.yaml" in new.read_text(encoding="utf-8")


def test_cli_imports_without_the_click_package() -> None:
    """typer vendors click; `import click` only worked where a test tool happened to install it
    (found by running the pre-commit hook from a clean install)."""
    code = "import sys; sys.modules['click'] = None; from nhnorm_cli.cli import app; print('ok')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "ok", result.stderr


@pytest.mark.parametrize(
    ("year", "today", "expected"),
    [
        (2025, "2026-11-30", "2025-12-31"),
        (2027, "2026-11-30", "2027-01-01"),
        (2026, "2026-11-30", "2026-11-30"),
    ],
)
def test_default_peildatum_lies_in_the_year(year: int, today: str, expected: str) -> None:
    assert peildatum_for(year, None, date.fromisoformat(today)) == date.fromisoformat(expected)


def test_peildatum_outside_the_year_is_refused(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    out = nhnorm(
        "init", "--year", "2025", "--naam", "Gemeente Testdorp", "--peildatum", "2026-01-05", expect=2
    )
    assert "fout PEILDATUM-NIET-IN-JAAR: --peildatum 2026-01-05 valt niet in 2025" in out.stderr
    assert not (tmp_path / "assessments").exists()


def test_init_without_peildatum_gives_a_file_without_warnings(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    nhnorm("init", "--year", "2019", "--naam", "Gemeente Testdorp")
    assert "peildatum: 2019-12-31\n" in (tmp_path / "assessments" / "2019.yaml").read_text(encoding="utf-8")
    assert nhnorm("validate").stdout.strip() == "1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen"
