"""The overview's peak memory as the region grows: flat in the number of files (issue 26).

    python benchmarks/overview_memory.py [--orgs 120 600] [--runs 1] [--keep DIR]

For each size, a region of ORGS organisations × 2022–2026 (corpus.region without register or
missing files: ORGS × 5 files) and `overview --year 2026 --vanaf 2022 -f json`, which reads and
keeps every file, beside `--version` (start-up). Target: ≤ 100 MiB at 3,000 files; the growth per
file is (peak − the smaller region's peak) ÷ (the files between them).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import corpus
from runner import NHNORM, machine, measure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, nargs="+", default=[120, 600])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="nhnorm-overview-memory-"))
    base.mkdir(parents=True, exist_ok=True)
    print(machine())
    try:
        start_up = measure("nhnorm --version", [NHNORM, "--version"], base, args.runs)
        print(start_up.line())
        previous: tuple[int, float] | None = None
        for orgs in args.orgs:
            region = base / f"region-{orgs}"
            if not region.exists():
                corpus.region(region, orgs, register=False, missing=False)
            files = orgs * len(corpus.YEARS)
            command = [NHNORM, "overview", "--year", "2026", "--vanaf", "2022", "-f", "json"]
            run = measure(f"overview --vanaf 2022, {files} files", command, region, args.runs)
            growth = ""
            if previous is not None:
                kib = (run.rss - previous[1]) * 1024 / (files - previous[0])
                growth = f"  {kib:5.1f} KiB per file more"
            print(run.line() + growth)
            previous = (files, run.rss)
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
