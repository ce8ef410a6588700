"""Deterministic benchmark corpora, generated on demand (nothing is committed): the one generator
of every benchmark that needs realistic assessments.

- `assessment(organisation, jaar, status)`: one realistic assessment of about 28 KB, like the
  bundled examples: every norm answered (part of them open in a concept), a Dutch toelichting of
  real words from the norm, evidence, actions, onderdelen, now and then a confidential answer,
  comments that contain `&` (the theme headings, "B&W", "Veiligheid & Handhaving"), and a few
  warnings (GEEN-ACTIE, ONDERDEEL-ONVOLDAAN; ACTIE-NA-2027 in files after 2027).
- `generate(folder, n)`: n such files, six years (2022–2027) per organisation (validate.py).
- `region(root, organisations, years)`: a RIEC region, `assessments/<slug>/<jaar>.yaml`, with the
  register `organisaties.yaml` and 5% of the files missing (region.py), or without either
  (organisation.py).
- `single(region_root, slug, folder)`: one organisation's files alone, as in a repository holding
  only that organisation (the floor a command about one organisation is measured against).
- `unknown_keys(path, n)`: one file with n unknown keys (linear.py).

Each file is drawn from its own generator seeded with its organisation and year, so the same file
has the same bytes whatever the size of the corpus or region around it. Of the files, 80% are
vastgesteld (one in eight after the 1 April deadline), 15% concept and 5% missing; where no file
may be missing (`generate`, a complete region) those 5% are concepts too.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from nhnorm_cli.versions.norms import load_norm

RIECS = ("RIEC Noord-Holland", "RIEC Amsterdam-Amstelland", "RIEC Midden-Nederland")
SCALE = ("voldaan", "grotendeels", "deels", "niet", "nvt")
WEAK = frozenset(SCALE[1:4])
YEARS = range(2022, 2027)
MISSING, VASTGESTELD = 0.05, 0.80  # shares of the files; the rest are concepts

_PLACES = ("Zeedorp", "Duinwijk", "Polderveen", "Kustmeer", "Heidebroek", "Waterland", "Bergerhout")
_COMMENTS = (
    "# besproken in het B&W-overleg",
    "# afgestemd met Veiligheid & Handhaving",
    "# navragen bij HR & Organisatie",
    "# zie ook de nota Weerbaarheid & Integriteit",
)
_OWNERS = ("Afdeling Veiligheid", "Team HR", "Concernstaf", "Informatiebeveiliging", "Griffie")


@dataclass(frozen=True)
class Organisation:
    index: int

    @property
    def naam(self) -> str:
        return f"Gemeente {_PLACES[self.index % len(_PLACES)]} {self.index:03d}"

    @property
    def code(self) -> str:
        return f"GM{self.index:04d}"

    @property
    def riec(self) -> str:
        return RIECS[self.index % len(RIECS)]

    @property
    def slug(self) -> str:
        return f"gemeente-{_PLACES[self.index % len(_PLACES)].lower()}-{self.index:03d}"


def slug(index: int) -> str:
    return Organisation(index).slug


@dataclass(frozen=True)
class Region:
    root: Path
    register: Path | None
    files: dict[int, list[Path]]  # per year, the assessment files written

    @property
    def all_files(self) -> list[Path]:
        return [path for year in sorted(self.files) for path in self.files[year]]


@cache
def _vocabulary() -> tuple[str, ...]:
    """Real Dutch words (and their capitals: RIEC, Bibob, VOG): the norm's own explanations. Words
    of one letter are left out: "B." before a capitalised word would read as a person's initial."""
    norm = load_norm("1.0")
    text = " ".join(r.toelichting or r.tekst for r in norm.requirements)
    words = [w for w in (w.strip(".,;:()\"'‘’“”") for w in text.split()) if len(w) > 1 and w.isalpha()]
    lower = {w for w in words if w.islower()}
    # "Het" and "Wij" are capitalised only where a sentence starts; "RIEC" and "Bibob" always
    return tuple(w.lower() if w.lower() in lower else w for w in words)


def _sentence(rng: random.Random) -> str:
    words = _vocabulary()
    text = " ".join(rng.choice(words) for _ in range(rng.randint(8, 22)))
    return text[0].upper() + text[1:] + "."


def _seeded(index: int, jaar: int) -> random.Random:
    """The generator of organisation `index`'s file of `jaar`: its bytes depend on nothing else."""
    return random.Random(f"nhnorm-benchmark {index} {jaar}")


def status(index: int, jaar: int, missing: bool = True) -> str | None:
    """The status organisation `index`'s file of `jaar` gets; None: the file is missing."""
    return _status(_seeded(index, jaar), missing)


def _status(rng: random.Random, missing: bool) -> str | None:
    draw = rng.random()  # the first draw of the file's generator
    if draw < MISSING:
        return None if missing else "concept"
    return "vastgesteld" if draw < MISSING + VASTGESTELD else "concept"


def assessment(rng: random.Random, organisation: Organisation, jaar: int, status: str) -> str:
    """One realistic assessment (~28 KB)."""
    norm = load_norm("1.0")
    peildatum = date(jaar, 2, 1) + timedelta(days=rng.randint(0, 40))
    out = [
        "# yaml-language-server: $schema=../../schemas/assessment.schema.json",
        f"# Implementatieoverzicht {organisation.naam} {jaar}, opgesteld door Veiligheid & Handhaving",
        'norm: "1.0"',
        "organisatie:",
        f"  naam: {organisation.naam}",
        "  soort: gemeente",
        f"  code: {organisation.code}",
        f"  riec: {organisation.riec}",
        f"jaar: {jaar}",
        f"peildatum: {peildatum.isoformat()}",
        f"status: {status}",
    ]
    if status == "vastgesteld":
        late = rng.random() < 1 / 8  # after the deadline (1 April): te_laat for `intake`
        first, last = (date(jaar, 4, 2), date(jaar, 4, 28)) if late else (peildatum, date(jaar, 3, 31))
        vastgesteld = first + timedelta(days=rng.randint(0, (last - first).days))
        out += [f"vastgesteld_op: {vastgesteld.isoformat()}", "vastgesteld_door: interne driehoek"]
    out.append("antwoorden:")
    progress = min(max(0.1 * (jaar - 2022), 0.0), 0.6)  # later years lean to better answers
    weights = [4 + 6 * progress, 3, 2 - progress, 1 - progress, 0.3]
    for thema in norm.themas:
        out += ["", f"  # {thema.id}. {thema.titel}"]
        for requirement in thema.normen:
            if status == "concept" and rng.random() < 0.2:
                continue
            oordeel = rng.choices(SCALE, weights)[0]
            if rng.random() < 0.3:
                out.append("  " + rng.choice(_COMMENTS))
            out += [f'  "{requirement.id}":', f"    oordeel: {oordeel}"]
            out.append("    toelichting: " + " ".join(_sentence(rng) for _ in range(rng.randint(2, 3))))
            if rng.random() < 0.7:
                out.append("    bewijs:")
                out += [f"      - {_sentence(rng)[:70].rstrip()}" for _ in range(rng.randint(1, 3))]
            # a weaker answer without an open action (none, or all done) is a GEEN-ACTIE warning:
            # about 6 a file, near the 8 of the corpus validate.py measured before
            if (oordeel in WEAK and rng.random() < 0.9) or rng.random() < 0.2:
                out.append("    acties:")
                for _ in range(rng.randint(1, 2)):
                    out += [
                        f"      - omschrijving: {_sentence(rng)}",
                        f"        eigenaar: {rng.choice(_OWNERS)}",
                        f"        gereed: {jaar}-12-31",
                        f"        afgerond: {str(rng.random() < 0.3).lower()}",
                    ]
            if requirement.onderdelen and rng.random() < 0.5:
                out.append("    onderdelen:")
                # a voldaan answer mostly has voldaan parts; now and then an ONDERDEEL-ONVOLDAAN
                choices = SCALE[:1] * 30 + SCALE[2:3] if oordeel == "voldaan" else SCALE[:3]
                out += [f'      "{c.id}": {rng.choice(choices)}' for c in requirement.onderdelen]
            if rng.random() < 0.05:
                out.append("    vertrouwelijk: true")
    return "\n".join(out) + "\n"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _assessment_file(root: Path, index: int, jaar: int, missing: bool) -> Path | None:
    """assessments/<slug>/<jaar>.yaml under root, drawn from its own seed; None when it is missing."""
    rng = _seeded(index, jaar)
    organisation = Organisation(index)
    given = _status(rng, missing)
    if given is None:
        return None
    path = root / "assessments" / organisation.slug / f"{jaar}.yaml"
    return _write(path, assessment(rng, organisation, jaar, given))


def generate(folder: Path, count: int) -> list[Path]:
    """`count` assessments, six years per organisation (up to 2027: an open action due after 2027
    is an ACTIE-NA-2027 warning, which no realistic file has dozens of), none missing."""
    years = range(2022, 2028)
    paths = []
    for i in range(count):
        index, year = divmod(i, len(years))
        path = _assessment_file(folder, index, years[year], missing=False)
        assert path is not None
        paths.append(path)
    return paths


def register_text(organisations: int) -> str:
    lines = ["riecs:", *(f"  - {r}" for r in RIECS), "organisaties:"]
    for organisation in map(Organisation, range(organisations)):
        lines += [
            f"  - code: {organisation.code}",
            f"    naam: {organisation.naam}",
            "    soort: gemeente",
            f"    riec: {organisation.riec}",
            f"    slug: {organisation.slug}",
        ]
    return "\n".join(lines) + "\n"


def region(
    root: Path, organisations: int = 342, years: range = YEARS, *, register: bool = True, missing: bool = True
) -> Region:
    """A region under `root` (made a repository): `organisations` × `years` at
    assessments/<slug>/<jaar>.yaml, with organisaties.yaml and 5% of the files missing unless
    `register` / `missing` are False. The same arguments always give the same bytes."""
    (root / ".git").mkdir(parents=True, exist_ok=True)
    path = _write(root / "organisaties.yaml", register_text(organisations)) if register else None
    files: dict[int, list[Path]] = {}
    for year in years:
        written = (_assessment_file(root, index, year, missing) for index in range(organisations))
        files[year] = [p for p in written if p is not None]
    return Region(root, path, files)


def single(region_root: Path, organisation: str, folder: Path) -> Path:
    """A repository holding only `organisation`'s files, copied from a region (same bytes)."""
    (folder / ".git").mkdir(parents=True, exist_ok=True)
    shutil.copytree(region_root / "assessments" / organisation, folder / "assessments" / organisation)
    return folder


# The header of a valid concept, for the generated files that vary only their answers.
_HEADER = (
    'norm: "1.0"',
    "organisatie:",
    "  naam: Gemeente Zeedorp",
    "  soort: gemeente",
    "jaar: 2025",
    "peildatum: 2025-03-28",
    "status: concept",
)


def unknown_keys(path: Path, count: int) -> Path:
    """A valid assessment header with `count` unknown top-level keys (one problem each)."""
    head = [*_HEADER, "antwoorden: {}"]
    keys = [f"onbekende_sleutel_{i:06d}: een waarde die hier niet hoort" for i in range(count)]
    return _write(path, "\n".join(head + keys) + "\n")


_PEOPLE = ("P. Jansen", "dhr. De Vries", "mw. Bakker", "J.P. de Groot", "mevrouw Van den Berg", "ir. Visser")


def personal_data(path: Path, size: int) -> Path:
    """A valid concept of about `size` bytes whose every answer's toelichting is full of personal
    data: a name, an e-mail address and a phone number in each line (three PERSOONSGEGEVENS
    findings per ~85 bytes; personaldata.py)."""
    norm = load_norm("1.0")
    ids = norm.requirement_ids
    lines_per_answer = max(1, size // (len(ids) * 85))
    head = [*_HEADER, "antwoorden:"]
    out = head
    for n, requirement_id in enumerate(ids):
        out += [f'  "{requirement_id}":', "    oordeel: deels", "    toelichting: |"]
        for i in range(lines_per_answer):
            person = _PEOPLE[(n + i) % len(_PEOPLE)]
            number = f"06-{(n * 7919 + i * 104729) % 90_000_000 + 10_000_000}"
            out.append(f"      Gesproken met {person} (p{i}.n{n}@zeedorp.nl, {number}) over de aanpak.")
    return _write(path, "\n".join(out) + "\n")


def actions(folder: Path, count: int) -> list[Path]:
    """2025.yaml and 2026.yaml of one organisation with about `count` actions each, every norm
    answered: a quarter of them new in 2026, a quarter dropped, a quarter completed (diff.py)."""
    ids = load_norm("1.0").requirement_ids
    per = count // len(ids) + 1
    paths = []
    for jaar in (2025, 2026):
        out = [
            'norm: "1.0"',
            "organisatie:",
            "  naam: Gemeente Zeedorp",
            "  soort: gemeente",
            f"jaar: {jaar}",
            f"peildatum: {jaar}-03-28",
            "status: concept",
            "antwoorden:",
        ]
        for requirement_id in ids:
            out += [f'  "{requirement_id}":', "    oordeel: deels", "    acties:"]
            for i in range(per):
                if (jaar, i % 4) in ((2025, 3), (2026, 2)):  # new in 2026; dropped in 2026
                    continue
                out += [
                    f"      - omschrijving: Actie {i} voor norm {requirement_id}, de werkwijze vastleggen en"
                    " bespreken met het team en de leiding van de afdeling",
                    "        eigenaar: Team Veiligheid",
                    f"        gereed: {jaar}-{i % 12 + 1:02d}-15",
                    f"        afgerond: {str(jaar == 2026 and i % 4 == 1).lower()}",
                ]
        paths.append(_write(folder / f"{jaar}.yaml", "\n".join(out) + "\n"))
    return paths
