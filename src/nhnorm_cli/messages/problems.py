"""The text of every problem code, in Dutch and English, and how a problem's parameters are worded."""

from __future__ import annotations

import re
from typing import Any

from nhnorm_cli.errors import Problem
from nhnorm_cli.messages.core import LANGUAGES, _fill, _index
from nhnorm_cli.messages.help import metavar_text
from nhnorm_cli.messages.interface import counted
from nhnorm_cli.messages.library import (
    _OS_REASONS,
    _TEMPLATE_DETAIL,
    _VALUE_DETAIL,
    _WORKBOOK_DETAIL,
    _XML_DETAIL,
    _YAML_CAUSES,
    _matched,
    _toml_detail,
    _yaml_detail,
)

_TEXT: dict[str, tuple[str, str]] = {
    # reading the file
    "MAP-ONLEESBAAR": (
        "map kan niet gelezen worden ({reden}); nhnorm slaat geen organisatie over: geef leesrechten "
        "of haal de map weg",
        "folder cannot be read ({reden}); nhnorm leaves no organisation out: grant read access or "
        "remove the folder",
    ),
    "ONLEESBAAR": ("bestand kan niet gelezen worden: {reden}", "file cannot be read: {reden}"),
    "TE-GROOT": (
        "bestand is {grootte} bytes; een zelfevaluatie mag hoogstens {max} bytes zijn",
        "file is {grootte} bytes; an assessment may be at most {max} bytes",
    ),
    "CODERING": (
        "bestand is geen UTF-8 ({detail}); sla het op als UTF-8",
        "file is not UTF-8 ({detail}); save it as UTF-8",
    ),
    "STUURTEKEN": (
        "stuurteken {teken} mag niet in tekst (het kan een terminal besturen); haal het weg",
        "control character {teken} is not allowed in text (it can control a terminal); remove it",
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
        "norm {id} is {oordeel} maar heeft geen openstaande actie; "
        'voeg een actie toe (nhnorm set {id} --actie "...")',
        'norm {id} is {oordeel} but has no open action; add an action (nhnorm set {id} --actie "...")',
    ),
    # rules with codes and evidence with dates (SPEC §7)
    "VOLDAAN-ZONDER-ONDERBOUWING": (
        "norm {id} is {oordeel} zonder toelichting en zonder bewijs; schrijf op waaruit dat blijkt",
        "norm {id} is {oordeel} with neither toelichting nor bewijs; write down what shows it",
    ),
    "ACTIE-VERLOPEN": (
        'actie "{actie}" bij norm {id} had op {gereed} gereed moeten zijn (peildatum {peildatum}); '
        "rond haar af of kies een nieuwe datum",
        'action "{actie}" for norm {id} was due on {gereed} (peildatum {peildatum}); '
        "mark it afgerond or choose a new date",
    ),
    "ACTIE-NA-2027": (
        'actie "{actie}" bij norm {id} is pas op {gereed} gereed; de ambitie is dat elke organisatie '
        "in 2027 aan de norm voldoet",
        'action "{actie}" for norm {id} is only due on {gereed}; the ambition is that every organisation '
        "meets the norm in 2027",
    ),
    "PEILDATUM-BUITEN-JAAR": (
        "peildatum {peildatum} valt niet in jaar {jaar}; kies een datum in {jaar}",
        "peildatum {peildatum} is not in year {jaar}; choose a date in {jaar}",
    ),
    "BEWIJS-VERLOPEN": (
        'bewijs "{bewijs}" bij norm {id} was geldig tot {geldig_tot}, vóór de peildatum {peildatum}; '
        "vernieuw het",
        'evidence "{bewijs}" for norm {id} was valid until {geldig_tot}, before the peildatum {peildatum}; '
        "renew it",
    ),
    "BEWIJS-VEROUDERD": (
        "norm {id} vraagt om {herhaling} herhalen, maar het nieuwste bewijs is van {datum} (vóór {grens}); "
        "voeg bewijs van de laatste keer toe",
        "norm {id} asks for repetition ({herhaling}), but the newest evidence is from {datum} "
        "(before {grens}); add evidence of the latest time",
    ),
    "NEGEER-ONBEKEND": (
        "regel {regelcode} in # nhnorm: negeer bestaat niet; `nhnorm validate --regels` toont de codes",
        "rule {regelcode} in # nhnorm: negeer does not exist; `nhnorm validate --regels` lists the codes",
    ),
    "NEGEER-LEEG": (
        "in dit # nhnorm: negeer-commentaar staat geen code; schrijf ze erachter, bijv. "
        "# nhnorm: negeer GEEN-ACTIE (meer codes met komma's)",
        "no code can be read in this # nhnorm: negeer comment; write them after it, e.g. "
        "# nhnorm: negeer GEEN-ACTIE (more codes with commas)",
    ),
    "NEGEER-VAST": (
        "{regelcode} in # nhnorm: negeer is een fout in de vorm van het bestand en kan niet genegeerd "
        "worden; los haar op",
        "{regelcode} in # nhnorm: negeer is an error in the form of the file and cannot be ignored; fix it",
    ),
    "CONFIG-REGEL-ONBEKEND": (
        '{lijst}: regel "{regelcode}" bestaat niet; `nhnorm validate --regels` toont de codes',
        '{lijst}: rule "{regelcode}" does not exist; `nhnorm validate --regels` lists the codes',
    ),
    "CONFIG-REGEL-VAST": (
        "{lijst}: {regelcode} is een fout in de vorm van het bestand (YAML, structuur, ids) en kan niet "
        "uitgezet of anders ingesteld worden; haal {regelcode} hier weg",
        "{lijst}: {regelcode} is an error in the form of the file (YAML, structure, ids) and cannot be "
        "switched off or changed; remove {regelcode} here",
    ),
    "CONFIG-REGEL-DUBBEL": (
        "{lijst}: {regelcode} staat ook al in {eerste}; noem een regel in één lijst",
        "{lijst}: {regelcode} is already in {eerste}; name a rule in one list only",
    ),
    "CONFIG-REGELS-VORM": (
        'instelling "{sleutel}" in [nhnorm.regels] moet een lijst van codes zijn, bijv. uit = ["GEEN-ACTIE"]',
        'setting "{sleutel}" in [nhnorm.regels] must be a list of codes, e.g. uit = ["GEEN-ACTIE"]',
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
    "GEEN-GEWOON-BESTAND": (
        "{pad} is geen gewoon bestand maar een {soort}; nhnorm leest alleen gewone bestanden",
        "{pad} is not a regular file but a {soort}; nhnorm reads regular files only",
    ),
    "GEEN-MAP": ("{pad} is een bestand; geef een map", "{pad} is a file; give a folder"),
    "VERWIJZING-NAAR-NIETS": (
        "{pad} is een symbolische koppeling naar {doel}, en dat bestaat niet",
        "{pad} is a symbolic link to {doel}, which does not exist",
    ),
    "ONLEESBAAR-PAD": ("{pad} kan niet gelezen worden: {reden}", "{pad} cannot be read: {reden}"),
    "GEEN-BESTANDEN": (
        'geen zelfevaluaties gevonden in {pad}; begin er een met nhnorm init --year JJJJ --naam "..."',
        'no assessments found in {pad}; start one with nhnorm init --year YYYY --naam "..."',
    ),
    "KLEINE-REGIO": (
        "--anoniem telt {organisaties}; bij minder dan {minimum} zijn de cijfers van de regio tot de "
        "organisaties te herleiden",
        "--anoniem counts {organisaties}; with fewer than {minimum} the region's figures can be traced "
        "back to the organisations",
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
    "JAAR-BESTAAT-AL": (
        "{pad} bestaat al; init overschrijft nooit een zelfevaluatie: werk die bij met nhnorm set of "
        "nhnorm fill, of kies een ander --year",
        "{pad} already exists; init never overwrites an assessment: update it with nhnorm set or "
        "nhnorm fill, or choose another --year",
    ),
    "BESTAAT-AL": (
        "{pad} bestaat al; nhnorm overschrijft een bestaand bestand alleen met --force",
        "{pad} already exists; nhnorm overwrites an existing file only with --force",
    ),
    "ONGELDIG-ONDERDEEL": (
        "--onderdeel {waarde}: schrijf ID=OORDEEL, bijv. 1.3.a=voldaan",
        "--onderdeel {waarde}: write ID=RATING, e.g. 1.3.a=voldaan",
    ),
    "VASTSTELLING-ZONDER-STATUS": (
        "--op en --door horen bij --status vastgesteld; geef die erbij of laat ze weg",
        "--op and --door go with --status vastgesteld; add it or leave them out",
    ),
    "UITVOER-IS-ZELFEVALUATIE": (
        "--output {pad} is een zelfevaluatie; het rapport zou die vervangen (ook met --force); kies een "
        "ander bestand, bijv. rapport.md",
        "--output {pad} is an assessment; the report would replace it (--force too); choose another "
        "file, e.g. rapport.md",
    ),
    "STUURTEKEN-INVOER": (
        "{veld} bevat stuurteken {teken}; dat mag niet in tekst (het kan een terminal besturen); "
        "niets opgeslagen",
        "{veld} contains control character {teken}; that is not allowed in text (it can control a "
        "terminal); nothing saved",
    ),
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
        "geef twee bestanden (OUD NIEUW), twee jaren (--from JAAR --to JAAR) of niets (de twee "
        "nieuwste jaren)",
        "give two files (OLD NEW), two years (--from YEAR --to YEAR) or nothing (the two newest years)",
    ),
    "DIFF-TWEE-JAREN": (
        "om te vergelijken zijn twee jaren nodig, gevonden: {gevonden}; begin het volgende jaar met "
        "nhnorm init",
        "comparing needs two years, found: {gevonden}; start the next year with nhnorm init",
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
        "--eigenaar, --gereed en --prioriteit horen bij een actie; geef ook --actie",
        "--eigenaar, --gereed and --prioriteit belong to an action; also pass --actie",
    ),
    "ONBEKENDE-ACTIE": (
        'geen (eenduidige) actie "{actie}" bij deze norm; de acties zijn: {acties}',
        'no (unambiguous) action "{actie}" for this norm; its actions are: {acties}',
    ),
    "NIET-OPGESLAGEN": (
        "{pad} is niet gewijzigd: met deze wijziging zou het bestand ongeldig worden",
        "{pad} was not changed: this change would make the file invalid",
    ),
    "PEILDATUM-NIET-IN-JAAR": (
        "--peildatum {peildatum} valt niet in {jaar}; de peildatum van een zelfevaluatie ligt in haar jaar",
        "--peildatum {peildatum} is not in {jaar}; an assessment's peildatum lies in its own year",
    ),
    "CONFIG-SYNTAX": ("ongeldige TOML: {detail}", "invalid TOML: {detail}"),
    "CONFIG-TE-DIEP": (
        "lijsten of tabellen zijn hier meer dan {max} niveaus diep genest; nhnorm.toml heeft er "
        "hoogstens 3 nodig",
        "arrays or tables nest more than {max} levels deep here; nhnorm.toml needs at most 3",
    ),
    "CONFIG-ONBEKEND": (
        'onbekende instelling "{sleutel}"; toegestaan: {toegestaan}',
        'unknown setting "{sleutel}"; allowed: {toegestaan}',
    ),
    "CONFIG-WAARDE": (
        'instelling "{sleutel}" heeft ongeldige waarde {waarde}; toegestaan: {toegestaan}',
        'setting "{sleutel}" has invalid value {waarde}; allowed: {toegestaan}',
    ),
    "CONFIG-TABEL": (
        'instelling "{sleutel}" moet een tabel zijn: schrijf [{sleutel}] met de instellingen eronder',
        'setting "{sleutel}" must be a table: write [{sleutel}] with the settings below it',
    ),
    "CONFIG-TYPE": (
        'instelling "{sleutel}" moet tekst tussen aanhalingstekens zijn',
        'setting "{sleutel}" must be text in quotes',
    ),
    # the command line itself (click/typer's usage errors, worded here; cli/usage.py)
    "ONBEKENDE-OPTIE": (
        "onbekende optie {optie}; {opdracht} --help toont de opties",
        "unknown option {optie}; {opdracht} --help lists the options",
    ),
    "OPTIE-ONTBREEKT": (
        "{optie} ontbreekt; geef {optie} {metavar}",
        "{optie} is missing; pass {optie} {metavar}",
    ),
    "ARGUMENT-ONTBREEKT": (
        "{metavar} ontbreekt; schrijf het na de opdracht: {opdracht} {metavar}",
        "{metavar} is missing; write it after the command: {opdracht} {metavar}",
    ),
    "OPTIE-ZONDER-WAARDE": (
        "{optie} heeft een waarde nodig; zet die direct na {optie}",
        "{optie} needs a value; put it right after {optie}",
    ),
    "ONGELDIGE-KEUZE": (
        '{optie}: "{waarde}" kan niet; kies uit {toegestaan}',
        '{optie}: "{waarde}" is not possible; choose from {toegestaan}',
    ),
    "GEEN-GEHEEL-GETAL": (
        '{optie}: "{waarde}" is geen geheel getal; schrijf alleen cijfers, bijv. {optie} 2025',
        '{optie}: "{waarde}" is not a whole number; write digits only, e.g. {optie} 2025',
    ),
    "TE-KLEIN": (
        "{optie}: {waarde} is te klein; het minimum is {min}",
        "{optie}: {waarde} is too small; the minimum is {min}",
    ),
    "ONGELDIGE-OPTIEWAARDE": (
        '{optie}: ongeldige waarde "{waarde}"; {opdracht} --help toont wat kan',
        '{optie}: invalid value "{waarde}"; {opdracht} --help shows what is possible',
    ),
    "ONBEKENDE-OPDRACHT": (
        'onbekende opdracht "{naam}"; kies uit {toegestaan}',
        'unknown command "{naam}"; choose from {toegestaan}',
    ),
    "OPDRACHT-ONTBREEKT": (
        "geef een opdracht, bijv. nhnorm validate; nhnorm --help toont ze allemaal",
        "give a command, e.g. nhnorm validate; nhnorm --help lists them all",
    ),
    "TE-VEEL-ARGUMENTEN": (
        "te veel argumenten: {argumenten}; zet tekst met spaties tussen aanhalingstekens",
        "too many arguments: {argumenten}; put text with spaces in quotes",
    ),
    "GEBRUIK": ("{detail}", "{detail}"),
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
    "ALLEEN-VOOR-DOCX": (
        "{optie} hoort bij de Word-brief; gebruik het met --format docx --output BESTAND",
        "{optie} belongs to the Word letter; use it with --format docx --output FILE",
    ),
    "OUTPUT-VERPLICHT": (
        "dit formaat is binair; geef een bestand met --output",
        "this format is binary; give a file with --output",
    ),
    "GEEN-WERKBOEK": (
        "bestand is geen Excel-werkboek (.xlsx) dat nhnorm kan lezen: {reden}",
        "file is not an Excel workbook (.xlsx) that nhnorm can read: {reden}",
    ),
    "CSV-ZONDER-ZELFEVALUATIE": (
        "{pad} bevat alleen de antwoorden, niet de organisatie; geef met --output de zelfevaluatie waar "
        "ze in horen (met --force), bijv. nhnorm import {pad} --output assessments/2026.yaml --force",
        "{pad} holds only the answers, not the organisation; give the assessment they belong to with "
        "--output (and --force), e.g. nhnorm import {pad} --output assessments/2026.yaml --force",
    ),
    "WERKBOEK-TE-VEEL-RIJEN": (
        "werkblad {werkblad} heeft een waarde in rij {rij}; een implementatieoverzicht heeft hoogstens "
        "{max} rijen: haal weg wat daar staat",
        "sheet {werkblad} has a value in row {rij}; an implementatieoverzicht has at most {max} rows: "
        "remove what is there",
    ),
    "TE-LANG-VOOR-EXCEL": (
        "{kolom} heeft {tekens} tekens; een Excel-cel houdt er hoogstens {max} en zou de rest "
        "weglaten; maak de tekst korter, of exporteer als CSV (--format csv), dat geen grens heeft",
        "{kolom} has {tekens} characters; an Excel cell holds at most {max} and would drop the rest; "
        "shorten the text, or export as CSV (--format csv), which has no such limit",
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
        '{veld}: "{waarde}" is geen datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ',
        '{veld}: "{waarde}" is not a date; write YYYY-MM-DD or DD-MM-YYYY',
    ),
    "ONGELDIGE-ACTIE": (
        'actie "{waarde}": {reden}; schrijf omschrijving | eigenaar | JJJJ-MM-DD | open of afgerond',
        'action "{waarde}": {reden}; write omschrijving | eigenaar | YYYY-MM-DD | open or afgerond',
    ),
    "ONGELDIG-BEWIJS": (
        'bewijs "{waarde}": {reden}; schrijf omschrijving | JJJJ-MM-DD | geldig tot JJJJ-MM-DD | link '
        "(velden achteraan mogen weg)",
        'evidence "{waarde}": {reden}; write omschrijving | YYYY-MM-DD | valid until YYYY-MM-DD | link '
        "(trailing fields may be left out)",
    ),
    "OORDEEL-LEEG": (
        "norm {id} heeft een toelichting, bewijs of actie maar geen oordeel; kies een oordeel",
        "norm {id} has a toelichting, bewijs or action but no oordeel; choose an oordeel",
    ),
    "ONDERDEEL-ZONDER-OORDEEL": (
        "onderdeel {onderdeel} heeft een oordeel maar norm {id} niet; vul ook het oordeel van de norm in",
        "onderdeel {onderdeel} has an oordeel but norm {id} has none; fill in the norm's oordeel too",
    ),
    # nothing lost: writing safely, the adoption lock (SPEC §6)
    "BEZET": (
        "{pad} wordt al {seconden} seconden door een ander nhnorm-proces bewerkt; probeer het zo opnieuw",
        "{pad} has been in use by another nhnorm process for {seconden} seconds; try again shortly",
    ),
    "KOPPELING-GEVOLGD": (
        "{pad} is een symbolische koppeling; geschreven naar het doel {doel}",
        "{pad} is a symbolic link; written to its target {doel}",
    ),
    "ONGELDIGE-ORG": (
        '--org "{org}" is geen organisatie-slug; gebruik kleine letters, cijfers en koppeltekens, '
        "bijv. zeedorp of gemeente-den-helder",
        '--org "{org}" is not an organisation slug; use lower-case letters, digits and hyphens, '
        "e.g. zeedorp or gemeente-den-helder",
    ),
    "VASTGESTELD": (
        "{pad} is vastgesteld en daarmee op slot; heropen het eerst met `{heropenen}`",
        "{pad} is vastgesteld (adopted) and therefore locked; reopen it first with `{heropenen}`",
    ),
    "FORMULIER-ONGELDIG": (
        "het formulier stuurde een ongeldige waarde voor {veld}; laad de pagina opnieuw",
        "the form sent an invalid value for {veld}; reload the page",
    ),
    "OMSCHRIJVING-ONTBREEKT": ("{veld}: vul een omschrijving in", "{veld}: fill in a description"),
    "POORT-BEZET": (
        "poort {poort} op 127.0.0.1 is bezet of niet te gebruiken; kies een andere met --port, of laat "
        "--port weg voor een vrije poort",
        "port {poort} on 127.0.0.1 is taken or cannot be used; choose another with --port, or leave out "
        "--port for a free one",
    ),
    "BESTAND-GEWIJZIGD": (
        "{pad} is intussen buiten dit formulier gewijzigd (bijv. git pull of nhnorm set); uw wijziging is "
        "niet opgeslagen en het formulier toont nu het bestand zoals het is",
        "{pad} was changed outside this form meanwhile (e.g. git pull or nhnorm set); your change was not "
        "saved and the form now shows the file as it is",
    ),
    "INTUSSEN-GEWIJZIGD": (
        "het antwoord op norm {id} is intussen door iemand anders gewijzigd; uw antwoord is niet "
        "opgeslagen, bekijk het nieuwe antwoord",
        "the answer to norm {id} was changed by someone else meanwhile; your answer was not saved, "
        "look at the new answer",
    ),
    "ONGELDIG-JAAR": (
        "--year {jaar}: een jaar ligt tussen 2000 en 2100; er is niets geschreven",
        "--year {jaar}: a year lies between 2000 and 2100; nothing was written",
    ),
    "ONGELDIGE-CODE": (
        '--code "{cbs}" is geen CBS-code; schrijf bijv. {voorbeeld}',
        '--code "{cbs}" is not a CBS code; write e.g. {voorbeeld}',
    ),
    "FORMULE": (
        "cel bevat een formule ({formule}) zonder opgeslagen waarde; typ de waarde zelf in de cel "
        "of sla het werkboek op in Excel",
        "cell holds a formula ({formule}) without a stored value; type the value into the cell or "
        "save the workbook in Excel",
    ),
    # the region: register, intake (SPEC §6)
    "REGISTER-GEEN-MAPPING": (
        "het register moet een mapping zijn met riecs: en organisaties:, geen {soort}",
        "the register must be a mapping with riecs: and organisaties:, not a {soort}",
    ),
    "DUBBELE-CODE": (
        "code {cbs} staat al in het register (regel {eerste}); elke organisatie staat er één keer in",
        "code {cbs} is already in the register (line {eerste}); each organisation appears once",
    ),
    "DUBBELE-SLUG": (
        "slug {slug} hoort al bij een andere organisatie (regel {eerste}); geef een eigen slug:",
        "slug {slug} already belongs to another organisation (line {eerste}); give its own slug:",
    ),
    "CODE-SOORT": (
        "code {cbs} hoort bij een {verwacht}, maar soort is {soort}",
        "code {cbs} belongs to a {verwacht}, but soort is {soort}",
    ),
    "ONBEKENDE-RIEC": (
        'RIEC "{riec}" staat niet in riecs van het register; kies uit {riecs}',
        'RIEC "{riec}" is not in the register\'s riecs; choose from {riecs}',
    ),
    "GEEN-REGISTER": (
        "geen register gevonden: maak {bestand} in de hoofdmap (zie README, 'De regio') "
        'of noem het in nhnorm.toml met register = "..."',
        "no register found: create {bestand} in the repository root (see README, 'De regio') "
        'or name it in nhnorm.toml with register = "..."',
    ),
    "REGISTER-ONTBREEKT": (
        "nhnorm.toml noemt register {pad}, maar dat bestand bestaat niet",
        "nhnorm.toml names register {pad}, but that file does not exist",
    ),
    "ONGELDIGE-DEADLINE": (
        "deadline {waarde} bestaat niet in {jaar}; schrijf MM-DD, bijv. 04-01",
        "deadline {waarde} does not exist in {jaar}; write MM-DD, e.g. 04-01",
    ),
    "VANAF-NA-JAAR": (
        "--vanaf {vanaf} ligt na --year {jaar}; de ontwikkeling loopt van een eerder jaar tot dit jaar",
        "--vanaf {vanaf} is after --year {jaar}; the trend runs from an earlier year up to this one",
    ),
    "BESTAAT-AL-IMPORT": (
        "{pad} bestaat al; niet overschreven. Bijwerken kan apart: "
        "nhnorm import {werkboek} --output {pad} --force",
        "{pad} already exists; not overwritten. To update it: "
        "nhnorm import {werkboek} --output {pad} --force",
    ),
    "INTO-ZONDER-OUTPUT": (
        "--into zet elk werkboek in een eigen bestand; gebruik het niet samen met --output",
        "--into puts each workbook in a file of its own; do not combine it with --output",
    ),
    "ONBEKENDE-ORGANISATIE": (
        "{org} staat niet in het register {register}; geef de CBS-code of slug van een organisatie "
        "daaruit, bijv. {codes}",
        "{org} is not in the register {register}; give the CBS code or slug of one of its "
        "organisations, e.g. {codes}",
    ),
    "LEEG-ZONDER-ORG": (
        "--leeg maakt een werkboek voor één organisatie uit het register; geef --org CODE",
        "--leeg makes a workbook for one organisation in the register; give --org CODE",
    ),
    "LEEG-FORMAAT": (
        "--leeg schrijft een werkboek om te versturen: xlsx of csv, niet {formaat}",
        "--leeg writes a workbook to send out: xlsx or csv, not {formaat}",
    ),
    "WERKBOEK-GEWIJZIGD": (
        "{pad} bestaat al en dit werkboek wijkt ervan af; niets geschreven. Bijwerken (niet als het "
        "vastgesteld is): nhnorm import {werkboek} --into {map} --force",
        "{pad} already exists and this workbook differs from it; nothing written. To update it (not "
        "when it is vastgesteld): nhnorm import {werkboek} --into {map} --force",
    ),
    "MEERDERE-WERKBOEKEN": (
        "{aantal} werkboeken gegeven; lees er meer tegelijk in met --into assessments/",
        "{aantal} workbooks given; import several at once with --into assessments/",
    ),
    "NIET-IN-REGISTER": (
        "{organisatie} ({slug}) staat niet in het register en telt niet mee in de intake en het "
        "overzicht; voeg de organisatie toe of geef organisatie.code",
        "{organisatie} ({slug}) is not in the register and is left out of the intake and the "
        "overview; add the organisation or give organisatie.code",
    ),
    "WIJKT-AF-VAN-REGISTER": (
        '{veld} "{waarde}" wijkt af van het register, waar code {cbs} {veld} "{register}" heeft; '
        "verbeter de code of de gegevens (dit bestand telt nergens mee)",
        '{veld} "{waarde}" differs from the register, where code {cbs} has {veld} "{register}"; '
        "correct the code or the details (this file counts nowhere)",
    ),
    "VASTGESTELD-VOOR-PEILDATUM": (
        "vastgesteld op {vastgesteld_op}, vóór de peildatum {peildatum}: een meting wordt pas na haar "
        "peildatum vastgesteld; verbeter een van beide datums",
        "adopted on {vastgesteld_op}, before the peildatum {peildatum}: a measurement is adopted only "
        "after its peildatum; correct one of the two dates",
    ),
    # norm versions and mappings (interop)
    "NORM-ONGELDIG": (
        "normbestand is ongeldig: {melding}",
        "norm file is invalid: {melding}",
    ),
    "NORM-AARD": (
        "onderdeel {id}: aard (kan-bepaling of voorbeeld) hoort bij verplicht: false, en alleen daarbij",
        "onderdeel {id}: aard (kan-bepaling or voorbeeld) goes with verplicht: false, and only with it",
    ),
    "NORM-ONDERDEEL-ELDERS": (
        "onderdeel {onderdeel} hoort niet bij norm {norm}; een onderdeel-id begint met {norm}.",
        "onderdeel {onderdeel} does not belong to norm {norm}; an onderdeel id starts with {norm}.",
    ),
    "NORM-ELDERS": (
        "norm {norm} hoort niet bij thema {thema}; een norm-id begint met {thema}.",
        "norm {norm} does not belong to theme {thema}; a norm id starts with {thema}.",
    ),
    "NORM-DUBBEL-THEMA": (
        "thema {id} staat twee keer in het normbestand; geef elk thema een eigen id",
        "theme {id} is in the norm file twice; give every theme its own id",
    ),
    "NORM-DUBBEL-ONDERDEEL": (
        "onderdeel {id} staat twee keer in het normbestand; geef elk onderdeel een eigen id",
        "onderdeel {id} is in the norm file twice; give every onderdeel its own id",
    ),
    "NORM-DUBBEL-OORDEEL": (
        "oordeel {id} staat twee keer in de schaal (oordelen); noem elk oordeel één keer",
        "oordeel {id} is in the scale (oordelen) twice; name every oordeel once",
    ),
    "NORM-GEEN-PUNTEN": (
        "geen enkel oordeel in de schaal (oordelen) geeft punten; geef het hoogste oordeel punten",
        "no oordeel in the scale (oordelen) gives points; give the highest oordeel points",
    ),
    "NORM-TWEE-HOOGSTE": (
        "oordelen {id} en {ander} hebben allebei de meeste punten; geef alleen het oordeel dat de norm "
        "volledig haalt de meeste punten",
        "oordelen {id} and {ander} both have the most points; give the most points only to the oordeel "
        "that fully meets the norm",
    ),
    "NORM-LEEG": (
        "normbestand is leeg; een toegevoegde norm heeft familie, versie, titel, oordelen en themas",
        "norm file is empty; an added norm has familie, versie, titel, oordelen and themas",
    ),
    "NORM-FAMILIE": (
        'familie "{waarde}" is geen geldige naam; schrijf kleine letters, cijfers en streepjes, '
        "bijv. nhn-weerbare-overheid",
        'familie "{waarde}" is not a valid name; write lower-case letters, digits and hyphens, '
        "e.g. nhn-weerbare-overheid",
    ),
    "NORM-DUBBEL-ID": (
        "norm {id} staat twee keer in het normbestand; geef elke norm een eigen id",
        "norm {id} is in the norm file twice; give every norm its own id",
    ),
    "NORM-VERSIE-BESTANDSNAAM": (
        'normbestand heet {bestand} maar versie is "{versie}"; maak ze gelijk',
        'norm file is named {bestand} but versie is "{versie}"; make them match',
    ),
    "MAPPING-VORM": (
        "een mapping tussen normversies is een mapping met van, naar en normen",
        "a mapping between norm versions is a mapping with van, naar and normen",
    ),
    "MAPPING-ZELFDE-VERSIE": (
        "van en naar zijn allebei {versie}; een mapping verbindt twee verschillende normversies",
        "van and naar are both {versie}; a mapping joins two different norm versions",
    ),
    "MAPPING-BESTANDSNAAM": (
        "de bestandsnaam past niet bij van en naar; noem het bestand {verwacht}",
        "the file name does not match van and naar; name the file {verwacht}",
    ),
    "MAPPING-ONVOLLEDIG": (
        "{aantal} norm(en) van versie {versie} ontbreken in normen: {ontbrekend}; "
        "geef elke oude norm een opvolger of relatie: vervallen",
        "{aantal} norm(s) of version {versie} are missing in normen: {ontbrekend}; "
        "give every old norm a successor or relatie: vervallen",
    ),
    "MAPPING-DOELEN": (
        "norm {id}: relatie {relatie} met {aantal} doel(en); gelijk heeft precies één doel in naar, "
        "vervallen geen, de andere relaties minstens één",
        "norm {id}: relatie {relatie} with {aantal} target(s); gelijk has exactly one target in naar, "
        "vervallen none, the other relations at least one",
    ),
    "MAPPING-DUBBEL-GELIJK": (
        "norm {id} is al gelijk aan oude norm {eerste}; {tweede} kan er niet ook gelijk aan zijn "
        "(kies overlap of deelverzameling)",
        "norm {id} is already gelijk to old norm {eerste}; {tweede} cannot be gelijk to it as well "
        "(choose overlap or deelverzameling)",
    ),
    "MAPPING-DUBBEL-DOEL": (
        "norm {doel} staat twee keer in naar van norm {id}; noem elk doel één keer",
        "norm {doel} is listed twice in naar of norm {id}; list each target once",
    ),
    "REGELS-FORMAAT": (
        "--regels toont een lijst: gebruik --format text of json, zonder --strict",
        "--regels shows a list: use --format text or json, without --strict",
    ),
    "VERSIES-FORMAAT": (
        "--versions toont een lijst: gebruik --format text of json, zonder ID",
        "--versions shows a list: use --format text or json, without an ID",
    ),
    "PUBLIC-FORMAAT": (
        "--public geldt voor oscal en ciso-assistant; een {formaat}-werkboek is om in te vullen en "
        "bevat alles (maak een openbaar rapport met `nhnorm report --public`)",
        "--public applies to oscal and ciso-assistant; a {formaat} workbook is for filling in and "
        "holds everything (make a public report with `nhnorm report --public`)",
    ),
    "MAPPING-FORMAAT": (
        "--mapping schrijft json, oscal of ciso-assistant; geen tekst",
        "--mapping writes json, oscal or ciso-assistant; no text",
    ),
    "HELE-NORM": (
        "--format {formaat} schrijft de hele norm; laat het ID weg",
        "--format {formaat} writes the whole norm; leave out the ID",
    ),
    "GEEN-VERSIEMAPPING": (
        "er is geen mapping van norm {van} naar norm {naar} (norm/mappings/{van}--{naar}.yaml); "
        "zonder mapping kunnen antwoorden niet worden overgenomen",
        "there is no mapping from norm {van} to norm {naar} (norm/mappings/{van}--{naar}.yaml); "
        "without one, answers cannot be carried over",
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
    "jaren": ("; er zijn zelfevaluaties voor {jaren}", "; there are assessments for {jaren}"),
    "detail": (" ({detail})", " ({detail})"),
}


# Reasons given by their key (the `reden` or `detail` of ONGELDIGE-ACTIE, ONGELDIG-BEWIJS, GEEN-WERKBOEK,
# SJABLOON-FOUT, …): every sentence a user reads lives in this catalogue, never in Problem parameters;
# {deel} is the part of the line that is wrong. Other reasons (the operating system's) are shown as is.
_REASONS: dict[str, tuple[str, str]] = {
    "omschrijving-ontbreekt": ("de omschrijving ontbreekt", "the omschrijving is missing"),
    "geen-datum": (
        '"{deel}" is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)',
        '"{deel}" is not a date (YYYY-MM-DD or DD-MM-YYYY)',
    ),
    "veld-geen-datum": (
        '{veld} "{deel}" is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)',
        '{veld} "{deel}" is not a date (YYYY-MM-DD or DD-MM-YYYY)',
    ),
    "geen-status": ('"{deel}" moet open of afgerond zijn', '"{deel}" must be open or afgerond'),
    "geen-xml": (
        "{deel} is geen geldige XML ({xml}, regel {regel}, kolom {kolom})",
        "{deel} is not valid XML ({xml}, line {regel}, column {kolom})",
    ),
    "dtd": (
        "{deel} bevat een DTD (<!DOCTYPE>); een Excel-werkboek heeft die nooit",
        "{deel} contains a DTD (<!DOCTYPE>); an Excel workbook never has one",
    ),
    "te-veel-cellen": ("{deel} heeft meer dan {max} cellen", "{deel} has more than {max} cells"),
    "csv-te-groot": (
        "een CSV van meer dan {max} bytes is geen implementatieoverzicht",
        "a CSV of more than {max} bytes is not an implementatieoverzicht",
    ),
    "csv-geen-utf8": (
        "geen UTF-8; sla het op als 'CSV UTF-8 (door lijstscheidingsteken gescheiden)'",
        "not UTF-8; save it as 'CSV UTF-8 (comma delimited)'",
    ),
    "csv-te-veel-regels": ("meer dan {max} regels", "more than {max} lines"),
    "gedeelde-tekst-ontbreekt": (
        "een cel verwijst naar gedeelde tekst of opmaak die er niet is; het bestand is beschadigd",
        "a cell refers to shared text or a style that is not there; the file is damaged",
    ),
    "werkblad-beschadigd": (
        "een werkblad is beschadigd (een cel met een ongeldige verwijzing of waarde)",
        "a sheet is damaged (a cell with an invalid reference or value)",
    ),
    "docx-te-groot": (
        "het Word-bestand pakt uit tot meer dan {max} MB",
        "the Word file unpacks to more than {max} MB",
    ),
    "docx-zonder-document": ("er zit geen word/document.xml in", "it holds no word/document.xml"),
    "docx-groter-dan-gezegd": ("{deel} is groter dan het bestand aangeeft", "{deel} is larger than declared"),
    "docx-dtd": (
        "{deel} bevat een DTD of entiteiten (<!DOCTYPE>, <!ENTITY>); Word schrijft die nooit",
        "{deel} contains a DTD or entities (<!DOCTYPE>, <!ENTITY>); Word never writes them",
    ),
    "docx-geen-xml": (
        "{deel} is geen geldige XML (regel {regel}, kolom {kolom}); is het bestand afgebroken?",
        "{deel} is not valid XML (line {regel}, column {kolom}); is the file cut short?",
    ),
    "docx-include": (
        "{{% include %}}, {{% extends %}} en {{% import %}} werken niet in een Word-sjabloon",
        "{{% include %}}, {{% extends %}} and {{% import %}} do not work in a Word template",
    ),
    "geen-word": ("geen geldig Word-bestand ({fout})", "not a valid Word document ({fout})"),
    "alleen-lezen": (
        "het bestand is alleen-lezen (chmod 444)",
        "the file is read-only (chmod 444)",
    ),
    "niet-privé": (
        "de map voor slotbestanden is een koppeling of van een andere gebruiker",
        "the folder for lock files is a link or belongs to another user",
    ),
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
    "tekst-of-mapping": (
        "tekst of een mapping (omschrijving:, datum:, geldig_tot:, link:)",
        "text or a mapping (omschrijving:, datum:, geldig_tot:, link:)",
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
    "bsn": ("burgerservicenummer", "citizen service number (BSN)"),
    "iban": ("rekeningnummer (IBAN)", "bank account number (IBAN)"),
    "adres": ("woonadres", "home address"),
}


_WORDS = {
    "leeg": ("(leeg)", "(empty)"),
    "bestand": ("het bestand", "the file"),
    "cbs-code": (
        "GM + 4 cijfers (gemeente) of PV + 2 cijfers (provincie)",
        "GM + 4 digits (gemeente) or PV + 2 digits (provincie)",
    ),
    "slug": (
        "kleine letters, cijfers en streepjes, bijv. gemeente-den-helder",
        "lower case letters, digits and hyphens, e.g. gemeente-den-helder",
    ),
    "maand-dag": ("MM-DD, bijv. 04-01", "MM-DD, e.g. 04-01"),
}


def message(problem: Problem, lang: str = "nl") -> str:
    """The human text of a problem, in Dutch (default) or English."""
    i = _index(lang)
    params = {k: _format_value(k, v, i) for k, v in problem.params.items()}
    if problem.code in {"ONVOLLEDIG-VASTGESTELD", "MAPPING-ONVOLLEDIG"}:
        params["aantal"] = str(len(problem.params.get("ontbrekend", [])))
    if problem.code == "YAML-SYNTAX":
        cause = _YAML_CAUSES.get(str(problem.params.get("oorzaak")))
        params["detail"] = cause[i] if cause else _yaml_detail(str(problem.params.get("detail", "")), i)
    if problem.code == "CONFIG-SYNTAX":
        params["detail"] = _toml_detail(str(problem.params.get("detail", "")), i)
    if problem.code == "SJABLOON-FOUT" and isinstance(problem.params.get("detail"), str):
        params["detail"] = _matched(_TEMPLATE_DETAIL, str(problem.params["detail"]), i)
    if problem.code == "ONGELDIGE-WAARDE":  # the text quotes the value: a quoted one is not quoted twice
        params["waarde"] = re.sub(r"""^(["'])(.*)\1$""", r"\2", params.get("waarde", ""), flags=re.DOTALL)
        if isinstance(problem.params.get("detail"), str):
            params["detail"] = _matched(_VALUE_DETAIL, str(problem.params["detail"]), i)
    if problem.params.get("errno") in _OS_REASONS:
        params["reden"] = _OS_REASONS[problem.params["errno"]][i]
    if "xml" in problem.params:
        params["xml"] = _XML_DETAIL.get(str(problem.params["xml"]), (params["xml"],) * 2)[i]
    if problem.code == "GEEN-WERKBOEK" and isinstance(problem.params.get("reden"), str):
        params["reden"] = _matched(_WORKBOOK_DETAIL, params["reden"], i)
    if problem.code == "KLEINE-REGIO":  # "1 organisatie", "3 organisaties": counted in the user's language
        params["organisaties"] = counted(int(problem.params["organisaties"]), "org-aantal", LANGUAGES[i])
        if "jaar" in problem.params:  # a year of the trend (issue 19)
            params["organisaties"] += f" in {problem.params['jaar']}"
    for key in ("reden", "detail"):  # a reason given by its key: worded here, in the user's language
        if problem.params.get(key) in _REASONS:
            params[key] = _fill(_REASONS[problem.params[key]][i], params)
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
    if isinstance(value, Problem):  # a problem told inside another (NORM-ONGELDIG)
        return message(value, LANGUAGES[i])
    if key == "metavar":
        return metavar_text(str(value), LANGUAGES[i])
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
    if key == "waarde" and value == "":
        return _WORDS["leeg"][i]
    if key == "toegestaan" and value in _WORDS:
        return _WORDS[value][i]
    return str(value) if key == "pad" else _shortened(str(value), i)


def _shortened(text: str, i: int) -> str:
    """A value echoed in a message stays readable: a 5,000-digit number shows its start and length."""
    if len(text) <= _ECHO_MAX:
        return text
    return f"{text[: _ECHO_MAX - 30]}… ({len(text)} {('tekens', 'characters')[i]})"


_ECHO_MAX = 200
