"""`nhnorm bewijs`: the evidence to renew before the next measurement, text and JSON."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import Runner

EXAMPLE = Path("assessments/zeedorp/2026.yaml")


def _add_expired(repo: Path) -> None:
    """2.1 gets an item that expired before the 2026 peildatum and one valid until mid-2027."""
    text = EXAMPLE.read_text(encoding="utf-8")
    old = "      - Integriteitsbeleid Zeedorp 2023 (collegebesluit 14 maart 2023)\n"
    new = (
        "      - omschrijving: Integriteitsbeleid Zeedorp 2023\n        datum: 2023-03-14\n"
        "        geldig_tot: 2026-03-14\n"
        "      - {omschrijving: Verklaring vertrouwenspersoon, geldig_tot: 2027-06-30}\n"
    )
    assert text.count(old) == 1
    EXAMPLE.write_text(text.replace(old, new), encoding="utf-8")


def test_examples_default_is_the_next_peildatum(nhnorm: Runner, repo: Path) -> None:
    assert nhnorm("bewijs").stdout.splitlines() == [
        "assessments/zeedorp/2026.yaml · Gemeente Zeedorp 2026 · bewijs dat vóór 2027-03-20 verloopt: 1",
        'assessments/zeedorp/2026.yaml:218:21: norm 3.1: "Collegebesluit agressieprotocol versie 2.1" '
        "geldig tot 2026-09-03",
    ]
    line = EXAMPLE.read_text(encoding="utf-8").splitlines()[217]
    assert line[20:] == "2026-09-03"  # the position is the geldig_tot value itself


def test_expired_items_first_and_marked(nhnorm: Runner, repo: Path) -> None:
    _add_expired(repo)
    assert "BEWIJS-VERLOPEN" in nhnorm("validate").stdout
    data = json.loads(nhnorm("bewijs", "--year", "2026", "--format", "json").stdout)
    [entry] = data["zelfevaluaties"]
    assert (entry["pad"], entry["peildatum"], entry["verloopt_voor"]) == (
        "assessments/zeedorp/2026.yaml",
        "2026-03-20",
        "2027-03-20",
    )
    assert [(b["norm"], b["geldig_tot"], b["verlopen"]) for b in entry["bewijs"]] == [
        ("2.1", "2026-03-14", True),
        ("3.1", "2026-09-03", False),
    ]
    assert entry["bewijs"][0] == {
        "norm": "2.1",
        "omschrijving": "Integriteitsbeleid Zeedorp 2023",
        "datum": "2023-03-14",
        "geldig_tot": "2026-03-14",
        "verlopen": True,
        "regel": 97,
        "kolom": 21,
    }
    later = nhnorm("bewijs", "--verloopt-voor", "2027-07-01", "--lang", "en").stdout.splitlines()
    assert later[0].endswith("evidence expiring before 2027-07-01: 3")
    assert later[1].endswith(
        'norm 2.1: "Integriteitsbeleid Zeedorp 2023" valid until 2026-03-14 (expired at the peildatum)'
    )
    assert later[3].endswith('norm 2.1: "Verklaring vertrouwenspersoon" valid until 2027-06-30')


def test_each_organisation_its_latest_year(nhnorm: Runner, repo: Path) -> None:
    other = repo / "assessments" / "kustdorp"
    other.mkdir()
    text = (repo / "assessments" / "zeedorp" / "2025.yaml").read_text(encoding="utf-8")
    (other / "2025.yaml").write_text(text.replace("Gemeente Zeedorp", "Gemeente Kustdorp"), encoding="utf-8")
    out = nhnorm("bewijs", "--verloopt-voor", "2030-01-01").stdout.splitlines()
    assert [line for line in out if "·" in line] == [
        "assessments/kustdorp/2025.yaml · Gemeente Kustdorp 2025 · bewijs dat vóór 2030-01-01 verloopt: 1",
        "assessments/zeedorp/2026.yaml · Gemeente Zeedorp 2026 · bewijs dat vóór 2030-01-01 verloopt: 1",
    ]
    assert nhnorm("bewijs", "--org", "kustdorp", "--verloopt-voor", "2026-01-01").stdout.splitlines() == [
        "assessments/kustdorp/2025.yaml · Gemeente Kustdorp 2025 · bewijs dat vóór 2026-01-01 verloopt: 0",
        "niets te vernieuwen",
    ]


def test_usage_errors(nhnorm: Runner, repo: Path) -> None:
    assert "GEEN-SELECTIE" in nhnorm("bewijs", "--org", "nergens", expect=2).stderr
    assert "GEEN-SELECTIE" in nhnorm("bewijs", "--year", "2019", expect=2).stderr
    nhnorm("bewijs", "--verloopt-voor", "1-13-2027", expect=2)
    nhnorm("bewijs", "--verloopt-voor", "1-4-2027")  # a Dutch date is a date
    shutil.rmtree(repo / "assessments")
    assert "GEEN-BESTANDEN" in nhnorm("bewijs", expect=2).stderr


@pytest.mark.parametrize("peildatum", ["0001-01-01", "0001-06-30", "9999-12-31"])
@pytest.mark.parametrize(
    "command",
    [["validate"], ["bewijs"], ["score", "--year", "2026"], ["report", "--year", "2026"], ["diff"]],
)
def test_a_peildatum_at_the_end_of_the_calendar_is_no_crash(
    nhnorm: Runner, repo: Path, peildatum: str, command: list[str]
) -> None:
    """A year before 0001 or after 9999 does not exist: the BEWIJS-VEROUDERD limit and the default
    --verloopt-voor once crashed (exit 3) on such a peildatum; it is only PEILDATUM-BUITEN-JAAR."""
    path = repo / "assessments" / "zeedorp" / "2026.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^peildatum: .*$", f"peildatum: {peildatum}", text), encoding="utf-8")
    out = nhnorm(*command)
    if command == ["validate"]:
        assert "waarschuwing PEILDATUM-BUITEN-JAAR" in out.stdout
