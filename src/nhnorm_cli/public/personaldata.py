"""Pure: find personal data in free text (SPEC §7 and §8, PERSOONSGEGEVENS).

Six kinds: e-mail addresses and phone numbers (contact.py), people's names with initials or a
title (initials.py) or written plainly (plainnames.py, on deduce's lists), and BSN, IBAN and home
addresses (numbers.py). Every pattern reads the text normalised (normalise.py: NFKC, no invisible
characters) with capitals folded (letters.py), so a disguise costs nothing to see through, and
every finding is reported at its offsets in the text as written."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

from nhnorm_cli.public import contact, initials, numbers, plainnames
from nhnorm_cli.public.letters import UPPER, fold_capitals
from nhnorm_cli.public.normalise import normalise

Kind = Literal["e-mail", "telefoon", "naam", "bsn", "iban", "adres"]
REDACTED = "[verwijderd]"


@dataclass(frozen=True, slots=True)
class Finding:
    """`text[start:end]` is personal data of this kind."""

    start: int
    end: int
    kind: Kind


# Cheap hints: the name patterns only run on text where one of them can start, at a character that
# is no letter, digit or dot: an initial, a form of address or a title. They may be wrong the other
# way, which only costs time. Each searches for a literal first (a dot, or the rare letters of
# "dhr", "mw", "mevr", "meneer", "heer") and looks behind it from there: the regex engine finds a
# literal in C at memchr speed, where a leading lookbehind or a set of common first letters made
# it try nearly every position. The texts they search start with _SEPARATOR, so the lookbehinds
# always have a character to look at. They read the text with capitals folded.
_BOUNDARY = r"[^\w.]"
_NAME_HINTS = (
    re.compile(
        rf"\.(?:(?<={_BOUNDARY}[{UPPER}]\.)|(?<={_BOUNDARY}(?:IJ|Th|Ph|[Mm]r|[Dd]r|[Ii]r|[Bb]c)\.)"
        rf"|(?<={_BOUNDARY}(?:Chr|Joh|[Dd]rs|[Ii]ng)\.)|(?<={_BOUNDARY}[Pp]rof\.))"
    ),
    re.compile(rf"hr(?<={_BOUNDARY}[Dd]hr)"),
    re.compile(rf"w(?<={_BOUNDARY}[Mm]w)"),
    re.compile(rf"evr(?<={_BOUNDARY}[Mm]evr)"),
    # "meneer", and "de heer": the name patterns know "heer" only so
    re.compile(rf"eer(?:(?<={_BOUNDARY}[Hh]eer)|(?<={_BOUNDARY}[Mm]eneer))"),
)
# The same in capitals, for a text that is not folded (find_in_texts): "DHR.", "MEVROUW", "DR.".
_CAPS_NAME_HINTS = (
    re.compile(
        rf"\.(?:(?<={_BOUNDARY}(?:TH|PH|MR|DR|IR|BC)\.)|(?<={_BOUNDARY}(?:CHR|JOH|DRS|ING)\.)"
        rf"|(?<={_BOUNDARY}PROF\.))"
    ),
    re.compile(rf"HR(?<={_BOUNDARY}DHR)"),
    re.compile(rf"W(?<={_BOUNDARY}MW)"),
    re.compile(rf"EVR(?<={_BOUNDARY}MEVR)"),
    re.compile(rf"EER(?:(?<={_BOUNDARY}HEER)|(?<={_BOUNDARY}MENEER))"),
)
# Where a BSN (nine digits), an IBAN (its check digits after the country) or a postcode can be;
# years and dates are not. [0-9] rather than \d, which is any Unicode digit and slower.
_NUMBER_AFTER_FIRST = (
    r"(?<=[0-9])(?:[0-9]{8}|[0-9]{3}\.[0-9]{2}\.[0-9]{3}|[0-9]{2} [0-9]{3} [0-9]{3}"
    r"|[0-9]{3} ?[A-Z]{2}(?![a-z])|(?<=[A-Z]{2}[0-9])[0-9] ?[A-Z0-9]{4})"
)
_NUMBER_HINT = re.compile(rf"[0-9]{_NUMBER_AFTER_FIRST}")
# "(at)", "[at]": from the closing bracket, rarer than an opening one and far rarer than "at".
_AT_IN_WORDS_AFTER = (
    r"(?<=[\)\]\}>])(?:(?<=[Aa][Tt].)|(?<=[Aa][Tt]\s.)|(?<=[\(\[\{<][Aa].)|(?<=[\(\[\{<]\s[Aa]\s.))"
)
# A phone number, a BSN, IBAN or postcode, or an at sign in words, in one scan of a file's texts:
# a pattern that starts with one set of characters lets the engine skip ahead in C; each search
# costs a pass over the text, and one pass for three (0.8 ms a file before) is most of the saving.
_DIGITS_AND_BRACKETS = re.compile(
    rf"[0-9+(\)\]\}}>](?:{contact.PHONE_AFTER_FIRST}|{_NUMBER_AFTER_FIRST}|{_AT_IN_WORDS_AFTER})"
)


def find_personal_data(text: str) -> list[Finding]:
    """Every finding in `text`, in order, not overlapping."""
    norm = normalise(text)
    found = [Finding(*norm.span(*span), kind) for span, kind in _find(norm.text)]
    return _without_overlap(found)


def _find(text: str) -> Iterable[tuple[tuple[int, int], Kind]]:
    if _email_hints(text):
        for m in contact.EMAIL.finditer(text):
            if not contact.is_functional_mailbox(m.group("local")):
                yield m.span(), "e-mail"
    for m in contact.PHONE.finditer(text):
        if not contact.is_service_number(m.group()) and not initials.iban_before(text, m.start()):
            yield m.span(), "telefoon"
    if _NUMBER_HINT.search(text):
        yield from ((span, "bsn") for span in numbers.bsns(text))
        yield from ((span, "iban") for span in numbers.ibans(text))
        yield from ((span, "adres") for span in numbers.addresses(text))
    folded = fold_capitals(text)
    if _may_name(folded):
        for m in initials.TITLED.finditer(folded):
            if initials.is_surname(m.group("surname")):
                yield m.span(), "naam"
        for m in initials.INITIALLED.finditer(folded):
            if initials.is_initialled_name(folded, m):
                yield m.span(), "naam"
    if _may_plain_name(folded):
        yield from ((span, "naam") for span in plainnames.find_plain_names(folded))


def _may_name(text: str) -> bool:
    text = _SEPARATOR + text
    return any(hint.search(text) for hint in _NAME_HINTS)


def _may_plain_name(text: str) -> bool:
    return next(plainnames.first_names_at(text), None) is not None


# Joins the texts of a file for one scan: no pattern reads it, and like the start or end of a text
# it is neither a word character nor a dot, so every pattern sees each text as it sees it alone.
_SEPARATOR = "\x00"


def find_in_texts(texts: Sequence[str]) -> dict[int, list[Finding]]:
    """find_personal_data of every text that has findings, by index. The cheap searches (e-mail,
    phone, number and name hints) run once over all texts joined: a file has about 120 short texts,
    and one C scan costs less than 120 calls; only the texts they point at get the full patterns."""
    joined = _SEPARATOR + _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts):
        candidates: Iterable[int] = range(len(texts))  # a text holds the separator: one at a time
    else:
        norm = normalise(joined)
        hits = [m.start() for m in _DIGITS_AND_BRACKETS.finditer(norm.text)]
        hits += _at_signs(norm.text)
        for hint in (*_NAME_HINTS, *_CAPS_NAME_HINTS):
            hits += [m.start() for m in hint.finditer(norm.text)]
        hits += plainnames.first_names_at(norm.text)
        if not hits:  # most files: nothing to place
            return {}
        starts = list(accumulate((len(text) + 1 for text in texts), initial=1))
        candidates = sorted({bisect_right(starts, norm.span(hit, hit + 1)[0]) - 1 for hit in hits})
    found = {index: find_personal_data(texts[index]) for index in candidates}
    return {index: findings for index, findings in found.items() if findings}


def _email_hints(text: str) -> bool:
    """Whether an e-mail address may be in `text`: an at sign, written plainly, encoded or in words."""
    return bool(_at_signs(text)) or contact.AT_IN_WORDS.search(text) is not None


def _at_signs(text: str) -> list[int]:
    """Every "@", "%40" and " at " (contact.AT_WORDS): found as literals, faster than any pattern."""
    hits: list[int] = []
    for sign in ("@", "%40", *contact.AT_WORDS):
        at = text.find(sign)
        while at >= 0:
            hits.append(at)
            at = text.find(sign, at + 1)
    return hits


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


def shown(text: str, public: bool) -> str:
    """Text as a public output shows it: personal data replaced."""
    return redact(text)[0] if public else text
