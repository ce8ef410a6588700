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
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MARK = RGBColor(0xB2, 0x18, 0x2B)


def _table(document: Document, header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    table = document.add_table(rows=0, cols=len(header))
    table.style = "Light List Accent 1"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for values in [header, *rows]:
        cells = table.add_row().cells
        for cell, value, width in zip(cells, values, widths, strict=True):
            cell.text = value
            cell.width = Cm(width)
    return table


def _loop_row(table: Table, tag: str) -> None:
    """A row holding only a docxtpl row tag ({%tr for ... %} or {%tr endfor %})."""
    table.add_row().cells[0].text = tag


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
    footer.text = "{{ r.organisatie }} — raadsinformatiebrief zelfevaluatie Weerbare Overheid {{ r.jaar }}"

    document.add_heading("Raadsinformatiebrief", 0)
    subtitle = document.add_paragraph("Zelfevaluatie Weerbare Overheid {{ r.jaar }}: {{ r.organisatie }}")
    subtitle.runs[0].bold = True
    subtitle.runs[0].font.color.rgb = ACCENT

    _table(
        document,
        ["Aan", "{{ aan }}"],
        [
            ["Datum", "{{ gegenereerd }}"],
            ["Onderwerp", "Uitkomst zelfevaluatie {{ r.norm_titel }} {{ r.jaar }}"],
            ["Status", "{{ vaststelling(r) }}"],
            ["Peildatum", "{{ r.peildatum|datum }}"],
            ["Norm", "versie {{ r.norm_versie }}"],
        ],
        [3.5, 13.0],
    )

    document.add_paragraph("{%p if r.openbaar %}")
    document.add_paragraph("Dit is de openbare versie. Weggelaten uit deze versie:")
    document.add_paragraph("{%p for regel in weggelaten_uit_openbaar(r) %}")
    document.add_paragraph("{{ regel }}", style="List Bullet")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p else %}")
    warning = document.add_paragraph().add_run(
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
    )

    document.add_heading("Scores per thema", 1)
    themes = _table(
        document,
        ["Thema", "Score {{ r.jaar }}", "{{ vorig or 'Vorig jaar' }}", "Verschil"],
        [],
        [8.5, 2.7, 2.7, 2.7],
    )
    _loop_row(themes, "{%tr for t in r.themas %}")
    cells = themes.add_row().cells
    for cell, text in zip(
        cells,
        [
            "{{ t.id }}. {{ t.titel }}",
            "{{ t.score.score|score }}",
            "{{ t.vorige|score }}",
            "{{ t.verschil|verschil }}",
        ],
        strict=True,
    ):
        cell.text = text
    _loop_row(themes, "{%tr endfor %}")
    total = themes.add_row().cells
    for cell, text in zip(
        total,
        ["Totaal", "{{ s.totaal.score|score }}", "{{ s.vorige|score }}", "{{ s.verschil|verschil }}"],
        strict=True,
    ):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True

    document.add_heading("Verloop over de jaren", 1)
    document.add_paragraph("{%p if r.trend|length > 1 %}")
    trend = _table(document, ["Jaar", "Totaalscore"], [], [3.0, 3.0])
    _loop_row(trend, "{%tr for p in r.trend %}")
    row = trend.add_row().cells
    row[0].text, row[1].text = "{{ p.jaar }}", "{{ p.totaal|score }}"
    _loop_row(trend, "{%tr endfor %}")
    document.add_paragraph("{%p else %}")
    document.add_paragraph("Dit is de eerste meting; een verloop volgt na de meting van volgend jaar.")
    document.add_paragraph("{%p endif %}")

    document.add_heading("Actieplan", 1)
    document.add_paragraph("{%p if r.actieplan %}")
    document.add_paragraph(
        "Openstaande acties, op volgorde van prioriteit en streefdatum. Verlopen: de streefdatum lag vóór de "
        "peildatum ({{ r.peildatum|datum }})."
    )
    actions = _table(
        document, ["Prioriteit", "Streefdatum", "Norm", "Actie", "Eigenaar"], [], [2.0, 3.0, 1.3, 7.3, 3.0]
    )
    _loop_row(actions, "{%tr for a in r.actieplan %}")
    row = actions.add_row().cells
    row[0].text = "{{ a.prioriteit or '–' }}"
    row[1].text = "{{ a.gereed|datum }}{% if a.verlopen %} (verlopen){% endif %}"
    row[2].text = "{{ a.norm }}"
    row[3].text = "{{ a.omschrijving or 'vertrouwelijk' }}"
    row[4].text = "{{ eigenaar(a) }}"
    _loop_row(actions, "{%tr endfor %}")
    document.add_paragraph("{%p else %}")
    document.add_paragraph("Er staan geen acties open.")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p if r.acties_sinds %}")
    document.add_heading("Acties sinds {{ vorig }}", 2)
    document.add_paragraph(
        "{% set f = r.acties_sinds %}Sinds {{ vorig }} bijgekomen: {{ f.toegevoegd|length }}; afgerond: "
        "{{ f.afgerond|length }}; open en verlopen: {{ f.verlopen|length }}."
    )
    for key, label in (("afgerond", "Afgerond"), ("toegevoegd", "Nieuw"), ("verlopen", "Verlopen")):
        document.add_paragraph(f"{{%p for a in r.acties_sinds.{key} %}}")
        document.add_paragraph(
            f"{label}: {{{{ a.norm }}}} {{{{ a.omschrijving or 'omschrijving vertrouwelijk' }}}}"
            "{% if a.gereed %} (streefdatum {{ a.gereed|datum }}){% endif %}",
            style="List Bullet",
        )
        document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endif %}")

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

    document.core_properties.title = "Raadsinformatiebrief zelfevaluatie Weerbare Overheid"
    document.core_properties.author = "nhnorm"
    document.save(str(path))


if __name__ == "__main__":
    build(
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parent.parent / "templates" / "report.docx"
    )
