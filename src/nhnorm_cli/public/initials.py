"""Pure: people's names written with initials ("P. Jansen", "J.P. de Groot") or a title ("dhr. De
Vries", "mevrouw Van den Berg"), in normalised text with capitals folded (letters.py).

Tuned for few false alarms on the text of a self-assessment: law articles ("art. 2:10 Awb"),
labels ("bijlage B.", "Module A. Inventarisatie", "Team O.O.V. Noord", "de W. Bibob") and streets
named after a person ("Dr. Schaepmanplein", "J.P. Coenstraat") are no people."""

from __future__ import annotations

import re

from nhnorm_cli.public.letters import LOWER, UPPER

# A surname word: capitalised, letters with apostrophes or hyphens ("Jansen-Smit", "D'Souza",
# "O'Brien", "IJsselmuiden").
_WORD = rf"(?:[{UPPER}]['’][{UPPER}][{LOWER}]+|(?:IJ|[{UPPER}])[{LOWER}]+(?:['’][{UPPER}{LOWER}][{LOWER}]+)?)"
# Particles before a surname: van, de, van der, ter, 't, el, ... (any case: "De Vries", "van Dijk"),
# followed by a space or a hyphen ("el-Idrissi").
PARTICLE = (
    r"(?:[Vv]an|[Vv]on|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Tt]e|[Hh]et|['’]t|[Ii]n|[Oo]p|[Ll]a|[Ll]e"
    r"|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Ee]l|[Aa]l|[Bb]en|[Bb]in|[Dd]os|[Aa]it|[Aa]bou)"
)
SURNAME = rf"(?:{PARTICLE}[\s-]+){{0,3}}{_WORD}(?:-(?:{PARTICLE}[\s-]+){{0,3}}{_WORD})?"
_INITIAL = rf"(?:IJ|Th|Chr|Ph|Joh|[{UPPER}])\."
_INITIALS = rf"{_INITIAL}(?:\s{{0,2}}{_INITIAL}){{0,4}}"
# Forms of address and academic titles. The short forms of address may lack their dot
# ("dhr Jansen"); an academic title needs it ("mr. Visser"), so "ir" in running text is no title.
_ADDRESS = r"(?:[Dd]hr\.?|[Mm]w\.?|[Mm]evr\.?|[Mm]evrouw|[Mm]eneer|[Dd]e\s+[Hh]eer)"
_ACADEMIC = r"(?:[Mm]r|[Dd]rs|[Dd]r|[Ii]r|[Ii]ng|[Pp]rof|[Bb]c)\."
# A title is followed by a space, or ends in its dot ("mevr.Bakker"): "MevrAa" is one word, no title.
_TITLES = rf"(?:(?:{_ADDRESS}|{_ACADEMIC})(?:\s+|(?<=\.)\s*)){{1,4}}"

TITLED = re.compile(rf"(?<![\w.]){_TITLES}(?:{_INITIALS}\s{{0,2}})?(?P<surname>{SURNAME})(?![\w-])")
INITIALLED = re.compile(rf"(?<![\w.]){_INITIALS}\s{{0,2}}(?P<surname>{SURNAME})(?![\w-])")

# Capitalised words that start a sentence after "fase A." or "bijlage B." rather than a surname,
# and compass points ("Team O.O.V. Noord").
_SENTENCE_STARTS = (
    "De Het Een Dit Deze Die Dat Daarna Daarom Daarbij Daarin Daarmee Daar Dan Er Hier Hij Zij "
    "Ze We Wij Ik U Ook Zie Bij Met Van Om Als Nog Wel Niet Alle Elk Elke In Op Voor Na Tot Door "
    "Uit Aan Over Onder Naast Sinds Vanaf Volgens Per Wat Wie Waar Wanneer Hoe Welke Maar En Of "
    "Want Omdat Toen Nu Zo Geen Meer Eind Begin Vervolgens Tevens Verder Tenslotte Ten Zowel "
    "Inmiddels Noord Oost Zuid West Midden"
)
_NOT_SURNAMES = frozenset(_SENTENCE_STARTS.split(" "))
# Dotted abbreviations that are no initials ("N.B. Het plan", "O.M. Noord-Holland").
_ABBREVIATIONS = frozenset(
    {"N.B.", "O.M.", "B.V.", "N.V.", "V.O.F.", "C.V.", "A.U.B.", "S.V.P.", "P.S.", "O.O.V.", "A.O.V."}
)
# Words before a capital letter and dot that make it a label, not an initial ("bijlage B.",
# "Module A.", "Pijler B.", "Team O.O.V.").
_LABELS = (
    "bijlage", "fase", "categorie", "optie", "scenario", "variant", "niveau", "stap", "deel", "hoofdstuk",
    "paragraaf", "artikel", "lid", "sub", "punt", "klasse", "type", "blok", "gebouw", "zone", "model",
    "route", "plan", "bijl.", "module", "pijler", "thema", "onderdeel", "norm", "maatregel", "actie",
    "versie",
)  # fmt: skip
LABEL_BEFORE = re.compile(f"(?<![\\w.])(?:{'|'.join(map(re.escape, _LABELS))})$", re.IGNORECASE)
LABEL_REACH = max(map(len, _LABELS)) + 1  # the lookbehind reads one character more
# An article before an abbreviated law ("de W. Bibob") or a team's name before its abbreviation
# ("Team O.O.V. Noord"): no person unless the word after it is a known surname ("Team P. Jansen").
_ARTICLE_BEFORE = re.compile(r"(?<![\w.])(?:de|het|een|team|afdeling|cluster|sector|unit)\s+$", re.IGNORECASE)
# Streets named after a person: the last word ends in one of these and is longer than the suffix.
_STREET = re.compile(
    r"(?:straat|laan|plein|weg|gracht|kade|singel|plantsoen|steeg|dreef|park|markt|pad|hof|dijk"
    r"|baan|ring|wal|burgwal|erf|veld|polder|haven|brug|boulevard|promenade|allee|dam)$"
)

# An IBAN's account digits ("NL91 ABNA 0417 1643 00") also look like a phone number.
IBAN_BEFORE = re.compile(r"[A-Z]{2}\d{2} ?[A-Z]{4} ?$")
IBAN_REACH = 10  # the longest text it matches: "NL91 ABNA "


def is_surname(surname: str) -> bool:
    """Whether the words after a title or initials are a surname, not a sentence or a street."""
    words = surname.split()
    if words[0] in _NOT_SURNAMES and len(words) == 1:
        return False
    return not is_street(re.split(r"[\s-]", surname)[-1])


def is_street(word: str) -> bool:
    """Whether a capitalised word is a street's name ("Schaepmanplein", "Coenstraat") rather than
    a surname that ends the same way ("Kerkhof", "Hogeweg": in deduce's list of surnames)."""
    street = _STREET.search(word.lower())
    if street is None or len(word) <= len(street.group()) + 2:
        return False
    from nhnorm_cli.public.lexicon import lexicon  # read only for a word that looks like a street

    return word not in lexicon().surnames


def is_initialled_name(text: str, match: re.Match[str]) -> bool:
    initials = text[match.start() : match.start("surname")].replace(" ", "").rstrip()
    if initials in _ABBREVIATIONS:
        return False
    if label_before(text, match.start()):
        return False
    surname = match.group("surname")
    if _ARTICLE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        from nhnorm_cli.public.lexicon import lexicon  # only after an article

        return re.split(r"[\s-]", surname)[-1] in lexicon().surnames
    return is_surname(surname)


# The two searches before a finding look back only as far as a match can reach: a search from the
# start of the text for every finding made a text full of names quadratic (20,000 in 1 MB: minutes).
def iban_before(text: str, end: int) -> bool:
    """Whether an IBAN's country, check digits and bank code end `text[:end]`."""
    return IBAN_BEFORE.search(text, max(0, end - IBAN_REACH), end) is not None


def label_before(text: str, end: int) -> bool:
    """Whether a label word ends `text[:end]`, before any whitespace."""
    while end > 0 and text[end - 1].isspace():  # str.isspace is re's \s
        end -= 1
    return LABEL_BEFORE.search(text, max(0, end - LABEL_REACH), end) is not None
