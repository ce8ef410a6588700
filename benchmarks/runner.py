"""Run commands as a user or CI does and measure what stays comparable on a shared machine:
CPU time (user + system, including the processes a command starts) and peak memory of each run,
the median of a few runs. Wall-clock time is shown, never compared."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

BIN = Path(sys.executable).parent
NHNORM = str(BIN / "nhnorm")


@dataclass(frozen=True)
class Run:
    label: str
    cpu: float  # median seconds, user + system
    rss: float  # largest peak resident memory of any run, MiB
    wall: float  # median seconds
    exit: int

    def line(self, floor: Run | None = None) -> str:
        ratio = f"  {self.cpu / floor.cpu:5.2f}× {floor.label}" if floor is not None and floor.cpu else ""
        return (
            f"{self.label:<58} cpu {self.cpu:7.3f} s  peak {self.rss:6.0f} MiB  "
            f"(wall {self.wall:6.2f} s, exit {self.exit}){ratio}"
        )


def measure(
    label: str,
    command: Sequence[str],
    cwd: Path,
    runs: int = 3,
    before: Callable[[], object] | None = None,
    env: dict[str, str] | None = None,
) -> Run:
    """Median CPU and wall time and the peak memory of `runs` runs of `command` in `cwd` (`env`:
    variables to set for it, e.g. PYTHONPATH of a baseline checkout)."""
    cpus, walls, peak, code = [], [], 0.0, 0
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **env} if env else None,
        )
        _, status, usage = os.wait4(process.pid, 0)  # this child and the children it waited for
        process.returncode = os.waitstatus_to_exitcode(status)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        peak = max(peak, usage.ru_maxrss / 1024)  # KiB on Linux
        code = process.returncode
    return Run(label, statistics.median(cpus), peak, statistics.median(walls), code)


def paired(
    floor: tuple[str, Sequence[str], Path],
    command: tuple[str, Sequence[str], Path],
    runs: int = 3,
    before: Callable[[], object] | None = None,
) -> tuple[Run, Run, float]:
    """(label, command, folder) of each, run alternately, so a change in the machine's load hits
    both alike: the two Runs and the median of the runs' CPU ratios (command ÷ floor)."""
    firsts, seconds = [], []
    for _ in range(runs):
        firsts.append(measure(*floor, 1, before))
        seconds.append(measure(*command, 1, before))
    ratio = statistics.median(b.cpu / a.cpu for a, b in zip(firsts, seconds, strict=True) if a.cpu)
    return _merged(firsts), _merged(seconds), ratio


def _merged(runs: list[Run]) -> Run:
    return Run(
        runs[0].label,
        statistics.median(r.cpu for r in runs),
        max(r.rss for r in runs),
        statistics.median(r.wall for r in runs),
        runs[-1].exit,
    )


def machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {load:.1f}"
    )
