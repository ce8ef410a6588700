"""Time `nhnorm intake` and `nhnorm overview` on a generated region (342 organisations × 5 years,
benchmarks/corpus.py: the register, 5% of the files missing), next to a floor: a bare libyaml safe
parse of the same files.

    .venv/bin/python benchmarks/region.py [--organisations 342] [--runs 3]

Every measurement runs in a fresh process (as a user or CI runs it) and reports that process's CPU
time (user + system) and peak memory (max RSS), read with os.wait4, so a busy machine moves the
wall clock but hardly the CPU time. The floor processes import only ruamel.yaml and parse the files
that the command reads (one year for intake, two for an overview, all five with --vanaf), so the
ratio says what nhnorm costs on top of merely reading YAML; start-up is shown separately.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import corpus

BIN = Path(sys.executable).parent
FLOOR = (
    "import sys\n"
    "from ruamel.yaml import YAML\n"
    "yaml = YAML(typ='safe', pure=False)  # libyaml through ruamel.yaml.clib, like CSafeLoader\n"
    "for name in sys.argv[1:]:\n"
    "    with open(name, 'rb') as handle:\n"
    "        yaml.load(handle)\n"
)


def _run(command: list[str], cwd: Path) -> tuple[float, float]:
    """CPU seconds and peak RSS (MB) of one child process."""
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):  # intake and overview exit 1 for late or concept files
        raise SystemExit(f"{' '.join(command)} failed with {process.returncode}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _best(command: list[str], cwd: Path, runs: int) -> tuple[float, float]:
    results = [_run(command, cwd) for _ in range(runs)]
    return min(r[0] for r in results), statistics.median(r[1] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=342)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    years = range(2024, 2029)
    last = years[-1]
    with tempfile.TemporaryDirectory() as folder:
        region = corpus.region(Path(folder), args.organisations, years)
        root = region.root
        files = region.all_files
        size = statistics.mean(p.stat().st_size for p in files) / 1024
        machine = platform.processor() or platform.machine()
        print(f"{machine}, {os.cpu_count()} cores, Python {platform.python_version()}")
        shape = f"{args.organisations} organisations × {len(years)} years"
        print(f"{len(files)} assessments ({shape}), mean {size:.1f} KB")
        print(f"best CPU of {args.runs} runs, median peak memory; each in a fresh process\n")
        nhnorm = str(BIN / "nhnorm")
        python = sys.executable
        start_cpu, start_mem = _best([nhnorm, "--version"], root, args.runs)
        floor_start, _ = _best([python, "-c", FLOOR], root, args.runs)
        print(f"{'start-up':<44} nhnorm {start_cpu:6.3f} s {start_mem:6.0f} MB   floor {floor_start:6.3f} s")
        cases = [
            ("intake --year", ["intake", "--year", str(last)], region.files[last]),
            ("overview --year (json)", ["overview", "--year", str(last), "-f", "json"],
             region.files[last] + region.files[last - 1]),
            (f"overview --vanaf {years[0]} (json)",
             ["overview", "--year", str(last), "--vanaf", str(years[0]), "-f", "json"], files),
            ("overview --anoniem (html)", ["overview", "--year", str(last), "--anoniem", "-f", "html"],
             region.files[last] + region.files[last - 1]),
        ]  # fmt: skip
        columns = f"{'files':>6} {'cpu s':>7} {'MB':>5} {'ms/file':>8} {'floor ms/file':>14} {'ratio':>6}"
        print(f"\n{'command':<34}{columns}")
        for label, command, read in cases:
            cpu, memory = _best([nhnorm, *command], root, args.runs)
            floor_cpu, _ = _best([python, "-c", FLOOR, *map(str, read)], root, args.runs)
            per_file = 1000 * (cpu - start_cpu) / len(read)
            floor_per_file = 1000 * (floor_cpu - floor_start) / len(read)
            print(
                f"{label:<34}{len(read):>6} {cpu:7.2f} {memory:5.0f} {per_file:8.2f} {floor_per_file:14.2f}"
                f" {per_file / floor_per_file:6.2f}"
            )


if __name__ == "__main__":
    main()
