"""Pure: find personal data in free text (SPEC §7, PERSOONSGEGEVENS).

Three kinds: e-mail addresses, Dutch phone numbers, and people's names written with initials
("P. Jansen", "J.P. de Groot") or a title ("dhr. De Vries", "mevrouw Van den Berg"). A public
report must not print them. The patterns are tuned for few false alarms on the text of a
self-assessment: law articles ("art. 2:10 Awb"), dates, case numbers, amounts and team or
organisation names ("Team Communicatie", "Wet Bibob") are not people."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

Kind = Literal["e-mail", "telefoon", "naam"]
REDACTED = "[verwijderd]"


@dataclass(frozen=True, slots=True)
class Finding:
    """`text[start:end]` is personal data of this kind."""

    start: int
    end: int
    kind: Kind


_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")

# A phone number is ten digits starting with 0 (06-12345678, 020 123 4567, 0229-123456), or +31 /
# 0031 with nine (the leading 0 left out, optionally written as "(0)"); the area code may be in
# parentheses. Single spaces or hyphens may separate digits. Not inside a longer number, a path,
# an amount or a case number ("2025-00123", "Z/25/0123456789").
_GAP = r"[ \-]?"
# Written to start with the number's first character ([+0(]) and to look behind it from there, not
# before it: a pattern that starts with a character set lets the regex engine skip to candidates in
# C, a leading lookbehind made it try every position (a third of the rules' time on a file).
_NOT_BEFORE = r"[\w+/\\.,:€$-]"
_PHONE = re.compile(
    rf"[+0(](?<!{_NOT_BEFORE}[+0(])(?:"
    rf"(?<=\+)31{_GAP}(?:\(0\){_GAP})?[1-9](?:{_GAP}\d){{8}}"
    rf"|(?<=0)031{_GAP}(?:\(0\){_GAP})?[1-9](?:{_GAP}\d){{8}}"
    rf"|(?<=\()0[1-9]\){_GAP}\d(?:{_GAP}\d){{7}}"
    rf"|(?<=\()0[1-9]\d\){_GAP}\d(?:{_GAP}\d){{6}}"
    rf"|(?<=\()0[1-9]\d\d\){_GAP}\d(?:{_GAP}\d){{5}}"
    r"|(?<=0)[1-9](?:[ \-]?\d){8}"
    r")(?!\d|[.,:/-]\d)"
)
# Free, information and premium-rate numbers belong to services, never to a person.
_SERVICE = re.compile(r"^0(?:800|90[0-9])")
# An IBAN's account digits ("NL91 ABNA 0417 1643 00") also look like a phone number.
_IBAN_BEFORE = re.compile(r"[A-Z]{2}\d{2} ?[A-Z]{4} ?$")
_IBAN_REACH = 10  # the longest text it matches: "NL91 ABNA "

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# A surname word: capitalised, letters with apostrophes or hyphens ("Jansen-Smit", "D'Souza").
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:['’][{_UPPER}{_LOWER}][{_LOWER}]+)?"
# Particles before a surname: van, de, van der, ter, 't, el, ... (any case: "De Vries", "van Dijk").
_PARTICLE = (
    r"(?:[Vv]an|[Vv]on|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Tt]e|[Hh]et|'t|[Ii]n|[Oo]p|[Ll]a|[Ll]e"
    r"|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Ee]l|[Aa]l|[Bb]en|[Bb]in)"
)
_SURNAME = rf"(?:{_PARTICLE}\s+){{0,3}}{_WORD}(?:-(?:{_PARTICLE}\s+){{0,3}}{_WORD})?"
_INITIAL = rf"(?:IJ|Th|Chr|Ph|Joh|[{_UPPER}])\."
_INITIALS = rf"{_INITIAL}(?:\s?{_INITIAL}){{0,4}}"
# Forms of address and academic titles. The short forms of address may lack their dot
# ("dhr Jansen"); an academic title needs it ("mr. Visser"), so "ir" in running text is no title.
_ADDRESS = r"(?:[Dd]hr\.?|[Mm]w\.?|[Mm]evr\.?|[Mm]evrouw|[Mm]eneer|[Dd]e\s+heer)"
_ACADEMIC = r"(?:[Mm]r|[Dd]rs|[Dd]r|[Ii]r|[Ii]ng|[Pp]rof|[Bb]c)\."
_TITLES = rf"(?:(?:{_ADDRESS}|{_ACADEMIC})\s*){{1,4}}"

_TITLED = re.compile(rf"(?<![\w.]){_TITLES}(?:{_INITIALS}\s?)?(?P<surname>{_SURNAME})(?![\w-])")
_INITIALLED = re.compile(rf"(?<![\w.]){_INITIALS}\s?(?P<surname>{_SURNAME})(?![\w-])")

# Capitalised words that start a sentence after "fase A." or "bijlage B." rather than a surname.
_SENTENCE_STARTS = (
    "De Het Een Dit Deze Die Dat Daarna Daarom Daarbij Daarin Daarmee Daar Dan Er Hier Hij Zij "
    "Ze We Wij Ik U Ook Zie Bij Met Van Om Als Nog Wel Niet Alle Elk Elke In Op Voor Na Tot Door "
    "Uit Aan Over Onder Naast Sinds Vanaf Volgens Per Wat Wie Waar Wanneer Hoe Welke Maar En Of "
    "Want Omdat Toen Nu Zo Geen Meer Eind Begin Vervolgens Tevens Verder Tenslotte Ten Zowel "
    "Inmiddels"
)
_NOT_SURNAMES = frozenset(_SENTENCE_STARTS.split(" "))
# Dotted abbreviations that are no initials ("N.B. Het plan", "O.M. Noord-Holland").
_ABBREVIATIONS = frozenset({"N.B.", "O.M.", "B.V.", "N.V.", "V.O.F.", "C.V.", "A.U.B.", "S.V.P.", "P.S."})
# Words before a capital letter and dot that make it a label, not an initial ("bijlage B.").
_LABELS = (
    "bijlage", "fase", "categorie", "optie", "scenario", "variant", "niveau", "stap", "deel", "hoofdstuk",
    "paragraaf", "artikel", "lid", "sub", "punt", "klasse", "type", "blok", "gebouw", "zone", "model",
    "route", "plan", "bijl.",
)  # fmt: skip
_LABEL_BEFORE = re.compile(f"(?:{'|'.join(map(re.escape, _LABELS))})$", re.IGNORECASE)
_LABEL_REACH = max(map(len, _LABELS))


# Cheap hints: the name patterns only run on text where one of them can start, at a character that
# is no letter, digit or dot: an initial (_INITIALS), a form of address or a title (_TITLES). They
# may be wrong the other way, which only costs time. Each searches for a literal first (a dot, or
# the rare letters of "dhr", "mw", "mevr", "meneer", "heer") and looks behind it from there: the
# regex engine finds a literal in C at memchr speed, where a leading lookbehind or a set of common
# first letters made it try nearly every position. The texts they search start with _SEPARATOR,
# so the lookbehinds always have a character to look at.
_BOUNDARY = r"[^\w.]"
_NAME_HINTS = (
    re.compile(
        rf"\.(?:(?<={_BOUNDARY}[{_UPPER}]\.)|(?<={_BOUNDARY}(?:IJ|Th|Ph|[Mm]r|[Dd]r|[Ii]r|[Bb]c)\.)"
        rf"|(?<={_BOUNDARY}(?:Chr|Joh|[Dd]rs|[Ii]ng)\.)|(?<={_BOUNDARY}[Pp]rof\.))"
    ),
    re.compile(rf"hr(?<={_BOUNDARY}[Dd]hr)"),
    re.compile(rf"w(?<={_BOUNDARY}[Mm]w)"),
    re.compile(rf"evr(?<={_BOUNDARY}[Mm]evr)"),
    re.compile(rf"eneer(?<={_BOUNDARY}[Mm]eneer)"),
    re.compile(rf"heer(?<={_BOUNDARY}heer)"),  # "de heer": the name patterns know it only so
)


def find_personal_data(text: str) -> list[Finding]:
    """Every finding in `text`, in order, not overlapping."""
    found = [Finding(m.start(), m.end(), "e-mail") for m in _EMAIL.finditer(text)] if "@" in text else []
    found += [
        Finding(m.start(), m.end(), "telefoon")
        for m in _PHONE.finditer(text)
        if not _SERVICE.match(m.group()) and not _iban_before(text, m.start())
    ]
    if _may_name(text):
        found += [
            Finding(m.start(), m.end(), "naam")
            for m in _TITLED.finditer(text)
            if _is_surname(m.group("surname"))
        ]
        found += [
            Finding(m.start(), m.end(), "naam")
            for m in _INITIALLED.finditer(text)
            if _is_initialled_name(text, m)
        ]
    return _without_overlap(found)


def _may_name(text: str) -> bool:
    text = _SEPARATOR + text
    return any(hint.search(text) for hint in _NAME_HINTS)


# Joins the texts of a file for one scan: no pattern reads it, and like the start or end of a text
# it is neither a word character nor a dot, so every pattern sees each text as it sees it alone.
_SEPARATOR = "\x00"


def find_in_texts(texts: Sequence[str]) -> dict[int, list[Finding]]:
    """find_personal_data of every text that has findings, by index. The cheap searches (e-mail,
    phone, name hints) run once over all texts joined: a file has about 120 short texts, and one C
    scan costs less than 120 calls; only the texts they point at get the full patterns."""
    joined = _SEPARATOR + _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts):
        candidates: Iterable[int] = range(len(texts))  # a text holds the separator: one at a time
    else:
        hits = [m.start() for m in _PHONE.finditer(joined)]
        for hint in _NAME_HINTS:
            hits += [m.start() for m in hint.finditer(joined)]
        at = joined.find("@")
        while at >= 0:
            hits.append(at)
            at = joined.find("@", at + 1)
        if not hits:  # most files: nothing to place
            return {}
        starts = list(accumulate((len(text) + 1 for text in texts), initial=1))
        candidates = sorted({bisect_right(starts, hit) - 1 for hit in hits})
    return {index: found for index in candidates if (found := find_personal_data(texts[index]))}


def redact(text: str) -> tuple[str, list[Finding]]:
    """`text` with every finding replaced by [verwijderd], and the findings (in the original)."""
    found = find_personal_data(text)
    parts: list[str] = []
    last = 0
    for finding in found:
        parts += [text[last : finding.start], REDACTED]
        last = finding.end
    parts.append(text[last:])
    return "".join(parts), found


def shown(text: str, public: bool) -> str:
    """Text as a public output shows it (report, OSCAL, CISO Assistant): personal data replaced."""
    return redact(text)[0] if public else text


def _is_surname(surname: str) -> bool:
    return surname.split()[0] not in _NOT_SURNAMES or len(surname.split()) > 1


def _is_initialled_name(text: str, match: re.Match[str]) -> bool:
    initials = text[match.start() : match.start("surname")].replace(" ", "")
    if initials.rstrip() in _ABBREVIATIONS:
        return False
    if _label_before(text, match.start()):
        return False
    return _is_surname(match.group("surname"))


# The two searches before a finding look back only as far as a match can reach: a search from the
# start of the text for every finding made a text full of names quadratic (20,000 in 1 MB: minutes).
def _iban_before(text: str, end: int) -> bool:
    """Whether an IBAN's country, check digits and bank code end `text[:end]`."""
    return _IBAN_BEFORE.search(text, max(0, end - _IBAN_REACH), end) is not None


def _label_before(text: str, end: int) -> bool:
    """Whether a label word ends `text[:end]`, before any whitespace."""
    while end > 0 and text[end - 1].isspace():  # str.isspace is re's \s
        end -= 1
    return _LABEL_BEFORE.search(text, max(0, end - _LABEL_REACH), end) is not None


def _without_overlap(found: list[Finding]) -> list[Finding]:
    """The longest finding wins where two overlap (an e-mail address containing a name)."""
    result: list[Finding] = []
    for finding in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if result and finding.start < result[-1].end:
            if finding.end > result[-1].end:
                last = result[-1]
                result[-1] = Finding(last.start, finding.end, last.kind)
            continue
        result.append(finding)
    return result
