"""The Dutch name lists of `deduce` (UMC Utrecht's de-identification library): first names,
surnames, interfixes, place names and its whitelist of common words, read from the library's own
data files.

The library's pipeline takes seconds to build, so nhnorm reads only the plain lists (text files
inside the installed package, found without importing it, nothing written), once per process:
the first names for a quick first look when a text is scanned (18 ms, benchmarks/README.md), the
whole lexicon only when a text has a capitalised pair that starts with a first name (19 ms more).
The lists are applied as deduce applies them: a list's exceptions.txt removed, first names and
surnames that are common words (the whitelist, case-insensitive) dropped."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_LISTS = Path("data") / "lookup" / "src"


@dataclass(frozen=True, slots=True)
class Lexicon:
    first_names: frozenset[str]
    surnames: frozenset[str]  # surnames, also those written after an interfix ("de Boer": Boer)
    interfixes: frozenset[str]  # lower case, one or more words: "van", "van der", "el"
    whitelist: frozenset[str]  # lower case common words, stop words and medical terms
    places: frozenset[str]  # places, municipalities, provinces and regions, as written


def _package_root() -> Path:
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the package deduce (a dependency of nhnorm) is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _items(folder: Path) -> set[str]:
    """deduce's load_raw_itemset without its transforms: items minus exceptions, sub-lists added."""
    items = _read(folder / "items.txt") - _read(folder / "exceptions.txt")
    for sub in sorted(folder.glob("lst_*")):
        items |= _items(sub)
    return items


def _read(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    items = set(map(str.strip, path.read_text(encoding="utf-8").splitlines()))
    items.discard("")
    return items


@cache
def lexicon() -> Lexicon:
    """The lists, read on first use."""
    src = _package_root() / _LISTS
    surnames = _items(src / "names" / "lst_surname")
    # as deduce's load_whitelist_lookup: a common word that is also a surname ("Bakker", "Visser")
    # is no common word; stop words and medical terms stay whitelisted
    common = {w.lower() for w in _items(src / "whitelist" / "lst_common_word")}
    common -= {s.lower() for s in surnames if len(s) >= 2}
    whitelist = {
        w.lower() for name in ("lst_stop_word", "lst_medical_term") for w in _items(src / "whitelist" / name)
    }
    whitelist = {w for w in whitelist | common if len(w) >= 2}
    first = {n for n in _items(src / "names" / "lst_first_name") if len(n) >= 2}
    surnames = {s for s in surnames if len(s) >= 2 and s.lower() not in whitelist}
    return Lexicon(
        first_names=frozenset(n for n in first if n.lower() not in whitelist),
        surnames=frozenset(surnames | _items(src / "names" / "lst_interfix_surname")),
        interfixes=frozenset(i.lower() for i in _items(src / "names" / "lst_interfix")),
        whitelist=frozenset(whitelist),
        places=frozenset(_items(src / "locations" / "lst_placename")),
    )


@cache
def first_name_words() -> frozenset[str]:
    """The first names as written and in capitals ("Kees", "KEES"), for a quick first look at a
    text before the whole lexicon is read (a third of its time): deduce's list without its
    exceptions, stop words and common words as deduce counts them ("De", "Van", "Door", "Helder":
    a surname is no common word), which start most
    capitalised pairs of a Dutch text. Up to three capitals are an abbreviation ("AI", "ELA",
    "RIE") far more often than a name."""
    src = _package_root() / _LISTS
    # read again by lexicon() when it is needed: kept, the raw lists held 7 MiB in every process
    surnames = {s.lower() for s in _read(src / "names" / "lst_surname" / "items.txt")}
    common = {w.lower() for w in _read(src / "whitelist" / "lst_common_word" / "items.txt")} - surnames
    common |= {w.lower() for w in _read(src / "whitelist" / "lst_stop_word" / "items.txt")}
    names = _items(src / "names" / "lst_first_name")
    names = {n for n in names if len(n) >= 2 and n.lower() not in common}
    return frozenset(names | {n.upper() for n in names if len(n) > 3})
