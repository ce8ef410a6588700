"""The libraries' own words (libyaml, ruamel, tomllib, expat, zipfile, Jinja, pydantic, the operating
system), said in the user's language where they reach the user."""

from __future__ import annotations

import errno
import re

from nhnorm_cli.messages.core import _fill

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
    errno.EDQUOT: ("uw schijfruimte (quotum) is op", "your disk quota is used up"),
    errno.EFBIG: ("het bestand wordt te groot", "the file would be too large"),
    errno.EROFS: ("de schijf is alleen-lezen", "the disk is read-only"),
    errno.ENAMETOOLONG: ("de naam is te lang", "the name is too long"),
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
    r"'(?P<naam>[^']+)' is not safely callable": (
        "een sjabloon mag '{naam}' niet aanroepen (afgeschermd)",
        "a template may not call '{naam}' (sandboxed)",
    ),
    r"TemplateLimit: steps": (
        "het sjabloon rekent te lang (meer dan 5 miljoen stappen; een lus in een lus in een lus?)",
        "the template computes too long (more than 5 million steps; a loop in a loop in a loop?)",
    ),
    r"TemplateLimit: output": (
        "het sjabloon maakt meer dan 100 miljoen tekens tekst",
        "the template makes more than 100 million characters of text",
    ),
    r"TemplateLimit: value": (
        "een waarde wordt langer dan 20 miljoen tekens (of een lijst langer dan 100.000)",
        "a value grows past 20 million characters (or a list past 100,000 items)",
    ),
    r"TemplateLimit: number": (
        "een getal wordt groter dan een rapport ooit nodig heeft",
        "a number grows larger than any report needs",
    ),
    r"TemplateLimit: width": (
        "een breedte in een opmaaktekst is groter dan 10.000 of komt uit een argument (%*d, {{0:{{1}}}})",
        "a width in a format string is over 10,000 or comes from an argument (%*d, {{0:{{1}}}})",
    ),
    r"TemplateLimit: recursion": (
        "het sjabloon roept zichzelf eindeloos aan ({{% include %}} of {{% extends %}} van zichzelf, "
        "of een macro die zichzelf blijft aanroepen)",
        "the template calls itself without end ({{% include %}} or {{% extends %}} of itself, or a "
        "macro that keeps calling itself)",
    ),
    r"TemplateLimit: memory": (
        "het sjabloon gebruikt meer geheugen dan een rapport nodig heeft",
        "the template uses more memory than a report needs",
    ),
    r"TemplateFile: link: (?P<naam>.+)": (
        "{naam} in de sjablonenmap is een koppeling (symlink); nhnorm leest alleen gewone bestanden "
        "in de map zelf",
        "{naam} in the template folder is a link (symlink); nhnorm reads only regular files in the "
        "folder itself",
    ),
    r"TemplateFile: outside: (?P<naam>.+)": (
        "{naam} ligt buiten de sjablonenmap",
        "{naam} lies outside the template folder",
    ),
    r"TemplateFile: not a file: (?P<naam>.+)": (
        "{naam} in de sjablonenmap is geen gewoon bestand",
        "{naam} in the template folder is not a regular file",
    ),
    r"TemplateFile: too large: (?P<naam>.+)": (
        "{naam} is groter dan 5 MB; een sjabloon met logo is zo'n 100 kB",
        "{naam} is larger than 5 MB; a template with a logo is some 100 kB",
    ),
    r"TemplateFile: not UTF-8: (?P<naam>.+)": (
        "{naam} is geen UTF-8; sla het op als UTF-8",
        "{naam} is not UTF-8; save it as UTF-8",
    ),
    r"TemplateFile: unreadable: (?P<naam>[^:]+): (?P<reden>.+)": (
        "{naam} is niet te lezen ({reden})",
        "{naam} cannot be read ({reden})",
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
