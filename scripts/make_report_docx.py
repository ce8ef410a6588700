"""Build templates/report.docx, nhnorm's default Word template (a raadsinformatiebrief), with
python-docx, so the shipped file can always be made again from this script:

    python scripts/make_report_docx.py templates/report.docx

The tags are docxtpl's Jinja: {{ ... }} in a run, {%p ... %} for a whole paragraph and {%tr ... %}
for a whole table row. A gemeente may copy the result, restyle it in Word (logo, letterhead, fonts)
and pass its folder with --templates; the tags must stay intact. The context is the same as for
the Markdown and HTML reports (see templates/README.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table

from nhnorm_cli.render.docx_finish import Properties, finish

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MARK = RGBColor(0xB2, 0x18, 0x2B)


def _header_row(table: Table) -> None:
    """The first row is the table's header: Word repeats it on every page and a screen reader
    reads it with every cell (w:tblHeader); no row breaks across a page."""
    for number, row in enumerate(table.rows):
        properties = row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))
        if number == 0:
            properties.append(OxmlElement("w:tblHeader"))


def _look(table: Table, *, first_row: bool, first_column: bool) -> None:
    """Which parts the table style emphasises: a header row, or (for the letter's details) the
    first column of labels."""
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        table._tbl.tblPr.append(look)
    for key, on in (
        ("firstRow", first_row),
        ("firstColumn", first_column),
        ("lastRow", False),
        ("lastColumn", False),
        ("noHBand", False),
        ("noVBand", True),
    ):
        look.set(qn(f"w:{key}"), "1" if on else "0")
    look.attrib.pop(qn("w:val"), None)


def _widths(table: Table, widths: list[float]) -> None:
    """The column widths in the table grid too: LibreOffice and Word's autofit read the grid, not
    the cells (python-docx divides the page equally)."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        column.w = Cm(width)


def _table(document: Document, header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    table = document.add_table(rows=0, cols=len(header))
    table.style = "Light List Accent 1"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _widths(table, widths)
    for values in [header, *rows]:
        cells = table.add_row().cells
        for cell, value, width in zip(cells, values, widths, strict=True):
            cell.text = value
            cell.width = Cm(width)
    _look(table, first_row=True, first_column=False)
    return table


def _loop_row(table: Table, tag: str) -> None:
    """A row holding only a docxtpl row tag ({%tr for ... %} or {%tr endfor %})."""
    table.add_row().cells[0].text = tag


def _cells(table: Table, texts: list[str], *, bold: bool = False) -> None:
    for cell, text in zip(table.add_row().cells, texts, strict=True):
        cell.text = text
        if bold:
            cell.paragraphs[0].runs[0].bold = True


def _details(document: Document) -> None:
    """Aan, Van, Datum, Kenmerk, …: labels in the first column, no header row."""
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _widths(table, [4.0, 12.6])
    rows: list[tuple[str, str, str | None]] = [
        ("Aan", "{{ aan }}", None),
        ("Van", "{{ afzender }}", None),
        ("Datum", "{{ gegenereerd }}", None),
        ("Kenmerk", "{{ kenmerk }}", "kenmerk"),
        ("Portefeuillehouder", "{{ portefeuillehouder }}", "portefeuillehouder"),
        ("Onderwerp", "Uitkomst zelfevaluatie {{ r.norm_titel }} {{ r.jaar }}", None),
        ("Status", "{{ vaststelling(r) }}", None),
        ("Peildatum", "{{ r.peildatum|datum }}", None),
        ("Norm", "versie {{ r.norm_versie }}", None),
    ]
    for label, value, condition in rows:
        if condition:
            _loop_row(table, f"{{%tr if {condition} %}}")
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
        cells[0].paragraphs[0].runs[0].bold = True
        cells[0].width, cells[1].width = Cm(4.0), Cm(12.6)
        if condition:
            _loop_row(table, "{%tr endif %}")
    _look(table, first_row=False, first_column=True)
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _changes(document: Document) -> None:
    """The norms that went down since last year, then the other changed oordelen."""
    document.add_paragraph("{%p if vorig %}")
    document.add_heading("Gewijzigde oordelen sinds {{ vorig }}", 1)
    document.add_paragraph("{%p if s.vergelijking %}")
    document.add_paragraph("{{ s.vergelijking }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph(
        "Sinds {{ vorig }} {{ 'is' if achteruit|length == 1 else 'zijn' }} {{ achteruit|length }} "
        "{{ 'norm' if achteruit|length == 1 else 'normen' }} achteruitgegaan; bij "
        "{{ andere_wijzigingen|length }} andere {{ 'norm' if andere_wijzigingen|length == 1 else 'normen' }} "
        "veranderde het oordeel op een andere manier (verbeterd, nieuw of niet meer beoordeeld)."
    )
    document.add_heading("Achteruitgegaan", 2)
    document.add_paragraph("{%p if achteruit %}")
    _change_table(document, "achteruit", ("Wat de norm vraagt", "{{ c.tekst }}"), [1.4, 3.0, 3.0, 9.2])
    document.add_paragraph("{%p else %}")
    document.add_paragraph("Geen norm is achteruitgegaan.")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p if andere_wijzigingen %}")
    document.add_heading("Andere wijzigingen", 2)
    last = ("Richting", "{{ richting[c.richting] }}")
    _change_table(document, "andere_wijzigingen", last, [1.4, 4.4, 4.4, 6.4])
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endif %}")


def _change_table(document: Document, changes: str, last: tuple[str, str], widths: list[float]) -> None:
    """A table of changed oordelen, one row per item of `changes`; `last`: the last column's
    header and cell (with the change's own remark after it)."""
    table = _table(document, ["Norm", "{{ vorig }}", "{{ r.jaar }}", last[0]], [], widths)
    _loop_row(table, f"{{%tr for c in {changes} %}}")
    row = table.add_row().cells
    row[0].text = "{{ c.id }}"
    row[1].text = "{{ c.van.label }}"
    row[2].text = "{{ c.naar.label }}"
    row[3].text = last[1] + "{% if c.opmerking %} ({{ c.opmerking }}){% endif %}"
    _loop_row(table, "{%tr endfor %}")
    _header_row(table)


def _actions(document: Document) -> None:
    """The action plan, each open action once: new and overdue ones are marked in the table, and
    'Acties sinds' lists only what the plan cannot show (the completed ones)."""
    document.add_heading("Actieplan", 1)
    document.add_paragraph("{%p if r.actieplan %}")
    document.add_paragraph(
        "Openstaande acties, op volgorde van prioriteit en streefdatum. Verlopen: de streefdatum lag vóór de "
        "peildatum ({{ r.peildatum|datum }}).{% if r.acties_sinds %} Nieuw: bijgekomen sinds {{ vorig }}."
        "{% endif %}"
    )
    actions = _table(
        document, ["Prioriteit", "Streefdatum", "Norm", "Actie", "Eigenaar"], [], [2.0, 3.0, 1.5, 7.1, 3.0]
    )
    _loop_row(actions, "{%tr for a in r.actieplan %}")
    row = actions.add_row().cells
    row[0].text = "{{ a.prioriteit or '–' }}"
    row[1].text = "{{ a.gereed|datum }}{% if a.verlopen %} (verlopen){% endif %}"
    row[2].text = "{{ a.norm }}"
    row[3].text = "{{ a.omschrijving or 'vertrouwelijk' }}{% if a.nieuw %} (nieuw){% endif %}"
    row[4].text = "{{ eigenaar(a) }}"
    _loop_row(actions, "{%tr endfor %}")
    _header_row(actions)
    document.add_paragraph("{%p else %}")
    document.add_paragraph("Er staan geen acties open.")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p if r.acties_sinds %}")
    document.add_heading("Acties sinds {{ vorig }}", 2)
    document.add_paragraph(
        "{% set f = r.acties_sinds %}Sinds {{ vorig }} bijgekomen: {{ f.toegevoegd|length }}, waarvan "
        "{{ nieuw_open }} nog open (in het actieplan gemarkeerd als nieuw); afgerond: "
        "{{ f.afgerond|length }}; open en verlopen: {{ f.verlopen|length }} "
        "(in het actieplan gemarkeerd als verlopen)."
    )
    document.add_paragraph("{%p if r.acties_sinds.afgerond %}")
    document.add_paragraph("Afgerond:")
    document.add_paragraph("{%p for a in r.acties_sinds.afgerond %}")
    document.add_paragraph(
        "{{ a.norm }} {{ a.omschrijving or 'omschrijving vertrouwelijk' }}"
        "{% if a.gereed %} (streefdatum {{ a.gereed|datum }}){% endif %}",
        style="List Bullet",
    )
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endif %}")


def _closing(document: Document) -> None:
    """Vervolg, then the signature block of the sender."""
    document.add_heading("Vervolg", 1)
    document.add_paragraph(
        "{% if r.actieplan %}De {{ r.actieplan|length }} openstaande "
        "{{ 'actie wordt' if r.actieplan|length == 1 else 'acties worden' }} uitgevoerd volgens het "
        "actieplan. {% endif %}De volgende zelfevaluatie is die van {{ volgend_jaar }}; wij informeren u "
        "over de uitkomst, met de voortgang op dit actieplan."
        "{% if portefeuillehouder %} Met vragen over deze brief kunt u terecht bij de portefeuillehouder, "
        "{{ portefeuillehouder }}.{% endif %}"
    )
    document.add_paragraph("Hoogachtend,")
    sender = document.add_paragraph().add_run("{{ afzender }},")
    sender.bold = True
    document.add_paragraph("{%p for rol in ondertekening %}")
    signature = document.add_paragraph("{{ rol }}")
    signature.paragraph_format.space_before = Pt(36)
    document.add_paragraph("{%p endfor %}")


def build(path: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.2)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)

    header = section.header.paragraphs[0]
    mark = header.add_run("{{ merken }}")
    mark.bold = True
    mark.font.color.rgb = MARK
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.text = (
        "{{ r.organisatie }} — raadsinformatiebrief zelfevaluatie Weerbare Overheid {{ r.jaar }}"
        "{% if kenmerk %} — kenmerk {{ kenmerk }}{% endif %}"
    )

    document.add_heading("Raadsinformatiebrief", 0)
    subtitle = document.add_paragraph("Zelfevaluatie Weerbare Overheid {{ r.jaar }}: {{ r.organisatie }}")
    subtitle.runs[0].bold = True
    subtitle.runs[0].font.color.rgb = ACCENT

    _details(document)

    document.add_paragraph("{%p if r.openbaar %}")
    notice = document.add_paragraph("Dit is de openbare versie. Weggelaten uit deze versie:")
    notice.paragraph_format.space_before = Pt(10)
    document.add_paragraph("{%p for regel in weggelaten_uit_openbaar(r) %}")
    document.add_paragraph("{{ regel }}", style="List Bullet")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p else %}")
    internal = document.add_paragraph()
    internal.paragraph_format.space_before = Pt(10)
    warning = internal.add_run(
        "{{ merk_intern }}: deze brief bevat vertrouwelijke gegevens en namen. Voor de raad: "
        "nhnorm report --public --format docx."
    )
    warning.bold = True
    warning.font.color.rgb = MARK
    document.add_paragraph("{%p endif %}")

    document.add_heading("Aanleiding", 1)
    document.add_paragraph(
        "Met de {{ r.norm_titel }} meet {{ r.organisatie }} elk jaar hoe weerbaar de organisatie is tegen "
        "ondermijning. De ambitie van de norm is dat in 2027 alle gemeenten en de provincie aan de norm "
        "voldoen. Met deze brief informeren wij u over de uitkomst van de meting {{ r.jaar }}."
    )

    document.add_heading("Kern", 1)
    document.add_paragraph(
        "De totaalscore is {{ s.totaal.score|score }}{% if vorig %} (in {{ vorig }}: {{ s.vorige|score }}, "
        "verschil {{ s.verschil|verschil }}){% endif %}. Van de {{ s.totaal.aantal }} normen zijn er "
        "{{ s.totaal.voldaan }} voldaan, {{ s.totaal.beoordeeld - s.totaal.voldaan }} nog niet volledig, "
        "{{ s.totaal.nvt }} niet van toepassing en {{ s.totaal.open }} nog niet beoordeeld. De score is "
        "100 × behaalde punten / maximaal haalbare punten over de beoordeelde normen."
        "{% if vorig %} Achteruitgegaan sinds {{ vorig }}: {{ achteruit|length }} "
        "{{ 'norm' if achteruit|length == 1 else 'normen' }}.{% endif %}"
    )

    document.add_heading("Scores per thema", 1)
    themes = _table(
        document,
        ["Thema", "Score {{ r.jaar }}", "{{ vorig or 'Vorig jaar' }}", "Verschil"],
        [],
        [8.5, 2.7, 2.7, 2.7],
    )
    _loop_row(themes, "{%tr for t in r.themas %}")
    _cells(
        themes,
        [
            "{{ t.id }}. {{ t.titel }}",
            "{{ t.score.score|score }}",
            "{{ t.vorige|score }}",
            "{{ t.verschil|verschil }}",
        ],
    )
    _loop_row(themes, "{%tr endfor %}")
    _cells(
        themes,
        ["Totaal", "{{ s.totaal.score|score }}", "{{ s.vorige|score }}", "{{ s.verschil|verschil }}"],
        bold=True,
    )
    _header_row(themes)

    _changes(document)

    document.add_heading("Verloop over de jaren", 1)
    document.add_paragraph("{%p if r.trend|length > 1 %}")
    trend = _table(document, ["Jaar", "Totaalscore"], [], [3.0, 3.0])
    _loop_row(trend, "{%tr for p in r.trend %}")
    row = trend.add_row().cells
    row[0].text, row[1].text = "{{ p.jaar }}", "{{ p.totaal|score }}"
    _loop_row(trend, "{%tr endfor %}")
    _header_row(trend)
    document.add_paragraph("{%p else %}")
    document.add_paragraph("Dit is de eerste meting; een verloop volgt na de meting van volgend jaar.")
    document.add_paragraph("{%p endif %}")

    _actions(document)

    document.add_heading("Op weg naar 2027", 1)
    document.add_paragraph(
        "Nog niet voldaan: {{ r.met_actie|length + r.zonder_actie|length }} normen, waarvan "
        "{{ r.met_actie|length }} met een geplande actie en {{ r.zonder_actie|length }} zonder."
    )
    document.add_paragraph("{%p if r.zonder_actie %}")
    document.add_paragraph("Normen zonder geplande actie:")
    document.add_paragraph("{%p for n in r.zonder_actie %}")
    document.add_paragraph("{{ n.id }} ({{ n.oordeel.label }}): {{ n.tekst }}", style="List Bullet")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endif %}")

    _closing(document)

    # The template itself in Dutch, without python-docx's properties and blank preview: a gemeente
    # that opens it in Word to make its letterhead starts from a clean Dutch document.
    finish(
        document,
        Properties(title="Raadsinformatiebrief zelfevaluatie Weerbare Overheid", subject="", author="nhnorm"),
    )
    document.save(str(path))


if __name__ == "__main__":
    build(
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parent.parent / "templates" / "report.docx"
    )
