"""The register organisaties.yaml: its checks in `nhnorm validate` (exact positions), where it is
found, and ONBEKENDE-RIEC for an assessment whose RIEC the register does not know."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import factories
from tests.conftest import ROOT, Runner

GOOD = """\
riecs:
  - RIEC Noord-Holland
  - RIEC Midden-Nederland
organisaties:
  - code: GM9001
    naam: Gemeente Een
    soort: gemeente
    riec: RIEC Noord-Holland
  - code: PV98
    naam: Provincie Twee
    soort: provincie
    riec: RIEC Midden-Nederland
    slug: twee
"""
ENTRY = "  - code: {code}\n    naam: {naam}\n    soort: {soort}\n    riec: {riec}\n"

# (register text appended to GOOD's riecs, expected `line:col CODE` lines)
BAD = {
    "duplicate-code": (
        ENTRY.format(code="GM9001", naam="Gemeente Drie", soort="gemeente", riec="RIEC Noord-Holland"),
        ["14:11 DUBBELE-CODE"],
    ),
    "bad-code": (
        ENTRY.format(code="GM12", naam="Gemeente Drie", soort="gemeente", riec="RIEC Noord-Holland"),
        ["14:11 ONGELDIGE-WAARDE"],
    ),
    "province-code-for-gemeente": (
        ENTRY.format(code="PV12", naam="Gemeente Drie", soort="gemeente", riec="RIEC Noord-Holland"),
        ["16:12 CODE-SOORT"],
    ),
    "unknown-riec": (
        ENTRY.format(code="GM9003", naam="Gemeente Drie", soort="gemeente", riec="RIEC Utrecht"),
        ["17:11 ONBEKENDE-RIEC"],
    ),
    "duplicate-derived-slug": (
        ENTRY.format(code="GM9003", naam="Gemeente Een", soort="gemeente", riec="RIEC Noord-Holland"),
        ["15:11 DUBBELE-SLUG"],
    ),
    "bad-slug": (
        ENTRY.format(code="GM9003", naam="Gemeente Drie", soort="gemeente", riec="RIEC Noord-Holland")
        + "    slug: Drie Dorpen\n",
        ["18:11 ONGELDIGE-WAARDE"],
    ),
    "unknown-key": (
        ENTRY.format(code="GM9003", naam="Gemeente Drie", soort="gemeente", riec="RIEC Noord-Holland")
        + "    slgu: drie\n",
        ["18:5 ONBEKENDE-SLEUTEL"],
    ),
    "missing-riec": (
        "  - code: GM9003\n    naam: Gemeente Drie\n    soort: gemeente\n",
        ["14:5 VERPLICHT-VELD"],
    ),
}


@pytest.fixture
def region(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    answers = dict.fromkeys(factories.IDS[:3], "voldaan")
    factories.write_assessment(tmp_path, "een", answers, naam="Gemeente Een", riec="RIEC Noord-Holland")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_register(nhnorm: Runner, region: Path, case: str) -> None:
    extra, expected = BAD[case]
    (region / "organisaties.yaml").write_text(GOOD + extra, encoding="utf-8")
    result = nhnorm("validate", "--format", "json", expect=1)
    files = {f["pad"]: f for f in json.loads(result.stdout)["bestanden"]}
    found = [f"{m['regel']}:{m['kolom']} {m['code']}" for m in files["organisaties.yaml"]["meldingen"]]
    assert found == expected
    assert files["assessments/een/2025.yaml"]["geldig"] is True


def test_messages_name_what_to_change(nhnorm: Runner, region: Path) -> None:
    extra = ENTRY.format(code="GM9001", naam="Gemeente Drie", soort="gemeente", riec="RIEC Utrecht")
    (region / "organisaties.yaml").write_text(GOOD + extra, encoding="utf-8")
    out = nhnorm("validate", expect=1).stdout
    assert (
        "organisaties.yaml:14:11: fout DUBBELE-CODE: code GM9001 staat al in het register (regel 5); "
        "elke organisatie staat er één keer in"
    ) in out
    assert (
        'organisaties.yaml:17:11: fout ONBEKENDE-RIEC: RIEC "RIEC Utrecht" staat niet in riecs van het '
        "register; kies uit RIEC Noord-Holland, RIEC Midden-Nederland"
    ) in out


def test_good_register_is_one_more_checked_file(nhnorm: Runner, region: Path) -> None:
    (region / "organisaties.yaml").write_text(GOOD, encoding="utf-8")
    assert nhnorm("validate").stdout == "2 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen\n"
    # a folder argument that sweeps up the register does not check it as an assessment
    assert nhnorm("validate", ".").stdout == "2 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen\n"


def test_assessment_riec_outside_the_register(nhnorm: Runner, region: Path) -> None:
    (region / "organisaties.yaml").write_text(GOOD, encoding="utf-8")
    factories.write_assessment(region, "twee", {"1.1": "voldaan"}, naam="Provincie Twee", riec="RIEC NH")
    out = nhnorm("validate", expect=1).stdout
    assert (
        'assessments/twee/2025.yaml:5:9: fout ONBEKENDE-RIEC: RIEC "RIEC NH" staat niet in riecs van het '
        "register; kies uit RIEC Noord-Holland, RIEC Midden-Nederland"
    ) in out
    # without a register any RIEC name is accepted
    (region / "organisaties.yaml").unlink()
    nhnorm("validate")


def test_register_named_in_nhnorm_toml(nhnorm: Runner, region: Path) -> None:
    (region / "regio").mkdir()
    (region / "regio" / "gemeenten.yaml").write_text(GOOD.replace("GM9001", "GM1"), encoding="utf-8")
    (region / "nhnorm.toml").write_text('[nhnorm]\nregister = "regio/gemeenten.yaml"\n', encoding="utf-8")
    assert "regio/gemeenten.yaml:5:11: fout ONGELDIGE-WAARDE" in nhnorm("validate", expect=1).stdout
    (region / "nhnorm.toml").write_text('[nhnorm]\nregister = "regio/weg.yaml"\n', encoding="utf-8")
    err = nhnorm("validate", expect=2).stderr
    assert (
        "REGISTER-ONTBREEKT: nhnorm.toml noemt register regio/weg.yaml, maar dat bestand bestaat niet" in err
    )


def test_bad_deadline_setting(nhnorm: Runner, region: Path) -> None:
    (region / "nhnorm.toml").write_text('[nhnorm]\ndeadline = "1 april"\n', encoding="utf-8")
    err = nhnorm("validate", expect=2).stderr
    assert 'nhnorm.toml:2:1: fout CONFIG-WAARDE: instelling "deadline" heeft ongeldige waarde 1 april' in err


def test_shipped_example_register_is_valid(nhnorm: Runner, tmp_path: Path) -> None:
    nhnorm("validate", ROOT / "organisaties.yaml")
    text = (ROOT / "organisaties.yaml").read_text(encoding="utf-8")
    for riec in ("RIEC Noord-Holland", "RIEC Amsterdam-Amstelland", "RIEC Midden-Nederland"):
        assert f"  - {riec}\n" in text


def test_init_and_set_refuse_a_riec_the_register_does_not_list(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written anyway, the file failed validate right after (issue 25)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "organisaties.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "assessments").mkdir()
    refused = (
        'nhnorm: fout ONBEKENDE-RIEC: RIEC "RIEC Utrecht" staat niet in riecs van het register; kies uit '
    )
    args = ("init", "--year", "2026", "--naam", "Gemeente Een", "--code", "GM9001")
    assert nhnorm(*args, "--riec", "RIEC Utrecht", expect=2).stderr.startswith(refused)
    assert not (tmp_path / "assessments" / "2026.yaml").exists()
    nhnorm(*args, "--riec", "RIEC Noord-Holland")
    before = (tmp_path / "assessments" / "2026.yaml").read_bytes()
    assert nhnorm("set", "--riec", "RIEC Utrecht", expect=2).stderr.startswith(refused)
    assert (tmp_path / "assessments" / "2026.yaml").read_bytes() == before
    nhnorm("set", "--riec", "RIEC Midden-Nederland")
    assert "riec: RIEC Midden-Nederland" in (tmp_path / "assessments" / "2026.yaml").read_text()
