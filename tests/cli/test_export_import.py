"""`nhnorm export` and `nhnorm import`: the round trip keeps every answer, and a broken workbook
is reported cell by cell."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.select.assessments import load_assessment
from tests import factories
from tests.conftest import Runner

EXAMPLE = Path("assessments/zeedorp")


def _model(path: Path) -> Assessment:
    return load_assessment(path).assessment


@pytest.mark.parametrize("year", [2025, 2026])
def test_round_trip_keeps_everything(nhnorm: Runner, repo: Path, year: int) -> None:
    nhnorm("export", "--year", year, "--output", "overzicht.xlsx")
    nhnorm("import", "overzicht.xlsx", "--output", "terug.yaml")
    original = _model(EXAMPLE / f"{year}.yaml")
    assert original.antwoorden["1.3"].onderdelen  # the examples carry onderdelen, actions, secrets
    assert _model(Path("terug.yaml")) == original


def test_import_into_existing_file_changes_only_the_edits(nhnorm: Runner, repo: Path) -> None:
    target = EXAMPLE / "2026.yaml"
    before = target.read_text(encoding="utf-8")
    nhnorm("export", "--year", "2026", "--output", "overzicht.xlsx")
    unchanged = nhnorm("import", "overzicht.xlsx", "--output", target, expect=2)
    assert (
        "BIJWERKEN-MET-FORCE: assessments/zeedorp/2026.yaml bestaat al; gebruik --force" in unchanged.stderr
    )
    nhnorm("import", "overzicht.xlsx", "--output", target, "--force")
    assert target.read_text(encoding="utf-8") == before  # comments, order and quoting all kept

    book = openpyxl.load_workbook("overzicht.xlsx")
    sheet = book["Implementatieoverzicht"]
    row = _row_of(sheet, "1.1")
    sheet[f"D{row}"] = "deels"
    sheet[f"G{row}"] = "Nieuwe actie | Concernstaf | 2026-12-31 | open"
    book.save("overzicht.xlsx")
    nhnorm("import", "overzicht.xlsx", "--output", target, "--force")
    after = target.read_text(encoding="utf-8")
    assert after.splitlines()[:12] == before.splitlines()[:12]  # the header comment is still there
    changed = _model(target).antwoorden["1.1"]
    assert changed.oordeel == "deels"
    assert [(a.omschrijving, a.eigenaar, str(a.gereed), a.afgerond) for a in changed.acties] == [
        ("Nieuwe actie", "Concernstaf", "2026-12-31", False)
    ]


def test_import_to_stdout(nhnorm: Runner, repo: Path) -> None:
    nhnorm("export", "--year", "2025", "--output", "overzicht.xlsx")
    text = nhnorm("import", "overzicht.xlsx").stdout
    assert text.startswith('norm: "1.0"\norganisatie:\n  naam: Gemeente Zeedorp\n')
    assert '\n  "5.5":\n' in text


def test_csv_export_has_the_sheet_rows(nhnorm: Runner, repo: Path) -> None:
    nhnorm("export", "--year", "2025", "--format", "csv", "--output", "overzicht.csv")
    rows = list(csv.reader(io.StringIO(Path("overzicht.csv").read_text(encoding="utf-8"))))
    components = sum(len(r.onderdelen) for r in factories.NORM.requirements)
    assert len(rows) == 1 + 47 + components
    assert rows[0][:4] == ["Thema", "Id", "Norm", "Oordeel"]
    row = next(r for r in rows if r[1] == "1.2")
    assert row[3] == "grotendeels"
    assert row[6].splitlines()[0] == (
        "Ondermijning en weerbaarheid als vast kwartaalagendapunt opnemen in het directieoverleg"
        " | Gemeentesecretaris | 2025-09-30 | open"
    )


def test_export_needs_one_organisation(nhnorm: Runner, repo: Path) -> None:
    factories.write_document(
        repo, "tweede", factories.assessment("Gemeente Tweede", 2025, {"1.1": "voldaan"})
    )
    result = nhnorm("export", "--year", "2025", "--output", "x.xlsx", expect=2)
    assert "MEERDERE-ORGANISATIES" in result.stderr and "tweede, zeedorp" in result.stderr
    nhnorm("export", "--year", "2025", "--org", "tweede", "--output", "x.xlsx")
    assert nhnorm("export", "--year", "2025", "--org", "tweede", "--output", "x.xlsx", expect=2).stderr
    nhnorm("export", "--year", "2025", "--org", "tweede", "--output", "x.xlsx", "--force")


def test_workbook_layout(nhnorm: Runner, repo: Path) -> None:
    nhnorm("export", "--year", "2026", "--output", "overzicht.xlsx")
    book = openpyxl.load_workbook("overzicht.xlsx")
    sheet = book["Implementatieoverzicht"]
    assert sheet.freeze_panes == "C2" and sheet.print_title_rows == "$1:$1"
    assert sheet.protection.sheet and sheet.page_setup.orientation == "landscape"
    row = _row_of(sheet, "1.3.a")
    assert sheet[f"C{row}"].protection.locked and not sheet[f"D{row}"].protection.locked
    assert sheet[f"E{row}"].protection.locked  # an onderdeel only has an oordeel
    lists = {dv.formula1: str(dv.sqref) for dv in sheet.data_validations.dataValidation}
    assert lists['"voldaan,grotendeels,deels,niet,nvt"'] == f"D2:D{sheet.max_row}"
    assert f"H{_row_of(sheet, '1.1')}" in lists['"ja,nee"'].split()
    organisation = book["Organisatie"]
    assert [c.value for c in organisation["A"]][1:] == [
        "naam",
        "soort",
        "code",
        "riec",
        "jaar",
        "peildatum",
        "status",
        "vastgesteld_op",
        "vastgesteld_door",
        "norm",
    ]


def _row_of(sheet, wanted: str) -> int:  # type: ignore[no-untyped-def]
    return next(c.row for c in sheet["B"] if c.value == wanted)


@pytest.fixture
def workbook(nhnorm: Runner, repo: Path) -> Path:
    nhnorm("export", "--year", "2026", "--output", "overzicht.xlsx")
    return repo / "overzicht.xlsx"


def _edit(path: Path, change) -> openpyxl.Workbook:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)
    return book


def _errors(nhnorm: Runner) -> list[str]:
    return nhnorm("import", "overzicht.xlsx", expect=1).stderr.splitlines()


def test_wrong_oordeel(nhnorm: Runner, workbook: Path) -> None:
    row = _row_of(openpyxl.load_workbook(workbook)["Implementatieoverzicht"], "1.4")
    _edit(workbook, lambda b: b["Implementatieoverzicht"].cell(row, 4, "voldan"))
    assert _errors(nhnorm) == [
        f'overzicht.xlsx:Implementatieoverzicht!D{row}: fout ONBEKEND-OORDEEL: oordeel "voldan" bestaat '
        'niet; kies uit voldaan, grotendeels, deels, niet, nvt; bedoelde u "voldaan"?'
    ]


def test_deleted_row(nhnorm: Runner, workbook: Path) -> None:
    row = _row_of(openpyxl.load_workbook(workbook)["Implementatieoverzicht"], "2.7")
    _edit(workbook, lambda b: b["Implementatieoverzicht"].delete_rows(row))
    assert _errors(nhnorm) == [
        f"overzicht.xlsx:Implementatieoverzicht!B{row}: fout RIJ-ONTBREEKT: de rij van 2.7 ontbreekt; "
        "zet de rij terug (verwijder geen rijen, laat het oordeel leeg)"
    ]


def test_unknown_id(nhnorm: Runner, workbook: Path) -> None:
    row = _row_of(openpyxl.load_workbook(workbook)["Implementatieoverzicht"], "6.2")
    _edit(workbook, lambda b: b["Implementatieoverzicht"].cell(row, 2, "7.1"))
    assert _errors(nhnorm) == [
        f"overzicht.xlsx:Implementatieoverzicht!B{row}: fout ONBEKEND-ID: "
        'norm "7.1" bestaat niet in norm 1.0',
        f"overzicht.xlsx:Implementatieoverzicht!B{row}: fout RIJ-ONTBREEKT: de rij van 6.2 ontbreekt; "
        "zet de rij terug (verwijder geen rijen, laat het oordeel leeg)",
    ]


def test_renamed_sheet(nhnorm: Runner, workbook: Path) -> None:
    _edit(workbook, lambda b: setattr(b["Implementatieoverzicht"], "title", "Blad1"))
    assert _errors(nhnorm) == [
        'overzicht.xlsx:Implementatieoverzicht: fout ONTBREKEND-WERKBLAD: werkblad "Implementatieoverzicht" '
        "ontbreekt (gevonden: Organisatie, Blad1); is het hernoemd?"
    ]


def test_bad_dates(nhnorm: Runner, workbook: Path) -> None:
    row = _row_of(openpyxl.load_workbook(workbook)["Implementatieoverzicht"], "1.2")

    def change(book: openpyxl.Workbook) -> None:
        book["Organisatie"]["B7"] = "30-02-2026"
        book["Implementatieoverzicht"].cell(row, 7, "Jaarplan | Veiligheid | eind 2026 | open")

    _edit(workbook, change)
    assert _errors(nhnorm) == [
        'overzicht.xlsx:Organisatie!B7: fout ONGELDIGE-DATUM: peildatum: "30-02-2026" is geen datum; '
        "schrijf JJJJ-MM-DD of DD-MM-JJJJ",
        f'overzicht.xlsx:Implementatieoverzicht!G{row}: fout ONGELDIGE-ACTIE: actie "Jaarplan | Veiligheid | '
        'eind 2026 | open": "eind 2026" is geen datum (JJJJ-MM-DD of DD-MM-JJJJ); schrijf omschrijving | '
        "eigenaar | JJJJ-MM-DD | open of afgerond",
    ]


def test_dutch_dates_are_read_and_stored_as_iso(nhnorm: Runner, workbook: Path) -> None:
    row = _row_of(openpyxl.load_workbook(workbook)["Implementatieoverzicht"], "1.2")

    def change(book: openpyxl.Workbook) -> None:
        book["Organisatie"]["B7"] = "28-03-2026"
        book["Implementatieoverzicht"].cell(row, 7, "Jaarplan | Veiligheid | 31-12-2026 | open")

    _edit(workbook, change)
    text = nhnorm("import", "overzicht.xlsx").stdout
    assert "peildatum: 2026-03-28\n" in text
    assert (
        "      - omschrijving: Jaarplan\n        eigenaar: Veiligheid\n        gereed: 2026-12-31\n" in text
    )


def test_several_problems_at_once_and_nothing_written(nhnorm: Runner, workbook: Path) -> None:
    sheet = openpyxl.load_workbook(workbook)["Implementatieoverzicht"]
    nvt, component = _row_of(sheet, "3.1"), _row_of(sheet, "5.5.b")

    def change(book: openpyxl.Workbook) -> None:
        rows = book["Implementatieoverzicht"]
        rows.cell(nvt, 4, "nvt")
        rows.cell(nvt, 5).value = None
        rows.cell(component, 4, "heel goed")
        rows.cell(nvt, 8, "misschien")

    _edit(workbook, change)
    result = nhnorm("import", "overzicht.xlsx", "--output", "nieuw.yaml", expect=1)
    assert [line.split(": fout ")[0] for line in result.stderr.splitlines()] == [
        f"overzicht.xlsx:Implementatieoverzicht!E{nvt}",
        f"overzicht.xlsx:Implementatieoverzicht!H{nvt}",
        f"overzicht.xlsx:Implementatieoverzicht!D{component}",
    ]
    assert not Path("nieuw.yaml").exists()


def test_not_a_workbook(nhnorm: Runner, repo: Path) -> None:
    Path("kapot.xlsx").write_text("geen zip", encoding="utf-8")
    result = nhnorm("import", "kapot.xlsx", expect=1)
    assert result.stderr.startswith("kapot.xlsx:1:1: fout GEEN-WERKBOEK: bestand is geen Excel-werkboek")
    assert "PAD-BESTAAT-NIET" in nhnorm("import", "nergens.xlsx", expect=2).stderr


def test_vastgesteld_needs_every_answer(nhnorm: Runner, repo: Path) -> None:
    nhnorm("export", "--year", "2025", "--output", "overzicht.xlsx")
    row = _row_of(openpyxl.load_workbook("overzicht.xlsx")["Implementatieoverzicht"], "4.2")

    def clear(book: openpyxl.Workbook) -> None:
        for column in range(4, 9):
            book["Implementatieoverzicht"].cell(row, column).value = None

    _edit(Path("overzicht.xlsx"), clear)
    assert _errors(nhnorm) == [
        "overzicht.xlsx:Organisatie!B8: fout ONVOLLEDIG-VASTGESTELD: status is vastgesteld maar 1 norm(en) "
        "hebben geen antwoord: 4.2"
    ]


def test_zip_bomb_is_refused_unopened(nhnorm: Runner, repo: Path) -> None:
    with zipfile.ZipFile("bom.xlsx", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (60 * 1024 * 1024))
    assert Path("bom.xlsx").stat().st_size < 1024 * 1024
    result = nhnorm("import", "bom.xlsx", expect=1)
    assert "bom.xlsx:1:1: fout WERKBOEK-TE-GROOT: werkboek pakt uit tot 62914560 bytes" in result.stderr


def test_missing_organisation_row(nhnorm: Runner, workbook: Path) -> None:
    _edit(workbook, lambda b: b["Organisatie"].delete_rows(3))  # soort
    assert _errors(nhnorm) == [
        'overzicht.xlsx:Organisatie!A11: fout GEGEVEN-ONTBREEKT: de rij "soort" ontbreekt; zet de rij terug '
        "(kolom A: soort, kolom B: de waarde)"
    ]


def test_a_formula_without_a_stored_value_is_an_error_at_its_cell(nhnorm: Runner, workbook: Path) -> None:
    row = _row_of(openpyxl.load_workbook(workbook)["Implementatieoverzicht"], "1.2")
    _edit(workbook, lambda b: b["Implementatieoverzicht"].cell(row, 5, '="Zie "&A2'))  # never calculated
    assert _errors(nhnorm) == [
        f"overzicht.xlsx:Implementatieoverzicht!E{row}: fout FORMULE: cel bevat een formule "
        '(="Zie "&A2) zonder opgeslagen waarde; typ de waarde zelf in de cel of sla het werkboek op in Excel'
    ]


def test_dated_evidence_in_the_workbook(nhnorm: Runner, repo: Path) -> None:
    nhnorm("export", "--year", "2026", "--output", "overzicht.xlsx")
    book = openpyxl.load_workbook("overzicht.xlsx")
    sheet = book["Implementatieoverzicht"]
    row = _row_of(sheet, "2.3")
    sheet[f"F{row}"] = (
        "Verslag bijeenkomst | 10-02-2026 | | https://intranet/verslag\nAgenda\nOud besluit | begin 2025"
    )
    book.save("overzicht.xlsx")
    result = nhnorm("import", "overzicht.xlsx", expect=1)
    assert result.stderr.splitlines()[0] == (
        f"overzicht.xlsx:Implementatieoverzicht!F{row}: fout ONGELDIG-BEWIJS: "
        'bewijs "Oud besluit | begin 2025": datum "begin 2025" is geen datum (JJJJ-MM-DD of DD-MM-JJJJ); '
        "schrijf omschrijving | JJJJ-MM-DD | geldig tot JJJJ-MM-DD | link (velden achteraan mogen weg)"
    )
    sheet[f"F{row}"] = "Verslag bijeenkomst | 2026-02-10 | | https://intranet/verslag\nAgenda"
    book.save("overzicht.xlsx")
    nhnorm("import", "overzicht.xlsx", "--output", "terug.yaml")
    assert [
        b if isinstance(b, str) else b.model_dump()
        for b in _model(Path("terug.yaml")).antwoorden["2.3"].bewijs
    ] == [
        {
            "omschrijving": "Verslag bijeenkomst",
            "datum": date(2026, 2, 10),
            "geldig_tot": None,
            "link": "https://intranet/verslag",
        },
        "Agenda",
    ]


ACTIONS_HEADER = (
    "Acties (één per regel: omschrijving | eigenaar | JJJJ-MM-DD | open of afgerond | prioriteit)"
)
EARLIER_ACTIONS_HEADER = "Acties (één per regel: omschrijving | eigenaar | JJJJ-MM-DD | open of afgerond)"


@pytest.mark.parametrize("output_format", ["xlsx", "csv"])
def test_the_actions_header_names_the_priority_the_rows_carry(
    nhnorm: Runner, repo: Path, output_format: str
) -> None:
    nhnorm("export", "--year", "2026", "--format", output_format, "--output", f"overzicht.{output_format}")
    if output_format == "xlsx":
        header = openpyxl.load_workbook("overzicht.xlsx")["Implementatieoverzicht"]["G1"].value
    else:
        header = next(csv.reader(io.StringIO(Path("overzicht.csv").read_text(encoding="utf-8"))))[6]
    assert header == ACTIONS_HEADER


def test_a_workbook_exported_before_the_priority_column_header_still_imports(
    nhnorm: Runner, workbook: Path
) -> None:
    _edit(workbook, lambda book: book["Implementatieoverzicht"].cell(1, 7, EARLIER_ACTIONS_HEADER))
    nhnorm("import", "overzicht.xlsx", "--output", "terug.yaml")
    assert _model(Path("terug.yaml")) == _model(EXAMPLE / "2026.yaml")


def test_the_adoption_date_and_body_make_the_round_trip(nhnorm: Runner, repo: Path) -> None:
    # without them a workbook adopted late would count as on time in `intake`
    nhnorm("set", "--year", "2025", "--status", "concept")
    nhnorm(
        "set", "--year", "2025", "--status", "vastgesteld", "--op", "2025-04-08", "--door", "Interne driehoek"
    )
    nhnorm("export", "--year", "2025", "--output", "overzicht.xlsx")
    nhnorm("import", "overzicht.xlsx", "--output", "terug.yaml")
    back = _model(Path("terug.yaml"))
    assert (back.vastgesteld_op, back.vastgesteld_door) == (date(2025, 4, 8), "Interne driehoek")
    assert back == _model(EXAMPLE / "2025.yaml")


def test_a_workbook_without_the_adoption_rows_still_imports(nhnorm: Runner, workbook: Path) -> None:
    # exported before these rows existed: status and answers are read as before
    _edit(workbook, lambda book: book["Organisatie"].delete_rows(9, 2))
    nhnorm("import", "overzicht.xlsx", "--output", "terug.yaml")
    assert _model(Path("terug.yaml")) == _model(EXAMPLE / "2026.yaml")


def test_a_wrong_adoption_date_is_an_error_at_its_cell(nhnorm: Runner, workbook: Path) -> None:
    _edit(workbook, lambda book: book["Organisatie"].cell(9, 2, "april"))
    assert _errors(nhnorm) == [
        'overzicht.xlsx:Organisatie!B9: fout ONGELDIGE-DATUM: vastgesteld_op: "april" is geen datum; '
        "schrijf JJJJ-MM-DD of DD-MM-JJJJ"
    ]
