"""`diff` over many actions: linear in their number, and the rendering no longer most of it.

    python benchmarks/diff.py [--actions 10000] [--runs 3]

Two years of one organisation (corpus.actions: about N actions a year, a quarter new, dropped and
completed) and `nhnorm diff` on them (text, as a terminal shows it; and json, the same comparison
without the text rendering), at N/10 and N: linear work takes ten times as long (start-up
subtracted). Target (issue 26): the text beside json, and 10× the actions ≈ 10× the CPU.
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
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="nhnorm-diff-"))
    print(machine())
    try:
        start_up = measure("nhnorm --version", [NHNORM, "--version"], base, args.runs)
        print(start_up.line())
        text_cpu = {}
        for count in (args.actions // 10, args.actions):
            here = base / str(count)
            corpus.actions(here / "assessments" / "zeedorp", count)
            print(f"\n{count} actions a year")
            json = measure("nhnorm diff -f json", [NHNORM, "diff", "-f", "json"], here, args.runs)
            print(json.line())
            text = measure("nhnorm diff (text)", [NHNORM, "diff"], here, args.runs)
            print(text.line(json))
            text_cpu[count] = text.cpu - start_up.cpu
        small, large = text_cpu[args.actions // 10], text_cpu[args.actions]
        print(f"\n10x the actions: {large / small:.1f}x the CPU time (text, start-up subtracted)")
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
