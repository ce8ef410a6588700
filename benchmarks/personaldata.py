"""Memory per finding: one 5.5 MB file full of personal data, beside a bare parse of it.

    python benchmarks/personaldata.py [--megabytes 5.5] [--runs 3]

The file (corpus.personal_data) holds about 200,000 PERSOONSGEGEVENS findings. `validate` prints
100 per file in text and every one with `-f json`; `report --public` replaces each. Target (issue
26): the peak memory of validate, text and json, ≤ 3× that of a bare parse of the file (PyYAML
CSafeLoader, `pip install pyyaml`); the same file at a tenth of the size shows how memory and CPU
grow with the findings.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import corpus
from runner import NHNORM, machine, measure

BARE = "import sys, yaml; yaml.load(open(sys.argv[1], 'rb').read(), Loader=yaml.CSafeLoader)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.5)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="nhnorm-personaldata-"))
    print(machine())
    try:
        start_up = measure("nhnorm --version", [NHNORM, "--version"], folder, args.runs)
        print(start_up.line())
        for size in (args.megabytes / 10, args.megabytes):
            here = folder / f"{size:.2f}"
            path = corpus.personal_data(here / "2025.yaml", int(size * 1e6))
            print(f"\n{path.stat().st_size / 1e6:.2f} MB")
            bare = measure(
                "bare parse (PyYAML CSafeLoader)", [sys.executable, "-c", BARE, str(path)], here, args.runs
            )
            print(bare.line())
            for label, arguments in (
                ("validate (text)", ["validate", "2025.yaml"]),
                ("validate --format json", ["validate", "-f", "json", "2025.yaml"]),
                ("report --public", ["report", "--public", "2025.yaml"]),
            ):
                run = measure(f"nhnorm {label}", [NHNORM, *arguments], here, args.runs)
                print(f"{run.line(bare)}  memory {run.rss / bare.rss:4.1f}× the bare parse")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
