"""Tests for mutants that survived the suite (issue 25): each names the change it would notice."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nhnorm_cli.editing.yamlmerge import fresh_yaml
from nhnorm_cli.errors import NhnormError
from nhnorm_cli.files.atomicwrite import write_atomic
from nhnorm_cli.public.personaldata import find_personal_data, redact
from nhnorm_cli.region.figures import mean, percentage
from nhnorm_cli.source.controlchars import visible
from tests import factories
from tests import region as testregion
from tests.conftest import Runner


def test_a_0800_number_long_enough_to_be_a_phone_number_is_a_service_number() -> None:
    """The phone pattern matches "0800-123456"; only the service-number check keeps it public."""
    assert find_personal_data("Bel gratis 0800-123456 of 0800 123 456.") == []
    assert [f.kind for f in find_personal_data("Bel 020-1234567.")] == ["telefoon"]


def test_a_name_glued_to_an_e_mail_address_is_removed_whole() -> None:
    """Overlapping findings (a name, an e-mail address) are merged: nothing of either is left."""
    assert redact("Mail P. Jansen@zeedorp.nl") == (
        "Mail [verwijderd]",
        [f for f in find_personal_data("Mail P. Jansen@zeedorp.nl")],
    )
    assert "zeedorp" not in redact("Mail P. Jansen@zeedorp.nl")[0]


@pytest.mark.parametrize("case", ["Z/25/0123456789", "Zaak Z-2024-00311", "kenmerk 2025/0123456789"])
def test_a_case_number_is_not_a_phone_number(case: str) -> None:
    assert find_personal_data(f"Zie {case}.") == []


def test_percentage_rounds_half_up_at_a_tie() -> None:
    assert percentage(1, 16) == 6.3  # 6.25: half up, not to even (6.2)
    assert percentage(1, 8) == 12.5 and percentage(0, 0) is None


def test_the_regional_mean_skips_organisations_without_a_score() -> None:
    assert mean([None, 50.0, None, 70.0]) == 60.0
    assert mean([None, None]) is None


@pytest.mark.parametrize("char", [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))])
def test_every_bidi_override_is_written_out(char: str) -> None:
    """Trojan Source: text that reads differently from what it is, on a terminal or in CI."""
    shown = visible(f"a{char}b")
    assert char not in shown and shown == f"a\\u{ord(char):04x}b"


def test_switching_off_negeer_onbekend_in_nhnorm_toml(repo: Path, nhnorm: Runner) -> None:
    """A mutant there made validate exit 3 with a KeyError."""
    target = repo / "assessments" / "zeedorp" / "2026.yaml"
    text = target.read_text(encoding="utf-8")
    marked = text.replace('  "1.1":\n', '  "1.1":  # nhnorm: negeer BESTAAT-NIET\n', 1)
    target.write_text(marked, encoding="utf-8")
    assert "NEGEER-ONBEKEND" in nhnorm("validate", expect=None).stdout
    (repo / "nhnorm.toml").write_text('[nhnorm.regels]\nuit = ["NEGEER-ONBEKEND"]\n', encoding="utf-8")
    result = nhnorm("validate", expect=None)
    assert result.exit_code in (0, 1) and "NEGEER-ONBEKEND" not in result.stdout + result.stderr


# --- intake (region/intake.py): four cases the test region does not have ---------------------


@pytest.fixture
def region_2026(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test region with only its 2026 files, in a folder of its own to edit."""
    testregion.write(tmp_path, (2026,))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _region_file(i: int, data: dict[str, Any]) -> Path:
    path = Path("assessments") / testregion.folder(i) / "2026.yaml"
    path.write_text(fresh_yaml(data), encoding="utf-8")
    return path


def _intake(nhnorm: Runner, today: str, expect: int = 0) -> dict[str, Any]:
    out = nhnorm("intake", "--year", "2026", "--format", "json", "--vandaag", today, expect=expect).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def test_intake_an_adoption_without_a_date_is_on_time(nhnorm: Runner, region_2026: Path) -> None:
    data = testregion.gemeente(1, 2026)
    assert data is not None
    del data["vastgesteld_op"]
    _region_file(1, data)
    row = _intake(nhnorm, "2026-05-01")["organisaties"][1]
    assert (row["status"], row["vastgesteld_op"], row["te_laat"]) == ("vastgesteld", None, False)


def test_intake_a_second_file_of_one_organisation_is_reported_not_counted(
    nhnorm: Runner, region_2026: Path
) -> None:
    data = testregion.gemeente(1, 2026)
    assert data is not None
    data["status"], data["antwoorden"] = "concept", dict(list(data["antwoorden"].items())[:3])
    del data["vastgesteld_op"]
    second = Path("assessments") / "zz-kopie" / "2026.yaml"  # found after the first
    second.parent.mkdir()
    second.write_text(fresh_yaml(data), encoding="utf-8")
    result = nhnorm("intake", "--year", "2026", "--format", "json", "--vandaag", "2026-05-01", expect=None)
    row = json.loads(result.stdout)["organisaties"][1]
    assert (row["bestand"], row["status"], row["beantwoord"]) == (
        "assessments/gemeente-proefstad-01/2026.yaml",
        "vastgesteld",
        47,
    )
    assert "assessments/zz-kopie/2026.yaml:" in result.stderr and "DUBBELE-BEOORDELING" in result.stderr
    assert "assessments/gemeente-proefstad-01/2026.yaml" in result.stderr.split("DUBBELE-BEOORDELING")[1]


def test_intake_an_empty_oordeel_is_not_answered(nhnorm: Runner, region_2026: Path) -> None:
    data = testregion.gemeente(35, 2026)
    assert data is not None
    first = next(iter(data["antwoorden"]))
    data["antwoorden"][first]["oordeel"] = ""
    _region_file(35, data)
    assert _intake(nhnorm, "2026-05-01")["organisaties"][35]["beantwoord"] == 9  # of ten


def test_intake_a_concept_with_a_leftover_adoption_date_is_a_concept(
    nhnorm: Runner, region_2026: Path
) -> None:
    data = testregion.gemeente(35, 2026)
    assert data is not None
    data["vastgesteld_op"] = date(2026, 3, 1)  # reopened: the date of the old adoption stayed
    _region_file(35, data)
    row = _intake(nhnorm, "2026-05-01")["organisaties"][35]
    assert (row["status"], row["vastgesteld_op"], row["te_laat"]) == ("concept", None, True)


# --- KLEINE-REGIO at the edge (cli/overview.py): 4 counted warn, 5 do not ----------------------


@pytest.mark.parametrize(("counted", "warned"), [(4, True), (5, False)])
def test_kleine_regio_at_the_edge(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counted: int, warned: bool
) -> None:
    for n in range(counted):
        name = f"Gemeente Rand{n}"
        factories.write_document(tmp_path, f"rand{n}", factories.assessment(name, 2026, {"1.1": "voldaan"}))
    monkeypatch.chdir(tmp_path)
    result = nhnorm("overview", "--year", "2026", "--anoniem", "--met-concepten")
    assert ("KLEINE-REGIO" in result.stderr) is warned
    if warned:
        assert f"--anoniem telt {counted} organisaties;" in result.stderr


# --- the atomic writer (files/atomicwrite.py) -------------------------------------------------


@pytest.mark.parametrize("overwrite", [True, False])
def test_the_data_is_on_disk_before_the_file_takes_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, overwrite: bool
) -> None:
    """A crash right after the rename must not leave an empty file under the real name."""
    target = tmp_path / "uit.txt"
    if overwrite:
        target.write_text("oud", encoding="utf-8")
    calls: list[str] = []

    def recording(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return real(*args, **kwargs)

        return call

    for name in ("fsync", "replace", "link"):
        monkeypatch.setattr(os, name, recording(name, getattr(os, name)))
    write_atomic(target, "nieuw", overwrite=overwrite)
    placed = "replace" if overwrite else "link"
    assert placed in calls and "fsync" in calls[: calls.index(placed)]
    assert target.read_text(encoding="utf-8") == "nieuw"


@pytest.mark.parametrize("kind", ["someone-else", "link"])
def test_a_lock_folder_not_our_own_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    folder = temp / f"nhnorm-{os.getuid()}"
    if kind == "link":
        (tmp_path / "elders").mkdir(mode=0o700)
        folder.symlink_to(tmp_path / "elders")
    else:
        folder.mkdir(mode=0o700)
        if os.getuid() == 0:
            os.chown(folder, 4242, -1)
        else:
            monkeypatch.setattr(os, "getuid", lambda: 4242)  # the folder is ours, we are not 4242
            folder = folder.rename(temp / "nhnorm-4242")
    target = tmp_path / "uit.txt"
    with pytest.raises(NhnormError) as raised:
        write_atomic(target, "x", overwrite=False)
    problem = raised.value.problems[0]
    assert (problem.code, problem.params["pad"]) == ("SCHRIJVEN-MISLUKT", str(folder))
    assert not target.exists()


# --- the public CISO Assistant export (interop/ciso_audit.py) ------------------------------------


def test_the_public_ciso_export_leaves_out_an_open_action_of_a_confidential_answer(
    nhnorm: Runner, repo: Path
) -> None:
    secret = {"omschrijving": "Camerabeelden raadzaal herzien", "gereed": date(2026, 9, 1)}
    done = {"omschrijving": "Oude sleutels innemen", "afgerond": True}
    answers = {
        "1.1": {"oordeel": "deels", "toelichting": "Geheim.", "vertrouwelijk": True, "acties": [secret, done]}
    }
    factories.write_year(repo / "assessments" / "testdorp", answers, jaar=2026)

    def observations(*extra: str) -> str:
        out = repo / f"audit{len(extra)}.csv"
        nhnorm("export", "--year", "2026", "--org", "testdorp", "-f", "ciso-assistant", "-o", out, *extra)
        rows = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))
        return next(r for r in rows if r["ref_id"] == "1.1")["observations"]

    assert observations("--public") == (
        "Vertrouwelijk: toelichting en bewijs zijn weggelaten.\nActie: [vertrouwelijk] (gereed 2026-09-01)"
    )
    assert observations() == "Geheim.\nActie: Camerabeelden raadzaal herzien (gereed 2026-09-01)"
