"""Start-up: `nhnorm --version` and `nhnorm --help` beside a bare `python -c pass`.

    python benchmarks/startup.py [--runs 7]

Every command pays this before it reads a file. Target (issue 9): ≤ 0.15 s CPU for both.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from runner import NHNORM, machine, measure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    print(machine())
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        floor = measure("python -c pass", [sys.executable, "-c", "pass"], here, runs)
        print(floor.line())
        for arguments in (["--version"], ["--help"], ["validate", "--help"]):
            print(measure(f"nhnorm {' '.join(arguments)}", [NHNORM, *arguments], here, runs).line(floor))


if __name__ == "__main__":
    main()
