"""The personal-data detector (SPEC §7 PERSOONSGEGEVENS): real-looking Dutch phrases both ways."""

from __future__ import annotations

import re
import sys
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nhnorm_cli.public import contact, initials, personaldata
from nhnorm_cli.public.letters import fold_capitals
from nhnorm_cli.public.personaldata import REDACTED, find_personal_data, redact

# (phrase, the personal data in it, in order); an empty list: nothing personal
PHRASES: list[tuple[str, list[str]]] = [
    # names with initials
    ("Contactpersoon is P. Jansen van Veiligheid.", ["P. Jansen"]),
    ("Opgesteld door J.P. de Groot en besproken in de driehoek.", ["J.P. de Groot"]),
    ("Navraag bij A. Jansen-de Vries (Financiën).", ["A. Jansen-de Vries"]),
    ("Trekker: Th. van der Meer", ["Th. van der Meer"]),
    ("Afgestemd met K. El Amrani.", ["K. El Amrani"]),
    ("Getekend: J. P. Bakker", ["J. P. Bakker"]),
    # names with a title or form of address
    ("Afgestemd met dhr. De Vries van het RIEC.", ["dhr. De Vries"]),
    ("Navragen bij mw. Bakker.", ["mw. Bakker"]),
    ("Het gesprek met mevrouw Van den Berg volgt in mei.", ["mevrouw Van den Berg"]),
    ("De heer Jansen en mevr. Smit zitten de werkgroep voor.", ["De heer Jansen", "mevr. Smit"]),
    ("Juridisch advies van mr. drs. A.B. Visser.", ["mr. drs. A.B. Visser"]),
    ("Bel dhr Pietersen voor de sleutels.", ["dhr Pietersen"]),
    ("Rapportage door ir. K. van 't Hof", ["ir. K. van 't Hof"]),
    # e-mail addresses
    ("Vragen naar p.jansen@zeedorp.nl.", ["p.jansen@zeedorp.nl"]),
    ("Meldingen van J. Smit via integriteit@gemeente-zeedorp.nl", ["J. Smit"]),  # a team's mailbox
    # e-mail addresses written to slip past a filter: "at", "dot" and "punt" as bare words, "(a)"
    ("Mail p.deboer AT zeedorp punt nl", ["p.deboer AT zeedorp punt nl"]),
    ("Of k.smit at zeedorp dot nl.", ["k.smit at zeedorp dot nl"]),
    ("Adres: k.smit(a)zeedorp.nl", ["k.smit(a)zeedorp.nl"]),
    ("Bereikbaar via veiligheid at zeedorp punt nl", []),  # a team's mailbox, disguised or not
    ("We kijken naar het punt at issue.", []),
    # phone numbers
    ("Bereikbaar op 06-12345678.", ["06-12345678"]),
    ("Mobiel 06 1234 5678, ook 's avonds.", ["06 1234 5678"]),
    ("Receptie (020) 123 45 67", ["(020) 123 45 67"]),
    ("Telefoon: +31 6 12345678", ["+31 6 12345678"]),
    ("Bel +31 (0)20 123 4567 of 0229-123456.", ["+31 (0)20 123 4567", "0229-123456"]),
    ("Buitenland: 0031 20 1234567", ["0031 20 1234567"]),
    ("Nummer 0612345678 staat in het rooster.", ["0612345678"]),
    ("Bel 0 6 1 2 3 4 5 6 7 8 na vijven.", ["0 6 1 2 3 4 5 6 7 8"]),  # every digit apart
    ("Of 0 20 123 4567 op kantoor.", ["0 20 123 4567"]),
    ("P. Jansen (06-12345678, p.jansen@zeedorp.nl)", ["P. Jansen", "06-12345678", "p.jansen@zeedorp.nl"]),
    # not persons
    ("Opgenomen in art. 2:10 Awb en art. 174a Gemeentewet.", []),
    ("Sluitingsbevoegdheid op grond van artikel 13b Opiumwet.", []),
    ("Zie zaaknummer 2025-00123 en kenmerk Z/25/012345.", []),
    ("Uitgevoerd door Team Communicatie.", []),
    ("Gemeente Zeedorp toetst volgens de Wet Bibob.", []),
    ("Besproken in het driehoeksoverleg van 28-03-2025.", []),
    ("Vastgesteld op 01-04-2025 door het college.", []),
    ("Budget € 12.500,00 per jaar, 0,5 fte.", []),
    ("Zie bijlage B. De risicoanalyse volgt.", []),
    ("Eerst fase A. Daarna volgt de evaluatie.", []),
    ("N.B. Het plan is nog niet vastgesteld.", []),
    ("Samenwerking met het O.M. Noord-Holland.", []),
    ("Betaald van IBAN NL91 ABNA 0417 1643 00.", ["NL91 ABNA 0417 1643 00"]),  # a person's, unless listed
    ("Rekening NL91 ABNA 0417 1643 01 (ongeldig).", []),
    ("Meldpunt 0800-7000 en Meld Misdaad Anoniem 0800-7000.", []),
    ("Ingeschreven bij de KvK onder 12345678.", []),
    ("Besluit B. en W. van 10 december 2024.", []),
    ("Afdeling Veiligheid en RIEC Noord-Holland.", []),
    ("Zie https://www.zeedorp.nl/veiligheid voor het beleid.", []),
    ("Norm 1.3.a is voldaan; versie 1.0 van 2025.", []),
    ("Training op 12 maart 2025 van 09:00-12:00.", []),
    ("Collegebesluit 17 december 2024, nr. 2024/123456.", []),
    ("ISO 27001 en BIO 2.0 zijn leidend.", []),
    ("Het MT. Daarna het college.", []),
    ("Werkgroep MevrAa en project DhrJansen.", []),  # a title glued to a word is no title
    ("Afgestemd met mevr.Bakker.", ["mevr.Bakker"]),  # but one that ends in its dot is
]


@pytest.mark.parametrize(("phrase", "expected"), PHRASES, ids=[p for p, _ in PHRASES])
def test_phrase(phrase: str, expected: list[str]) -> None:
    assert [phrase[f.start : f.end] for f in find_personal_data(phrase)] == expected


def test_the_table_is_large_enough_both_ways() -> None:
    assert sum(bool(e) for _, e in PHRASES) >= 15
    assert sum(not e for _, e in PHRASES) >= 15


def test_kinds() -> None:
    text = "P. Jansen (06-12345678, p.jansen@zeedorp.nl)"
    assert [f.kind for f in find_personal_data(text)] == ["naam", "telefoon", "e-mail"]


def test_redact_replaces_every_finding() -> None:
    text, found = redact("Bel P. Jansen op 06-12345678 of mail p.jansen@zeedorp.nl.")
    assert text == f"Bel {REDACTED} op {REDACTED} of mail {REDACTED}."
    assert len(found) == 3


WORDS = [
    "de",
    "driehoek",
    "bespreekt",
    "Team",
    "Veiligheid",
    "2025",
    "art.",
    "13b",
    "Opiumwet",
    "zie",
    "B.",
    "€",
]
PLANTED = ["P. Jansen", "dhr. De Vries", "mw. Bakker", "06-12345678", "+31 6 12345678", "a.b@zeedorp.nl"]


@given(
    st.lists(st.sampled_from(WORDS), max_size=8),
    st.sampled_from(PLANTED),
    st.lists(st.sampled_from(WORDS), max_size=8),
)
def test_planted_data_is_found_in_any_sentence(before: list[str], planted: str, after: list[str]) -> None:
    prefix = " ".join([*before, ""])
    text = prefix + planted + " " + " ".join(after)
    start, end = len(prefix), len(prefix) + len(planted)
    assert any(f.start <= start and end <= f.end for f in find_personal_data(text)), text
    assert planted not in redact(text)[0]


@given(st.text(alphabet="abcdeJPV .,-()0123456789@+", max_size=80))
def test_findings_are_ordered_and_redaction_keeps_the_rest(text: str) -> None:
    found = find_personal_data(text)
    assert all(0 <= f.start < f.end <= len(text) for f in found)
    assert all(a.end <= b.start for a, b in pairwise(found))
    pieces: list[str] = []
    last = 0
    for f in found:
        pieces.append(text[last : f.start])
        last = f.end
    pieces.append(text[last:])
    assert redact(text)[0] == REDACTED.join(pieces)


@given(st.text(alphabet="abcdefghimnoprstvwCJPDVBIMT .,()-'\n", max_size=60))
def test_the_name_hint_never_hides_a_finding(text: str) -> None:
    """The cheap pre-check only saves time: without it the findings are the same."""
    import nhnorm_cli.public.personaldata as module

    with_hint = find_personal_data(text)
    original = module._may_name
    module._may_name = lambda _: True  # type: ignore[assignment]
    try:
        assert find_personal_data(text) == with_hint
    finally:
        module._may_name = original


# The patterns as first written (a leading lookbehind, a loop over words): the faster forms in
# personaldata.py must find exactly what these find.
_G = r"(?: ?[\-–.] ?| )?"
_REFERENCE_PHONE = re.compile(
    r"(?:(?<![\w+/\\.,:€$-])|(?<=[Tt][Ee][Ll]:))(?:"
    rf"(?:\+|00)31{_G}(?:\(0\){_G})?[1-9](?:{_G}\d){{8}}"
    rf"|\(0[1-9]\){_G}\d(?:{_G}\d){{7}}"
    rf"|\(0[1-9]\d\){_G}\d(?:{_G}\d){{6}}"
    rf"|\(0[1-9]\d\d\){_G}\d(?:{_G}\d){{5}}"
    rf"|0[1-9](?:{_G}\d){{8}}"
    r")(?!\d|[.,:/-]\d)"
)
_PIECES = st.sampled_from(
    ["0", "06", "020", "31", "+31", "0031", "(0)", "(020)", "(0229)", "1", "9", "12", "345", "6789", " ", "-",
     "/", ".", ",", ":", "€", "a", "NL91 ABNA ", "\n", "\u00a0", "(", "[", "'", "“", "Dhr", "mw.", "MEVR",
     "heer", "Ir.", "J.", "Th.", "É.", "ı", "K", "x", "prof.", "Ing.", "bc.", "Chr.", "Joh.", "IJ.", "Ph.",
     "meneer", "Mevrouw", "de heer", "De Vries", "drs.", "Mr.", "B", "\x00", "tel:", "TEL:", "–", " - ",
     "de Heer", "JANSEN", "P.  "]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_fast_patterns_find_what_the_reference_finds(text: str) -> None:
    assert [m.span() for m in contact.PHONE.finditer(text)] == [
        m.span() for m in _REFERENCE_PHONE.finditer(text)
    ]
    folded = fold_capitals(text)
    names = [
        m.start() for pattern in (initials.TITLED, initials.INITIALLED) for m in pattern.finditer(folded)
    ]
    if names:  # a hint may say yes more often, never less
        assert personaldata._may_name(folded)


_TEXT_PIECES = st.sampled_from(
    ["P. Jansen", "dhr. De Vries", "mevrouw Van den Berg", "06-12345678", "+31 6 12345678",
     "p.jansen@zeedorp.nl", "@", "Team", " ", ".", "-", "\n", "\x00", "İR. Bakker", "ır. Bakker", "drſ. Smit",
     "beheer", "regeling.", "bijlage B. De", "N.B. Het", "(", "0229", "1234", "x", "J", "ß"]
)  # fmt: skip


@given(st.lists(st.lists(_TEXT_PIECES, max_size=8).map("".join), max_size=6))
def test_texts_scanned_together_give_what_each_gives_alone(texts: list[str]) -> None:
    """find_in_texts joins a file's texts for one scan; the findings must be exactly those of each
    text on its own, also when a text holds the separator or a letter lower() does not fold."""
    alone = {i: found for i, text in enumerate(texts) if (found := find_personal_data(text))}
    assert personaldata.find_in_texts(texts) == alone


# Names with initials and titles at every place a text can put them (its start and end, after
# punctuation, line breaks of every kind, letters Unicode folds oddly, combining marks, astral
# characters, the separator itself): the joined scan with its literal-first hints must give, per
# text, exactly what the full patterns give on that text alone.
_EDGE_PIECES = st.sampled_from(
    ["P.", "J.P.", "IJ.", "Th.", "Chr.", "Ph.", "Joh.", "É.", "Þ.", "Ø.", "dhr", "Dhr.", "mw", "Mw.",
     "mevr.", "Mevrouw", "meneer", "Meneer", "de heer", "De  heer", "mr.", "Drs.", "dr.", "ir.", "Ing.",
     "prof.", "Bc.", "MEVR", "DHR", "Jansen", "de Groot", "Van den Berg", "D'Souza", "Ölçer", " ", "\n",
     "\r\n", "\r", "\t", "\u00a0", "\u2028", "\u3000", ".", ",", ";", "(", ")", "-", "'", "’", "_", "1",
     "a", "\u0301", "ı", "İ", "ſ", "\u212a", "ß", "😀", "\U0001d400", "\x00", "@", "p.jansen@zeedorp.nl",
     "06-12345678", "+31 6 12345678", "bijlage", "N.B.", "Kees", "de", "Boer", "Yılmaz", "\u200b", "\u00ad",
     "ＫＥＥＳ", "Ĳ", "＠", "(at)", "NL91 ABNA 0417 1643 00", "1234 AB", "111222333", "Dorpsstraat 12, "]
)  # fmt: skip


@given(st.lists(st.lists(_EDGE_PIECES, max_size=10).map("".join), max_size=5))
def test_joined_scan_finds_what_the_full_patterns_find_alone(texts: list[str]) -> None:
    original, plain = personaldata._may_name, personaldata._may_plain_name
    personaldata._may_name = lambda _: True  # type: ignore[assignment]
    personaldata._may_plain_name = lambda _: True  # type: ignore[assignment]
    try:
        expected = {i: found for i, text in enumerate(texts) if (found := find_personal_data(text))}
    finally:
        personaldata._may_name, personaldata._may_plain_name = original, plain
    assert personaldata.find_in_texts(texts) == expected


# The searches before a finding as first written: from the start of the text (quadratic).
_REFERENCE_IBAN = re.compile(r"[A-Z]{2}\d{2} ?[A-Z]{4} ?$")
_REFERENCE_LABEL = re.compile(
    r"(?<![\w.])(?:bijlage|fase|categorie|optie|scenario|variant|niveau|stap|deel|hoofdstuk|paragraaf|"
    r"artikel|lid|sub|punt|klasse|type|blok|gebouw|zone|model|route|plan|bijl\.|module|pijler|thema|"
    r"onderdeel|norm|maatregel|actie|versie)\s*$",
    re.IGNORECASE,
)
_BEFORE_PIECES = st.sampled_from(
    ["NL91", " ", "ABNA", "ABNA ", "NL", "91", "A", "x", "bijlage", "BIJL.", "Hoofdstuk", "ſub", "fase",
     "  ", "\t", "\n", "\u00a0", "\u2003", ".", "paragraaf", "deel", "B.", "de", "Team", "module", "xde"]
)  # fmt: skip


@given(st.lists(_BEFORE_PIECES, max_size=12).map("".join), st.integers(min_value=0, max_value=80))
def test_looking_back_a_bounded_way_finds_what_the_whole_text_finds(text: str, end: int) -> None:
    end = min(end, len(text))
    assert initials.iban_before(text, end) is bool(_REFERENCE_IBAN.search(text, 0, end))
    assert initials.label_before(text, end) is bool(_REFERENCE_LABEL.search(text, 0, end))


class _Counting:
    """A pattern that adds up how many characters its searches are given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searched = pattern, 0

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.searched += min(endpos, len(string)) - pos
        return self.pattern.search(string, pos, endpos)


def test_a_text_full_of_names_is_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """2,000 × a name with a title, one with initials, a phone number and an address in one text:
    each finding looks back a bounded way (counted in characters searched, not timed)."""
    text = "dhr. P. Jansen en mw. Bakker, 06-12345678, a@b.nl; " * 2000
    iban, label = _Counting(initials.IBAN_BEFORE), _Counting(initials.LABEL_BEFORE)
    monkeypatch.setattr(initials, "IBAN_BEFORE", iban)
    monkeypatch.setattr(initials, "LABEL_BEFORE", label)
    assert len(find_personal_data(text)) == 8000
    assert iban.searched <= 2000 * initials.IBAN_REACH
    assert label.searched <= 2000 * initials.LABEL_REACH
