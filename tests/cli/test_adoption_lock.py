"""SPEC §6: a vastgesteld assessment is locked; `set --status concept` reopens it, on the record."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rich.prompt import Prompt

from nhnorm_cli.select.assessments import load_assessment
from tests.conftest import Runner

ADOPTED = Path("assessments/zeedorp/2025.yaml")  # vastgesteld in the examples
REOPEN = "`nhnorm set --status concept --year 2025 --org zeedorp`"


@pytest.mark.parametrize(
    "command",
    [
        ("set", "1.1", "deels", "--year", "2025"),
        ("set", "1.1", "--toelichting", "Later aangevuld.", "--year", "2025"),
        ("fill", "--year", "2025"),
        # every field of the file, not only the answers (issue 25)
        ("set", "--code", "GM0400", "--year", "2025"),
        ("set", "--riec", "RIEC Amsterdam-Amstelland", "--year", "2025"),
        ("set", "--status", "vastgesteld", "--op", "2025-05-01", "--door", "De raad", "--year", "2025"),
        ("set", "--status", "vastgesteld", "--year", "2025"),
    ],
)
def test_a_vastgesteld_assessment_is_not_changed(
    nhnorm: Runner, repo: Path, command: tuple[str, ...]
) -> None:
    before = (repo / ADOPTED).read_bytes()
    result = nhnorm(*command, expect=1)
    assert result.stderr.strip() == (
        f"{ADOPTED}:19:9: fout VASTGESTELD: {ADOPTED} is vastgesteld en daarmee op slot; "
        f"heropen het eerst met {REOPEN}"
    )
    assert (repo / ADOPTED).read_bytes() == before


def test_import_force_does_not_change_a_vastgesteld_assessment(nhnorm: Runner, repo: Path) -> None:
    nhnorm("export", "--year", "2025", "--org", "zeedorp", "-o", "overzicht.xlsx")
    before = (repo / ADOPTED).read_bytes()
    nhnorm("import", "overzicht.xlsx", "-o", ADOPTED, "--force")  # the same answers: nothing to refuse
    assert (repo / ADOPTED).read_bytes() == before
    nhnorm("export", "--year", "2026", "--org", "zeedorp", "-o", "nieuw.xlsx")  # other answers
    result = nhnorm("import", "nieuw.xlsx", "-o", ADOPTED, "--force", expect=1)
    assert "fout VASTGESTELD:" in result.stderr
    assert f"`nhnorm set --status concept --file {ADOPTED}`" in result.stderr
    assert (repo / ADOPTED).read_bytes() == before


def test_reopen_change_and_adopt_again_records_when_and_by_whom(nhnorm: Runner, repo: Path) -> None:
    nhnorm("set", "--status", "concept", "--year", "2025", "--org", "zeedorp")
    nhnorm("set", "1.1", "deels", "--year", "2025", "--toelichting", "Herzien.", "--actie", "Bijwerken")
    nhnorm(
        "set", "--status", "vastgesteld", "--op", "31-03-2026", "--door", "Interne driehoek", "--year", "2025"
    )
    text = (repo / ADOPTED).read_text(encoding="utf-8")
    assert "\nstatus: vastgesteld\nvastgesteld_op: 2026-03-31\nvastgesteld_door: Interne driehoek\n" in text
    assessment = load_assessment(repo / ADOPTED).assessment
    assert (assessment.vastgesteld_op, assessment.vastgesteld_door) == (date(2026, 3, 31), "Interne driehoek")
    assert assessment.antwoorden["1.1"].oordeel == "deels"
    # reopening takes the record away again (git keeps it); adopting without --op means today
    nhnorm("set", "--status", "concept", "--year", "2025")
    assert "vastgesteld_" not in (repo / ADOPTED).read_text(encoding="utf-8")
    nhnorm("set", "--status", "vastgesteld", "--year", "2025")
    assert load_assessment(repo / ADOPTED).assessment.vastgesteld_op == date.today()


def test_reopen_and_change_in_one_command(nhnorm: Runner, repo: Path) -> None:
    nhnorm(
        "set", "1.1", "deels", "--status", "concept", "--year", "2025", "--toelichting", "x", "--actie", "y"
    )
    assessment = load_assessment(repo / ADOPTED).assessment
    assert (assessment.status, assessment.antwoorden["1.1"].oordeel) == ("concept", "deels")


def test_op_and_door_belong_to_adoption(nhnorm: Runner, repo: Path) -> None:
    result = nhnorm("set", "--status", "concept", "--door", "Driehoek", "--year", "2025", expect=2)
    assert "VASTSTELLING-ZONDER-STATUS: --op en --door horen bij --status vastgesteld" in result.stderr


def test_fill_does_not_write_over_a_vastgesteld_file_adopted_while_it_waited(
    nhnorm: Runner, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = repo / "assessments/zeedorp/2026.yaml"
    replies = iter(["deels", "Toelichting", "", "", "q"])

    def ask(prompt: str, **kwargs: object) -> str:
        reply = next(replies)
        if prompt.startswith("Toelichting"):  # a colleague adopts the file meanwhile
            current.write_text(
                current.read_text(encoding="utf-8").replace("status: concept", "status: vastgesteld"), "utf-8"
            )
        return reply

    monkeypatch.setattr(Prompt, "ask", ask)
    nhnorm("set", "2.6", "voldaan", "--year", "2026")  # complete, so adopting it is valid
    before = current.read_text(encoding="utf-8").replace("status: concept", "status: vastgesteld")
    result = nhnorm("fill", "--year", "2026", "--vanaf", "1.1", expect=1)
    assert "fout VASTGESTELD:" in result.stderr
    assert current.read_text(encoding="utf-8") == before
