"""Time `nhnorm overview` over a region: 44 gemeenten + the province, three years.

    .venv/bin/python benchmarks/overview.py [--runs 5]

Generates the files into a temporary folder (tests/factories.py: region), then runs the installed
`nhnorm` as a subprocess (start-up included, as a user or CI sees it) and, in-process, splits the
time into reading + checking the files and building the overview."""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import factories  # noqa: E402

from nhnorm_cli.region.overview import build_overview  # noqa: E402
from nhnorm_cli.select.assessments import select_years  # noqa: E402

YEARS = [2024, 2025, 2026]
NHNORM = str(Path(sys.executable).parent / "nhnorm")


def _timed(args: list[str], cwd: Path, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of each run; CPU time is what stays comparable
    on a busy machine."""
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([NHNORM, *args], cwd=cwd, check=True, capture_output=True)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def _line(label: str, times: tuple[list[float], list[float]]) -> str:
    wall, cpu = times
    return (
        f"{label:<34} wall median {statistics.median(wall):6.3f} s  min {min(wall):6.3f} s"
        f"   cpu median {statistics.median(cpu):6.3f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        factories.write_region(root, YEARS, province_joins_last=False)
        files = sorted((root / "assessments").rglob("*.yaml"))
        used = [p for p in files if p.stem in {str(YEARS[-1]), str(YEARS[-2])}]
        print(f"{len(files)} files ({len(used)} of {YEARS[-2]}–{YEARS[-1]} read), {runs} runs each\n")
        start_up = _timed(["--version"], root, runs)
        print(_line("nhnorm --version (start-up)", start_up))
        results = {}
        for fmt in ("text", "json", "html"):
            results[fmt] = _timed(["overview", "--year", str(YEARS[-1]), "--format", fmt], root, runs)
            print(_line(f"nhnorm overview --format {fmt}", results[fmt]))
        net = statistics.median(results["json"][1]) - statistics.median(start_up[1])
        print(f"\nper file read (cpu, json minus start-up): {1000 * net / len(used):.1f} ms")

        read, build = [], []
        for _ in range(runs):
            start = time.process_time()
            found = select_years([root / "assessments"], (YEARS[-1], YEARS[-2])).years
            middle = time.process_time()
            build_overview(found[YEARS[-1]], found[YEARS[-2]])
            read.append(middle - start)
            build.append(time.process_time() - middle)
        per_file = 1000 * statistics.median(read) / len(used)
        print(
            f"in-process cpu: read + check files   {statistics.median(read):6.3f} s = {per_file:.1f} ms/file"
        )
        print(f"in-process cpu: build overview       {statistics.median(build):6.3f} s")


if __name__ == "__main__":
    main()
