"""Time `nhnorm overview` over a region: 44 gemeenten + the province, three years.

    .venv/bin/python benchmarks/overview.py [--runs 5]

Generates the files into a temporary folder (tests/factories.region), then runs the installed
`nhnorm` as a subprocess (start-up included, as a user or CI sees it) and, in-process, splits the
time into reading + checking the files and building the overview."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import factories  # noqa: E402

from nhnorm_cli.assessments import select_years  # noqa: E402
from nhnorm_cli.overview import build_overview  # noqa: E402

YEARS = [2024, 2025, 2026]
NHNORM = str(Path(sys.executable).parent / "nhnorm")


def _timed(args: list[str], cwd: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([NHNORM, *args], cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def _line(label: str, times: list[float]) -> str:
    return f"{label:<40} median {statistics.median(times):6.3f} s   min {min(times):6.3f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        factories.write_region(root, YEARS)
        files = sorted((root / "assessments").rglob("*.yaml"))
        used = [p for p in files if p.stem in {str(YEARS[-1]), str(YEARS[-2])}]
        print(f"{len(files)} files ({len(used)} of {YEARS[-2]}–{YEARS[-1]} read), {runs} runs each\n")
        start_up = _timed(["--version"], root, runs)
        print(_line("nhnorm --version (start-up)", start_up))
        results = {}
        for fmt in ("text", "json", "html"):
            results[fmt] = _timed(["overview", "--year", str(YEARS[-1]), "--format", fmt], root, runs)
            print(_line(f"nhnorm overview --format {fmt}", results[fmt]))
        net = statistics.median(results["json"]) - statistics.median(start_up)
        print(f"\nper file read (json, minus start-up): {1000 * net / len(used):.1f} ms")

        in_process_read, in_process_build = [], []
        for _ in range(runs):
            start = time.perf_counter()
            found = select_years([root / "assessments"], (YEARS[-1], YEARS[-2]))
            middle = time.perf_counter()
            build_overview(found[YEARS[-1]], found[YEARS[-2]])
            in_process_read.append(middle - start)
            in_process_build.append(time.perf_counter() - middle)
        print(_line("in-process: read + check files", in_process_read))
        print(f"{'':<40} = {1000 * statistics.median(in_process_read) / len(used):.1f} ms per file")
        print(_line("in-process: build overview", in_process_build))


if __name__ == "__main__":
    main()
