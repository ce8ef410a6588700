"""The command line's help and typer's own words, in English for `--lang en`."""

from __future__ import annotations

import re

from nhnorm_cli.messages.core import _index

# The command line's help, (Dutch as written in cli/, English). Dutch is the key, so an option's
# help reads naturally where it is declared; tests/cli/test_languages.py fails on a missing English.
_HELP: dict[str, str] = {
    "De Noord-Hollandse Norm Weerbare Overheid: zelfevaluaties valideren, scoren, vergelijken en "
    "rapporteren.": "The Noord-Hollandse Norm Weerbare Overheid: validate, score, compare and report "
    "self-assessments.",
    "Taal van meldingen: nl of en.": "Language of messages: nl or en.",
    "Toon de volledige traceback bij een interne fout.": "Show the full traceback on an internal error.",
    "Toon de versie en stop.": "Show the version and exit.",
    "Controleer zelfevaluaties: structuur, ids, oordelen en de regels van de norm.": "Check "
    "self-assessments: structure, ids, ratings and the rules of the norm.",
    "Bestanden of mappen met zelfevaluaties (standaard: ./assessments).": "Files or folders with "
    "self-assessments (default: ./assessments).",
    "text, json of github (annotaties).": "text, json or github (annotations).",
    "Waarschuwingen tellen als fout.": "Warnings count as errors.",
    "Aantal processen (standaard: 2 bij veel bestanden).": "Number of processes (default: 2 for many files).",
    "Toon de score per thema en in totaal: 100 × punten / (3 × beoordeelde normen), nvt telt niet "
    "mee.\n\n\b\nVoorbeelden:\n  nhnorm score --year 2025\n  nhnorm score --year 2025 --format csv > "
    "scores-2025.csv": "Show the score per theme and in total: 100 × points / (3 × rated norms); nvt "
    "does not count.\n\n\b\nExamples:\n  nhnorm score --year 2025\n  nhnorm score --year 2025 --format "
    "csv > scores-2025.csv",
    "Alleen dit jaar.": "Only this year.",
    "Word-brief: het kenmerk of zaaknummer van de brief.": "Word letter: the letter's reference or case "
    "number (kenmerk, zaaknummer).",
    "Word-brief: de verantwoordelijke portefeuillehouder (naam en functie).": "Word letter: the "
    "responsible portfolio holder (portefeuillehouder: name and office).",
    "Word-brief: wie de brief stuurt en ondertekent (standaard: Het college van burgemeester en "
    "wethouders van <naam>; bij een provincie Gedeputeerde Staten).": "Word letter: who sends and signs "
    "the letter (default: the municipal executive, named after the organisation; for a province the "
    "provincial executive, Gedeputeerde Staten).",
    "Alleen deze organisatie (slug, bijv. zeedorp).": "Only this organisation (slug, e.g. zeedorp).",
    "text (tabel), json of csv.": "text (table), json or csv.",
    "Vergelijk twee zelfevaluaties van één organisatie: score per thema en elke gewijzigde norm.\n\n\b\n"
    "Voorbeelden:\n  nhnorm diff assessments/2025.yaml assessments/2026.yaml\n  nhnorm diff --from 2025 "
    "--to 2026 --org zeedorp\n  nhnorm diff --to 2026 --format md --fail-on-regression": "Compare two "
    "self-assessments of one organisation: score per theme and every changed norm.\n\n\b\nExamples:\n"
    "  nhnorm diff assessments/2025.yaml assessments/2026.yaml\n  nhnorm diff --from 2025 --to 2026 "
    "--org zeedorp\n  nhnorm diff --to 2026 --format md --fail-on-regression",
    "Twee bestanden (oud, nieuw); met --from/--to: mappen of bestanden om in te zoeken.": "Two files "
    "(old, new); with --from/--to: folders or files to search.",
    "Het oude jaar (zonder --from: het jaar vóór --to).": "The old year (without --from: the year "
    "before --to).",
    "Het nieuwe jaar (zonder --to: het jaar na --from).": "The new year (without --to: the year "
    "after --from).",
    "text, json of md (voor een pull request).": "text, json or md (for a pull request).",
    "Eindig met code 1 bij achteruitgang: een norm met een lager oordeel dan eerst, of een lagere "
    "totaalscore. Een nieuw of vervallen antwoord telt alleen mee via de totaalscore.": "Exit with code "
    "1 on a regression: a norm rated lower than before, or a lower total score. A new or dropped answer "
    "only counts through the total score.",
    "Maak het jaarrapport: scores, vergelijking met vorig jaar, per thema alle normen en het "
    "actieplan.": "Make the yearly report: scores, comparison with last year, all norms per theme and "
    "the action plan.",
    "Het jaar van de zelfevaluatie.": "The year of the self-assessment.",
    "md (Markdown) of html (één bestand, ook om te printen).": "md (Markdown) or html (one file, also "
    "for printing).",
    "md (Markdown), html (één bestand, ook om te printen) of docx (raadsinformatiebrief in Word; met "
    "--output).": "md (Markdown), html (one file, also for printing) or docx (a letter to the council in "
    "Word; with --output).",
    "Schrijf naar dit bestand (standaard: stdout).": "Write to this file (default: stdout).",
    "Een bestaand bestand overschrijven.": "Overwrite an existing file.",
    "Openbare versie: zonder vertrouwelijke toelichting, bewijs en namen.": "Public version: without "
    "confidential explanations, evidence and names.",
    "Map met eigen sjablonen (huisstijl, logo) die voorgaan.": "Folder with your own templates (house "
    "style, logo) that take precedence.",
    "Maak de zelfevaluatie van een nieuw jaar aan: alle normen op volgorde, status concept.": "Create "
    "the self-assessment of a new year: all norms in order, status concept.",
    "Jaar van de nieuwe zelfevaluatie.": "Year of the new self-assessment.",
    "Neem de antwoorden over uit dit jaar (open acties ook).": "Carry over the answers of this year "
    "(open actions too).",
    "Organisatie: de map assessments/<org>/ (bijv. zeedorp).": "Organisation: the folder "
    "assessments/<org>/ (e.g. zeedorp).",
    'Naam, bijv. "Gemeente Zeedorp".': 'Name, e.g. "Gemeente Zeedorp".',
    "gemeente of provincie.": "gemeente or provincie.",
    "Datum van de meting, in het jaar zelf (standaard: vandaag, of 1 januari of 31 december).": "Date of the "
    "measurement, within the year itself (default: today, or 1 January or 31 December).",
    "Datum van de meting, in het jaar zelf.": "Date of the measurement, within the year itself.",
    "Schrijf naar dit pad.": "Write to this path.",
    "Map met zelfevaluaties.": "Folder with self-assessments.",
    "Vul één antwoord in of werk het bij; opmerkingen en opmaak van het bestand blijven staan.\n\n"
    'Voorbeelden: `nhnorm set 2.7 deels --toelichting "..." --actie "..." --eigenaar HR --gereed\n'
    '2025-12-31 --prioriteit hoog`, `nhnorm set 2.7 voldaan --afgerond "..."`,\n'
    "`nhnorm set --status vastgesteld`, `nhnorm set 2.3 voldaan --bewijs\n"
    '"Verslag integriteitsbijeenkomst | 2025-11-12"`.\n'
    "Een wijziging die het bestand ongeldig zou maken, wordt niet opgeslagen. Een vastgestelde\n"
    "zelfevaluatie is op slot: heropen haar eerst met `nhnorm set --status concept`.": "Fill in or update "
    "one answer; the file's comments and layout stay.\n\nExamples: `nhnorm set 2.7 deels --toelichting "
    '"..." --actie "..." --eigenaar HR --gereed\n2025-12-31 --prioriteit hoog`, '
    '`nhnorm set 2.7 voldaan --afgerond "..."`, `nhnorm set --status vastgesteld`,\n'
    '`nhnorm set 2.3 voldaan --bewijs "Verslag integriteitsbijeenkomst | 2025-11-12"`.\n'
    "A change that would make the file invalid is not saved. A vastgesteld (adopted)\n"
    "self-assessment is locked: reopen it first with `nhnorm set --status concept`.",
    "Norm, bijv. 2.7.": "Norm, e.g. 2.7.",
    "voldaan, grotendeels, deels, niet of nvt.": "voldaan, grotendeels, deels, niet or nvt.",
    "Waarom dit oordeel.": "Why this rating.",
    "Document of link als bewijs (herhaalbaar). Met datums: "
    '"omschrijving | JJJJ-MM-DD | geldig tot JJJJ-MM-DD | link" (velden achteraan mogen weg).': "Document or "
    'link as evidence (repeatable). With dates: "omschrijving | YYYY-MM-DD | valid until YYYY-MM-DD | link" '
    "(trailing fields may be left out).",
    # rules and evidence (SPEC §7)
    "Toon alle regels: code, niveau en uitleg (text of json).": "List every rule: code, level and "
    "explanation (text or json).",
    "Bewijs dat vóór deze datum verloopt (standaard: peildatum + 1 jaar).": "Evidence that expires before "
    "this date (default: peildatum + 1 year).",
    "Toon het bewijs (met geldig_tot) dat verlopen is of vóór de volgende peildatum verloopt.\n\n\b\n"
    "Voorbeelden:\n  nhnorm bewijs                          # de nieuwste zelfevaluatie van elke "
    "organisatie\n  nhnorm bewijs --year 2026 --verloopt-voor 2027-04-01 --format json": "Show the "
    "evidence (with geldig_tot) that has expired or expires before the next peildatum.\n\n\b\nExamples:\n"
    "  nhnorm bewijs                          # the latest assessment of each organisation\n"
    "  nhnorm bewijs --year 2026 --verloopt-voor 2027-04-01 --format json",
    "Voeg een verbeteractie toe.": "Add an improvement action.",
    "Afdeling of rol van de actie.": "Department or role owning the action.",
    "Streefdatum van de actie.": "Due date of the action.",
    "hoog, middel of laag: het actieplan zet hoog bovenaan.": "hoog, middel or laag (high, medium, low): "
    "the action plan lists hoog first.",
    "Markeer de actie met deze omschrijving als afgerond (herhaalbaar).": "Mark the action with this "
    "description as done (repeatable).",
    "Oordeel per onderdeel, bijv. 1.3.a=voldaan.": "Rating per part, e.g. 1.3.a=voldaan.",
    "Toelichting en bewijs buiten openbare rapporten.": "Keep explanation and evidence out of public "
    "reports.",
    "Jaar van de zelfevaluatie (standaard: het nieuwste).": "Year of the self-assessment (default: "
    "the latest).",
    "Organisatie (map in assessments/), bij meer organisaties.": "Organisation (folder in "
    "assessments/), when there are several.",
    "Dit bestand (in plaats van --year/--org).": "This file (instead of --year/--org).",
    "Vul de zelfevaluatie norm voor norm in. Enter houdt het huidige antwoord, q stopt.": "Fill in the "
    "self-assessment norm by norm. Enter keeps the current answer, q stops.",
    "Begin bij deze norm, bijv. 3.1.": "Start at this norm, e.g. 3.1.",
    "Alleen normen zonder antwoord.": "Only norms without an answer.",
    "Alle organisaties naast elkaar: scores per thema, verschil met vorig jaar, moeilijkste "
    "normen.": "All organisations side by side: scores per theme, change since last year, hardest norms.",
    "Het jaar van het overzicht.": "The year of the overview.",
    "text, json, csv, md, html of xlsx (met --output).": "text, json, csv, md, html or xlsx (with --output).",
    "Tel ook concepten mee in de cijfers van de regio.": "Count concepts (drafts) in the region's figures "
    "too.",
    "Alleen cijfers van de regio: geen namen, slugs of codes; kleine RIEC-groepen als overig.": "Region "
    "figures only: no names, slugs or codes; small RIEC groups as overig.",
    "Voeg de ontwikkeling per jaar toe, vanaf dit jaar (bijv. 2025).": "Add the development per year, "
    "from this year on (e.g. 2025).",
    "Per organisatie uit het register: aangeleverd, concept of vastgesteld, en op tijd?": "Per "
    "organisation in the register: delivered, draft or adopted, and on time?",
    "Het jaar van de implementatieoverzichten.": "The year of the implementation overviews.",
    "Uiterste datum van vaststelling (standaard 1 april, of nhnorm.toml).": "Deadline for adoption "
    "(default 1 April, or nhnorm.toml).",
    "text, json, csv of md.": "text, json, csv or md.",
    "Eindig met code 1 als een organisatie ontbreekt of te laat is (voor CI).": "Exit with code 1 when "
    "an organisation is missing or late (for CI).",
    "Reken alsof het vandaag deze datum is (standaard: de echte datum).": "Compute as if today were this "
    "date (default: the real date).",
    "Zet het implementatieoverzicht van één organisatie in een werkboek om in te vullen.": "Put one "
    "organisation's implementation overview in a workbook to fill in.",
    "Het bestand om te schrijven.": "The file to write.",
    "Lees ingevulde implementatieoverzichten (xlsx, of csv) in als zelfevaluaties (YAML).": "Read "
    "filled-in implementation overviews (xlsx, or csv) as self-assessments (YAML).",
    "Het ingevulde werkboek, of een CSV van export --format csv (dan met --output); met --into een of "
    "meer werkboeken.": "The filled-in workbook, or a CSV from export --format csv (then with --output); "
    "with --into one or more workbooks.",
    "Zet elk werkboek in MAP/<slug>/<jaar>.yaml (slug uit het register of de naam); overschrijft "
    "nooit.": "Put each workbook in FOLDER/<slug>/<year>.yaml (slug from the register or the name); "
    "never overwrites.",
    "Het jaar van de zelfevaluatie (standaard: het nieuwste).": "The year of the self-assessment "
    "(default: the newest).",
    "CSV voor Nederlandse Excel: puntkomma's, decimale komma, UTF-8 met BOM (zonder: komma's en decimale "
    "punt, voor pandas, R en Power BI).": "CSV for Dutch Excel: semicolons, decimal comma, UTF-8 with BOM "
    "(without: commas and decimal point, for pandas, R and Power BI).",
    "Schrijf de zelfevaluatie hierheen; zonder: naar stdout. Een bestaande zelfevaluatie wordt alleen "
    "met --force bijgewerkt (commentaar en volgorde blijven staan).": "Write the self-assessment here; "
    "without it: to stdout. An existing self-assessment is only updated with --force (comments and order "
    "are kept).",
    "Een bestaande zelfevaluatie bijwerken met het werkboek.": "Update an existing self-assessment from "
    "the workbook.",
    "Blader door de norm: thema's en normen, of één norm met toelichting en onderdelen.": "Browse the "
    "norm: themes and norms, or one norm with its explanation and parts.",
    "Een thema (3) of norm (2.7); zonder id: het overzicht.": "A theme (3) or norm (2.7); without an "
    "id: the overview.",
    "Normversie (standaard: nieuwste).": "Norm version (default: the latest).",
    "text of json.": "text or json.",
    "Schrijf de JSON Schema's van zelfevaluatie, norm en register (met Nederlandse uitleg voor "
    "editors).": "Write the JSON Schemas of self-assessment, norm and register (with Dutch explanations "
    "for editors).",
    "Map om de schema's in te schrijven; zonder: het zelfevaluatieschema op stdout.": "Folder to write "
    "the schemas to; without it: the self-assessment schema to stdout.",
    "Bestaande schema's overschrijven.": "Overwrite existing schemas.",
    # set/init: adoption and the organisation's details
    "concept (heropent een vastgestelde zelfevaluatie) of vastgesteld.": "concept (reopens an adopted "
    "self-assessment) or vastgesteld.",
    "Bij --status vastgesteld: datum van vaststelling (standaard: vandaag).": "With --status "
    "vastgesteld: date of adoption (default: today).",
    "Bij --status vastgesteld: wie heeft vastgesteld.": "With --status vastgesteld: who adopted it.",
    "Het RIEC van de organisatie.": "The organisation's RIEC.",
    "CBS-code, bijv. GM0400 of PV27.": "CBS code, e.g. GM0400 or PV27.",
    # norm versions, mappings and exports (interop)
    "Toon de geïnstalleerde normversies en mappings ertussen.": "Show the installed norm versions and "
    "the mappings between them.",
    "text, json, oscal (OSCAL-catalogus, JSON) of ciso-assistant (frameworkbibliotheek, YAML).": "text, "
    "json, oscal (OSCAL catalog, JSON) or ciso-assistant (framework library, YAML).",
    "Een mapping tussen versies (bijv. 1.0--1.1): json, oscal (mapping-collection) of ciso-assistant "
    "(mappingset).": "A mapping between versions (e.g. 1.0--1.1): json, oscal (mapping-collection) or "
    "ciso-assistant (mapping set).",
    "oscal/ciso-assistant: zonder vertrouwelijke toelichting, bewijs en namen.": "oscal/ciso-assistant: "
    "without confidential explanations, evidence and names.",
}


# typer's own words in the help and usage lines, (Dutch, English).
_HELP_BUILTIN: dict[str, tuple[str, str]] = {
    "Show this message and exit.": ("Toon deze hulp en stop.", "Show this message and exit."),
    "Install completion for the current shell.": (
        "Installeer aanvullen met Tab voor de huidige shell.",
        "Install completion for the current shell.",
    ),
    "Show completion for the current shell, to copy it or customize the installation.": (
        "Toon het aanvullen voor de huidige shell, om te kopiëren of de installatie aan te passen.",
        "Show completion for the current shell, to copy it or customize the installation.",
    ),
    "Usage: ": ("Gebruik: ", "Usage: "),
    "Options": ("Opties", "Options"),
    "Arguments": ("Argumenten", "Arguments"),
    "Commands": ("Opdrachten", "Commands"),
    "[OPTIONS]": ("[OPTIES]", "[OPTIONS]"),
    "COMMAND [ARGS]...": ("OPDRACHT [ARGUMENTEN]...", "COMMAND [ARGS]..."),
    "default": ("standaard", "default"),
    "required": ("verplicht", "required"),
    "env var": ("omgevingsvariabele", "env var"),
    "minimum": ("minimaal", "minimum"),
}


# Placeholders (metavars) as written in cli/, and in English.
_METAVARS: dict[str, str] = {
    "OUD NIEUW | PAD": "OLD NEW | PATH",
    "VAN--NAAR": "FROM--TO",
    "BESTAND.xlsx": "FILE.xlsx",
    "BESTAND.xlsx|BESTAND.csv": "FILE.xlsx|FILE.csv",
    "JJJJ-MM-DD": "YYYY-MM-DD",
    "ID=OORDEEL": "ID=RATING",
    "OORDEEL": "RATING",
    "BESTAND": "FILE",
    "AANTAL": "NUMBER",
    "VERSIE": "VERSION",
    "TEKST": "TEXT",
    "ACTIE": "ACTION",
    "JAAR": "YEAR",
    "NAAM": "NAME",
    "MAP": "FOLDER",
    "PAD": "PATH",
}


def help_text(dutch: str, lang: str = "nl") -> str:
    """A help text of the command line (declared in Dutch) in the language of the run; typer's own
    English phrases are looked up too. Unknown text is returned as it is."""
    if dutch in _HELP_BUILTIN:
        return _HELP_BUILTIN[dutch][_index(lang)]
    return _HELP.get(dutch, dutch) if _index(lang) == 1 else dutch


def metavar_text(metavar: str, lang: str = "nl") -> str:
    """A placeholder such as JAAR or JJJJ-MM-DD in the language of the run."""
    return _METAVARS.get(metavar, metavar) if _index(lang) == 1 else metavar


def metavars_in(line: str, lang: str = "nl") -> str:
    """Every placeholder inside a usage line or option column in the language of the run."""
    if _index(lang) == 0:
        return line
    for dutch, english in sorted(_METAVARS.items(), key=lambda item: -len(item[0])):
        line = re.sub(rf"(?<![\w-]){re.escape(dutch)}(?![\w-])", english, line)
    return line


def add_help(dutch: str, english: str) -> None:
    """A help text composed from parts that carry both languages (a registry's formats)."""
    _HELP[dutch] = english


def help_entries() -> set[str]:
    """Every Dutch help text that has an English version (for the completeness test)."""
    return set(_HELP)
