"""Commands about one organisation in a region, side by side with the same command in a repository
holding only that organisation; and the overview of the region.

    python benchmarks/organisation.py [--orgs 342] [--runs 3] [--keep DIR]

Generates the region (benchmarks/corpus.py: 342 organisations × 2022–2026, ~28 KB per file, no
register and no missing file) and a copy of one organisation's five files, then runs each command
in both as a subprocess (start-up included), the two alternating (paired runs; the ratio shown is
the median of the pairs' ratios). Targets (issues 9, 26): region ≤ 1.2× one organisation, also
without a year; overview of two years ≤ 2 s CPU and ≤ 100 MiB. Issue 20: the public report (md,
html, docx) ≤ 1.5× the internal one, side by side in the one organisation's repository; `--names`
writes a plainly written name, a phone number and an e-mail address into every toelichting first,
so every text takes the full personal-data patterns and the lists of names are read.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import corpus
from runner import NHNORM, machine, measure, paired

ORG = corpus.slug(7)


def _commands(out: Path) -> list[tuple[str, list[str]]]:
    """(label, arguments); in the region `--org` is added."""
    csv, new = str(out / "x.csv"), str(out / "2027.yaml")
    return [
        ("report --year 2026", ["report", "--year", "2026"]),
        ("report (no year: the newest)", ["report"]),
        ("diff --from 2025 --to 2026", ["diff", "--from", "2025", "--to", "2026"]),
        ("diff (no years: the two newest)", ["diff"]),
        ("export --year 2026 (csv)", ["export", "--year", "2026", "-f", "csv", "-o", csv, "--force"]),
        ("score --year 2026", ["score", "--year", "2026"]),
        ("set --status concept --year 2026", ["set", "--status", "concept", "--year", "2026"]),
        ("init --year 2027 --from 2026", ["init", "--year", "2027", "--from", "2026", "-o", new]),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=342)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--names", action="store_true", help="plant personal data in every toelichting")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="nhnorm-region-"))
    region, single, out = base / "region", base / "one", base / "out"
    try:
        if not region.exists():
            corpus.region(region, args.orgs, register=False, missing=False)
        if not single.exists():
            corpus.single(region, ORG, single)
            if args.names:
                _plant_names(single)
        out.mkdir(exist_ok=True)
        files = len(list((region / "assessments").rglob("*.yaml")))
        print(f"{machine()}\nregion: {files} files; one organisation ({ORG}): 5 files; {args.runs} runs\n")

        def clean() -> None:
            (out / "2027.yaml").unlink(missing_ok=True)

        start_up = measure("nhnorm --version", [NHNORM, "--version"], single, args.runs)
        print(start_up.line())
        for label, arguments in _commands(out):
            floor, run, ratio = paired(
                (f"{label}, one organisation", [NHNORM, *arguments], single),
                (f"{label} --org, region", [NHNORM, *arguments, "--org", ORG], region),
                args.runs,
                clean,
            )
            print(floor.line())
            print(run.line(floor) + f"  (paired {ratio:.2f}×)")
        print()
        for fmt in ("md", "html", "docx"):
            report = ["report", "--year", "2026", "-f", fmt, "-o", str(out / f"r.{fmt}"), "--force"]
            internal = measure(f"report -f {fmt}, one organisation", [NHNORM, *report], single, args.runs)
            print(internal.line())
            public = measure(f"report -f {fmt} --public", [NHNORM, *report, "--public"], single, args.runs)
            print(public.line(internal))
        print()
        command = [NHNORM, "overview", "--year", "2026", "-f", "json"]
        print(
            measure("overview --year 2026 --format json, region", command, region, args.runs).line(start_up)
        )
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


def _plant_names(folder: Path) -> None:
    """Every toelichting gains a colleague's name, phone number and e-mail address."""
    for path in sorted((folder / "assessments").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8").replace(
            "    toelichting: ", "    toelichting: Contact Kees de Boer, 06-12345678, k.deboer@zeedorp.nl. "
        )
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
