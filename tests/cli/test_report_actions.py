"""The report follows the actions up: the plan sorted by priority and date, and what was added,
completed and is overdue since last year, with the public rules applied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document

from tests.conftest import Runner
from tests.factories import action, bare_answer, write_year


@pytest.fixture
def two_years(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "assessments"
    write_year(
        folder,
        {
            "1.1": bare_answer("deels", acties=[action("Plan maken", gereed=date(2025, 6, 1))]),
            "3.3": bare_answer("deels", vertrouwelijk=True, acties=[action("Camera ophangen")]),
        },
        jaar=2025,
    )
    write_year(
        folder,
        {
            "1.1": bare_answer(
                "deels",
                acties=[
                    action("Plan maken", gereed=date(2025, 6, 1), afgerond=True),
                    action("Evaluatie", gereed=date(2026, 1, 10)),
                    {"omschrijving": "Laag en vroeg", "gereed": date(2026, 4, 15), "prioriteit": "laag"},
                    {"omschrijving": "Hoog en laat", "gereed": date(2026, 12, 1), "prioriteit": "hoog"},
                    {
                        "omschrijving": "Middel met mw. Bakker",
                        "gereed": date(2026, 5, 1),
                        "prioriteit": "middel",
                    },
                ],
            ),
            "3.3": bare_answer(
                "deels", vertrouwelijk=True, acties=[action("Camera ophangen", afgerond=True)]
            ),
        },
        jaar=2026,
    )
    return tmp_path


def _section(md: str, start: str, end: str) -> list[str]:
    return md.split(start, 1)[1].split(end, 1)[0].strip().splitlines()


def test_action_plan_sorts_by_priority_then_date(two_years: Path, nhnorm: Runner) -> None:
    md = nhnorm("report", "--year", "2026").stdout
    rows = [line for line in _section(md, "## Actieplan", "### Acties sinds") if line.startswith("| ")][1:]
    assert [row.split(" | ")[0:4] for row in rows] == [
        ["| hoog", "1 december 2026", "1.1", "Hoog en laat"],
        ["| middel", "1 mei 2026", "1.1", "Middel met mw. Bakker"],
        ["| laag", "15 april 2026", "1.1", "Laag en vroeg"],
        ["| –", "10 januari 2026 **verlopen**", "1.1", "Evaluatie"],
    ]


def test_actions_since_last_year_internal(two_years: Path, nhnorm: Runner) -> None:
    md = nhnorm("report", "--year", "2026").stdout
    assert _section(md, "### Acties sinds 2025", "## Op weg naar 2027") == [
        "Sinds 2025 zijn er 4 acties bijgekomen en 2 afgerond; 1 open actie is verlopen.",
        "",
        "**Afgerond:**",
        "",
        "- 1.1: Plan maken (streefdatum 1 juni 2025)",
        "- 3.3: Camera ophangen",
        "",
        "**Nieuw:**",
        "",
        "- 1.1: Evaluatie (streefdatum 10 januari 2026)",
        "- 1.1: Laag en vroeg (streefdatum 15 april 2026)",
        "- 1.1: Hoog en laat (streefdatum 1 december 2026)",
        "- 1.1: Middel met mw. Bakker (streefdatum 1 mei 2026)",
        "",
        "**Verlopen:**",
        "",
        "- 1.1: Evaluatie (streefdatum 10 januari 2026)",
    ]
    html = nhnorm("report", "--year", "2026", "--format", "html").stdout
    assert "<h3>Acties sinds 2025</h3>" in html and "Camera ophangen" in html


def test_actions_since_last_year_public(two_years: Path, nhnorm: Runner) -> None:
    for fmt in ("md", "html"):
        out = nhnorm("report", "--year", "2026", "--public", "--format", fmt).stdout
        assert "Camera ophangen" not in out and "mw. Bakker" not in out
        assert "omschrijving vertrouwelijk" in out
    docx = two_years / "brief.docx"
    nhnorm("report", "--year", "2026", "--public", "--format", "docx", "--output", docx)
    letter = Document(str(docx))
    text = "\n".join(p.text for p in letter.paragraphs)
    assert "Afgerond:\n1.1 Plan maken (streefdatum 1 juni 2025)\n3.3 omschrijving vertrouwelijk" in text
    # a new open action is a row of the action plan, marked there (not listed a second time)
    plan = [[c.text for c in row.cells] for row in letter.tables[-1].rows]
    assert ["middel", "1 mei 2026", "1.1", "Middel met [verwijderd] (nieuw)", "nog niet belegd"] in plan
    cells = "\n".join(c for row in plan for c in row)
    assert "Bakker" not in text + cells and "Camera" not in text + cells


def test_first_year_has_no_followup(two_years: Path, nhnorm: Runner) -> None:
    assert "Acties sinds" not in nhnorm("report", "--year", "2025").stdout
