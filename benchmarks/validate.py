"""Time `nhnorm validate` on many realistic assessments, against check-jsonschema on the same files.

    .venv/bin/python benchmarks/validate.py [-n 600] [--repeat 3] [--keep DIR]

Generates N assessments (several organisations and years, ~20 KB each, varied answers, some with
warnings) into a temporary folder, then reports wall-clock time with start-up included for
(a) `nhnorm validate DIR` and (b) `check-jsonschema --schemafile schemas/assessment.schema.json
FILES...`, and a per-stage breakdown of nhnorm's per-file cost measured in-process.
The issue's target: (a) <= 0.7 x (b) on 600 files.
"""

from __future__ import annotations

import argparse
import functools
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from nhnorm_cli.checks import check_document
from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.norm import load_norm
from nhnorm_cli.yamlsource import _decode, parse_document

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SCHEMA = ROOT / "schemas" / "assessment.schema.json"

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


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def _text(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def assessment(rng: random.Random, naam: str, jaar: int) -> str:
    """One realistic assessment (~20 KB): every norm answered, actions, evidence, onderdelen."""
    norm = load_norm("1.0")
    status = "vastgesteld" if rng.random() < 0.7 else "concept"
    out = [
        "# yaml-language-server: $schema=../../schemas/assessment.schema.json",
        f"# Zelfevaluatie {naam} {jaar}",
        'norm: "1.0"',
        "organisatie:",
        f"  naam: {naam}",
        "  soort: gemeente",
        f"  code: GM{rng.randint(0, 9999):04d}",
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
        out += [f'  "{requirement.id}":', f"    oordeel: {oordeel}"]
        out.append(f"    toelichting: {_text(rng, rng.randint(1, 2))}")
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


def generate(folder: Path, count: int) -> list[Path]:
    rng = random.Random(2025)
    years = list(range(2025, 2031))
    paths = []
    for i in range(count):
        org, year = divmod(i, len(years))
        naam = f"Gemeente {_PLACES[org % len(_PLACES)]} {org}"
        path = folder / "assessments" / f"gemeente-{org}" / f"{years[year]}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(assessment(rng, naam, years[year]), encoding="utf-8")
        paths.append(path)
    return paths


def best_of(repeat: int, command: list[str], cwd: Path) -> tuple[float, int]:
    times, code = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        code = subprocess.run(command, cwd=cwd, capture_output=True, check=False).returncode
        times.append(time.perf_counter() - start)
    return min(times), code


def stages(paths: list[Path]) -> dict[str, float]:
    """Mean seconds per file for each stage of nhnorm's read path, in-process (norm preloaded)."""
    totals = dict.fromkeys(["read", "decode", "compose+construct", "pydantic", "checks"], 0.0)

    def timed(stage: str, work: Callable[[], object]) -> object:
        start = time.perf_counter()
        result = work()
        totals[stage] += time.perf_counter() - start
        return result

    load_norm("1.0")
    for path in paths:
        raw: bytes = timed("read", path.read_bytes)  # type: ignore[assignment]
        timed("decode", functools.partial(_decode, raw, "x"))
        start = time.perf_counter()
        document = parse_document(raw, str(path))
        totals["compose+construct"] += time.perf_counter() - start
        timed("pydantic", functools.partial(Assessment.model_validate, document.data))
        start = time.perf_counter()
        check_document(document)
        totals["checks"] += time.perf_counter() - start
    totals["compose+construct"] -= totals["decode"]  # parse_document decodes too
    totals["checks"] -= totals["pydantic"]  # check_document validates the model too
    return {stage: seconds / len(paths) for stage, seconds in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=600, help="number of assessments (default 600)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per tool; the best counts")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="nhnorm-bench-"))
    try:
        paths = generate(folder, args.n)
        size = statistics.mean(p.stat().st_size for p in paths)
        print(f"{len(paths)} assessments, mean {size / 1024:.1f} KB, in {folder}")
        ours, code = best_of(args.repeat, [str(BIN / "nhnorm"), "validate", "assessments"], folder)
        print(
            f"nhnorm validate:   {ours:6.2f} s  {len(paths) / ours:7.1f} files/s  "
            f"{1000 * ours / len(paths):5.2f} ms/file  (exit {code})"
        )
        rel = [str(p.relative_to(folder)) for p in paths]
        theirs, code = best_of(
            args.repeat, [str(BIN / "check-jsonschema"), "--schemafile", str(SCHEMA), *rel], folder
        )
        print(
            f"check-jsonschema:  {theirs:6.2f} s  {len(paths) / theirs:7.1f} files/s  "
            f"{1000 * theirs / len(paths):5.2f} ms/file  (exit {code})"
        )
        print(f"ratio nhnorm/check-jsonschema: {ours / theirs:.2f} (target <= 0.70)")
        startup, _ = best_of(args.repeat, [str(BIN / "nhnorm"), "validate", rel[0]], folder)
        print(f"nhnorm validate on 1 file (start-up): {startup:.2f} s")
        start = time.perf_counter()
        load_norm.cache_clear()
        load_norm("1.0")
        print(f"load norm 1.0: {1000 * (time.perf_counter() - start):.1f} ms")
        print("per-file stages, in-process, one core:")
        for stage, seconds in stages(paths).items():
            print(f"  {stage:18} {1000 * seconds:6.2f} ms")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
