"""`nhnorm intake` over the test region (tests/region.py), whose every count is known."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests import region as testregion
from tests.conftest import Runner

AFTER = ("--vandaag", "2026-05-01")  # past the deadline of 1 April 2026
BEFORE = ("--vandaag", "2026-03-25")


def _json(nhnorm: Runner, *args: str, expect: int = 0) -> dict:  # type: ignore[type-arg]
    return json.loads(nhnorm("intake", "--year", "2026", "--format", "json", *args, expect=expect).stdout)


def test_json_after_the_deadline(nhnorm: Runner, test_region: Path) -> None:
    data = _json(nhnorm, *AFTER)
    assert (data["jaar"], data["deadline"]) == (2026, "2026-04-01")
    rows = data["organisaties"]
    assert len(rows) == 41 and [r["code"] for r in rows[:2]] == ["GM9000", "GM9001"]
    assert rows[0] == {
        "code": "GM9000",
        "naam": "Gemeente Proefstad 00",
        "riec": "RIEC Noord-Holland",
        "soort": "gemeente",
        "bestand": "assessments/archief-00/2026.yaml",  # matched by organisatie.code
        "status": "vastgesteld",
        "beantwoord": 47,
        "vastgesteld_op": "2026-03-20",
        "ontvangen_op": None,
        "te_laat": False,
    }
    assert rows[1]["bestand"] == "assessments/gemeente-proefstad-01/2026.yaml"  # slug from the name
    assert rows[2]["bestand"] == "assessments/proefstad-02/2026.yaml"  # the register's slug
    assert rows[25]["vastgesteld_op"] == "2026-04-15" and rows[25]["te_laat"] is True
    assert rows[30] | {"naam": ""} == {
        "code": "GM9030",
        "naam": "",
        "riec": "RIEC Midden-Nederland",
        "soort": "gemeente",
        "bestand": None,
        "status": "ontbreekt",
        "beantwoord": 0,
        "vastgesteld_op": None,
        "ontvangen_op": None,
        "te_laat": True,
    }
    assert (rows[35]["status"], rows[35]["beantwoord"], rows[35]["te_laat"]) == ("concept", 10, True)
    assert (rows[40]["code"], rows[40]["status"], rows[40]["beantwoord"]) == ("PV98", "concept", 1)
    late = [r["code"] for r in rows if r["te_laat"]]
    assert late == [testregion.code(i) for i in range(25, 40)] + ["PV98"]
    assert data["totalen"] == {
        "ontbreekt": 5,
        "onleesbaar": 0,
        "concept": 6,
        "vastgesteld": 30,
        "te_laat": 16,
    }
    assert list(data) == ["jaar", "deadline", "organisaties", "totalen"]


def test_before_the_deadline_only_late_adoptions_are_late(nhnorm: Runner, test_region: Path) -> None:
    data = _json(nhnorm, *BEFORE)
    assert data["totalen"] == {"ontbreekt": 5, "onleesbaar": 0, "concept": 6, "vastgesteld": 30, "te_laat": 5}
    # on the deadline itself nothing missing is late yet
    assert _json(nhnorm, "--vandaag", "2026-04-01")["totalen"]["te_laat"] == 5


def test_deadline_option_and_setting(nhnorm: Runner, test_region: Path) -> None:
    # 15 April: the adoptions of 25–29 are on time; still missing or concept on 1 May is late
    data = _json(nhnorm, *AFTER, "--deadline", "2026-04-15")
    assert data["deadline"] == "2026-04-15" and data["totalen"]["te_laat"] == 11
    (test_region / "nhnorm.toml").write_text('[nhnorm]\ndeadline = "06-01"\n', encoding="utf-8")
    try:
        data = _json(nhnorm, *AFTER)
        assert data["deadline"] == "2026-06-01" and data["totalen"]["te_laat"] == 0
        (test_region / "nhnorm.toml").write_text('[nhnorm]\ndeadline = "02-30"\n', encoding="utf-8")
        err = nhnorm("intake", "--year", "2026", expect=2).stderr
        assert "ONGELDIGE-DEADLINE: deadline 02-30 bestaat niet in 2026" in err
    finally:
        (test_region / "nhnorm.toml").unlink()


def test_strict_for_a_reminder_job(nhnorm: Runner, test_region: Path) -> None:
    nhnorm("intake", "--year", "2026", "--strict", *AFTER, expect=1)
    nhnorm("intake", "--year", "2026", "--strict", *BEFORE, expect=1)  # missing files count too
    nhnorm("intake", "--year", "2026", *AFTER)  # without --strict the table is the result: exit 0


def test_strict_passes_when_everyone_delivered(nhnorm: Runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    testregion.write(tmp_path, years=(2025,))
    text = testregion.register_yaml()
    kept = text[: text.index("  - code: GM9030")]  # 00–29: all vastgesteld on 20 March 2025
    (tmp_path / "organisaties.yaml").write_text(kept, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = nhnorm("intake", "--year", "2025", "--strict", "--vandaag", "2025-12-31").stdout
    assert out.rstrip().endswith("30 organisaties: 30 vastgesteld, 0 concept, 0 ontbreekt; 0 te laat")
    err = nhnorm("intake", "--year", "2025").stderr  # files of organisations outside the register
    assert "assessments/proefstad-32/2025.yaml:1:1: waarschuwing NIET-IN-REGISTER" in err


@pytest.mark.parametrize(
    ("lang", "total"),
    [
        ("nl", "1 organisatie: 1 vastgesteld, 0 concept, 0 ontbreekt; 0 te laat"),
        ("en", "1 organisation: 1 adopted, 0 draft, 0 missing; 0 late"),
    ],
)
def test_one_organisation_is_counted_in_the_singular(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, total: str
) -> None:
    testregion.write(tmp_path, years=(2025,))
    text = testregion.register_yaml()
    (tmp_path / "organisaties.yaml").write_text(text[: text.index("  - code: GM9001")], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = nhnorm("intake", "--year", "2025", "--lang", lang, "--vandaag", "2025-12-31").stdout
    assert out.rstrip().endswith(total)


def test_text_for_an_email(nhnorm: Runner, test_region: Path) -> None:
    lines = nhnorm("intake", "--year", "2026", *AFTER).stdout.splitlines()
    assert lines[0] == "Intake implementatieoverzicht 2026 — deadline 1 april 2026 (stand 1 mei 2026)"
    assert lines[2].split("  ")[0] == "Code"
    assert lines[4].split() == ["GM9000", "Gemeente", "Proefstad", "00", "RIEC", "Noord-Holland",
                                "vastgesteld", "47/47", "20", "maart", "2026"]  # fmt: skip
    assert lines[29].split()[-4:] == ["15", "april", "2026", "ja"]
    assert lines[34].split()[-4:] == ["ontbreekt", "–", "–", "ja"]
    assert lines[-1] == "41 organisaties: 30 vastgesteld, 6 concept, 5 ontbreekt; 16 te laat"
    assert all(len(line) <= 110 for line in lines)


def test_csv_and_md(nhnorm: Runner, test_region: Path) -> None:
    out = nhnorm("intake", "--year", "2026", "-f", "csv", *AFTER).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 41
    assert rows[0] == {
        "code": "GM9000",
        "naam": "Gemeente Proefstad 00",
        "riec": "RIEC Noord-Holland",
        "soort": "gemeente",
        "bestand": "assessments/archief-00/2026.yaml",
        "status": "vastgesteld",
        "beantwoord": "47",
        "vastgesteld_op": "2026-03-20",
        "ontvangen_op": "",
        "te_laat": "nee",
    }
    md = nhnorm("intake", "--year", "2026", "-f", "md", *AFTER).stdout.splitlines()
    assert md[2] == "| Code | Organisatie | RIEC | Status | Beantwoord | Vastgesteld op | Te laat |"
    assert md[4] == (
        "| GM9000 | Gemeente Proefstad 00 | RIEC Noord-Holland | vastgesteld | 47/47 | 20 maart 2026 |   |"
    )


def test_unreadable_file_is_named_and_not_counted_as_adopted(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    testregion.write(tmp_path, years=(2026,))
    broken = tmp_path / "assessments" / "proefstad-02" / "2026.yaml"
    broken.write_text("status: [vastgesteld\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = nhnorm("intake", "--year", "2026", "-f", "json", *AFTER, expect=1)
    row = json.loads(result.stdout)["organisaties"][2]
    assert (row["status"], row["bestand"], row["te_laat"]) == (
        "onleesbaar",
        "assessments/proefstad-02/2026.yaml",
        True,
    )
    assert "assessments/proefstad-02/2026.yaml:2:1: fout YAML-SYNTAX" in result.stderr


def test_without_register_says_how_to_make_one(nhnorm: Runner, repo: Path) -> None:
    err = nhnorm("intake", "--year", "2026", expect=2).stderr
    assert "GEEN-REGISTER: geen register gevonden: maak organisaties.yaml in de hoofdmap" in err


def test_broken_register_stops_intake(nhnorm: Runner, repo: Path) -> None:
    (repo / ".git").mkdir()
    (repo / "organisaties.yaml").write_text("riecs: []\norganisaties: []\n", encoding="utf-8")
    err = nhnorm("intake", "--year", "2026", expect=1).stderr
    assert err.startswith("organisaties.yaml:1:8: fout")


def test_set_ontvangen_decides_late_even_on_an_adopted_file(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    testregion.write(tmp_path, years=(2026,))
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "assessments" / "proefstad-26" / "2026.yaml"  # adopted on 15 April: late
    before = target.read_text(encoding="utf-8")
    out = nhnorm("set", "--ontvangen", "31-03-2026", "--file", target).stdout
    assert "ontvangen_op" in out
    text = target.read_text(encoding="utf-8")
    assert text.replace("ontvangen_op: 2026-03-31\n", "") == before  # one line added, nothing else
    assert text.index("ontvangen_op:") > text.index("vastgesteld_op:")
    row = _json(nhnorm, *AFTER)["organisaties"][26]
    assert (row["vastgesteld_op"], row["ontvangen_op"], row["te_laat"]) == ("2026-04-15", "2026-03-31", False)
    nhnorm("set", "--ontvangen", "2026-04-02", "--file", target)  # sent after the deadline after all
    assert _json(nhnorm, *AFTER)["organisaties"][26]["te_laat"] is True


def test_set_warns_when_adopted_before_the_peildatum(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    testregion.write(tmp_path, years=(2026,))
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "assessments" / "proefstad-26" / "2026.yaml"  # complete, peildatum 1 March
    nhnorm("set", "--status", "concept", "--file", target)
    err = nhnorm("set", "--status", "vastgesteld", "--op", "2026-02-01", "--file", target).stderr
    assert (
        "waarschuwing VASTGESTELD-VOOR-PEILDATUM: vastgesteld op 2026-02-01, vóór de peildatum 2026-03-01"
        in err
    )
