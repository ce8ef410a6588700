"""Pure: people's names written plainly ("Kees de Boer", "Marieke Bosma", "Ahmed El Amrani",
"Jan Willem van den Berg"), in normalised text with capitals folded (letters.py).

The person logic of deduce's name annotators, on its own lists (lexicon.py): a known first name
(not a common word), any further first names, an interfix, and a surname: a capitalised word that
is no common word, no place and no street. Team, department, place, law and organisation names are
no persons: their first word is no first name ("Team Communicatie", "Wet Bibob", "Den Helder"),
or an organisation word comes just before the name ("Stichting Anne Frank", "gemeente Anna
Paulowna"), or the whole is a place."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nhnorm_cli.public.initials import is_street
from nhnorm_cli.public.letters import LOWER, UPPER
from nhnorm_cli.public.lexicon import Lexicon, first_name_words, lexicon

# A word: letters with inner apostrophes and hyphens, or an interfix "'t".
_TOKEN = re.compile(rf"['’]t(?![\w])|[{UPPER}{LOWER}]+(?:['’-][{UPPER}{LOWER}]+)*")
# Only spaces between the words of one name (no line break, no punctuation).
_BETWEEN = re.compile(r"[ \t\u00a0]{1,2}")
# Where a name can start: a capitalised word followed by a capitalised word or an interfix (any
# case: "KEES DE BOER"). Only a hit whose first word is a known first name counts (first_names_at).
# It starts with the capital and looks behind from there, so the engine skips ahead to capitals.
_HINT = re.compile(
    rf"(?P<first>[{UPPER}](?<![{UPPER}{LOWER}'’-][{UPPER}])[{UPPER}{LOWER}'’-]+)[ \t\u00a0]{{1,2}}"
    r"(?:[" + UPPER + r"]|(?:van|von|de|den|der|ter|ten|te|el|al|ben|bin|ait|abou|abu|ou|da|dos|du|di"
    r"|del|la|le|lo|op|in|uit|aan|bij|zur|vd|v|d'|l'|['’]t)[ \t\u00a0.'’-])"
)


def first_names_at(text: str) -> Iterator[int]:
    """The offsets where a first name starts a capitalised pair: where a name may be. This looks
    in deduce's raw list of first names; the whole lexicon is read only for a text found here."""
    names = first_name_words()
    if names.isdisjoint(_CAPITALISED.findall(text)):
        return  # no word of the text is a first name: most files, at the cost of one scan
    for match in _HINT.finditer(text):
        first = match.group("first")
        if (len(first) > 3 or not first.isupper()) and all(part in names for part in first.split("-")):
            yield match.start()


# A capitalised word (parts of "Anne-Marie" each on their own), for the quick first look.
_CAPITALISED = re.compile(rf"[{UPPER}][{UPPER}{LOWER}]+")


# Interfixes the Moroccan and Arabic names of the region use besides deduce's list.
_MORE_INTERFIXES = frozenset({"al", "ben", "bin", "ait", "abou", "abu", "ou"})
# Words just before a name that make it the name of an organisation, a place, a street or a law.
_ORGANISATION = frozenset(
    [
        "team",
        "afdeling",
        "gemeente",
        "provincie",
        "regio",
        "veiligheidsregio",
        "politie",
        "basisteam",
        "wet",
        "stichting",
        "bureau",
        "ministerie",
        "cluster",
        "sector",
        "unit",
        "programma",
        "project",
        "module",
        "pijler",
        "thema",
        "school",
        "straat",
        "plein",
        "laan",
        "prijs",
        "fonds",
        "huis",
        "centrum",
        "zaal",
        "gebouw",
        "kazerne",
        "station",
        "ziekenhuis",
        "kliniek",
        "vereniging",
        "prins",
        "prinses",
        "koning",
        "koningin",
        "keizer",
        "sint",
        "st",
        "graaf",
        "hertog",
        "generaal",
    ]
)
# Words just after a name that make it the name of a building, an institution or a prize.
_NAMED_AFTER = frozenset(
    [
        "huis",
        "school",
        "college",
        "lyceum",
        "stichting",
        "fonds",
        "prijs",
        "kanaal",
        "museum",
        "ziekenhuis",
        "kliniek",
        "centrum",
        "zaal",
        "gebouw",
        "instituut",
        "kazerne",
        "straat",
        "laan",
        "plein",
        "weg",
        "park",
        "brug",
        "hal",
        "theater",
        "bibliotheek",
    ]
)
# Endings of Dutch nouns (departments, subjects, bodies) that no surname outside the lists has:
# "Jansen van Veiligheid" is Jansen of the security team.
_NOUN_ENDING = re.compile(
    r"(?:heid|ing|tie|sie|isme|schap|teit|ment|iek|beleid|zaken|dienst|team|plan|overleg|raad"
    r"|centrum|bureau|huis|loket|punt|zorg|recht|wet|regio|ium|aal|eel|ief|oir)$"
)


def find_plain_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every plainly written name."""
    words = lexicon()
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    i = 0
    while i < len(tokens):
        end = _name_from(text, tokens, i, words)
        if end is None:
            i += 1
            continue
        span = (tokens[i][0], tokens[end][1])
        if text[span[0] : span[1]] not in words.places and not _before_organisation(text, tokens, end):
            yield span
        i = end + 1


def _name_from(text: str, tokens: list[tuple[int, int, str]], i: int, words: Lexicon) -> int | None:
    """The index of the last word of a name that starts at word i, or None."""
    if not _is_first_name(tokens[i][2], words) or _after_organisation(text, tokens, i):
        return None
    last = i
    while _adjacent(text, tokens, last) and _is_first_name(tokens[last + 1][2], words):
        last += 1  # "Jan Willem", "Fatima Zahra"
    # a first name that is also a surname ("Jansen", "Kees") takes only a known surname after an
    # interfix: "Jansen van Veiligheid" is Jansen of a team
    known_only = _titled(tokens[last][2]) in words.surnames
    j = last + 1
    if j < len(tokens) and _adjacent(text, tokens, last):
        # an interfix of up to three words ("van der", "van 't"), then the surname
        for size in (3, 2, 1):
            k = j + size
            if k < len(tokens) and _adjacent_run(text, tokens, last, k):
                interfix = " ".join(t[2] for t in tokens[j:k]).lower().replace("’", "'")
                if _is_interfix(interfix, words) and _is_surname(tokens[k][2], words, known_only):
                    return k
        if _is_surname(tokens[j][2], words):
            return j
    return last if last > i else None  # two first names are a name too ("Anne Marie")


def _is_first_name(word: str, words: Lexicon) -> bool:
    if not word[0].isupper() or (word.isupper() and len(word) <= 3):
        return False  # "ELA", "RIE": abbreviations, not names in capitals
    return all(part in words.first_names for part in _titled(word).split("-"))


def _is_surname(word: str, words: Lexicon, known_only: bool = False) -> bool:
    if not word[0].isupper() and "-" not in word:
        return False
    titled = _titled(word)
    if titled in words.surnames:
        return True
    if known_only:
        return False
    parts = titled.split("-")
    if parts[0].lower() in words.interfixes | _MORE_INTERFIXES and len(parts) > 1:
        parts = parts[1:]  # "el-Idrissi"
    return all(
        len(part) >= 3
        and part[0].isupper()
        and part.lower() not in words.whitelist
        and part not in words.places
        and part.lower() not in _ORGANISATION
        and not _NOUN_ENDING.search(part.lower())
        for part in parts
    ) and not is_street(parts[-1])


def _is_interfix(words_: str, words: Lexicon) -> bool:
    return words_ in words.interfixes or words_ in _MORE_INTERFIXES


def _titled(word: str) -> str:
    """A word in capitals as a name is written: "JANSEN" -> "Jansen"."""
    return "-".join(p[0] + p[1:].lower() if p.isupper() and len(p) > 1 else p for p in word.split("-"))


def _adjacent(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    return i + 1 < len(tokens) and _BETWEEN.fullmatch(text, tokens[i][1], tokens[i + 1][0]) is not None


def _adjacent_run(text: str, tokens: list[tuple[int, int, str]], i: int, k: int) -> bool:
    return all(_adjacent(text, tokens, n) for n in range(i, k))


def _before_organisation(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word after a name makes it a building's or an institution's ("Anne Frank Huis")."""
    return _adjacent(text, tokens, i) and tokens[i + 1][2].lower() in _NAMED_AFTER


def _after_organisation(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    return i > 0 and _adjacent(text, tokens, i - 1) and tokens[i - 1][2].lower() in _ORGANISATION
