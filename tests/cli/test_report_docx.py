"""`nhnorm report --format docx`: the raadsinformatiebrief in Word, opened with python-docx."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from tests.conftest import ROOT, Runner
from tests.factories import action, bare_answer, uniform, write_year

HEADINGS = [
    "Aanleiding",
    "Kern",
    "Scores per thema",
    "Gewijzigde oordelen sinds 2025",
    "Verloop over de jaren",
    "Actieplan",
    "Op weg naar 2027",
    "Vervolg",
]


def _brief(nhnorm: Runner, tmp_path: Path, *args: str, name: str = "brief.docx") -> Document:
    out = tmp_path / name
    nhnorm("report", "--format", "docx", "--output", out, *args)
    return Document(str(out))


def _all_xml(path: Path) -> str:
    """Every XML part of a .docx (body, header, footer, properties), for a plain text search."""
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith((".xml", ".rels"))
        )


def test_internal_brief_of_the_examples(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    doc = _brief(nhnorm, tmp_path, "--year", "2026")
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == HEADINGS
    assert doc.paragraphs[0].text == "Raadsinformatiebrief"
    assert doc.sections[0].header.paragraphs[0].text == "INTERN — niet openbaar · CONCEPT"
    meta, themes, _down, _other, trend, actions = doc.tables
    assert [c.text for c in meta.rows[0].cells] == ["Aan", "De gemeenteraad"]
    assert [c.text for c in themes.rows[0].cells] == ["Thema", "Score 2026", "2025", "Verschil"]
    assert [c.text for c in themes.rows[3].cells] == ["3. Veilige Publieke Taak", "63,3", "66,7", "−3,4"]
    assert [c.text for c in themes.rows[-1].cells] == ["Totaal", "65,1", "58,5", "+6,6"]
    assert len(themes.rows) == 1 + 6 + 1
    assert [[c.text for c in row.cells] for row in trend.rows] == [
        ["Jaar", "Totaalscore"],
        ["2025", "58,5"],
        ["2026", "65,1"],
    ]
    owners = {row.cells[4].text for row in actions.rows[1:]}
    assert "CISO" in owners  # internal: the owners' names
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "De totaalscore is 65,1 (in 2025: 58,5, verschil +6,6)." in text
    assert "deze brief bevat vertrouwelijke gegevens" in text


def test_public_brief_leaves_out_owners_and_confidential_actions(
    repo: Path, tmp_path: Path, nhnorm: Runner
) -> None:
    doc = _brief(nhnorm, tmp_path, "--year", "2026", "--public")
    assert doc.sections[0].header.paragraphs[0].text == "Openbare versie · CONCEPT"
    actions = doc.tables[-1]
    assert {row.cells[4].text for row in actions.rows[1:]} == {"belegd"}  # every example action has one
    assert "vertrouwelijk" in {row.cells[3].text for row in actions.rows[1:]}
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Dit is de openbare versie. Weggelaten uit deze versie:" in text
    assert "bij 3 normen die als vertrouwelijk gemarkeerd zijn" in text
    xml = _all_xml(tmp_path / "brief.docx")
    assert "CISO" not in xml and "INTERN" not in xml


def test_vastgesteld_is_shown_with_date_and_body(
    tmp_path: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The status line names the adoption; a person's name there is personal data in public."""
    monkeypatch.chdir(tmp_path)
    path = write_year(tmp_path / "assessments", uniform("voldaan"), jaar=2025, status="vastgesteld")
    text = path.read_text(encoding="utf-8").replace(
        "status: vastgesteld",
        "status: vastgesteld\nvastgesteld_op: 2025-03-27\nvastgesteld_door: dhr. De Vries",
    )
    path.write_text(text, encoding="utf-8")
    line = "Vastgesteld op 27 maart 2025 door dhr. De Vries"
    assert "PERSOONSGEGEVENS" in nhnorm("validate").stdout
    doc = _brief(nhnorm, tmp_path, "--year", "2025")
    assert doc.sections[0].header.paragraphs[0].text == "INTERN — niet openbaar"  # no CONCEPT
    assert [c.text for c in doc.tables[0].rows[4].cells] == ["Status", line]
    assert line in nhnorm("report", "--year", "2025").stdout
    public = _brief(nhnorm, tmp_path, "--year", "2025", "--public", name="openbaar.docx")
    assert [c.text for c in public.tables[0].rows[4].cells] == [
        "Status",
        "Vastgesteld op 27 maart 2025 door [verwijderd]",
    ]
    html = nhnorm("report", "--year", "2025", "--public", "--format", "html")
    assert "De Vries" not in html.stdout
    assert "assessments/2025.yaml:9:19: waarschuwing PERSOONSGEGEVENS-VERWIJDERD" in html.stderr


def test_docx_needs_an_output_file(repo: Path, nhnorm: Runner) -> None:
    result = nhnorm("report", "--year", "2026", "--format", "docx", expect=2)
    assert "OUTPUT-VERPLICHT" in result.stderr


def test_user_template_through_templates(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    own = tmp_path / "huisstijl"
    own.mkdir()
    template = Document()
    template.add_paragraph("Gemeente-eigen brief voor {{ r.organisatie }}: {{ s.totaal.score|score }}")
    template.save(str(own / "report.docx"))
    doc = _brief(nhnorm, tmp_path, "--year", "2026", "--templates", own)
    assert [p.text for p in doc.paragraphs] == ["Gemeente-eigen brief voor Gemeente Zeedorp: 65,1"]


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b"geen zip", "geen geldig Word-bestand"),
        (None, "onverwachte '/'; sluit elke {{ met }} en elke {% met %}"),  # Jinja syntax error in a document
    ],
)
def test_broken_user_template_is_a_clear_error(
    repo: Path, tmp_path: Path, nhnorm: Runner, content: bytes | None, detail: str
) -> None:
    own = tmp_path / "huisstijl"
    own.mkdir()
    if content is None:
        template = Document()
        template.add_paragraph("{{ r.organisatie ")
        buffer = io.BytesIO()
        template.save(buffer)
        content = buffer.getvalue()
    (own / "report.docx").write_bytes(content)
    result = nhnorm(
        "report",
        "--year",
        "2026",
        "--format",
        "docx",
        "--templates",
        own,
        "--output",
        tmp_path / "x.docx",
        expect=1,
    )
    assert "SJABLOON-FOUT" in result.stderr and detail in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_text_cannot_break_the_xml_or_run_code(
    tmp_path: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    nasty = 'Plan </w:t></w:r><w:r><w:t>& "x" {{ 7*7 }} {%p if %}'
    write_year(
        tmp_path / "assessments",
        {"1.1": bare_answer("deels", acties=[action(nasty, gereed=date(2025, 6, 1))])},
        jaar=2025,
    )
    doc = _brief(nhnorm, tmp_path, "--year", "2025")
    cells = [row.cells[3].text for row in doc.tables[-1].rows]
    assert nasty in cells
    assert "49" not in "".join(cells)


def test_the_shipped_template_is_what_the_script_builds(tmp_path: Path) -> None:
    built = tmp_path / "report.docx"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_report_docx.py"), str(built)], check=True)
    with zipfile.ZipFile(built) as new, zipfile.ZipFile(ROOT / "templates" / "report.docx") as shipped:
        for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml"):
            assert new.read(part) == shipped.read(part), f"{part}: run scripts/make_report_docx.py"
