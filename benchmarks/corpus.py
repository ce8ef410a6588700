"""Deterministic benchmark corpora, generated on demand (nothing is committed).

- `assessment(rng, naam, jaar)`: one realistic assessment of about 28 KB: every norm answered (15%
  open in concepts), Dutch toelichting, evidence, actions, onderdelen, comments that contain `&`
  (as real files do: "B&W", "Veiligheid & Handhaving"), some `GEEN-ACTIE` warnings.
- `generate(folder, n)`: n such files, 6 years per organisation (benchmarks/validate.py).
- `region(folder, orgs=342, years=5)`: a RIEC region, `assessments/<slug>/<jaar>.yaml`.
- `single(region_root, slug, folder)`: the same organisation's files alone, as in a repository
  holding only that organisation (the floor a command about one organisation is measured against).
- `unknown_keys(path, n)`: one file with n unknown keys (the linear-input benchmark).

benchmarks/regiongen.py (issue 10) generates a region with its register too; the two generators
could be merged into one.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from nhnorm_cli.norm import load_norm

_WORDS = [
    "de",
    "interne",
    "driehoek",
    "bespreekt",
    "weerbaarheid",
    "ondermijning",
    "elk",
    "kwartaal",
    "met",
    "het",
    "college",
    "en",
    "de",
    "gemeentesecretaris",
    "waarbij",
    "afspraken",
    "over",
    "screening",
    "integriteit",
    "en",
    "informatiebeveiliging",
    "worden",
    "vastgelegd",
    "in",
    "het",
    "jaarplan",
    "en",
    "de",
    "directie",
    "rapporteert",
    "over",
    "de",
    "voortgang",
    "aan",
    "de",
    "raad",
    "terwijl",
    "de",
    "adviseur",
    "weerbaarheid",
    "signalen",
    "uit",
    "de",
    "organisatie",
    "verzamelt",
    "en",
    "doorzet",
    "naar",
    "het",
    "RIEC",
]
_PLACES = ["Zeedorp", "Duinwijk", "Polderveen", "Kustmeer", "Heidebroek", "Waterland", "Bergerhout"]
_COMMENTS = [
    "# besproken in het B&W-overleg",
    "# afgestemd met Veiligheid & Handhaving",
    "# navragen bij HR & Organisatie",
    "# zie ook de nota Weerbaarheid & Integriteit",
]
YEARS = (2022, 2023, 2024, 2025, 2026)


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def _text(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def assessment(rng: random.Random, naam: str, jaar: int, *, code: int | None = None) -> str:
    """One realistic assessment (~28 KB)."""
    norm = load_norm("1.0")
    status = "vastgesteld" if rng.random() < 0.7 else "concept"
    out = [
        "# yaml-language-server: $schema=../../schemas/assessment.schema.json",
        f"# Zelfevaluatie {naam} {jaar}, opgesteld door Veiligheid & Handhaving",
        'norm: "1.0"',
        "organisatie:",
        f"  naam: {naam}",
        "  soort: gemeente",
        f"  code: GM{code if code is not None else rng.randint(0, 9999):04d}",
        "  riec: RIEC Noord-Holland",
        f"jaar: {jaar}",
        f"peildatum: {jaar}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}",
        f"status: {status}",
        "antwoorden:",
    ]
    for requirement in norm.requirements:
        if status == "concept" and rng.random() < 0.15:
            continue
        oordeel = rng.choices(["voldaan", "grotendeels", "deels", "niet", "nvt"], [5, 3, 2, 1, 0.3])[0]
        if rng.random() < 0.3:
            out.append("  " + rng.choice(_COMMENTS))
        out += [f'  "{requirement.id}":', f"    oordeel: {oordeel}"]
        out.append(f"    toelichting: {_text(rng, rng.randint(2, 3))}")
        if rng.random() < 0.6:
            out += ["    bewijs:"] + [f"      - {_sentence(rng)[:60]}" for _ in range(rng.randint(1, 3))]
        # 10% of the weaker answers lack an open action: a GEEN-ACTIE warning
        if (oordeel in {"grotendeels", "deels", "niet"} and rng.random() < 0.9) or rng.random() < 0.2:
            out.append("    acties:")
            for _ in range(rng.randint(1, 2)):
                out += [
                    f"      - omschrijving: {_sentence(rng)}",
                    "        eigenaar: Afdeling Veiligheid",
                    f"        gereed: {jaar}-12-31",
                    f"        afgerond: {str(rng.random() < 0.3).lower()}",
                ]
        if requirement.onderdelen and rng.random() < 0.5:
            out.append("    onderdelen:")
            for component in requirement.onderdelen:
                out.append(f'      "{component.id}": {rng.choice(["voldaan", "voldaan", "deels"])}')
        if rng.random() < 0.1:
            out.append("    vertrouwelijk: true")
    return "\n".join(out) + "\n"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def generate(folder: Path, count: int) -> list[Path]:
    """`count` assessments, six years per organisation, under folder/assessments/gemeente-<i>/."""
    rng = random.Random(2025)
    # up to 2027: an open action due after 2027 is an ACTIE-NA-2027 warning (SPEC §7), which no
    # realistic file has dozens of
    years = list(range(2022, 2028))
    paths = []
    for i in range(count):
        org, year = divmod(i, len(years))
        naam = f"Gemeente {_PLACES[org % len(_PLACES)]} {org}"
        path = folder / "assessments" / f"gemeente-{org}" / f"{years[year]}.yaml"
        paths.append(_write(path, assessment(rng, naam, years[year])))
    return paths


def slug(i: int) -> str:
    return f"gemeente-{_PLACES[i % len(_PLACES)].lower()}-{i:03d}"


def region(folder: Path, orgs: int = 342, years: tuple[int, ...] = YEARS) -> list[Path]:
    """A region of `orgs` organisations × `years` at folder/assessments/<slug>/<jaar>.yaml; the same
    arguments always give the same bytes."""
    rng = random.Random(342)
    paths = []
    for i in range(orgs):
        naam = f"Gemeente {_PLACES[i % len(_PLACES)]} {i:03d}"
        for jaar in years:
            text = assessment(rng, naam, jaar, code=i)
            paths.append(_write(folder / "assessments" / slug(i) / f"{jaar}.yaml", text))
    return paths


def single(region_root: Path, organisation: str, folder: Path) -> Path:
    """A repository holding only `organisation`'s files, copied from a region (same bytes)."""
    target = folder / "assessments" / organisation
    shutil.copytree(region_root / "assessments" / organisation, target)
    return folder


def unknown_keys(path: Path, count: int) -> Path:
    """A valid assessment header with `count` unknown top-level keys (one problem each)."""
    head = [
        'norm: "1.0"',
        "organisatie:",
        "  naam: Gemeente Zeedorp",
        "  soort: gemeente",
        "jaar: 2025",
        "peildatum: 2025-03-28",
        "status: concept",
        "antwoorden: {}",
    ]
    keys = [f"onbekende_sleutel_{i:06d}: een waarde die hier niet hoort" for i in range(count)]
    return _write(path, "\n".join(head + keys) + "\n")
