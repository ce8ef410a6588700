"""A deterministic region for benchmarks: a register and realistic assessments (~28 KB, like the
bundled examples) for N organisations × Y years, written to a folder. Nothing is committed.

    from regiongen import generate_region
    region = generate_region(Path(tmp), organisations=342, years=range(2024, 2029))

Per organisation and year (fixed seed, so every run writes the same bytes): 80% vastgesteld with
`vastgesteld_op` (one in eight of those after 1 April), 15% concept with part of the norms open,
5% missing. Answers carry a Dutch toelichting of two or three sentences, evidence, actions,
onderdelen and now and then a confidential answer; scores rise a little each year.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nhnorm_cli.norm import load_norm

RIECS = ("RIEC Noord-Holland", "RIEC Amsterdam-Amstelland", "RIEC Midden-Nederland")
SCALE = ("voldaan", "grotendeels", "deels", "niet", "nvt")


@dataclass(frozen=True)
class Region:
    root: Path
    register: Path
    files: dict[int, list[Path]]  # per year, the assessment files written

    @property
    def all_files(self) -> list[Path]:
        return [path for year in sorted(self.files) for path in self.files[year]]


def _vocabulary() -> list[str]:
    """Real Dutch words: the norm's own explanations."""
    norm = load_norm("1.0")
    text = " ".join(r.toelichting or r.tekst for r in norm.requirements)
    return [w.strip(".,;:()\"'") for w in text.split() if w.strip(".,;:()\"'").isalpha()]


def _sentence(rng: random.Random, words: list[str]) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(10, 24))).capitalize() + "."


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def assessment_text(rng: random.Random, words: list[str], index: int, year: int, status: str) -> str:
    norm = load_norm("1.0")
    naam = f"Gemeente Benchmark {index:03d}"
    lines = [
        "# yaml-language-server: $schema=../../schemas/assessment.schema.json",
        f"# Implementatieoverzicht {naam} {year} (gegenereerd voor benchmarks)",
        'norm: "1.0"',
        "organisatie:",
        f"  naam: {naam}",
        "  soort: gemeente",
        f"  code: GM{index:04d}",
        f"  riec: {RIECS[index % len(RIECS)]}",
        f"jaar: {year}",
        f"peildatum: {year}-03-{rng.randint(1, 28):02d}",
        f"status: {status}",
    ]
    if status == "vastgesteld":
        late = rng.random() < 1 / 8
        lines += [f"vastgesteld_op: {date(year, 4 if late else 3, rng.randint(1, 28)).isoformat()}"]
        lines += ["vastgesteld_door: interne driehoek"]
    lines.append("antwoorden:")
    progress = min(0.15 * (year % 10), 0.6)  # later years lean to better answers
    for requirement in norm.requirements:
        if status == "concept" and rng.random() < 0.3:
            continue
        weights = [4 + 6 * progress, 3, 2 - progress, 1 - progress, 0.3]
        oordeel = rng.choices(SCALE, weights)[0]
        lines += [f'  "{requirement.id}":', f"    oordeel: {oordeel}"]
        lines.append(
            f"    toelichting: {_quoted(' '.join(_sentence(rng, words) for _ in range(rng.randint(2, 3))))}"
        )
        if rng.random() < 0.7:
            lines.append("    bewijs:")
            lines += [f"      - {_quoted(_sentence(rng, words)[:70])}" for _ in range(rng.randint(1, 3))]
        if oordeel in {"grotendeels", "deels", "niet"} or rng.random() < 0.2:
            lines.append("    acties:")
            for _ in range(rng.randint(1, 2)):
                lines += [
                    f"      - omschrijving: {_quoted(_sentence(rng, words))}",
                    "        eigenaar: Afdeling Veiligheid",
                    f"        gereed: {year}-12-31",
                ]
        if requirement.onderdelen and rng.random() < 0.5:
            lines.append("    onderdelen:")
            lines += [f'      "{c.id}": {rng.choice(SCALE[:3])}' for c in requirement.onderdelen]
        if rng.random() < 0.05:
            lines.append("    vertrouwelijk: true")
    return "\n".join(lines) + "\n"


def register_text(organisations: int) -> str:
    lines = ["riecs:", *(f"  - {r}" for r in RIECS), "organisaties:"]
    for index in range(organisations):
        lines += [
            f"  - code: GM{index:04d}",
            f"    naam: Gemeente Benchmark {index:03d}",
            "    soort: gemeente",
            f"    riec: {RIECS[index % len(RIECS)]}",
            f"    slug: benchmark-{index:03d}",
        ]
    return "\n".join(lines) + "\n"


def generate_region(root: Path, organisations: int = 342, years: range = range(2024, 2029)) -> Region:
    """organisaties.yaml and assessments/benchmark-NNN/<jaar>.yaml under `root` (made a repository)."""
    rng = random.Random(20250401)
    words = _vocabulary()
    (root / ".git").mkdir(parents=True, exist_ok=True)
    register = root / "organisaties.yaml"
    register.write_text(register_text(organisations), encoding="utf-8")
    files: dict[int, list[Path]] = {year: [] for year in years}
    for year in years:
        for index in range(organisations):
            draw = rng.random()
            if draw < 0.05:
                continue  # missing
            status = "vastgesteld" if draw < 0.85 else "concept"
            path = root / "assessments" / f"benchmark-{index:03d}" / f"{year}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(assessment_text(rng, words, index, year, status), encoding="utf-8")
            files[year].append(path)
    return Region(root, register, files)
