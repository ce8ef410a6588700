"""The form's changes over HTTP: each one writes the bytes the same `set` writes, a change that would
make the file invalid is explained and kept in the form, a file changed on disk meanwhile is shown
again instead of written over, and an adopted file is locked."""

from __future__ import annotations

import html
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from nhnorm_cli.versions.norms import load_norm
from tests.conftest import Runner
from tests.web.threaded import Running, served

INIT = ("init", "--year", "2025", "--naam", "Gemeente Zeedorp", "--peildatum", "2025-03-28")


@pytest.fixture
def pair(tmp_path: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Two copies of one new assessment: `form` is changed through the form, `cli` through `set`."""
    monkeypatch.chdir(tmp_path)
    nhnorm(*INIT)
    made = tmp_path / "assessments" / "2025.yaml"
    (tmp_path / "cli").mkdir()
    shutil.copy(made, tmp_path / "cli" / "2025.yaml")
    return made, tmp_path / "cli" / "2025.yaml"


@pytest.fixture
def running(pair: tuple[Path, Path]) -> Iterator[Running]:
    with served(pair[0]) as form:
        yield form


def _set(nhnorm: Runner, path: Path, *args: str) -> None:
    nhnorm("set", *args, "--file", str(path))


def test_an_answer_with_onderdelen_is_the_answer_set_writes(
    running: Running, pair: tuple[Path, Path], nhnorm: Runner
) -> None:
    fields = {"op": "antwoord", "oordeel": "deels", "toelichting": "Alleen\r\nvoor medewerkers."}
    assert running.post("/norm/1.3", **fields).status_code == 200
    parts = {"onderdeel-1.3.a": "voldaan", "onderdeel-1.3.b": "deels", "onderdeel-1.3.c": "niet"}
    assert running.post("/norm/1.3", **fields, **parts).status_code == 200
    assert running.post("/norm/1.3", **fields, **parts, vertrouwelijk="ja").status_code == 200
    parts_set = ("--onderdeel", "1.3.a=voldaan", "--onderdeel", "1.3.b=deels", "--onderdeel", "1.3.c=niet")
    _set(
        nhnorm,
        pair[1],
        "1.3",
        "deels",
        "--toelichting",
        "Alleen\nvoor medewerkers.",
        "--vertrouwelijk",
        *parts_set,
    )
    assert pair[0].read_bytes() == pair[1].read_bytes()


def test_dated_evidence_and_an_action_are_what_set_writes(
    running: Running, pair: tuple[Path, Path], nhnorm: Runner
) -> None:
    running.post("/norm/3.1", op="antwoord", oordeel="voldaan")
    running.post("/norm/3.1", op="bewijs-erbij", omschrijving="Collegebesluit agressieprotocol",
                 datum="2024-09-03", geldig_tot="2026-09-03", link="Z-2024-00311")  # fmt: skip
    running.post("/norm/3.1", op="bewijs-erbij", omschrijving="Verslag oefening", datum="2025-02-11")
    running.post("/norm/3.1", op="bewijs-erbij", omschrijving="Intranetpagina Agressie")
    running.post("/norm/2.7", op="antwoord", oordeel="deels")
    response = running.post("/norm/2.7", op="actie-erbij", omschrijving="Risicoanalyse raadsleden",
                            eigenaar="Griffie", gereed="2025-12-31", prioriteit="hoog")  # fmt: skip
    assert response.status_code == 200
    _set(nhnorm, pair[1], "3.1", "voldaan",
         "--bewijs", "Collegebesluit agressieprotocol | 2024-09-03 | 2026-09-03 | Z-2024-00311",
         "--bewijs", "Verslag oefening | 2025-02-11", "--bewijs", "Intranetpagina Agressie")  # fmt: skip
    _set(nhnorm, pair[1], "2.7", "deels", "--actie", "Risicoanalyse raadsleden", "--eigenaar", "Griffie",
         "--gereed", "2025-12-31", "--prioriteit", "hoog")  # fmt: skip
    assert pair[0].read_bytes() == pair[1].read_bytes()
    running.post("/norm/2.7", op="actie-klaar", index="0", naam="Risicoanalyse raadsleden")
    _set(nhnorm, pair[1], "2.7", "--afgerond", "Risicoanalyse raadsleden")
    assert pair[0].read_bytes() == pair[1].read_bytes()


def test_what_set_cannot_take_away_the_form_can(running: Running, pair: tuple[Path, Path]) -> None:
    running.post(
        "/norm/1.3", op="antwoord", oordeel="deels", toelichting="Eerst.", **{"onderdeel-1.3.a": "niet"}
    )
    running.post("/norm/1.3", op="bewijs-erbij", omschrijving="Een", datum="2025-01-02")
    running.post("/norm/1.3", op="bewijs-erbij", omschrijving="Twee")
    running.post("/norm/1.3", op="actie-erbij", omschrijving="Doen")
    assert running.post("/norm/1.3", op="bewijs-weg", index="0", naam="Een").status_code == 200
    assert running.post("/norm/1.3", op="actie-weg", index="0", naam="Doen").status_code == 200
    running.post("/norm/1.3", op="antwoord", oordeel="deels", toelichting="", **{"onderdeel-1.3.a": ""})
    text = pair[0].read_text(encoding="utf-8")
    assert '  "1.3":\n    oordeel: deels\n    bewijs:\n      - Twee\n\n  # 1.4 ' in text
    running.post("/norm/1.3", op="bewijs-weg", index="0", naam="Twee")
    assert '  "1.3":\n    oordeel: deels\n\n  # 1.4 ' in pair[0].read_text(encoding="utf-8")


def test_a_button_of_a_list_that_changed_is_refused(running: Running, pair: tuple[Path, Path]) -> None:
    running.post("/norm/1.1", op="antwoord", oordeel="voldaan")
    running.post("/norm/1.1", op="bewijs-erbij", omschrijving="Een")
    before = pair[0].read_bytes()
    response = running.post("/norm/1.1", op="bewijs-weg", index="0", naam="Iets anders")
    assert response.status_code == 422
    assert "FORMULIER-ONGELDIG" in response.text
    assert pair[0].read_bytes() == before


def test_a_change_that_would_make_the_file_invalid_is_explained_and_kept(
    running: Running, pair: tuple[Path, Path]
) -> None:
    before = pair[0].read_bytes()
    response = running.post("/norm/2.1", op="antwoord", oordeel="nvt", toelichting="")
    assert response.status_code == 422
    page = html.unescape(response.text)
    assert "NIET-OPGESLAGEN" in page and "NVT-ZONDER-TOELICHTING" in page
    assert (
        "assessments/2025.yaml is niet gewijzigd: met deze wijziging zou het bestand ongeldig worden" in page
    )
    assert '<option value="nvt" selected>' in response.text  # what was chosen stays in the form
    assert pair[0].read_bytes() == before
    missing = running.post("/norm/2.1", op="bewijs-erbij", omschrijving="", datum="2025-13-01")
    assert missing.status_code == 422 and "OMSCHRIJVING-ONTBREEKT" in missing.text
    bad_date = running.post("/norm/2.1", op="actie-erbij", omschrijving="Doen", gereed="31-31-2025")
    assert bad_date.status_code == 422 and "ONGELDIGE-DATUM" in bad_date.text
    assert 'value="Doen"' in bad_date.text  # the action typed is still there to correct
    first = running.post("/norm/2.2", op="antwoord", toelichting="Zonder oordeel")
    assert first.status_code == 422 and "NIEUW-ZONDER-OORDEEL" in first.text
    assert pair[0].read_bytes() == before


def test_every_problem_validate_gives_is_on_the_page(repo: Path, nhnorm: Runner) -> None:
    """The same problems, from the same functions: every code and message of `validate --format json`
    for the file appears on the form (the example has warnings on several norms)."""
    path = repo / "assessments" / "zeedorp" / "2026.yaml"
    nhnorm("set", "2.1", "deels", "--toelichting", "Besproken met Kees de Boer.", "--year", "2026")
    nhnorm("set", "3.2", "voldaan", "--bewijs", "Oud verslag | 2020-01-01 | 2021-01-01", "--year", "2026")
    report = json.loads(nhnorm("validate", str(path), "--format", "json", expect=None).stdout)
    messages = report["bestanden"][0]["meldingen"]
    assert len(messages) >= 3
    with served(path) as form:
        page = html.unescape(form.client.get("/").text)
    for found in messages:
        assert f"{found['code']}</code> {found['bericht']}" in page, found


def test_the_page_shows_scores_and_filters(running: Running) -> None:
    running.post("/norm/1.1", op="antwoord", oordeel="voldaan", toelichting="Elk kwartaal.")
    running.post("/norm/1.2", op="antwoord", oordeel="deels")
    page = running.client.get("/").text
    assert "<strong>66,7</strong>" in page and "2 van 47 normen beantwoord" in page
    open_only = running.client.get("/?filter=open").text
    assert 'id="norm-1.1"' not in open_only and 'id="norm-1.3"' in open_only
    assert "Nog open (45)" in open_only
    problems = running.client.get("/?filter=problemen").text
    assert 'id="norm-1.2"' in problems and 'id="norm-1.1"' not in problems  # 1.2: GEEN-ACTIE


def test_a_file_changed_on_disk_is_shown_again_not_written_over(
    running: Running, pair: tuple[Path, Path], nhnorm: Runner
) -> None:
    shown = running.version()
    _set(nhnorm, pair[0], "1.1", "niet", "--toelichting", "Uit de terminal.")
    after_set = pair[0].read_bytes()
    data = {
        "csrf": running.keys.csrf,
        "versie": shown,
        "op": "antwoord",
        "oordeel": "voldaan",
        "filter": "alle",
    }
    response = running.client.post("/norm/1.1", data=data)
    assert response.status_code == 409
    page = html.unescape(response.text)
    assert 'id="conflict" role="alert"' in page and "BESTAND-GEWIJZIGD" in page
    assert "Uit de terminal." in page  # the page now shows the file as it is
    assert pair[0].read_bytes() == after_set


def test_adoption_locks_the_form_as_set_does(
    running: Running, pair: tuple[Path, Path], nhnorm: Runner
) -> None:
    refused = running.post(
        "/status", op="vaststellen", vastgesteld_op="2025-04-08", vastgesteld_door="Driehoek"
    )
    assert refused.status_code == 422 and "ONVOLLEDIG-VASTGESTELD" in refused.text
    _answer_all(nhnorm, pair[0])
    shutil.copy(pair[0], pair[1])
    assert running.post("/status", op="vaststellen", vastgesteld_op="2025-04-08",
                        vastgesteld_door="Interne driehoek").status_code == 200  # fmt: skip
    _set(nhnorm, pair[1], "--status", "vastgesteld", "--op", "2025-04-08", "--door", "Interne driehoek")
    assert pair[0].read_bytes() == pair[1].read_bytes()
    page = running.client.get("/").text
    assert "Vastgesteld op 2025-04-08 door Interne driehoek" in page
    assert page.count("<fieldset disabled>") >= 3 * 47
    before = pair[0].read_bytes()
    locked = running.post("/norm/1.1", op="antwoord", oordeel="deels")
    assert locked.status_code == 422 and "VASTGESTELD</code>" in locked.text
    assert pair[0].read_bytes() == before
    assert running.post("/status", op="heropenen").status_code == 200
    _set(nhnorm, pair[1], "--status", "concept")
    assert pair[0].read_bytes() == pair[1].read_bytes()
    assert "<fieldset disabled>" not in running.client.get("/").text


def _answer_all(nhnorm: Runner, path: Path) -> None:
    """Every norm voldaan, with `set`, so that the file may be adopted."""
    for rid in load_norm("1.0").requirement_ids:
        _set(nhnorm, path, rid, "voldaan")


def test_the_form_speaks_english(pair: tuple[Path, Path]) -> None:
    with served(pair[0], lang="en") as form:
        page = form.client.get("/").text
        assert '<html lang="en"' in page and "Total score" in page and "Add evidence" in page
        refused = form.post("/norm/2.1", op="antwoord", oordeel="nvt")
        assert "this change would make the file invalid" in html.unescape(refused.text)


def test_a_change_to_a_norm_that_does_not_exist_is_explained(
    running: Running, pair: tuple[Path, Path]
) -> None:
    before = pair[0].read_bytes()
    response = running.post("/norm/9.9", op="antwoord", oordeel="voldaan")
    assert response.status_code == 422
    assert 'id="meldingen-bestand"' in response.text and "ONBEKENDE-NORM</code>" in response.text
    assert running.post("/norm/1.1", op="iets-anders").status_code == 422
    assert pair[0].read_bytes() == before
