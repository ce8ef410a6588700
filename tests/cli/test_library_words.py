"""What the libraries nhnorm builds on say (Jinja, pydantic, expat and zipfile, libyaml and ruamel)
reaches the user in the language of the run, with the place: a gemeente's own report template at
its line, an added norm file at its key, a broken workbook part at its line and column."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from nhnorm_cli.files.resources import NORM_PATH_ENV
from tests.conftest import Runner

LANGS = ("nl", "en")

# --- a gemeente's own report template (report --templates) --------------------------------------------

TEMPLATES: dict[str, tuple[str, str, tuple[str, str]]] = {
    # name: (template, "line:column", (Dutch, English))
    "brace not closed": (
        "# R\n{{ r.jaar }\n",
        "2:1",
        (
            "onverwachte '}'; sluit elke {{ met }} en elke {% met %}",
            "unexpected '}'; close every {{ with }} and every {% with %}",
        ),
    ),
    "ends inside {{": (
        "# R\n{{ r.jaar\n",
        "2:1",
        (
            "het sjabloon eindigt binnen {{ … }}; sluit het met }}",
            "the template ends inside {{ … }}; close it with }}",
        ),
    ),
    "for never closed": (
        "# R\n{% for t in r.themas %}\n{{ t.id }}\n",
        "3:1",
        (
            "het sjabloon eindigt terwijl {% for %} nog open is; sluit het met {% endfor %}",
            "the template ends while {% for %} is still open; close it with {% endfor %}",
        ),
    ),
    "wrong end tag": (
        "# R\n{% if r.jaar %}\n{% endfor %}\n",
        "3:1",
        (
            "{% endfor %} is onbekend of staat hier verkeerd; {% if %} is nog open en sluit met {% endif %}",
            "{% endfor %} is unknown or out of place; {% if %} is still open and closes with {% endif %}",
        ),
    ),
    "stray end tag": (
        "# R\n{% endif %}\n",
        "2:1",
        ("{% endif %} is onbekend of staat hier verkeerd", "{% endif %} is unknown or out of place"),
    ),
    "ends inside {%": (
        "# R\n{% if r.jaar %}x{% endif\n",
        "2:1",
        (
            "het sjabloon eindigt binnen {% … %}; sluit het met %}",
            "the template ends inside {% … %}; close it with %}",
        ),
    ),
    "two values in one {{ }}": (
        "# R\n{{ r.jaar r.organisatie }}\n",
        "2:1",
        ("}} verwacht, maar hier staat 'r'", "expected }}, but found 'r'"),
    ),
    "character not allowed": (
        "# R\n{{ r.jaar ! }}\n",
        "2:1",
        ("teken '!' mag hier niet", "character '!' is not allowed here"),
    ),
    "unknown test": (
        "# R\n{% if r.jaar is even_jaar %}x{% endif %}\n",
        "2:1",
        (
            "test 'even_jaar' bestaat niet (na 'is')",
            "there is no test 'even_jaar' (after 'is')",
        ),
    ),
    "field of an empty value": (
        "# R\n{{ none.titel }}\n",
        "2:1",
        (
            "een lege waarde heeft geen veld 'titel'; kijk eerst met {% if … %} of er een waarde is",
            "an empty value has no field 'titel'; check first with {% if … %} that there is a value",
        ),
    ),
    "unknown filter": (
        "# R\n\n{{ r.jaar | vet }}\n",
        "3:1",
        ("filter 'vet' bestaat niet", "there is no filter 'vet'"),
    ),
    "undefined name": (
        "# R\n\n{{ gemeente }}\n",
        "3:1",
        (
            "'gemeente' bestaat niet; is de naam goed gespeld? (een sjabloon krijgt r, de rapportgegevens)",
            "'gemeente' does not exist; is the name spelt right? (a template gets r, the report data)",
        ),
    ),
    "misspelt field": (
        "# R\n{% if r.jaar %}\n{{ r.organisate }}\n{% endif %}\n",
        "3:1",
        (
            "ReportData heeft geen veld 'organisate'; is de naam goed gespeld?",
            "ReportData has no field 'organisate'; is the name spelt right?",
        ),
    ),
    "no such element": (
        "# R\n{{ r.themas[99] }}\n",
        "2:1",
        ("een lijst heeft geen element 99", "a list has no element 99"),
    ),
    "division by zero": ("# R\n\n\n{{ r.jaar / 0 }}\n", "4:1", ("deling door nul", "division by zero")),
    "number plus text": (
        "# R\n{{ r.jaar + ' rapport' }}\n",
        "2:1",
        (
            "'+' kan niet met een geheel getal en tekst",
            "'+' does not work on a whole number and text",
        ),
    ),
    "text plus number": (
        "# R\n{{ 'jaar ' + r.jaar }}\n",
        "2:1",
        (
            "tekst en een geheel getal gaan niet samen met +; gebruik ~ om tekst aan elkaar te plakken",
            "text and a whole number do not add up with +; use ~ to join text",
        ),
    ),
    "loop over a number": (
        "# R\n{% for x in r.jaar %}{% endfor %}\n",
        "2:1",
        (
            "een geheel getal is geen lijst; {% for %} kan er niet doorheen",
            "a whole number is not a list; {% for %} cannot loop over it",
        ),
    ),
    "include not there": (
        "# R\n{% include 'kop.md.j2' %}\n",
        "2:1",
        (
            "sjabloon kop.md.j2 bestaat niet (niet in --templates en niet in nhnorm)",
            "template kop.md.j2 does not exist (not in --templates and not in nhnorm)",
        ),
    ),
    "sandbox": (
        "# R\n{{ r.__class__ }}\n",
        "2:1",
        (
            "een sjabloon mag '__class__' niet gebruiken (afgeschermd)",
            "a template may not use '__class__' (sandboxed)",
        ),
    ),
    "filter given the wrong value": (
        "# R\n{{ r.themas[0] | score }}\n",
        "2:1",
        (
            "een filter of bewerking kreeg een waarde van de verkeerde soort (details: unsupported format "
            "string passed to ThemeView.__format__)",
            "a filter or operation was given the wrong kind of value (details: unsupported format "
            "string passed to ThemeView.__format__)",
        ),
    ),
}
_TEMPLATE_PREFIX = ("fout in een rapportsjabloon: ", "error in a report template: ")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TEMPLATES)
def test_a_broken_own_template_is_told_at_its_line(
    repo: Path, tmp_path: Path, nhnorm: Runner, name: str, lang: str
) -> None:
    template, where, words = TEMPLATES[name]
    own = tmp_path / "huisstijl"
    own.mkdir()
    (own / "report.md.j2").write_text(template, encoding="utf-8")
    result = nhnorm("report", "--year", "2026", "--templates", own, "--lang", lang, expect=1)
    i = LANGS.index(lang)
    assert result.stdout == ""
    assert result.stderr == (
        f"{own / 'report.md.j2'}:{where}: fout SJABLOON-FOUT: {_TEMPLATE_PREFIX[i]}{words[i]}\n"
    )


def test_an_error_in_an_overridden_block_points_at_the_own_template(
    repo: Path, tmp_path: Path, nhnorm: Runner
) -> None:
    """{% extends "nhnorm/…" %} with one block of the gemeente's own: the line is in its file."""
    (tmp_path / "report.md.j2").write_text(
        '{% extends "nhnorm/report.md.j2" %}\n{% block voet %}\nDoor {{ r.auteur }}\n{% endblock %}\n',
        encoding="utf-8",
    )
    err = nhnorm("report", "--year", "2026", "--templates", tmp_path, expect=1).stderr
    assert err == (
        f"{tmp_path / 'report.md.j2'}:3:1: fout SJABLOON-FOUT: fout in een rapportsjabloon: "
        "ReportData heeft geen veld 'auteur'; is de naam goed gespeld?\n"
    )


# --- a norm file added via NHNORM_NORM_PATH -------------------------------------------------------------

MINI_NORM = """\
familie: test-norm
versie: "1.1"
titel: Testnorm
oordelen:
  - sleutel: voldaan
    label: Voldaan
    punten: 3
  - sleutel: nee
    label: Niet voldaan
    punten: 0
themas:
  - id: "1"
    titel: Eerste
    omschrijving: Het eerste thema
    normen:
      - id: "1.1"
        tekst: Een norm
        herhaling: jaarlijks
        onderdelen:
          - id: "1.1.a"
            tekst: Een onderdeel
"""

NORMS: dict[str, tuple[str, str, str, tuple[str, str]]] = {
    # name: (text replaced, by, "line:column CODE", (Dutch, English))
    "unknown key": (
        "titel: Testnorm\n",
        "titel: Testnorm\nauteur: x\n",
        "4:1 NORM-ONGELDIG",
        (
            'normbestand is ongeldig: onbekende sleutel "auteur" in het bestand',
            'norm file is invalid: unknown key "auteur" in the file',
        ),
    ),
    "missing key": (
        "    omschrijving: Het eerste thema\n",
        "",
        "12:5 NORM-ONGELDIG",
        (
            'normbestand is ongeldig: "omschrijving" ontbreekt in themas[1]',
            'norm file is invalid: "omschrijving" is missing in themas[1]',
        ),
    ),
    "points not a number": (
        "punten: 3",
        "punten: drie",
        "7:13 NORM-ONGELDIG",
        (
            "normbestand is ongeldig: punten moet een geheel getal zijn, niet drie",
            "norm file is invalid: punten must be a whole number, not drie",
        ),
    ),
    "negative points": (
        "punten: 3",
        "punten: -1",
        "7:13 NORM-ONGELDIG",
        (
            'normbestand is ongeldig: punten heeft ongeldige waarde "-1" (minstens 0)',
            'norm file is invalid: punten has invalid value "-1" (at least 0)',
        ),
    ),
    "key with a capital": (
        "sleutel: voldaan",
        "sleutel: Voldaan",
        "5:14 NORM-ONGELDIG",
        (
            'normbestand is ongeldig: sleutel heeft ongeldige waarde "Voldaan" (alleen kleine letters a-z, '
            "zonder spaties)",
            'norm file is invalid: sleutel has invalid value "Voldaan" (only lower-case letters a-z, '
            "without spaces)",
        ),
    ),
    "norm id not theme.number": (
        '- id: "1.1"\n',
        '- id: "1-1"\n',
        "16:13 NORM-ONGELDIG",
        (
            'normbestand is ongeldig: id heeft ongeldige waarde "1-1" (thema, punt, nummer, bijv. 2.7)',
            'norm file is invalid: id has invalid value "1-1" (theme, dot, number, e.g. 2.7)',
        ),
    ),
    "repetition not allowed": (
        "herhaling: jaarlijks",
        "herhaling: maandelijks",
        "18:20 NORM-ONGELDIG",
        (
            'normbestand is ongeldig: herhaling heeft ongeldige waarde "maandelijks"; toegestaan: jaarlijks, '
            'tweejaarlijks; bedoelde u "jaarlijks"?',
            'norm file is invalid: herhaling has invalid value "maandelijks"; allowed: jaarlijks, '
            'tweejaarlijks; did you mean "jaarlijks"?',
        ),
    ),
    "empty title": (
        "titel: Testnorm",
        'titel: ""',
        "3:8 NORM-ONGELDIG",
        (
            "normbestand is ongeldig: titel mag niet leeg zijn",
            "norm file is invalid: titel must not be empty",
        ),
    ),
    "norm under another theme": (
        MINI_NORM[MINI_NORM.index('"1.1"') : MINI_NORM.index('"1.1.a"') + 7],
        MINI_NORM[MINI_NORM.index('"1.1"') : MINI_NORM.index('"1.1.a"') + 7].replace("1.1", "2.1"),
        "16:13 NORM-ELDERS",
        (
            "norm 2.1 hoort niet bij thema 1; een norm-id begint met 1.",
            "norm 2.1 does not belong to theme 1; a norm id starts with 1.",
        ),
    ),
    "onderdeel under another norm": (
        '"1.1.a"',
        '"1.2.a"',
        "20:17 NORM-ONDERDEEL-ELDERS",
        (
            "onderdeel 1.2.a hoort niet bij norm 1.1; een onderdeel-id begint met 1.1.",
            "onderdeel 1.2.a does not belong to norm 1.1; an onderdeel id starts with 1.1.",
        ),
    ),
    "aard without verplicht false": (
        "            tekst: Een onderdeel\n",
        "            tekst: Een onderdeel\n            aard: voorbeeld\n",
        "20:13 NORM-AARD",
        (
            "onderdeel 1.1.a: aard (kan-bepaling of voorbeeld) hoort bij verplicht: false, en alleen daarbij",
            "onderdeel 1.1.a: aard (kan-bepaling or voorbeeld) goes with verplicht: false, and only with it",
        ),
    ),
    "oordeel twice": (
        "sleutel: nee",
        "sleutel: voldaan",
        "8:14 NORM-DUBBEL-OORDEEL",
        (
            "oordeel voldaan staat twee keer in de schaal (oordelen); noem elk oordeel één keer",
            "oordeel voldaan is in the scale (oordelen) twice; name every oordeel once",
        ),
    ),
    "no points at all": (
        "punten: 3",
        "punten: 0",
        "5:3 NORM-GEEN-PUNTEN",
        (
            "geen enkel oordeel in de schaal (oordelen) geeft punten; geef het hoogste oordeel punten",
            "no oordeel in the scale (oordelen) gives points; give the highest oordeel points",
        ),
    ),
    "two top oordelen": (
        "punten: 0",
        "punten: 3",
        "10:13 NORM-TWEE-HOOGSTE",
        (
            "oordelen voldaan en nee hebben allebei de meeste punten; geef alleen het oordeel dat de norm "
            "volledig haalt de meeste punten",
            "oordelen voldaan and nee both have the most points; give the most points only to the oordeel "
            "that fully meets the norm",
        ),
    ),
    "theme twice": (
        "            tekst: Een onderdeel\n",
        "            tekst: Een onderdeel\n"
        '  - id: "1"\n    titel: Nog eens\n    omschrijving: Hetzelfde id\n    normen: []\n',
        "22:9 NORM-DUBBEL-THEMA",
        (
            "thema 1 staat twee keer in het normbestand; geef elk thema een eigen id",
            "theme 1 is in the norm file twice; give every theme its own id",
        ),
    ),
}


@pytest.mark.parametrize("written", ["klaar", '"klaar"', "'klaar'"])
def test_a_quoted_wrong_value_is_quoted_once(repo: Path, nhnorm: Runner, written: str) -> None:
    path = Path("assessments/zeedorp/2026.yaml")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nstatus: concept\n", f"\nstatus: {written}\n", 1), encoding="utf-8")
    out = nhnorm("validate", path, expect=1).stdout
    assert out.splitlines()[0] == (
        f'{path}:21:9: fout ONGELDIGE-WAARDE: status heeft ongeldige waarde "klaar"; '
        "toegestaan: concept, vastgesteld"
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NORMS)
def test_a_broken_added_norm_is_told_at_its_key(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, lang: str
) -> None:
    old, new, where, words = NORMS[name]
    assert old in MINI_NORM
    (tmp_path / "1.1.yaml").write_text(MINI_NORM.replace(old, new, 1), encoding="utf-8")
    monkeypatch.setenv(NORM_PATH_ENV, str(tmp_path))
    position, code = where.split(" ")
    result = nhnorm("norm", "--norm", "1.1", "--lang", lang, expect=1)
    assert result.stderr == f"{tmp_path / '1.1.yaml'}:{position}: fout {code}: {words[LANGS.index(lang)]}\n"


def test_the_small_norm_of_these_tests_is_valid(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "1.1.yaml").write_text(MINI_NORM, encoding="utf-8")
    monkeypatch.setenv(NORM_PATH_ENV, str(tmp_path))
    assert "1.1 │ Een norm" in nhnorm("norm", "--norm", "1.1").stdout


# --- YAML problems libyaml and ruamel's own reader word in English ----------------------------------------

# A raw line separator (U+2028) in a quoted text makes nhnorm read the file with ruamel's own reader,
# whose words differ from libyaml's.
_RUAMEL = 'organisatie: "Gemeente\u2028Zeedorp"\n'
_EXPECTED_KEY = (
    "sleutel verwacht; klopt de inspringing? Of staat er tekst na een afsluitend aanhalingsteken "
    "(een ' binnen '…' schrijft u als '')?",
    "expected a key; is the indentation right? Or is there text after a closing quote "
    "(write a ' inside '…' as '')?",
)
YAML: dict[str, tuple[str, str, tuple[str, str]]] = {
    # name: (file, "line:column", (Dutch, English))
    "tab (ruamel)": (
        _RUAMEL + "a: 1\n\tb: 2\n",
        "3:1",
        (
            "tab gevonden waar een spatie hoort; YAML springt in met spaties",
            "tab found where a space is expected; YAML indents with spaces",
        ),
    ),
    "indentation (ruamel)": (_RUAMEL + "a:\n  b: 1\n c: 2\n", "4:2", _EXPECTED_KEY),
    "indentation": ("a:\n  b: 1\n c: 2\n", "3:2", _EXPECTED_KEY),
    "apostrophe inside single quotes": ("toelichting: 'zo'n plan'\n", "1:18", _EXPECTED_KEY),
    "text after the closing quote (ruamel)": (
        _RUAMEL + 'toelichting: "zie "bijlage" A"\n',
        "2:20",
        _EXPECTED_KEY,
    ),
    "block scalar indicator": (
        "toelichting: |tekst\n  meer\n",
        "1:15",
        (
            "einde van de regel verwacht; na | of > mag alleen -, + of een cijfer 1-9 staan, de tekst "
            "begint op de volgende regel",
            "expected the end of the line; after | or > only -, + or a digit 1-9 may follow, the text "
            "starts on the next line",
        ),
    ),
    "bad \\x escape (ruamel)": (
        _RUAMEL + 'link: "C:\\xampp"\n',
        "2:12",
        (
            "onbekend teken na \\ tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens",
            "unknown escape after \\ inside double quotes; use single quotes",
        ),
    ),
    "value starting with ?": (
        "toelichting: ? onbekend\n",
        "1:14",
        (
            "hier mag geen '? ' (een samengestelde sleutel); zet tekst die met ? begint tussen "
            "aanhalingstekens",
            "a '? ' (complex key) is not allowed here; put text starting with ? in quotes",
        ),
    ),
    "colon in a plain value (ruamel)": (
        _RUAMEL + "toelichting: tijd: 10 uur\n",
        "2:18",
        (
            "hier mag geen 'sleutel: waarde'; zet tekst met ': ' tussen aanhalingstekens",
            "a 'key: value' is not allowed here; quote text containing ': '",
        ),
    ),
    "bracket not closed (ruamel)": (
        _RUAMEL + "a: [1, 2\nb: 2\n",
        "3:2",
        (
            "',' of ']' verwacht; wordt een lijst tussen [ ] niet gesloten?",
            "expected ',' or ']'; is a [ ] list not closed?",
        ),
    ),
    "brace not closed (ruamel)": (
        _RUAMEL + "a: {x: 1\nb: 2\n",
        "3:2",
        (
            "',' of '}' verwacht; wordt een mapping tussen { } niet gesloten?",
            "expected ',' or '}'; is a { } mapping not closed?",
        ),
    ),
    "value starting with @ (ruamel)": (
        _RUAMEL + "eigenaar: @jan\n",
        "2:11",
        (
            "een waarde kan niet met '@' beginnen; zet de waarde tussen aanhalingstekens",
            "a value cannot start with '@'; put the value in quotes",
        ),
    ),
    "value starting with *": (
        "eigenaar: * jan\n",
        "1:12",
        (
            "na * of & hoort een naam; begint de waarde met * of &, zet haar dan tussen aanhalingstekens",
            "* or & must be followed by a name; if the value starts with * or &, put it in quotes",
        ),
    ),
    "line starting with %": (
        "%procent\na: 1\n",
        "1:9",
        (
            "een regel die met % begint is een YAML-instructie; zet tekst die met % begint tussen "
            "aanhalingstekens",
            "a line starting with % is a YAML directive; put text starting with % in quotes",
        ),
    ),
    "text after ...": (
        "a: 1\n...\nb: 2\n",
        "3:1",
        (
            "na '...' (einde van het document) mag niets meer staan; haal '...' weg",
            "nothing may follow '...' (end of the document); remove the '...'",
        ),
    ),
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", YAML)
def test_a_yaml_mistake_is_told_in_the_language_of_the_run(
    repo: Path, nhnorm: Runner, name: str, lang: str
) -> None:
    text, where, words = YAML[name]
    (repo / "kapot.yaml").write_text(text, encoding="utf-8")
    out = nhnorm("validate", "kapot.yaml", "--lang", lang, expect=1).stdout
    prefix = ("ongeldige YAML: ", "invalid YAML: ")[LANGS.index(lang)]
    assert out.splitlines()[0] == f"kapot.yaml:{where}: fout YAML-SYNTAX: {prefix}{words[LANGS.index(lang)]}"


# --- a workbook that is not one: zip and XML parts (import) ------------------------------------------------

SHEET = "xl/worksheets/sheet2.xml"


def _edit_part(source: Path, target: Path, part: str, old: bytes, new: bytes) -> None:
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name in archive.namelist():
            data = archive.read(name)
            if name == part:
                assert old in data
                data = data.replace(old, new, 1)
            out.writestr(name, data)


XML: dict[str, tuple[bytes, bytes, tuple[str, str]]] = {
    # name: (bytes in the sheet, replaced by, (Dutch, English) after the part's name)
    "closing tag does not match": (
        b"</sheetData>",
        b"</sheetDat>",
        ("een sluittag past niet bij de open tag", "a closing tag does not match the open tag"),
    ),
    "character not allowed": (
        b"<sheetData>",
        b"<sheetData><<",
        ("een teken dat daar niet mag", "a character that is not allowed there"),
    ),
    "unknown entity": (
        b"<sheetData>",
        b"<sheetData>&nbsp;",
        ("een onbekende entiteit &…;", "an unknown entity &…;"),
    ),
    "attribute twice": (
        b"<sheetData>",
        b'<sheetData a="1" a="2">',
        ("een attribuut staat twee keer in één tag", "an attribute appears twice in one tag"),
    ),
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", XML)
def test_a_broken_workbook_part_is_told_at_its_line_and_column(
    repo: Path, exported_workbook: Path, nhnorm: Runner, name: str, lang: str
) -> None:
    old, new, words = XML[name]
    with zipfile.ZipFile(exported_workbook) as archive:
        sheet = archive.read(SHEET)
    offset = sheet.index(old)
    line = sheet.count(b"\n", 0, offset) + 1
    column = offset - (sheet.rfind(b"\n", 0, offset) + 1) + 1
    # expat points inside the edit: after "</", at the second "<", the "&", the second "a"
    column += {
        "closing tag does not match": 2,
        "character not allowed": 12,
        "unknown entity": 11,
        "attribute twice": 17,
    }[name]
    _edit_part(exported_workbook, repo / "kapot.xlsx", SHEET, old, new)
    err = nhnorm("import", "kapot.xlsx", "--lang", lang, expect=1).stderr
    i = LANGS.index(lang)
    said = (
        (
            "bestand is geen Excel-werkboek (.xlsx) dat nhnorm kan lezen: {part} is geen geldige XML "
            "({words}, regel {line}, kolom {column})"
        ),
        (
            "file is not an Excel workbook (.xlsx) that nhnorm can read: {part} is not valid XML "
            "({words}, line {line}, column {column})"
        ),
    )[i].format(part=SHEET, words=words[i], line=line, column=column)
    assert err == f"kapot.xlsx:1:1: fout GEEN-WERKBOEK: {said}\n"


def _flip_compressed_bytes(source: Path, target: Path) -> None:
    """The sheet's deflate stream damaged where zipfile reads it: a broken download or disk."""
    raw = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(40, 120):
        raw[start + k] ^= 0x55
    target.write_bytes(bytes(raw))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("name", "words"),
    [
        (
            "not a zip",
            (
                "het is geen zip-archief, zoals een .xlsx; is het een .xls, .csv of ander bestand met de "
                "naam .xlsx?",
                "it is not a zip archive, as an .xlsx is; is it an .xls, .csv or other file named .xlsx?",
            ),
        ),
        ("damaged", ("het zip-archief is beschadigd", "the zip archive is damaged")),
        (
            "part missing",
            (
                "onderdeel xl/workbook.xml ontbreekt; sla het bestand opnieuw op in Excel",
                "part xl/workbook.xml is missing; save the file again in Excel",
            ),
        ),
    ],
)
def test_a_file_that_is_no_zip_a_damaged_one_or_one_without_a_part_is_told_so(
    repo: Path, exported_workbook: Path, nhnorm: Runner, name: str, words: tuple[str, str], lang: str
) -> None:
    target = repo / "kapot.xlsx"
    if name == "not a zip":
        target.write_text("organisatie;jaar\nZeedorp;2026\n", encoding="utf-8")
    elif name == "damaged":
        _flip_compressed_bytes(exported_workbook, target)
    else:
        with zipfile.ZipFile(exported_workbook) as archive, zipfile.ZipFile(target, "w") as out:
            for part in archive.namelist():
                if part != "xl/workbook.xml":
                    out.writestr(part, archive.read(part))
    err = nhnorm("import", "kapot.xlsx", "--lang", lang, expect=1).stderr
    i = LANGS.index(lang)
    lead = (
        "bestand is geen Excel-werkboek (.xlsx) dat nhnorm kan lezen: ",
        "file is not an Excel workbook (.xlsx) that nhnorm can read: ",
    )[i]
    assert err == f"kapot.xlsx:1:1: fout GEEN-WERKBOEK: {lead}{words[i]}\n"
