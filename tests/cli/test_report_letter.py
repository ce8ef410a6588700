"""The Word letter as a griffie sends it on: Dutch throughout, honest properties, header rows that
repeat, each action once, the norms that went down, and the sender, kenmerk and portefeuillehouder.
Checked with python-docx and in the raw XML, because Word reads the XML."""

from __future__ import annotations

import itertools
import re
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm
from lxml import etree

from tests.conftest import Runner
from tests.factories import action, bare_answer, uniform, write_year

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _letter(nhnorm: Runner, target: Path, *args: object) -> Document:
    nhnorm("report", "--format", "docx", "--output", target, *args)
    return Document(str(target))


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _xml(parts: dict[str, bytes], name: str) -> etree._Element:
    return etree.fromstring(parts[name])


def _body_text(doc: Document) -> str:
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


@pytest.fixture
def brief(repo: Path, tmp_path: Path, nhnorm: Runner) -> Path:
    target = tmp_path / "brief.docx"
    nhnorm("report", "--year", "2026", "--public", "--format", "docx", "--output", target)
    return target


def test_dutch_in_the_defaults_every_style_and_every_run(brief: Path) -> None:
    parts = _parts(brief)
    for name in ("word/styles.xml", "word/stylesWithEffects.xml"):
        styles = _xml(parts, name)
        default = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        assert default is not None and default.get(f"{W}val") == "nl-NL", name
        for style in styles.iter(f"{W}style"):
            if style.get(f"{W}type") == "numbering":
                continue
            lang = style.find(f"{W}rPr/{W}lang")
            assert lang is not None and lang.get(f"{W}val") == "nl-NL", style.get(f"{W}styleId")
    stories = [n for n in parts if re.fullmatch(r"word/(document|header\d+|footer\d+)\.xml", n)]
    assert len(stories) == 3
    runs = 0
    for name in stories:
        for run in _xml(parts, name).iter(f"{W}r"):
            lang = run.find(f"{W}rPr/{W}lang")
            assert lang is not None and lang.get(f"{W}val") == "nl-NL", (name, etree.tostring(run)[:200])
            runs += 1
    assert runs > 300
    everything = b"".join(parts[n] for n in parts if n.endswith(".xml"))
    assert b'w:val="en-US"' not in everything
    settings = _xml(parts, "word/settings.xml")
    assert settings.find(f"{W}themeFontLang").get(f"{W}val") == "nl-NL"
    assert settings.find(f"{W}proofState") is None  # Word checks the spelling afresh


def test_core_properties_and_no_blank_thumbnail(brief: Path) -> None:
    core = Document(str(brief)).core_properties
    assert core.title == "Raadsinformatiebrief zelfevaluatie Weerbare Overheid 2026: Gemeente Zeedorp"
    assert core.subject == "Uitkomst zelfevaluatie Noord-Hollandse Norm Weerbare Overheid 2026"
    assert core.author == core.last_modified_by == "Gemeente Zeedorp"
    assert core.language == "nl-NL"
    assert core.comments == ""
    now = datetime.now(UTC)
    for moment in (core.created, core.modified):
        assert abs(moment - now) < timedelta(minutes=5)
    parts = _parts(brief)
    assert b"2013" not in parts["docProps/core.xml"]
    assert not any(b"python-docx" in data for data in parts.values())
    assert not [n for n in parts if "thumbnail" in n]
    assert b"thumbnail" not in parts["_rels/.rels"] and b"jpeg" not in parts["[Content_Types].xml"]


def test_every_data_table_has_one_header_row_that_repeats(brief: Path) -> None:
    doc = Document(str(brief))
    details, *data_tables = doc.tables
    assert len(data_tables) == 5  # themes, went down, other changes, trend, action plan
    for table in data_tables:
        flags = [row._tr.find(f"{W}trPr/{W}tblHeader") is not None for row in table.rows]
        assert flags == [True] + [False] * (len(table.rows) - 1), table.rows[0].cells[0].text
        assert all(row._tr.find(f"{W}trPr/{W}cantSplit") is not None for row in table.rows)
    actions = data_tables[-1]
    assert [c.text for c in actions.rows[0].cells] == [
        "Prioriteit",
        "Streefdatum",
        "Norm",
        "Actie",
        "Eigenaar",
    ]
    assert len(actions.rows) > 30  # longer than a page: the header row comes back on the next one
    # the letter's details are labels in a column, not a table with a header row
    assert details.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is None
    look = details._tbl.tblPr.find(f"{W}tblLook")
    assert (look.get(f"{W}firstRow"), look.get(f"{W}firstColumn")) == ("0", "1")


def test_real_headings_in_order(brief: Path) -> None:
    doc = Document(str(brief))
    levels = [
        (0 if p.style.name == "Title" else int(p.style.name.split()[-1]), p.text)
        for p in doc.paragraphs
        if p.style.name == "Title" or p.style.name.startswith("Heading")
    ]
    assert levels[0] == (0, "Raadsinformatiebrief")
    for (before, _), (level, text) in itertools.pairwise(levels):
        assert level <= before + 1, text  # no level skipped
    assert (2, "Achteruitgegaan") in levels and (1, "Vervolg") in levels


def test_each_action_once(brief: Path) -> None:
    """An open action is a row of the action plan, marked nieuw or verlopen there; 'Acties sinds'
    lists only the completed ones (overdue actions used to appear twice)."""
    doc = Document(str(brief))
    text = _body_text(doc)
    plan = doc.tables[-1]
    rows = [[c.text for c in row.cells] for row in plan.rows[1:]]
    overdue = [r for r in rows if "(verlopen)" in r[1]]
    assert [r[2] for r in overdue] == ["1.4"]
    descriptions = [re.sub(r" \(nieuw\)$", "", r[3]) for r in rows if not r[3].startswith("vertrouwelijk")]
    assert len(descriptions) > 25
    for description in descriptions:
        assert text.count(description) == 1, description
    paragraphs = [p.text for p in doc.paragraphs if p.text.strip()]
    repeated = {p for p in paragraphs if paragraphs.count(p) > 1}
    assert repeated <= {"de secretaris,", "de burgemeester,"} or repeated == set()
    assert sum(1 for r in rows if r[3].endswith("(nieuw)")) == 17
    assert (
        "Sinds 2025 bijgekomen: 18, waarvan 17 nog open (in het actieplan gemarkeerd als nieuw); "
        "afgerond: 15; open en verlopen: 1 (in het actieplan gemarkeerd als verlopen)." in text
    )


def test_the_norms_that_went_down(brief: Path) -> None:
    doc = Document(str(brief))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "Gewijzigde oordelen sinds 2025" in headings
    down = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][-1] == "Wat de norm vraagt")
    assert [[c.text for c in row.cells][:3] for row in down.rows] == [
        ["Norm", "2025", "2026"],
        ["3.9", "Deels voldaan", "Niet voldaan"],
        ["4.5", "Voldaan", "Grotendeels voldaan"],
    ]
    assert down.rows[1].cells[3].text == "Wij verhalen de schade op de dader bij agressie en/of geweld."
    text = _body_text(doc)
    assert "Sinds 2025 zijn 2 normen achteruitgegaan; bij 11 andere normen veranderde het oordeel" in text
    assert "Achteruitgegaan sinds 2025: 2 normen." in text  # in the Kern, too


def test_no_previous_year_no_changes_section(
    tmp_path: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_year(tmp_path / "assessments", uniform("voldaan"), jaar=2025)
    doc = _letter(nhnorm, tmp_path / "brief.docx", "--year", "2025")
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert not [h for h in headings if h.startswith(("Gewijzigde", "Achteruit", "Acties sinds"))]


def test_default_sender_and_signature(brief: Path) -> None:
    doc = Document(str(brief))
    details = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows}
    assert list(details) == ["Aan", "Van", "Datum", "Onderwerp", "Status", "Peildatum", "Norm"]
    assert details["Van"] == "Het college van burgemeester en wethouders van Zeedorp"
    closing = [p.text for p in doc.paragraphs if p.text.strip()][-4:]
    assert closing == [
        "Hoogachtend,",
        "Het college van burgemeester en wethouders van Zeedorp,",
        "de secretaris,",
        "de burgemeester,",
    ]
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == "Vervolg"
    assert "De volgende zelfevaluatie is die van 2027" in _body_text(doc)


def test_kenmerk_portefeuillehouder_and_own_sender(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    doc = _letter(
        nhnorm,
        tmp_path / "brief.docx",
        "--year",
        "2026",
        "--kenmerk",
        "Z-2026-00123",
        "--portefeuillehouder",
        "  wethouder Veiligheid  ",
        "--afzender",
        "De burgemeester van Zeedorp",
    )
    details = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows}
    assert details["Kenmerk"] == "Z-2026-00123"
    assert details["Portefeuillehouder"] == "wethouder Veiligheid"
    assert details["Van"] == "De burgemeester van Zeedorp"
    assert list(details)[:5] == ["Aan", "Van", "Datum", "Kenmerk", "Portefeuillehouder"]
    footer = doc.sections[0].footer.paragraphs[0].text
    assert footer.endswith("— kenmerk Z-2026-00123")
    text = _body_text(doc)
    assert (
        "Met vragen over deze brief kunt u terecht bij de portefeuillehouder, wethouder Veiligheid." in text
    )
    closing = [p.text for p in doc.paragraphs if p.text.strip()][-2:]
    assert closing == ["Hoogachtend,", "De burgemeester van Zeedorp,"]  # an own sender signs as written


def test_a_province_is_sent_by_gedeputeerde_staten(
    tmp_path: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_year(
        tmp_path / "assessments",
        uniform("deels"),
        jaar=2025,
        naam="Provincie Noord-Holland",
        soort="provincie",
    )
    doc = _letter(nhnorm, tmp_path / "brief.docx", "--year", "2025", "--afzender", "")
    details = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows}
    assert details["Aan"] == "Provinciale Staten"
    assert details["Van"] == "Gedeputeerde Staten van Noord-Holland"
    closing = [p.text for p in doc.paragraphs if p.text.strip()][-3:]
    assert closing == ["Gedeputeerde Staten van Noord-Holland,", "de secretaris,", "de voorzitter,"]


@pytest.mark.parametrize("flag", ["--kenmerk", "--portefeuillehouder", "--afzender"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_letter_options_belong_to_the_letter(repo: Path, nhnorm: Runner, flag: str, fmt: str) -> None:
    result = nhnorm("report", "--year", "2026", "--format", fmt, flag, "x", expect=2)
    assert result.stdout == ""
    assert f"fout ALLEEN-VOOR-DOCX: {flag} hoort bij de Word-brief" in result.stderr
    english = nhnorm("--lang", "en", "report", "--year", "2026", "--format", fmt, flag, "x", expect=2)
    assert f"{flag} belongs to the Word letter" in english.stderr


def test_own_letterhead_is_made_dutch_and_its_logo_gets_alt_text(
    repo: Path, tmp_path: Path, nhnorm: Runner
) -> None:
    """A gemeente's template from an English Word, with a logo without alt text and a kenmerk tag."""
    from PIL import Image

    own = tmp_path / "huisstijl"
    own.mkdir()
    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), (0, 90, 156)).save(logo)
    template = Document()
    template.sections[0].header.paragraphs[0].add_run().add_picture(str(logo), width=Cm(3))
    template.add_heading("Brief {{ r.organisatie }}", 1)
    template.add_paragraph("Kenmerk {{ kenmerk or '–' }}, van {{ afzender }}: {{ s.totaal.score|score }}")
    template.save(str(own / "report.docx"))
    assert b'w:val="en-US"' in _parts(own / "report.docx")["word/styles.xml"]

    target = tmp_path / "brief.docx"
    doc = _letter(nhnorm, target, "--year", "2026", "--templates", own, "--kenmerk", "Z-1")
    assert [p.text for p in doc.paragraphs] == [
        "Brief Gemeente Zeedorp",
        "Kenmerk Z-1, van Het college van burgemeester en wethouders van Zeedorp: 65,1",
    ]
    parts = _parts(target)
    assert b'w:val="en-US"' not in b"".join(parts[n] for n in parts if n.endswith(".xml"))
    pictures = list(_xml(parts, "word/header1.xml").iter(f"{WP}docPr"))
    assert [p.get("descr") for p in pictures] == ["Logo Gemeente Zeedorp"]
    assert doc.core_properties.author == "Gemeente Zeedorp"


def test_an_image_that_has_alt_text_keeps_it(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    from PIL import Image

    own = tmp_path / "huisstijl"
    own.mkdir()
    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), (0, 90, 156)).save(logo)
    template = Document()
    template.add_paragraph().add_run().add_picture(str(logo), width=Cm(3))
    template.inline_shapes[0]._inline.docPr.set("descr", "Wapen van Zeedorp")
    template.save(str(own / "report.docx"))
    target = tmp_path / "brief.docx"
    _letter(nhnorm, target, "--year", "2026", "--templates", own)
    pictures = list(_xml(_parts(target), "word/document.xml").iter(f"{WP}docPr"))
    assert [p.get("descr") for p in pictures] == ["Wapen van Zeedorp"]


def test_confidential_action_marked_new_stays_confidential(
    tmp_path: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Marking an action new compares it with last year's list without showing its text."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "assessments"
    write_year(folder, {"1.1": bare_answer("deels", acties=[action("Oud plan")])}, jaar=2025)
    secret = bare_answer("deels", vertrouwelijk=True, acties=[action("Oud plan"), action("Geheim plan")])
    write_year(folder, {"1.1": secret}, jaar=2026)
    target = tmp_path / "brief.docx"
    doc = _letter(nhnorm, target, "--year", "2026", "--public")
    rows = [[c.text for c in row.cells] for row in doc.tables[-1].rows[1:]]
    assert [r[3] for r in rows] == ["vertrouwelijk", "vertrouwelijk (nieuw)"]
    assert b"Geheim" not in b"".join(_parts(target).values())


@pytest.mark.parametrize(
    "value",
    ['Z-1 </w:t></w:r><w:r><w:t>& "x"', "{{ 7*7 }} {%p if %}", "Z-\x07\x0c2026"],
    ids=["xml", "template", "control"],
)
def test_option_text_cannot_break_the_letter(repo: Path, tmp_path: Path, nhnorm: Runner, value: str) -> None:
    """The options' text is data: escaped for Word's XML, never run as a template, and stripped of
    characters XML cannot hold."""
    doc = _letter(nhnorm, tmp_path / "brief.docx", "--year", "2026", "--kenmerk", value, "--afzender", value)
    details = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows}
    shown = value.replace("\x07", "").replace("\x0c", "")
    assert details["Kenmerk"] == details["Van"] == shown  # {{ 7*7 }} stays text, not 49
