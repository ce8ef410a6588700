"""Pure: a person's BSN, IBAN and home address in normalised text (normalise.py).

- BSN: nine digits (also written 1234.56.782 or 123 456 782) that pass the elfproef, not part of a
  longer number, a date, an amount or a case number.
- IBAN: a country code, two check digits and the account, spaces allowed, valid by ISO 7064
  (mod 97). The organisation's own accounts are public: nhnorm.toml `iban = [...]` lists them, and
  the command line sets them for the run (ORGANISATION_IBANS), as it sets the language.
- Home address: a street and house number with a postcode ("Dorpsstraat 12, 1234 AB Zeedorp"), or
  a postcode with a house number ("1234 AB 12"). A postcode alone or a "Postbus" is no one's home.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextvars import ContextVar

# The organisation's own accounts (compact_iban forms): public, never a finding.
ORGANISATION_IBANS: ContextVar[frozenset[str]] = ContextVar("ORGANISATION_IBANS", default=frozenset())

_BSN = re.compile(r"(?<![\w/.,:€$-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?![\w/-]|[.,]\d)")


def bsns(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every BSN."""
    for match in _BSN.finditer(text):
        if _elfproef(re.sub(r"\D", "", match.group())):
            yield match.span()


def _elfproef(digits: str) -> bool:
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    return digits[0] != "0" and total % 11 == 0 and total > 0


_IBAN = re.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w-])")


def compact_iban(text: str) -> str:
    """An IBAN as one string of capitals and digits, for comparison."""
    return re.sub(r"\s", "", text).upper()


def ibans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every valid IBAN that is not one of the organisation's own."""
    own = ORGANISATION_IBANS.get()
    for match in _IBAN.finditer(text):
        compact = compact_iban(match.group())
        if _mod97(compact) and compact not in own:
            yield match.span()


def _mod97(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return len(iban) >= 15 and int(number) % 97 == 1


_POSTCODE = r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}"
_HOUSE = r"\d{1,5}(?: ?[a-zA-Z](?![\w]))?(?:[ -]\d{1,4}|-?[A-Z]{1,2}\b)?"
_STREET = r"(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*"
_ADDRESS = re.compile(
    rf"(?<![\w])(?:(?P<street>{_STREET}) {_HOUSE},? {_POSTCODE}(?![\w])"
    rf"|{_POSTCODE}(?:,? |-){_HOUSE}(?![\w]))"
)
_POSTBUS = re.compile(r"^(?:[Pp]ostbus|[Aa]ntwoordnummer)\b")


def addresses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every home address: street, number and postcode, or postcode and number."""
    for match in _ADDRESS.finditer(text):
        street = match.group("street")
        if street is not None and _POSTBUS.match(street):
            continue
        yield match.span()
