"""`nhnorm init`: a new year's file that validates, carries answers over and never overwrites."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from rich.prompt import Prompt

from nhnorm_cli.editing.newyear import peildatum_for
from nhnorm_cli.select.assessments import load_assessment
from nhnorm_cli.versions.norms import load_norm
from tests.conftest import Runner


@pytest.fixture
def empty_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_fresh_file_lists_every_norm_in_order_and_validates(nhnorm: Runner, empty_repo: Path) -> None:
    out = nhnorm("init", "--year", "2025", "--naam", "Gemeente Testdorp", "--peildatum", "2025-02-03")
    target = empty_repo / "assessments" / "2025.yaml"
    assert (
        out.stdout.strip()
        == "assessments/2025.yaml aangemaakt; nog niets ingevuld: begin met `nhnorm bewerk` (in uw browser) "
        "of `nhnorm fill` (in de terminal)"
    )
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
    "org", ["../../buiten", "/tmp/buiten", "Zeedorp", "zee_dorp", ".verborgen", "a/b", ""]
)
@pytest.mark.parametrize(
    "command",
    [
        ("init", "--year", "2027", "--naam", "Gemeente X"),
        ("set", "1.1", "voldaan"),
        ("fill",),
        ("report", "--year", "2026"),
        ("score",),
        ("export", "--year", "2026", "-o", "x.xlsx"),
        ("diff", "--from", "2025"),
    ],
)
def test_org_must_be_a_slug(nhnorm: Runner, repo: Path, org: str, command: tuple[str, ...]) -> None:
    before = sorted(p.relative_to(repo.parent) for p in repo.parent.rglob("*"))
    result = nhnorm(*command, "--org", org, expect=2)
    assert result.stderr.startswith(f'nhnorm: fout ONGELDIGE-ORG: --org "{org}" is geen organisatie-slug; ')
    assert sorted(p.relative_to(repo.parent) for p in repo.parent.rglob("*")) == before


@pytest.mark.parametrize("year", ["1900", "2101", "99999"])
def test_a_year_out_of_range_is_a_usage_error_without_a_position(
    nhnorm: Runner, empty_repo: Path, year: str
) -> None:
    result = nhnorm("init", "--year", year, "--naam", "Gemeente X", expect=2)
    assert result.stderr == (
        f"nhnorm: fout ONGELDIG-JAAR: --year {year}: een jaar ligt tussen 2000 en 2100; "
        "er is niets geschreven\n"
    )
    assert not (empty_repo / "assessments").exists()


def test_init_takes_riec_and_code(nhnorm: Runner, empty_repo: Path) -> None:
    nhnorm(
        "init", "--year", "2026", "--naam", "Gemeente X", "--code", "GM0123", "--riec", "RIEC Noord-Holland"
    )
    text = (empty_repo / "assessments" / "2026.yaml").read_text(encoding="utf-8")
    assert "  code: GM0123\n  riec: RIEC Noord-Holland\n" in text
    assert "ONGELDIGE-CODE" in nhnorm("init", "--year", "2027", "--code", "GM12", expect=2).stderr


def test_from_keeps_every_comment_between_answers_in_place(nhnorm: Runner, repo: Path) -> None:
    old = repo / "assessments" / "zeedorp" / "2026.yaml"
    text = old.read_text(encoding="utf-8")
    text = text.replace(
        "      - Verslagen overleg interne driehoek 2025\n\n",
        "      - Verslagen overleg interne driehoek 2025\n  # Na de verkiezingen opnieuw bekijken.\n\n",
        1,
    )
    text = text.replace('\n  "1.3":\n', '\n  # HR levert de cijfers aan\n  #   (vraag: Petra)\n  "1.3":\n', 1)
    text = text.replace(
        "  # 2. Integriteit", "  # Thema 2 pakken we in het derde kwartaal op.\n  # 2. Integriteit", 1
    )
    old.write_text(text + "# einde van het bestand\n", encoding="utf-8")
    nhnorm("init", "--year", "2027", "--from", "2026", "--peildatum", "2027-03-01")
    new = (repo / "assessments" / "zeedorp" / "2027.yaml").read_text(encoding="utf-8")
    nhnorm("validate", "assessments/zeedorp/2027.yaml")
    # below the answer it was written under, before the next norm's statement
    assert re.search(
        r"Verslagen overleg interne driehoek 2025\n  # Na de verkiezingen opnieuw bekijken\.\n\n  # 1\.2 ",
        new,
    )
    # just above the key it was written above, after that norm's statement
    assert re.search(r"  # +[^\n]*\n  # HR levert de cijfers aan\n  #   \(vraag: Petra\)\n  \"1\.3\":\n", new)
    assert re.search(r"\n  # Thema 2 pakken we in het derde kwartaal op\.\n", new)
    assert new.endswith("# einde van het bestand\n")
    for comment in ("# Na de verkiezingen", "# HR levert", "# Thema 2 pakken", "# einde van het"):
        assert new.count(comment) == 1


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


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["--org", "testdorp"],
            "assessments/testdorp/2025.yaml created; nothing filled in yet: start with "
            "`nhnorm bewerk --org testdorp` (in your browser) or "
            "`nhnorm fill --org testdorp` (in the terminal)",
        ),
        (
            ["--output", "elders/2025.yaml"],
            "elders/2025.yaml created; nothing filled in yet: start with "
            "`nhnorm bewerk --file elders/2025.yaml` (in your browser) or "
            "`nhnorm fill --file elders/2025.yaml` (in the terminal)",
        ),
    ],
)
def test_a_fresh_file_names_the_next_step(
    nhnorm: Runner, empty_repo: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], said: str
) -> None:
    out = nhnorm("init", "--year", "2025", "--naam", "Gemeente Testdorp", *args, "--lang", "en")
    assert out.stdout.strip() == said
    monkeypatch.setattr(Prompt, "ask", lambda *a, **k: "q")
    fill = said.split("`")[3]  # the terminal's command (bewerk would serve until Ctrl-C)
    assert "1.1 · " in nhnorm(*fill.split()[1:]).stdout  # the command works as given


@pytest.mark.parametrize("naam", ["", "   "])
def test_init_with_an_empty_naam_asks_for_one(
    tmp_path: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch, naam: str
) -> None:
    """--naam "" was an internal error (issue 25); a blank name is no name."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "assessments").mkdir()
    err = nhnorm("init", "--year", "2026", "--naam", naam, expect=2).stderr
    assert err == (
        "nhnorm: fout GEEN-NAAM: naam van de organisatie onbekend; "
        'geef --naam "Gemeente ..." (en zo nodig --soort)\n'
    )
    assert not (tmp_path / "assessments" / "2026.yaml").exists()
