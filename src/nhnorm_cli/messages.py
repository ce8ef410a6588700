"""Dutch and English text for every problem code; chosen at render time (--lang, NHNORM_LANG)."""

from __future__ import annotations

import errno
import re
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
        "geen zelfevaluaties gevonden in {pad}",
        "no assessments found in {pad}",
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
        "--into zet elk werkboek in een eigen nieuw bestand; gebruik het niet samen met --output of --force",
        "--into puts each workbook in a new file of its own; do not combine it with --output or --force",
    ),
    "MEERDERE-WERKBOEKEN": (
        "{aantal} werkboeken gegeven; lees er meer tegelijk in met --into assessments/",
        "{aantal} workbooks given; import several at once with --into assessments/",
    ),
    "NIET-IN-REGISTER": (
        "{organisatie} ({slug}) staat niet in het register en telt niet mee in de intake; "
        "voeg de organisatie toe of geef organisatie.code",
        "{organisatie} ({slug}) is not in the register and is left out of the intake; "
        "add the organisation or give organisatie.code",
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
# Why an action or evidence line could not be read (the `reden` of ONGELDIGE-ACTIE, ONGELDIG-BEWIJS);
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
    "niet-privé": (
        "de map voor slotbestanden is een koppeling of van een andere gebruiker",
        "the folder for lock files is a link or belongs to another user",
    ),
}
# expat's words for a broken XML part of a workbook (reden geen-xml); others are shown as they are.
_XML_DETAIL: dict[str, tuple[str, str]] = {
    "no element found": ("leeg of afgebroken", "empty or cut off"),
    "unclosed token": ("afgebroken midden in een tag", "cut off in the middle of a tag"),
    "not well-formed (invalid token)": (
        "een teken dat daar niet mag",
        "a character that is not allowed there",
    ),
    "mismatched tag": (
        "een sluittag past niet bij de open tag",
        "a closing tag does not match the open tag",
    ),
    "junk after document element": (
        "tekst na het einde van het document",
        "text after the end of the document",
    ),
    "duplicate attribute": (
        "een attribuut staat twee keer in één tag",
        "an attribute appears twice in one tag",
    ),
    "undefined entity": ("een onbekende entiteit &…;", "an unknown entity &…;"),
    "reference to invalid character number": (
        "een verwijzing (&#…;) naar een teken dat niet mag",
        "a reference (&#…;) to a character that is not allowed",
    ),
    "partial character": (
        "een afgebroken teken (geen geldige UTF-8)",
        "a partial character (not valid UTF-8)",
    ),
    "unbound prefix": ("een onbekend namespace-voorvoegsel", "an unknown namespace prefix"),
    "unclosed CDATA section": (
        "een CDATA-blok dat niet gesloten wordt",
        "a CDATA section that is never closed",
    ),
    "syntax error": ("een syntaxfout", "a syntax error"),
    "unknown encoding": ("een onbekende tekencodering", "an unknown character encoding"),
    "encoding specified in XML declaration is incorrect": (
        "de tekencodering in de XML-declaratie klopt niet",
        "the encoding in the XML declaration is wrong",
    ),
    "XML or text declaration not at start of entity": (
        "de XML-declaratie staat niet aan het begin",
        "the XML declaration is not at the start",
    ),
    "XML declaration not well-formed": ("een ongeldige XML-declaratie", "an invalid XML declaration"),
}
# zipfile's and openpyxl's words for a file that is no workbook (GEEN-WERKBOEK's reden).
_WORKBOOK_DETAIL: dict[str, tuple[str, str]] = {
    r"File is not a zip file": (
        "het is geen zip-archief, zoals een .xlsx; is het een .xls, .csv of ander bestand met de naam .xlsx?",
        "it is not a zip archive, as an .xlsx is; is it an .xls, .csv or other file named .xlsx?",
    ),
    r"Bad CRC-32 for file '(?P<deel>.+)'": (
        "{deel} is beschadigd (de controlesom klopt niet)",
        "{deel} is damaged (its checksum does not match)",
    ),
    r"Truncated file header|Bad magic number for file header|Bad magic number for central directory|"
    r"Truncated central directory|Corrupt extra field.*|Error -?\d+ while decompressing data.*": (
        "het zip-archief is beschadigd",
        "the zip archive is damaged",
    ),
    r"File is encrypted, password required for extraction|File (?P<deel>.+) is encrypted.*": (
        "het werkboek is met een wachtwoord beveiligd; sla het zonder wachtwoord op",
        "the workbook is protected with a password; save it without one",
    ),
    r"\"?There is no item named '(?P<deel>.+)' in the archive\"?": (  # KeyError's str() quotes it
        "onderdeel {deel} ontbreekt; sla het bestand opnieuw op in Excel",
        "part {deel} is missing; save the file again in Excel",
    ),
}
# The operating system's reasons (its strerror is English), by errno; others are shown as they are.
_OS_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("bestaat niet", "does not exist"),
    errno.EACCES: ("geen toestemming", "permission denied"),
    errno.EPERM: ("geen toestemming", "permission denied"),
    errno.ENOTDIR: ("een deel van het pad is geen map", "part of the path is not a folder"),
    errno.EISDIR: ("het is een map", "it is a folder"),
    # from creating the folders on the way: a file stands where a folder should be
    errno.EEXIST: ("er staat een bestand waar een map moet komen", "a file is where a folder should be"),
    errno.ENOSPC: ("de schijf is vol", "the disk is full"),
    errno.EROFS: ("de schijf is alleen-lezen", "the disk is read-only"),
    errno.ENAMETOOLONG: ("de naam is te lang", "the name is too long"),
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

# What nhnorm itself found out about a YAML syntax error (the `oorzaak` of YAML-SYNTAX).
_YAML_CAUSES: dict[str, tuple[str, str]] = {
    "open-aanhalingsteken": (
        "dit aanhalingsteken wordt niet gesloten; zet hetzelfde teken aan het eind van de tekst",
        "this quote is never closed; put the same quote at the end of the text",
    ),
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
        "sleutel verwacht; klopt de inspringing? Of staat er tekst na een afsluitend aanhalingsteken "
        "(een ' binnen '…' schrijft u als '')?",
        "expected a key; is the indentation right? Or is there text after a closing quote "
        "(write a ' inside '…' as '')?",
    ),
    "did not find expected '-' indicator": (
        "'-' verwacht; klopt de inspringing van de lijst?",
        "expected '-'; is the list indented correctly?",
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

# The same problems in the words of ruamel's own reader (a file with NEL, LS or PS is read by it):
# its text, as a pattern, and libyaml's for the same problem in _YAML_DETAIL.
_YAML_SAME: dict[str, str] = {
    r"found character '\\t' that cannot start any token": (
        "found a tab character where an indentation space is expected"
    ),
    r"mapping values are not allowed here": "mapping values are not allowed in this context",
    r"expected ',' or '\]', but got .*": "did not find expected ',' or ']'",
    r"expected ',' or '\}', but got .*": "did not find expected ',' or '}'",
    r"expected <block end>, but found .*": "did not find expected key",
    r"expected the node content, but found .*": "did not find expected node content",
    r"expected escape sequence of \d+ hexdecimal numbers, but found .*": "found unknown escape character",
    r"did not find expected hexdecimal number|found invalid Unicode character escape code": (
        "found unknown escape character"
    ),
}
# Rarer problems, in both readers' words; patterns over the whole text, tried after _YAML_DETAIL.
_YAML_PATTERNS: dict[str, tuple[str, str]] = {
    r"found character (?P<teken>'.+') that cannot start any token": (
        "een waarde kan niet met {teken} beginnen; zet de waarde tussen aanhalingstekens",
        "a value cannot start with {teken}; put the value in quotes",
    ),
    r"found an indentation indicator equal to 0|expected indentation indicator in the range 1-9.*|"
    r"expected chomping or indentation indicators.*|did not find expected comment or line break": (
        "einde van de regel verwacht; na | of > mag alleen -, + of een cijfer 1-9 staan, de tekst "
        "begint op de volgende regel",
        "expected the end of the line; after | or > only -, + or a digit 1-9 may follow, the text "
        "starts on the next line",
    ),
    r"mapping keys are not allowed (?:here|in this context)": (
        "hier mag geen '? ' (een samengestelde sleutel); zet tekst die met ? begint tussen aanhalingstekens",
        "a '? ' (complex key) is not allowed here; put text starting with ? in quotes",
    ),
    r"found incompatible YAML document.*": (
        "onbekende YAML-versie in de %YAML-regel; haal die regel weg",
        "unknown YAML version in the %YAML line; remove that line",
    ),
    r"found duplicate %YAML directive": (
        "de %YAML-regel staat er twee keer; haal er één weg",
        "the %YAML line is there twice; remove one",
    ),
    r"(?:did not find )?expected alphabetic or numeric character.*": (
        "na * of & hoort een naam; begint de waarde met * of &, zet haar dan tussen aanhalingstekens",
        "* or & must be followed by a name; if the value starts with * or &, put it in quotes",
    ),
    r"found unknown directive name.*": (
        "een regel die met % begint is een YAML-instructie; zet tekst die met % begint tussen "
        "aanhalingstekens",
        "a line starting with % is a YAML directive; put text starting with % in quotes",
    ),
    r"did not find expected <document start>.*": (
        "na '...' (einde van het document) mag niets meer staan; haal '...' weg",
        "nothing may follow '...' (end of the document); remove the '...'",
    ),
    r"onbekend": ("onbekende fout", "unknown error"),
}

# tomllib's problem texts (nhnorm.toml), for the Dutch reader; unknown ones are shown as they are.
# A group is the character the parser names ({teken}).
_TOML_DETAIL: dict[str, tuple[str, str]] = {
    r"Invalid value": (
        "ongeldige waarde; zet tekst tussen aanhalingstekens",
        "invalid value; put text in quotes",
    ),
    r"Expected '=' after a key in a key/value pair": (
        "'=' verwacht na een sleutel; schrijf sleutel = waarde",
        "expected '=' after a key; write key = value",
    ),
    r"Expected ']' at the end of a table declaration": (
        "']' verwacht aan het eind van de tabelnaam, bijv. [nhnorm]",
        "expected ']' at the end of the table name, e.g. [nhnorm]",
    ),
    r"Expected newline or end of document after a statement": (
        "einde van de regel verwacht; zet één instelling per regel",
        "expected the end of the line; put one setting per line",
    ),
    r"Cannot overwrite a value|Cannot declare (.*) twice": (
        "deze instelling of tabel staat er al; noem haar één keer",
        "this setting or table is already there; name it once",
    ),
    r"Unterminated string|Illegal character '\\n'": (
        "de tekst wordt niet gesloten; zet een aanhalingsteken aan het eind",
        "the text is never closed; put a quote at its end",
    ),
    r"Expected (.+)": ("{teken} verwacht", "expected {teken}"),
    r"Illegal character (.*)": ("teken {teken} mag hier niet", "character {teken} is not allowed here"),
    r"Unclosed array": (
        "lijst niet gesloten; ontbreekt een ',' of ']'?",
        "list not closed; is a ',' or ']' missing?",
    ),
    r"Unclosed inline table": (
        "tabel tussen { } niet gesloten; ontbreekt een ',' of '}'?",
        "table in { } not closed; is a ',' or '}' missing?",
    ),
    r"Unescaped '\\' in a string|Invalid hex value|Escaped character is not a Unicode scalar value": (
        "onbekend teken na \\ tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens",
        "unknown escape after \\ inside double quotes; use single quotes",
    ),
    r"Invalid initial character for a key part|Invalid statement": (
        "hier hoort een sleutel (letters, cijfers, - en _) of een [tabel]",
        "a key (letters, digits, - and _) or a [table] belongs here",
    ),
}

# Jinja's and Python's problem texts for a gemeente's own report template (SJABLOON-FOUT); the most
# common are worded for the user, others are shown as they are. Named groups fill the text.
_TEMPLATE_DETAIL: dict[str, tuple[str, str]] = {
    r"'(?P<naam>[^']+)' is undefined": (
        "'{naam}' bestaat niet; is de naam goed gespeld? (een sjabloon krijgt r, de rapportgegevens)",
        "'{naam}' does not exist; is the name spelt right? (a template gets r, the report data)",
    ),
    r"'None' has no attribute '(?P<naam>[^']+)'": (
        "een lege waarde heeft geen veld '{naam}'; kijk eerst met {{% if … %}} of er een waarde is",
        "an empty value has no field '{naam}'; check first with {{% if … %}} that there is a value",
    ),
    r"'(?:[\w.]+\.)?(?P<soort>\w+) object' has no attribute '(?P<naam>[^']+)'": (
        "{soort} heeft geen veld '{naam}'; is de naam goed gespeld?",
        "{soort} has no field '{naam}'; is the name spelt right?",
    ),
    r"(?:[\w.]+\.)?(?P<soort>\w+) object has no element (?P<naam>.+)": (
        "{soort} heeft geen element {naam}",
        "{soort} has no element {naam}",
    ),
    r"unexpected '(?P<teken>[^']+)'": (
        "onverwachte '{teken}'; sluit elke {{{{ met }}}} en elke {{% met %}}",
        "unexpected '{teken}'; close every {{{{ with }}}} and every {{% with %}}",
    ),
    r"unexpected char (?P<teken>.+) at \d+": (
        "teken {teken} mag hier niet",
        "character {teken} is not allowed here",
    ),
    r"unexpected end of template, expected 'end of print statement'\.": (
        "het sjabloon eindigt binnen {{{{ … }}}}; sluit het met }}}}",
        "the template ends inside {{{{ … }}}}; close it with }}}}",
    ),
    r"unexpected end of template, expected 'end of statement block'\.": (
        "het sjabloon eindigt binnen {{% … %}}; sluit het met %}}",
        "the template ends inside {{% … %}}; close it with %}}",
    ),
    r"expected token 'end of print statement', got '(?P<teken>[^']*)'": (
        "}}}} verwacht, maar hier staat '{teken}'",
        "expected }}}}, but found '{teken}'",
    ),
    r"expected token 'end of statement block', got '(?P<teken>[^']*)'": (
        "%}} verwacht, maar hier staat '{teken}'",
        "expected %}}, but found '{teken}'",
    ),
    r"Unexpected end of template\. Jinja was looking for the following tags: .*"
    r"The innermost block that needs to be closed is '(?P<blok>\w+)'\.": (
        "het sjabloon eindigt terwijl {{% {blok} %}} nog open is; sluit het met {{% end{blok} %}}",
        "the template ends while {{% {blok} %}} is still open; close it with {{% end{blok} %}}",
    ),
    r"Encountered unknown tag '(?P<tag>\w+)'\. Jinja was looking for the following tags: .*"
    r"The innermost block that needs to be closed is '(?P<blok>\w+)'\.": (
        "{{% {tag} %}} is onbekend of staat hier verkeerd; {{% {blok} %}} is nog open en sluit met "
        "{{% end{blok} %}}",
        "{{% {tag} %}} is unknown or out of place; {{% {blok} %}} is still open and closes with "
        "{{% end{blok} %}}",
    ),
    r"Encountered unknown tag '(?P<tag>\w+)'\..*": (
        "{{% {tag} %}} is onbekend of staat hier verkeerd",
        "{{% {tag} %}} is unknown or out of place",
    ),
    r"No filter named '(?P<naam>[^']+)'(?: found)?\.?": (
        "filter '{naam}' bestaat niet",
        "there is no filter '{naam}'",
    ),
    r"No test named '(?P<naam>[^']+)'(?: found)?\.?": (
        "test '{naam}' bestaat niet (na 'is')",
        "there is no test '{naam}' (after 'is')",
    ),
    r"TemplateNotFound: (?P<naam>.+)": (
        "sjabloon {naam} bestaat niet (niet in --templates en niet in nhnorm)",
        "template {naam} does not exist (not in --templates and not in nhnorm)",
    ),
    r"access to attribute '(?P<naam>[^']+)' of '(?P<soort>\w+)' object is unsafe\.": (
        "een sjabloon mag '{naam}' niet gebruiken (afgeschermd)",
        "a template may not use '{naam}' (sandboxed)",
    ),
    r"ZeroDivisionError: .*": ("deling door nul", "division by zero"),
    r"TypeError: unsupported operand type\(s\) for (?P<teken>\S+): '(?P<soort>\w+)' and '(?P<ander>\w+)'": (
        "'{teken}' kan niet met {soort} en {ander}",
        "'{teken}' does not work on {soort} and {ander}",
    ),
    r"TypeError: can only concatenate str \(not \"(?P<soort>\w+)\"\) to str": (
        "tekst en {soort} gaan niet samen met +; gebruik ~ om tekst aan elkaar te plakken",
        "text and {soort} do not add up with +; use ~ to join text",
    ),
    r"TypeError: '(?P<teken>\S+)' not supported between instances of '(?P<soort>\w+)' and '(?P<ander>\w+)'": (
        "'{teken}' kan {soort} en {ander} niet vergelijken",
        "'{teken}' cannot compare {soort} and {ander}",
    ),
    r"TypeError: '(?P<soort>\w+)' object is not iterable": (
        "{soort} is geen lijst; {{% for %}} kan er niet doorheen",
        "{soort} is not a list; {{% for %}} cannot loop over it",
    ),
    r"TypeError: '(?P<soort>\w+)' object is not callable": (
        "{soort} is geen functie; haal de () weg",
        "{soort} is not a function; remove the ()",
    ),
    r"(?:TypeError|ValueError|AttributeError|KeyError|IndexError|OverflowError): (?P<detail>.*)": (
        "een filter of bewerking kreeg een waarde van de verkeerde soort (details: {detail})",
        "a filter or operation was given the wrong kind of value (details: {detail})",
    ),
}
# pydantic's words for a value out of bounds (ONGELDIGE-WAARDE's detail), mostly from a norm file.
_VALUE_DETAIL: dict[str, tuple[str, str]] = {
    r"Input should be greater than or equal to (?P<grens>.+)": ("minstens {grens}", "at least {grens}"),
    r"Input should be less than or equal to (?P<grens>.+)": ("hoogstens {grens}", "at most {grens}"),
    r"Input should be greater than (?P<grens>.+)": ("meer dan {grens}", "more than {grens}"),
    r"Input should be less than (?P<grens>.+)": ("minder dan {grens}", "less than {grens}"),
    r"String should match pattern '\^\[a-z\]\+\$'": (
        "alleen kleine letters a-z, zonder spaties",
        "only lower-case letters a-z, without spaces",
    ),
    r"String should match pattern '\^\\d\+\$'": ("alleen cijfers, bijv. 3", "only digits, e.g. 3"),
    r"String should match pattern '\^\\d\+\\\.\\d\+\$'": (
        "thema, punt, nummer, bijv. 2.7",
        "theme, dot, number, e.g. 2.7",
    ),
    r"String should match pattern '\^\\d\+\(\\\.\\d\+\)\*\$'": (
        "cijfers met punten ertussen, bijv. 1.1",
        "digits with dots between them, e.g. 1.1",
    ),
    r"String should match pattern '(?P<patroon>.+)'": (
        "moet passen bij het patroon {patroon}",
        "must match the pattern {patroon}",
    ),
    r"String should have at most (?P<grens>\d+) characters?": (
        "hoogstens {grens} tekens",
        "at most {grens} characters",
    ),
    r"List should have at least (?P<grens>\d+) items? after validation, not \d+": (
        "minstens {grens} (regels met -)",
        "at least {grens} (lines starting with -)",
    ),
}
# Python's type names in those texts, for the reader who never saw them.
_PY_TYPES = {
    "str": ("tekst", "text"),
    "int": ("een geheel getal", "a whole number"),
    "float": ("een getal", "a number"),
    "NoneType": ("een lege waarde", "an empty value"),
    "list": ("een lijst", "a list"),
    "tuple": ("een lijst", "a list"),
    "dict": ("een mapping", "a mapping"),
    "bool": ("true/false", "true/false"),
    "Undefined": ("iets wat niet bestaat", "something that does not exist"),
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


# The interface's own sentences and labels (not problems): command output, prompts, table labels.
# One entry per key, (Dutch, English); {..} are filled in by `text`.
_UI: dict[str, tuple[str, str]] = {
    "interne-fout": (
        "nhnorm: interne fout (een bug in nhnorm): {wat}. Draai opnieuw met --debug.",
        "nhnorm: internal error (a bug in nhnorm): {wat}. Run again with --debug.",
    ),
    "geschreven": ("{pad} geschreven", "{pad} written"),
    "afgebroken": ("Afgebroken.", "Aborted."),
    "aangemaakt": (
        "{pad} aangemaakt ({aantal} antwoorden overgenomen)",
        "{pad} created ({aantal} answers carried over)",
    ),
    "aangemaakt-leeg": (
        "{pad} aangemaakt; nog niets ingevuld: begin met `{opdracht}`",
        "{pad} created; nothing filled in yet: start with `{opdracht}`",
    ),
    "schema-tip": (
        "Tip: schrijf het schema voor hulp in uw editor met `nhnorm schema -o schemas`.",
        "Tip: write the schema for editor support with `nhnorm schema -o schemas`.",
    ),
    "bijgewerkt": ("{pad}: bijgewerkt: {wat}", "{pad}: changed: {wat}"),
    # `nhnorm norm --versions` and `init --from` across norm versions
    "versies-titel": ("Geïnstalleerde normversies", "Installed norm versions"),
    "versies-versie": ("versie", "version"),
    "versies-familie": ("familie", "family"),
    "versies-normen": ("normen", "norms"),
    "versies-bron": ("bron", "source"),
    "versies-titel-kolom": ("titel", "title"),
    "meegeleverd": ("meegeleverd", "shipped"),
    "geen-mappings": ("Geen mappings tussen versies.", "No mappings between versions."),
    "versiewissel": (
        "Norm {van} → {naar}: antwoorden alleen overgenomen waar de norm gelijk is.",
        "Norm {van} → {naar}: answers carried over only where the norm is gelijk.",
    ),
    "opnieuw-beoordelen": ("Opnieuw beoordelen ({aantal}):", "Needs a fresh answer ({aantal}):"),
    "niets-opnieuw": ("Geen norm vraagt een nieuw antwoord.", "No norm needs a fresh answer."),
    "nieuw-in": ("nieuw in {versie}", "new in {versie}"),
    "vervallen-in": ("vervallen in {versie}", "dropped in {versie}"),
    "was": ("was {ids}", "was {ids}"),
    "relatie-van": ("{relatie} van {ids}", "{relatie} of {ids}"),
    "niets": ("niets", "nothing"),
    # `nhnorm fill`
    "fill-huidig": ("Huidig oordeel", "Current rating"),
    "fill-toelichting": ("Toelichting", "Explanation"),
    "fill-keuzes": ("{keuzes} · q = stoppen", "{keuzes} · q = stop"),
    "fill-oordeel": ("Oordeel ({enter})", "Rating ({enter})"),
    "fill-houden": ("Enter = houden: {oordeel}", "Enter = keep: {oordeel}"),
    "fill-overslaan": ("Enter = overslaan", "Enter = skip"),
    "fill-kies": ("Kies 1-{n} of een van: {keuzes}", "Choose 1-{n} or one of: {keuzes}"),
    "fill-uitleg": ("Toelichting (Enter = houden)", "Explanation (Enter = keep)"),
    "fill-uitleg-nieuw": ("Toelichting (Enter = geen)", "Explanation (Enter = none)"),
    "fill-bewijs": ("Bewijs toevoegen (Enter = geen)", "Add evidence (Enter = none)"),
    "fill-bewijs_datum": (
        "Datum van het bewijs (JJJJ-MM-DD, Enter = geen)",
        "Date of the evidence (YYYY-MM-DD, Enter = none)",
    ),
    "fill-geldig_tot": ("Geldig tot (JJJJ-MM-DD, Enter = geen)", "Valid until (YYYY-MM-DD, Enter = none)"),
    "fill-actie": ("Verbeteractie (Enter = geen)", "Improvement action (Enter = none)"),
    "fill-eigenaar": ("Eigenaar (afdeling of rol)", "Owner (department or role)"),
    "fill-gereed": ("Gereed (JJJJ-MM-DD, Enter = geen)", "Due (YYYY-MM-DD, Enter = none)"),
    "fill-prioriteit": (
        "Prioriteit (hoog, middel of laag; Enter = geen)",
        "Priority (hoog, middel or laag; Enter = none)",
    ),
    "fill-prioriteit-kies": ("Kies hoog, middel of laag", "Choose hoog, middel or laag"),
    "fill-datum": (
        "Schrijf de datum als JJJJ-MM-DD of DD-MM-JJJJ, bijv. 2026-12-31 of 31-12-2026.",
        "Write the date as YYYY-MM-DD or DD-MM-YYYY, e.g. 2026-12-31 or 31-12-2026.",
    ),
    "fill-bewijs-kop": ("Bewijs", "Evidence"),
    "fill-actie-kop": ("Actie", "Action"),
    "fill-open": ("open", "open"),
    "fill-afgerond": ("afgerond", "done"),
    "fill-nvt-reden": (
        "Bij nvt is een toelichting verplicht: waarom is deze norm niet van toepassing?",
        "nvt needs an explanation: why does this norm not apply?",
    ),
    "fill-niet-opgeslagen": (
        "{id}: onderbroken; dit antwoord is niet opgeslagen.",
        "{id}: interrupted; this answer was not saved.",
    ),
    "fill-deels-opgeslagen": (
        "{id}: onderbroken; oordeel en toelichting zijn opgeslagen, het bewijs niet.",
        "{id}: interrupted; rating and explanation were saved, the evidence was not.",
    ),
    "fill-actie-niet": (
        "{id}: onderbroken; het antwoord is opgeslagen, de verbeteractie niet.",
        "{id}: interrupted; the answer was saved, the improvement action was not.",
    ),
    # numbers and dates (render/numbers.py)
    "decimaalteken": (",", "."),
    "datum": ("{dag} {maand} {jaar}", "{iso}"),
    # `nhnorm validate`
    "gecontroleerd": (
        "{bestanden} gecontroleerd: {fouten}, {waarschuwingen}",
        "{bestanden} checked: {fouten}, {waarschuwingen}",
    ),
    "bestand": ("bestand", "file"),
    "bestand+": ("bestanden", "files"),
    "fout": ("fout", "error"),
    "fout+": ("fouten", "errors"),
    "waarschuwing": ("waarschuwing", "warning"),
    "waarschuwing+": ("waarschuwingen", "warnings"),
    # text and github output show the first 100 problems of a file, then this (issue 9)
    "niet-getoond": (
        "{pad}: nog {meldingen} niet getoond; `nhnorm validate --format json` geeft ze allemaal",
        "{pad}: {meldingen} not shown here; `nhnorm validate --format json` gives them all",
    ),
    "melding": ("melding", "problem"),
    "melding+": ("meldingen", "problems"),
    "org-aantal": ("organisatie", "organisation"),
    "org-aantal+": ("organisaties", "organisations"),
    # `nhnorm score`
    "thema": ("Thema", "Theme"),
    "score": ("Score", "Score"),
    "totaal": ("Totaal", "Total"),
    "aantal": ("aantal", "norms"),
    "beoordeeld": ("beoordeeld", "rated"),
    "voldaan": ("voldaan", "met"),
    "nvt": ("nvt", "nvt"),
    "open": ("open", "open"),
    "kop-norm": ("norm {norm}", "norm {norm}"),
    "kop-peildatum": ("peildatum {datum}", "as of {datum}"),
    # `nhnorm diff`
    "totaalscore": ("Totaalscore", "Total score"),
    "verschil": ("verschil", "change"),
    "zelfevaluatie": ("Zelfevaluatie", "Self-assessment"),
    "geen-wijzigingen": ("Geen wijzigingen in oordelen.", "No changes in ratings."),
    "geen-antwoord": ("geen antwoord", "no answer"),
    "diff-beter": ("Beter", "Better"),
    "diff-slechter": ("Slechter", "Worse"),
    "diff-nieuw": ("Nieuw beoordeeld", "Newly rated"),
    "diff-vervallen": ("Niet meer beoordeeld", "No longer rated"),
    "diff-gelijk": ("Van geen antwoord naar nvt of omgekeerd", "From no answer to nvt or back"),
    "andere-normversie": (
        "Let op: {van} is beoordeeld tegen norm {van_norm} en {naar} tegen norm {naar_norm}; normen en "
        "thema's zijn op id vergeleken.",
        "Note: {van} was rated against norm {van_norm} and {naar} against norm {naar_norm}; norms and "
        "themes were compared by id.",
    ),
    "andere-normversie-mapping": (
        "Let op: {van} is beoordeeld tegen norm {van_norm} en {naar} tegen norm {naar_norm}; normen zijn "
        "vergeleken via de mapping {mapping}; {aantal} norm(en) zijn niet één op één vergelijkbaar (≈), "
        "en de scores gaan over verschillende sets normen.",
        "Note: {van} was rated against norm {van_norm} and {naar} against norm {naar_norm}; norms were "
        "compared through the mapping {mapping}; {aantal} norm(s) do not compare like for like (≈), and "
        "the scores cover different sets of norms.",
    ),
    "achteruitgang": ("nhnorm: achteruitgang: {wat}", "nhnorm: regression: {wat}"),
    "lager-beoordeeld": ("{aantal} norm lager beoordeeld ({ids})", "{aantal} norm(s) rated lower ({ids})"),
    "lager-beoordeeld+": ("{aantal} normen lager beoordeeld ({ids})", "{aantal} norm(s) rated lower ({ids})"),
    "lagere-totaalscore": ("totaalscore {van} → {naar}", "total score {van} → {naar}"),
    "acties-toegevoegd": ("Nieuwe acties", "New actions"),
    "acties-afgerond": ("Afgeronde acties", "Completed actions"),
    "acties-verlopen": (
        "Verlopen acties (streefdatum vóór de peildatum)",
        "Overdue actions (due before the measurement date)",
    ),
    "acties-vervallen": (
        "Vervallen acties (vorig jaar open, nu niet meer genoemd)",
        "Dropped actions (open last year, no longer listed)",
    ),
    "actie-streefdatum": ("streefdatum {datum}", "due {datum}"),
    "actie-prioriteit": ("prioriteit {prioriteit}", "priority {prioriteit}"),
    "gewijzigde-toelichting": ("Gewijzigde toelichting", "Changed toelichting"),
    "gewijzigde-toelichting-norm": (
        "Gewijzigde toelichting ({aantal} norm)",
        "Changed toelichting ({aantal} norm)",
    ),
    "gewijzigde-toelichting-normen": (
        "Gewijzigde toelichting ({aantal} normen)",
        "Changed toelichting ({aantal} norms)",
    ),
    "toelichting-was": ("was", "was"),
    "toelichting-nu": ("nu", "now"),
    "toelichting-geen": ("geen", "none"),
    # `nhnorm overview`
    "overzicht-titel": ("Noord-Hollandse Norm {norm} — {jaar}", "Noord-Hollandse Norm {norm} — {jaar}"),
    "sinds": (", verschil t.o.v. {jaar}", ", change since {jaar}"),
    "organisatie": ("Organisatie", "Organisation"),
    "Verschil": ("Verschil", "Change"),
    "themas": ("Thema's: ", "Themes: "),
    "moeilijkste": ("Moeilijkste normen (top {aantal})", "Hardest norms (top {aantal})"),
    "moeilijkste-geen": (
        "Moeilijkste normen: nog geen norm beoordeeld in een meegetelde zelfevaluatie.",
        "Hardest norms: no norm scored yet in a counted assessment.",
    ),
    "norm": ("Norm", "Norm"),
    "Voldaan": ("Voldaan", "Met"),
    "procent-voldaan": ("% voldaan", "% met"),
    "tekst": ("Tekst", "Text"),
    "voortgang": (
        "Voortgang naar de ambitie 2027 (alle normen voldaan):",
        "Progress towards the 2027 ambition (all norms met):",
    ),
    "voortgang-regel": (
        "  {groep}: {volledig} van {organisaties} organisaties volledig voldaan; {voldaan} van "
        "{beoordeeld} beoordeelde normen voldaan ({aandeel}%); gemiddelde score {gemiddeld}",
        "  {groep}: {volledig} of {organisaties} organisations fully met; {voldaan} of {beoordeeld} rated "
        "norms met ({aandeel}%); average score {gemiddeld}",
    ),
    "alle-organisaties": ("Alle organisaties", "All organisations"),
    "geen-riec": ("(geen RIEC)", "(no RIEC)"),
    "st": ("St.", "St."),
    "antw": ("Antw.", "Ans."),
    "status-legenda": (
        "St.: V = vastgesteld, C = concept; Antw.: aantal beantwoorde normen.",
        "St.: V = vastgesteld (adopted), C = concept (draft); Ans.: number of norms answered.",
    ),
    "telt-vastgesteld": (
        "De cijfers van de regio tellen alleen de {aantal} vastgestelde zelfevaluaties",
        "The region's figures count only the {aantal} adopted (vastgesteld) self-assessments",
    ),
    "telt-niet-mee": (
        "; {aantal} concept(en) tellen niet mee (--met-concepten telt ze wel)",
        "; {aantal} concept(s) do not count (--met-concepten counts them)",
    ),
    "telt-alles": (
        "De cijfers van de regio tellen alle {aantal} zelfevaluaties mee, ook concepten (--met-concepten).",
        "The region's figures count all {aantal} self-assessments, concepts too (--met-concepten).",
    ),
    "anoniem": (" (regio, anoniem)", " (region, anonymous)"),
    "verdeling-titel": ("Verdeling van de oordelen per norm", "Distribution of the ratings per norm"),
    "trend-titel": ("Ontwikkeling van de regio", "Development of the region"),
    "verschuivingen-titel": (
        "Grootste verschuivingen sinds {jaar} (score van de regio per norm)",
        "Largest shifts since {jaar} (the region's score per norm)",
    ),
    "jaar": ("Jaar", "Year"),
    "organisaties": ("Organisaties", "Organisations"),
    "gemiddeld": ("Gemiddeld", "Average"),
    "procent-volledig": ("% volledig", "% full"),
    # `nhnorm intake`
    "intake-titel": (
        "Intake implementatieoverzicht {jaar} — deadline {deadline} (stand {stand})",
        "Intake of the implementatieoverzicht {jaar} — deadline {deadline} (as of {stand})",
    ),
    "intake-totalen": (
        "{organisaties}: {vastgesteld} vastgesteld, {concept} concept, {ontbreekt} ontbreekt; "
        "{te_laat} te laat",
        "{organisaties}: {vastgesteld} adopted, {concept} draft, {ontbreekt} missing; {te_laat} late",
    ),
    "intake-organisaties": ("organisatie", "organisation"),
    "intake-organisaties+": ("organisaties", "organisations"),
    "intake-code": ("Code", "Code"),
    "intake-organisatie": ("Organisatie", "Organisation"),
    "intake-riec": ("RIEC", "RIEC"),
    "intake-status": ("Status", "Status"),
    "intake-beantwoord": ("Beantwoord", "Answered"),
    "intake-vastgesteld-op": ("Vastgesteld op", "Adopted on"),
    "intake-te-laat": ("Te laat", "Late"),
    "status-ontbreekt": ("ontbreekt", "missing"),
    "status-concept": ("concept", "draft"),
    "status-vastgesteld": ("vastgesteld", "adopted"),
    "ja": ("ja", "yes"),
    "ingelezen": (
        "{aantal} werkboek(en): {goed} ingelezen, {fout} niet ingelezen (zie hierboven)",
        "{aantal} workbook(s): {goed} imported, {fout} not imported (see above)",
    ),
    "ingelezen-alle": ("{aantal} werkboek(en) ingelezen", "{aantal} workbook(s) imported"),
    "niet-meegenomen": (
        "{aantal} bestand(en) niet meegenomen in het overzicht; herstel ze (nhnorm validate) en draai "
        "opnieuw",
        "{aantal} file(s) left out of the overview; fix them (nhnorm validate) and run it again",
    ),
    # `nhnorm bewijs`
    "bewijs-kop": (
        "{pad} · {organisatie} {jaar} · bewijs dat vóór {voor} verloopt: {aantal}",
        "{pad} · {organisatie} {jaar} · evidence expiring before {voor}: {aantal}",
    ),
    "bewijs-regel": (
        '{pad}:{regel}:{kolom}: norm {norm}: "{omschrijving}" geldig tot {tot}{staat}',
        '{pad}:{regel}:{kolom}: norm {norm}: "{omschrijving}" valid until {tot}{staat}',
    ),
    "bewijs-verlopen": (" (verlopen op de peildatum)", " (expired at the peildatum)"),
    "bewijs-niets": ("niets te vernieuwen", "nothing to renew"),
    # `nhnorm validate --regels`
    "regels-code": ("code", "code"),
    "regels-niveau": ("niveau", "level"),
    "regels-uitleg": ("uitleg", "explanation"),
    "regels-vast": (" (vast)", " (fixed)"),
    "regels-standaard": ("standaard", "default"),
    "regels-voet": (
        "Instellen in nhnorm.toml: [nhnorm.regels] uit = [...], fout = [...], waarschuwing = [...]; "
        "per antwoord: # nhnorm: negeer CODE. Uitleg per regel: docs/regels.md.",
        "Configure in nhnorm.toml: [nhnorm.regels] uit = [...], fout = [...], waarschuwing = [...]; "
        "per answer: # nhnorm: negeer CODE. Each rule explained: docs/regels.md.",
    ),
    # `nhnorm norm`
    "norm-toelichting": ("Toelichting", "Explanation"),
    "norm-herhaling": ("Herhaling: {herhaling}", "Repetition: {herhaling}"),
    "norm-onderdelen": ("Onderdelen", "Parts"),
    "kan-bepaling": ("  (kan-bepaling / niet verplicht)", "  (optional provision / not required)"),
    "voorbeeld": ("  (voorbeeld / niet verplicht)", "  (example / not required)"),
}

_MONTHS = (
    *("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"),
    *("september", "oktober", "november", "december"),
)


# The one-line explanation of every rule (rules/ registry), shown by `validate --regels`; the
# longer explanation of each is in docs/regels.md.
RULE_EXPLANATIONS: dict[str, tuple[str, str]] = {
    "ONLEESBAAR": ("het bestand kan niet gelezen worden", "the file cannot be read"),
    "TE-GROOT": ("een zelfevaluatie is hoogstens 10 MB", "an assessment is at most 10 MB"),
    "CODERING": ("het bestand is UTF-8", "the file is UTF-8"),
    "ONGELDIG-TEKEN": (
        "geen onzichtbare stuurtekens in de tekst",
        "no invisible control characters in the text",
    ),
    "LEEG-BESTAND": ("het bestand is niet leeg", "the file is not empty"),
    "YAML-SYNTAX": ("het bestand is geldige YAML", "the file is valid YAML"),
    "TE-DIEP": ("de YAML is niet absurd diep genest", "the YAML is not absurdly deeply nested"),
    "ALIAS": ("geen aliassen (*naam)", "no aliases (*name)"),
    "ANKER": ("geen ankers (&naam)", "no anchors (&name)"),
    "TAG": ("geen tags (!!python/..., !iets)", "no tags (!!python/..., !something)"),
    "SLEUTEL-GEEN-TEKST": ("elke sleutel is tekst", "every key is text"),
    "DUBBELE-SLEUTEL": ("geen sleutel twee keer in dezelfde mapping", "no key twice in the same mapping"),
    "GEEN-MAPPING": ("het bestand is een mapping (sleutel: waarde)", "the file is a mapping (key: value)"),
    "ID-GEEN-TEKST": ('norm-ids staan tussen aanhalingstekens ("2.10")', 'norm ids are quoted ("2.10")'),
    "ONBEKENDE-SLEUTEL": ("alleen sleutels die het formaat kent", "only keys the format knows"),
    "VERPLICHT-VELD": ("verplichte sleutels zijn aanwezig", "required keys are present"),
    "GEEN-OORDEEL": ("elk antwoord heeft een oordeel", "every answer has an oordeel"),
    "ONGELDIG-TYPE": (
        "elke waarde heeft het goede type (tekst, getal, datum, lijst)",
        "every value has the right type (text, number, date, list)",
    ),
    "ONGELDIGE-WAARDE": (
        "elke waarde komt uit de toegestane set",
        "every value is one of the allowed values",
    ),
    "LEGE-WAARDE": ("verplichte tekst is niet leeg", "required text is not empty"),
    "ONBEKENDE-NORMVERSIE": ("de normversie bestaat", "the norm version exists"),
    "ONBEKEND-ID": ("elk norm-id bestaat in de normversie", "every norm id exists in the norm version"),
    "ONBEKEND-OORDEEL": (
        "elk oordeel komt uit de schaal van de norm",
        "every oordeel is on the norm's scale",
    ),
    "ONBEKEND-ONDERDEEL": ("elk onderdeel hoort bij zijn norm", "every onderdeel belongs to its norm"),
    "NVT-ZONDER-TOELICHTING": ("nvt heeft altijd een toelichting", "nvt always has a toelichting"),
    "ONVOLLEDIG-VASTGESTELD": (
        "vastgesteld kan pas als elke norm een antwoord heeft",
        "vastgesteld only when every norm has an answer",
    ),
    "JAAR-BESTANDSNAAM": (
        "bestandsnaam 2025.yaml hoort bij jaar: 2025",
        "file name 2025.yaml goes with jaar: 2025",
    ),
    "DUBBELE-BEOORDELING": (
        "één zelfevaluatie per organisatie per jaar",
        "one assessment per organisation per year",
    ),
    "ONBEKENDE-RIEC": (
        "met een register (organisaties.yaml): het RIEC staat in riecs",
        "with a register (organisaties.yaml): the RIEC is in riecs",
    ),
    "ONDERDEEL-ONVOLDAAN": (
        "voldaan terwijl een verplicht onderdeel niet voldaan is",
        "voldaan while a required onderdeel is not",
    ),
    "GEEN-ACTIE": ("onder voldaan zonder openstaande verbeteractie", "below voldaan without an open action"),
    "VOLDAAN-ZONDER-ONDERBOUWING": (
        "voldaan zonder toelichting en zonder bewijs",
        "voldaan with neither toelichting nor bewijs",
    ),
    "ACTIE-VERLOPEN": (
        "een open actie had vóór de peildatum gereed moeten zijn",
        "an open action was due before the peildatum",
    ),
    "ACTIE-NA-2027": (
        "een open actie is pas na 2027 gereed (de ambitie is 2027)",
        "an open action is due after 2027 (the ambition is 2027)",
    ),
    "PEILDATUM-BUITEN-JAAR": (
        "de peildatum valt niet in het jaar van de zelfevaluatie",
        "the peildatum is not in the assessment's year",
    ),
    "BEWIJS-VERLOPEN": (
        "bewijs was op de peildatum niet meer geldig (geldig_tot)",
        "evidence was no longer valid at the peildatum (geldig_tot)",
    ),
    "BEWIJS-VEROUDERD": (
        "bewijs van een jaarlijkse (tweejaarlijkse) activiteit is te oud",
        "evidence of a yearly (two-yearly) activity is too old",
    ),
    "PERSOONSGEGEVENS": (
        "e-mailadres, telefoonnummer of naam van een persoon in tekst die openbaar wordt",
        "e-mail address, phone number or person's name in text that becomes public",
    ),
    "NEGEER-ONBEKEND": (
        "# nhnorm: negeer noemt een code die niet bestaat",
        "# nhnorm: negeer names an unknown code",
    ),
    "NEGEER-VAST": (
        "# nhnorm: negeer noemt een fout die niet uit kan",
        "# nhnorm: negeer names an error that cannot be ignored",
    ),
    "NEGEER-LEEG": (
        "# nhnorm: negeer zonder leesbare code",
        "# nhnorm: negeer without a readable code",
    ),
}


def rule_explanation(code: str, lang: str = "nl") -> str:
    return RULE_EXPLANATIONS.get(code, (code, code))[_index(lang)]


def counted(number: int, key: str, lang: str = "nl") -> str:
    """`1 bestand`, `2 bestanden`: the number with the singular (key) or plural (key+) word."""
    return f"{number} {text(key if number == 1 else key + '+', lang)}"


def month_name(month: int) -> str:
    """The Dutch name of a month (1-12), for dates in reports."""
    return _MONTHS[month - 1]


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
    "xlsx (Excel, met keuzelijsten), csv, oscal (OSCAL assessment-results, JSON) of ciso-assistant "
    "(audit-import, CSV).": "xlsx (Excel, with drop-downs), csv, oscal (OSCAL assessment-results, JSON) "
    "or ciso-assistant (audit import, CSV).",
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


def help_entries() -> set[str]:
    """Every Dutch help text that has an English version (for the completeness test)."""
    return set(_HELP)


def text(key: str, lang: str = "nl", **values: object) -> str:
    """An interface sentence or label in Dutch (default) or English."""
    return _fill(_UI[key][_index(lang)], {k: str(v) for k, v in values.items()})


def _index(lang: str) -> int:
    return 1 if lang == "en" else 0


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
    if problem.params.get("reden") in _REASONS:
        params["reden"] = _fill(_REASONS[problem.params["reden"]][i], params)
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
    if isinstance(value, tuple) and len(value) == len(LANGUAGES):  # (Dutch, English) made by the caller
        return str(value[i])
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


def _yaml_detail(detail: str, i: int) -> str:
    for pattern, same in _YAML_SAME.items():
        if re.fullmatch(pattern, detail):
            detail = same
    for known, pair in _YAML_DETAIL.items():
        if detail.startswith(known):
            return pair[i]
    return _matched(_YAML_PATTERNS, detail, i)


def _toml_detail(detail: str, i: int) -> str:
    for pattern, pair in _TOML_DETAIL.items():
        if (match := re.fullmatch(pattern, detail)) is not None:
            return _fill(pair[i], {"teken": next((g for g in match.groups() if g), "")})
    return detail


def _matched(table: dict[str, tuple[str, str]], detail: str, i: int) -> str:
    """A library's text in the user's words: the first pattern that matches all of it, filled with
    its named groups (Python type names worded too); unknown texts are shown as they are."""
    for pattern, pair in table.items():
        if (match := re.fullmatch(pattern, detail, re.DOTALL)) is not None:
            named = {k: _PY_TYPES.get(v, (v, v))[i] for k, v in match.groupdict().items()}
            return _fill(pair[i], named)
    return detail


def _fill(template: str, params: dict[str, str]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError):  # a missing parameter must never hide the problem itself
        return template
