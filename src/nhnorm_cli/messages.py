"""Dutch and English text for every problem code; chosen at render time (--lang, NHNORM_LANG)."""

from __future__ import annotations

from typing import Any

from nhnorm_cli.errors import Problem

LANGUAGES = ("nl", "en")

_TEXT: dict[str, tuple[str, str]] = {
    # reading the file
    "ONLEESBAAR": ("bestand kan niet gelezen worden: {reden}", "file cannot be read: {reden}"),
    "TE-GROOT": (
        "bestand is {grootte} bytes; een zelfevaluatie mag hoogstens {max} bytes zijn",
        "file is {grootte} bytes; an assessment may be at most {max} bytes",
    ),
    "CODERING": (
        "bestand is geen UTF-8 ({detail}); sla het op als UTF-8",
        "file is not UTF-8 ({detail}); save it as UTF-8",
    ),
    "ONGELDIG-TEKEN": (
        "onzichtbaar teken {teken} mag niet in YAML; haal het weg (vaak meegekopieerd uit Word of e-mail)",
        "invisible character {teken} is not allowed in YAML; remove it (often pasted from Word or e-mail)",
    ),
    "LEEG-BESTAND": (
        "bestand is leeg; begin met `nhnorm init --year JJJJ`",
        "file is empty; start with `nhnorm init --year YYYY`",
    ),
    "YAML-SYNTAX": ("ongeldige YAML: {detail}", "invalid YAML: {detail}"),
    "TE-DIEP": (
        "YAML is dieper genest dan {max} niveaus",
        "YAML is nested deeper than {max} levels",
    ),
    "ALIAS": (
        "alias *{naam} is niet toegestaan; schrijf de waarde voluit",
        "alias *{naam} is not allowed; write the value out in full",
    ),
    "ANKER": (
        "anker &{naam} is niet toegestaan; haal het weg",
        "anchor &{naam} is not allowed; remove it",
    ),
    "TAG": (
        "tag {tag} is niet toegestaan; haal de tag weg",
        "tag {tag} is not allowed; remove the tag",
    ),
    "SLEUTEL-GEEN-TEKST": (
        "een sleutel moet tekst zijn, geen lijst of mapping",
        "a key must be text, not a list or mapping",
    ),
    "DUBBELE-SLEUTEL": (
        'sleutel "{sleutel}" staat er twee keer (eerst op regel {eerste}); voeg ze samen',
        'key "{sleutel}" appears twice (first on line {eerste}); merge them',
    ),
    "GEEN-MAPPING": (
        "een zelfevaluatie moet een mapping (sleutel: waarde) zijn, geen {soort}",
        "an assessment must be a mapping (key: value), not a {soort}",
    ),
    # the shape of an assessment
    "ID-GEEN-TEKST": (
        'id {id} moet tussen aanhalingstekens: "{id}" (anders leest YAML het als {als})',
        'id {id} must be quoted: "{id}" (otherwise YAML reads it as {als})',
    ),
    "ONBEKENDE-SLEUTEL": (
        'onbekende sleutel "{sleutel}" in {plek}',
        'unknown key "{sleutel}" in {plek}',
    ),
    "VERPLICHT-VELD": (
        '"{veld}" ontbreekt in {plek}',
        '"{veld}" is missing in {plek}',
    ),
    "GEEN-OORDEEL": (
        'antwoord op norm {id} heeft geen oordeel; vul "oordeel:" in',
        'answer to norm {id} has no oordeel; fill in "oordeel:"',
    ),
    "ONGELDIG-TYPE": (
        "{veld} moet {verwacht} zijn, niet {waarde}",
        "{veld} must be {verwacht}, not {waarde}",
    ),
    "ONGELDIGE-WAARDE": (
        '{veld} heeft ongeldige waarde "{waarde}"',
        '{veld} has invalid value "{waarde}"',
    ),
    "LEGE-WAARDE": ("{veld} mag niet leeg zijn", "{veld} must not be empty"),
    # the rules against the norm
    "ONBEKENDE-NORMVERSIE": (
        "norm {versie} bestaat niet; beschikbaar: {beschikbaar}",
        "norm {versie} does not exist; available: {beschikbaar}",
    ),
    "ONBEKEND-ID": (
        'norm "{id}" bestaat niet in norm {versie}',
        'norm "{id}" does not exist in norm {versie}',
    ),
    "ONBEKEND-OORDEEL": (
        'oordeel "{oordeel}" bestaat niet; kies uit {toegestaan}',
        'oordeel "{oordeel}" does not exist; choose from {toegestaan}',
    ),
    "ONBEKEND-ONDERDEEL": (
        'onderdeel "{onderdeel}" hoort niet bij norm {id}',
        'onderdeel "{onderdeel}" does not belong to norm {id}',
    ),
    "NVT-ZONDER-TOELICHTING": (
        "norm {id} is nvt maar heeft geen toelichting; leg uit waarom de norm niet van toepassing is",
        "norm {id} is nvt but has no toelichting; explain why the norm does not apply",
    ),
    "ONVOLLEDIG-VASTGESTELD": (
        "status is vastgesteld maar {aantal} norm(en) hebben geen antwoord: {ontbrekend}",
        "status is vastgesteld but {aantal} norm(s) have no answer: {ontbrekend}",
    ),
    "JAAR-BESTANDSNAAM": (
        "bestand heet {bestand} maar jaar is {jaar}; maak ze gelijk",
        "file is named {bestand} but jaar is {jaar}; make them match",
    ),
    "DUBBELE-BEOORDELING": (
        "{organisatie} heeft voor {jaar} al een zelfevaluatie: {eerste}",
        "{organisatie} already has an assessment for {jaar}: {eerste}",
    ),
    "ONDERDEEL-ONVOLDAAN": (
        "norm {id} is voldaan, maar verplicht onderdeel {onderdeel} is {oordeel}",
        "norm {id} is voldaan, but required onderdeel {onderdeel} is {oordeel}",
    ),
    "GEEN-ACTIE": (
        "norm {id} is {oordeel} maar heeft geen openstaande actie; voeg een actie toe",
        "norm {id} is {oordeel} but has no open action; add an action",
    ),
    # personal data in public text (SPEC §7)
    "PERSOONSGEGEVENS": (
        '{waar}: {gegeven} "{tekst}" zou in het openbare rapport komen; noem een functie of team '
        "in plaats van een persoon, of zet vertrouwelijk: true",
        '{waar}: {gegeven} "{tekst}" would appear in the public report; name a role or team '
        "instead of a person, or set vertrouwelijk: true",
    ),
    "PERSOONSGEGEVENS-VERWIJDERD": (
        "{gegeven} vervangen door [verwijderd] in de openbare versie",
        "{gegeven} replaced by [verwijderd] in the public version",
    ),
    # usage
    "PAD-BESTAAT-NIET": ("{pad} bestaat niet", "{pad} does not exist"),
    "GEEN-BESTANDEN": (
        "geen zelfevaluaties gevonden in {pad}",
        "no assessments found in {pad}",
    ),
    "GEEN-SELECTIE": (
        "geen zelfevaluatie gevonden voor {selectie}",
        "no assessment found for {selectie}",
    ),
    "MEERDERE-ORGANISATIES": (
        "meerdere organisaties gevonden ({organisaties}); kies er een met --org",
        "several organisations found ({organisaties}); choose one with --org",
    ),
    "ONBEKENDE-NORM": (
        'norm "{id}" bestaat niet in norm {versie}',
        'norm "{id}" does not exist in norm {versie}',
    ),
    "BESTAAT-AL": (
        "{pad} bestaat al; nhnorm overschrijft geen bestaand bestand",
        "{pad} already exists; nhnorm never overwrites an existing file",
    ),
    "ONGELDIGE-INVOER": ("{detail}", "{detail}"),
    "SCHRIJVEN-MISLUKT": (
        "{pad} kan niet geschreven worden: {reden}; kies een andere plek of controleer de rechten",
        "{pad} cannot be written: {reden}; choose another place or check the permissions",
    ),
    "ANDERE-ORGANISATIE": (
        "{oud} ({organisatie_oud}) en {nieuw} ({organisatie_nieuw}) gaan over verschillende "
        "organisaties; vergelijk twee jaren van dezelfde organisatie",
        "{oud} ({organisatie_oud}) and {nieuw} ({organisatie_nieuw}) are about different "
        "organisations; compare two years of the same organisation",
    ),
    "DIFF-ARGUMENTEN": (
        "geef twee bestanden (OUD NIEUW) of twee jaren (--from JAAR --to JAAR)",
        "give two files (OLD NEW) or two years (--from YEAR --to YEAR)",
    ),
    "UITVOER-IS-MAP": (
        "{pad} is een map; geef een bestandsnaam, bijvoorbeeld {voorbeeld}",
        "{pad} is a folder; give a file name, for example {voorbeeld}",
    ),
    "SJABLOON-FOUT": ("fout in een rapportsjabloon: {detail}", "error in a report template: {detail}"),
    "NIET-IN-VERGELIJKING": (
        "dit bestand is niet te lezen of niet geldig en telt niet mee in de vergelijking met andere jaren "
        "(nhnorm validate toont waarom)",
        "this file cannot be read or is invalid and is left out of the comparison with other years "
        "(nhnorm validate shows why)",
    ),
    "GEEN-NAAM": (
        'naam van de organisatie onbekend; geef --naam "Gemeente ..." (en zo nodig --soort)',
        'name of the organisation unknown; pass --naam "Gemeente ..." (and --soort if needed)',
    ),
    "NIEUW-ZONDER-OORDEEL": (
        "norm {id} heeft nog geen antwoord; geef een oordeel, bijv. nhnorm set {id} deels",
        "norm {id} has no answer yet; give an oordeel, e.g. nhnorm set {id} deels",
    ),
    "NIETS-TE-WIJZIGEN": (
        "niets te wijzigen; geef een norm-id en oordeel, een optie zoals --toelichting, of --status",
        "nothing to change; give a norm id and oordeel, an option such as --toelichting, or --status",
    ),
    "ACTIE-ONTBREEKT": (
        "--eigenaar en --gereed horen bij een actie; geef ook --actie",
        "--eigenaar and --gereed belong to an action; also pass --actie",
    ),
    "ONBEKENDE-ACTIE": (
        'geen (eenduidige) actie "{actie}" bij deze norm; de acties zijn: {acties}',
        'no (unambiguous) action "{actie}" for this norm; its actions are: {acties}',
    ),
    "NIET-OPGESLAGEN": (
        "{pad} is niet gewijzigd: met deze wijziging zou het bestand ongeldig worden",
        "{pad} was not changed: this change would make the file invalid",
    ),
    "CONFIG-SYNTAX": ("ongeldige TOML: {detail}", "invalid TOML: {detail}"),
    "CONFIG-ONBEKEND": (
        'onbekende instelling "{sleutel}"; toegestaan: {toegestaan}',
        'unknown setting "{sleutel}"; allowed: {toegestaan}',
    ),
    "CONFIG-WAARDE": (
        'instelling "{sleutel}" heeft ongeldige waarde {waarde}; toegestaan: {toegestaan}',
        'setting "{sleutel}" has invalid value {waarde}; allowed: {toegestaan}',
    ),
    "CONFIG-TYPE": (
        'instelling "{sleutel}" moet tekst tussen aanhalingstekens zijn',
        'setting "{sleutel}" must be text in quotes',
    ),
    # overview, export and import
    "GEMENGDE-NORMVERSIES": (
        "de zelfevaluaties van dit jaar gebruiken verschillende normversies ({versies}); "
        "maak een overzicht per versie door de bestanden als PATH te noemen",
        "this year's assessments use different norm versions ({versies}); "
        "make one overview per version by naming the files as PATH",
    ),
    "BIJWERKEN-MET-FORCE": (
        "{pad} bestaat al; gebruik --force om het bij te werken met het werkboek "
        "(commentaar en volgorde blijven staan)",
        "{pad} already exists; use --force to update it from the workbook (comments and order are kept)",
    ),
    "IS-MAP": ("{pad} is een map; geef een bestandsnaam", "{pad} is a folder; give a file name"),
    "OUTPUT-VERPLICHT": (
        "dit formaat is binair; geef een bestand met --output",
        "this format is binary; give a file with --output",
    ),
    "GEEN-WERKBOEK": (
        "bestand is geen Excel-werkboek (.xlsx) dat nhnorm kan lezen: {reden}",
        "file is not an Excel workbook (.xlsx) that nhnorm can read: {reden}",
    ),
    "WERKBOEK-TE-GROOT": (
        "werkboek pakt uit tot {grootte} bytes; een implementatieoverzicht mag hoogstens {max} bytes zijn",
        "workbook unpacks to {grootte} bytes; an implementatieoverzicht may be at most {max} bytes",
    ),
    "ONTBREKEND-WERKBLAD": (
        'werkblad "{werkblad}" ontbreekt (gevonden: {gevonden}); is het hernoemd?',
        'sheet "{werkblad}" is missing (found: {gevonden}); was it renamed?',
    ),
    "ONBEKENDE-KOP": (
        'kolom {kolom} heet "{waarde}" maar moet "{verwacht}" heten; verschuif geen kolommen',
        'column {kolom} is called "{waarde}" but must be "{verwacht}"; do not move columns',
    ),
    "RIJ-ONTBREEKT": (
        "de rij van {id} ontbreekt; zet de rij terug (verwijder geen rijen, laat het oordeel leeg)",
        "the row of {id} is missing; put the row back (do not delete rows, leave the oordeel empty)",
    ),
    "GEGEVEN-ONTBREEKT": (
        'de rij "{gegeven}" ontbreekt; zet de rij terug (kolom A: {gegeven}, kolom B: de waarde)',
        'the row "{gegeven}" is missing; put the row back (column A: {gegeven}, column B: the value)',
    ),
    "DUBBELE-RIJ": (
        "{id} staat er twee keer in (eerst in rij {eerste})",
        "{id} appears twice (first in row {eerste})",
    ),
    "ONGELDIGE-DATUM": (
        '{veld}: "{waarde}" is geen datum; schrijf JJJJ-MM-DD',
        '{veld}: "{waarde}" is not a date; write YYYY-MM-DD',
    ),
    "ONGELDIGE-ACTIE": (
        'actie "{waarde}": {reden}; schrijf omschrijving | eigenaar | JJJJ-MM-DD | open of afgerond',
        'action "{waarde}": {reden}; write omschrijving | eigenaar | YYYY-MM-DD | open or afgerond',
    ),
    "OORDEEL-LEEG": (
        "norm {id} heeft een toelichting, bewijs of actie maar geen oordeel; kies een oordeel",
        "norm {id} has a toelichting, bewijs or action but no oordeel; choose an oordeel",
    ),
    "ONDERDEEL-ZONDER-OORDEEL": (
        "onderdeel {onderdeel} heeft een oordeel maar norm {id} niet; vul ook het oordeel van de norm in",
        "onderdeel {onderdeel} has an oordeel but norm {id} has none; fill in the norm's oordeel too",
    ),
}

_EXTRA: dict[str, tuple[str, str]] = {
    "toegestaan": ("; toegestaan: {toegestaan}", "; allowed: {toegestaan}"),
    "suggestie": ('; bedoelde u "{suggestie}"?', '; did you mean "{suggestie}"?'),
    "aanhalingstekens": (
        '; schrijf "{waarde}" met aanhalingstekens',
        '; write "{waarde}" with quotes',
    ),
    "zonder_aanhalingstekens": (
        "; haal de aanhalingstekens weg",
        "; remove the quotes",
    ),
    "hoort_bij": ("; het hoort bij norm {hoort_bij}", "; it belongs to norm {hoort_bij}"),
    "detail": (" ({detail})", " ({detail})"),
}
_EXTRA_CODES = {"ONGELDIGE-WAARDE"}  # codes whose toegestaan/detail are not in the main text

_EXPECTED: dict[str, tuple[str, str]] = {
    "tekst": ("tekst", "text"),
    "geheel-getal": ("een geheel getal", "a whole number"),
    "getal": ("een getal", "a number"),
    "waar-onwaar": ("true of false", "true or false"),
    "datum": ("een datum (JJJJ-MM-DD)", "a date (YYYY-MM-DD)"),
    "lijst": ("een lijst (regels met -)", "a list (lines starting with -)"),
    "mapping": ("een mapping (sleutel: waarde)", "a mapping (key: value)"),
}

# libyaml's problem texts, for the Dutch reader; unknown ones are shown as they are.
_YAML_DETAIL: dict[str, tuple[str, str]] = {
    "found character that cannot start any token": (
        "teken dat hier niet mag; een tab? YAML springt in met spaties",
        "character that cannot start a token here; a tab? YAML indents with spaces",
    ),
    "found unexpected end of stream": (
        "bestand eindigt onverwacht; ontbreekt een afsluitend aanhalingsteken?",
        "unexpected end of file; is a closing quote missing?",
    ),
    "mapping values are not allowed in this context": (
        "hier mag geen 'sleutel: waarde'; zet tekst met ': ' tussen aanhalingstekens",
        "a 'key: value' is not allowed here; quote text containing ': '",
    ),
    "could not find expected ':'": (
        "':' verwacht; ontbreekt een dubbele punt of een aanhalingsteken?",
        "expected ':'; is a colon or a quote missing?",
    ),
    "did not find expected key": (
        "sleutel verwacht; klopt de inspringing?",
        "expected a key; is the indentation right?",
    ),
    "did not find expected '-' indicator": (
        "'-' verwacht; klopt de inspringing van de lijst?",
        "expected '-'; is the list indented correctly?",
    ),
    "unclosed quote": (
        "dit aanhalingsteken wordt niet gesloten; zet hetzelfde teken aan het eind van de tekst",
        "this quote is never closed; put the same quote at the end of the text",
    ),
    "did not find expected node content": (
        "waarde verwacht; staat er een losse '-', ':', ']' of '}'?",
        "expected a value; is there a stray '-', ':', ']' or '}'?",
    ),
    "did not find expected ',' or ']'": (
        "',' of ']' verwacht; wordt een lijst tussen [ ] niet gesloten?",
        "expected ',' or ']'; is a [ ] list not closed?",
    ),
    "did not find expected ',' or '}'": (
        "',' of '}' verwacht; wordt een mapping tussen { } niet gesloten?",
        "expected ',' or '}'; is a { } mapping not closed?",
    ),
    "block sequence entries are not allowed in this context": (
        "hier mag geen lijstregel ('- '); klopt de inspringing?",
        "a list item ('- ') is not allowed here; is the indentation right?",
    ),
    "found unknown escape character": (
        "onbekend teken na \\ tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens",
        "unknown escape after \\ inside double quotes; use single quotes",
    ),
    "but found another document": (
        "een tweede document (---); één zelfevaluatie per bestand",
        "a second document (---); one assessment per file",
    ),
    "found a tab character where an indentation space is expected": (
        "tab gevonden waar een spatie hoort; YAML springt in met spaties",
        "tab found where a space is expected; YAML indents with spaces",
    ),
    "found a tab character that violates indentation": (
        "tab gevonden waar een spatie hoort; YAML springt in met spaties",
        "tab found where a space is expected; YAML indents with spaces",
    ),
}

_KINDS = {"lijst": ("lijst", "list"), "tekst": ("losse tekst", "plain text")}
_READ_AS = {
    "getal": ("een getal", "a number"),
    "datum": ("een datum", "a date"),
    "waar-onwaar": ("true/false", "true/false"),
    "leeg": ("een lege waarde", "an empty value"),
}
_PERSONAL = {
    "e-mail": ("e-mailadres", "e-mail address"),
    "telefoon": ("telefoonnummer", "phone number"),
    "naam": ("naam van een persoon", "person's name"),
}
_WORDS = {"leeg": ("(leeg)", "(empty)"), "bestand": ("het bestand", "the file")}


# The interface's own sentences and labels (not problems): command output, prompts, table labels.
# One entry per key, (Dutch, English); {..} are filled in by `text`.
_UI: dict[str, tuple[str, str]] = {
    "interne-fout": (
        "nhnorm: interne fout (een bug in nhnorm): {wat}. Draai opnieuw met --debug.",
        "nhnorm: internal error (a bug in nhnorm): {wat}. Run again with --debug.",
    ),
    "geschreven": ("{pad} geschreven", "{pad} written"),
    "aangemaakt": (
        "{pad} aangemaakt ({aantal} antwoorden overgenomen)",
        "{pad} created ({aantal} answers carried over)",
    ),
    "schema-tip": (
        "Tip: schrijf het schema voor hulp in uw editor met `nhnorm schema -o schemas`.",
        "Tip: write the schema for editor support with `nhnorm schema -o schemas`.",
    ),
    "bijgewerkt": ("{pad}: bijgewerkt: {wat}", "{pad}: changed: {wat}"),
    "niets": ("niets", "nothing"),
    # `nhnorm fill`
    "fill-huidig": ("Huidig oordeel", "Current rating"),
    "fill-toelichting": ("Toelichting", "Explanation"),
    "fill-oordeel": ("Oordeel? {keuzes} · {enter} · q = stoppen", "Rating? {keuzes} · {enter} · q = stop"),
    "fill-houden": ("Enter = houden ({oordeel})", "Enter = keep ({oordeel})"),
    "fill-overslaan": ("Enter = overslaan", "Enter = skip"),
    "fill-kies": ("Kies 1-{n} of een van: {keuzes}", "Choose 1-{n} or one of: {keuzes}"),
    "fill-uitleg": ("Toelichting (Enter = houden)", "Explanation (Enter = keep)"),
    "fill-actie": ("Verbeteractie (Enter = geen)", "Improvement action (Enter = none)"),
    "fill-eigenaar": ("Eigenaar (afdeling of rol)", "Owner (department or role)"),
    "fill-gereed": ("Gereed (JJJJ-MM-DD, Enter = geen)", "Due (YYYY-MM-DD, Enter = none)"),
    "fill-datum": (
        "Schrijf de datum als JJJJ-MM-DD, bijv. 2026-12-31.",
        "Write the date as YYYY-MM-DD, e.g. 2026-12-31.",
    ),
}


def text(key: str, lang: str = "nl", **values: object) -> str:
    """An interface sentence or label in Dutch (default) or English."""
    return _fill(_UI[key][_index(lang)], {k: str(v) for k, v in values.items()})


def _index(lang: str) -> int:
    return 1 if lang == "en" else 0


def message(problem: Problem, lang: str = "nl") -> str:
    """The human text of a problem, in Dutch (default) or English."""
    i = _index(lang)
    params = {k: _format_value(k, v, i) for k, v in problem.params.items()}
    if problem.code == "ONVOLLEDIG-VASTGESTELD":
        params["aantal"] = str(len(problem.params.get("ontbrekend", [])))
    if problem.code == "YAML-SYNTAX":
        params["detail"] = _yaml_detail(str(problem.params.get("detail", "")), i)
    template = _TEXT.get(problem.code, ("{code}", "{code}"))[i]
    text = _fill(template, params | {"code": problem.code})
    for extra, pair in _EXTRA.items():
        if extra not in problem.params:
            continue
        if extra in {"toegestaan", "detail"} and problem.code not in _EXTRA_CODES:
            continue
        text += _fill(pair[i], params)
    return text


def _format_value(key: str, value: Any, i: int) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if key == "verwacht" and value in _EXPECTED:
        return _EXPECTED[value][i]
    if key == "soort" and value in _KINDS:
        return _KINDS[value][i]
    if key == "gegeven" and value in _PERSONAL:
        return _PERSONAL[value][i]
    if key == "als" and value in _READ_AS:
        return _READ_AS[value][i]
    if key == "plek" and value == "":
        return _WORDS["bestand"][i]
    if key == "waarde":
        return str(value) if value != "" else _WORDS["leeg"][i]
    return str(value)


def _yaml_detail(detail: str, i: int) -> str:
    for known, pair in _YAML_DETAIL.items():
        if detail.startswith(known):
            return pair[i]
    return detail


def _fill(template: str, params: dict[str, str]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError):  # a missing parameter must never hide the problem itself
        return template
