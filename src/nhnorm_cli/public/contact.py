"""Pure: e-mail addresses and Dutch phone numbers of a person, in normalised text (normalise.py).

An address is found also when written to slip past a filter ("jan(at)zeedorp.nl",
"jan(a)zeedorp.nl", "jan [at] zeedorp [dot] nl", "jan AT zeedorp punt nl", "mailto:jan%40zeedorp.nl").
A team's or function's mailbox ("veiligheid@…", "integriteit@…") is no personal data: it names no
natural person (AVG art. 4), is published on the organisation's own site, and is exactly what the
PERSOONSGEGEVENS message asks an author to write instead of a colleague's address. Service numbers
(0800, 090x) and the 088 numbers of an organisation's switchboard are no one's personal number
either."""

from __future__ import annotations

import re

_OPEN, _CLOSE = r"[\(\[\{<]", r"[\)\]\}>]"
# "at", "dot" and "punt" as bare words need a space on each side (the hints look for " at ")
AT_WORDS = (" at ", " AT ", " At ")
_AT = rf"(?:@|%40|\s?{_OPEN}\s?(?:at|AT|At|a|A)\s?{_CLOSE}\s?| (?:at|AT|At) )"
_DOT = rf"(?:\.|\s?{_OPEN}\s?(?:dot|DOT|punt|PUNT)\s?{_CLOSE}\s?| (?:dot|DOT|Dot|punt|PUNT|Punt) )"
EMAIL = re.compile(
    rf"(?<![\w.%+-])(?P<local>[\w.%+-]+?){_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[A-Za-z]{{2,}}(?![\w-])"
)
# The at sign in words ("(at)", "[at]", "(a)"): with "@", "%40" and AT_WORDS, what makes a text
# worth EMAIL.
AT_IN_WORDS = re.compile(rf"{_OPEN}\s?(?:at|AT|At|a|A)\s?{_CLOSE}")

# Local parts made only of these words (and digits) belong to a team, a function or a service.
_FUNCTIONAL = frozenset(
    [
        "info",
        "informatie",
        "contact",
        "post",
        "postbus",
        "receptie",
        "secretariaat",
        "bestuurssecretariaat",
        "griffie",
        "gemeente",
        "provincie",
        "veiligheid",
        "oov",
        "aov",
        "integriteit",
        "riec",
        "bibob",
        "meldpunt",
        "meldingen",
        "melding",
        "servicedesk",
        "helpdesk",
        "service",
        "privacy",
        "fg",
        "avg",
        "woo",
        "klantcontact",
        "kcc",
        "communicatie",
        "pers",
        "burgerzaken",
        "vergunningen",
        "handhaving",
        "toezicht",
        "team",
        "afdeling",
        "noreply",
        "no",
        "reply",
        "ciso",
        "security",
        "informatiebeveiliging",
        "cert",
        "csirt",
        "juridisch",
        "juridische",
        "zaken",
        "crisis",
        "crisisbeheersing",
        "ondermijning",
        "openbare",
        "orde",
        "veiligheidshuis",
        "zorg",
        "klachten",
        "facturen",
        "financien",
        "ict",
        "beleid",
        "personeelszaken",
        "hrm",
        "hr",
        "p&o",
        "bestuur",
        "college",
        "raad",
        "burgemeester",
        "wethouders",
        "driehoek",
        "regie",
        "weerbaarheid",
        "preventie",
        "ambtenaar",
        "bedrijfsvoering",
        "omgevingsdienst",
        "archief",
        "dossier",
        "algemeen",
    ]
)
_LOCAL_WORDS = re.compile(r"[^\W\d_]+")


def is_functional_mailbox(local: str) -> bool:
    """Whether the local part of an address names a team, a function or a service only."""
    words = _LOCAL_WORDS.findall(local.lower())
    return bool(words) and all(word in _FUNCTIONAL for word in words)


# A phone number is ten digits starting with 0 (06-12345678, 020 123 4567, 0229-123456), or +31 /
# 0031 with nine (the leading 0 left out, optionally written as "(0)"); the area code may be in
# parentheses. A space, a hyphen, an en dash or a dot may separate digits, with spaces around it
# ("06 - 1234 5678", "06.12.34.56.78"). Not inside a longer number, a path, an amount or a case
# number ("2025-00123", "Z/25/0123456789"); "tel:" before it is no path.
GAP = r"(?: ?[\-–.] ?| )?"
# Written to start with the number's first character ([+0(]) and to look behind it from there, not
# before it: a pattern that starts with a character set lets the regex engine skip to candidates in
# C, a leading lookbehind made it try every position (a third of the rules' time on a file).
_NOT_BEFORE = r"[\w+/\\.,:€$-]"
# The pattern after its first character (one of [+0(]), so personaldata.py can search for it
# together with other hints that start at a digit or a bracket, in one scan.
PHONE_AFTER_FIRST = (
    rf"(?<=[+0(])(?:(?<!{_NOT_BEFORE}[+0(])|(?<=[Tt][Ee][Ll]:[+0(]))(?:"
    rf"(?<=\+)31{GAP}(?:\(0\){GAP})?[1-9](?:{GAP}\d){{8}}"
    rf"|(?<=0)031{GAP}(?:\(0\){GAP})?[1-9](?:{GAP}\d){{8}}"
    rf"|(?<=\()0[1-9]\){GAP}\d(?:{GAP}\d){{7}}"
    rf"|(?<=\()0[1-9]\d\){GAP}\d(?:{GAP}\d){{6}}"
    rf"|(?<=\()0[1-9]\d\d\){GAP}\d(?:{GAP}\d){{5}}"
    rf"|(?<=0)(?: ?[\-–.] ?| )?[1-9](?:{GAP}\d){{8}}"
    r")(?!\d|[.,:/-]\d)"
)
PHONE = re.compile(rf"[+0(]{PHONE_AFTER_FIRST}")
# Free, information and premium-rate numbers belong to services; 088 is the organisations' range
# for a switchboard (Telecommunicatiewet numbering plan), never a person's own line.
_SERVICE = re.compile(r"^0(?:800|90[0-9]|88)")
_DIGITS = re.compile(r"\D")


def is_service_number(number: str) -> bool:
    """Whether a phone number is a service's or an organisation's switchboard."""
    digits = _DIGITS.sub("", number)
    if number.startswith("+"):
        digits = digits[2:]  # the country code 31
    elif digits.startswith("0031"):
        digits = digits[4:]
    if not digits.startswith("0"):
        digits = "0" + digits  # written without the 0, or with "(0)" that the digits keep
    return _SERVICE.match(digits) is not None
