"""`nhnorm validate` on many realistic assessments, side by side with a bare libyaml parse of the
same bytes and with check-jsonschema.

    python benchmarks/validate.py [-n 600 3000] [--runs 3] [--keep DIR]

Generates N assessments (benchmarks/corpus.py: ~28 KB each, six years per organisation), then runs
as subprocesses, start-up included:
- `nhnorm validate assessments` (two processes from 48 files on: their CPU is added up);
- a bare parse: PyYAML's `yaml.load(bytes, Loader=yaml.CSafeLoader)` of every file (`pip install
  pyyaml`; nhnorm itself does not use PyYAML);
- `check-jsonschema --schemafile schemas/assessment.schema.json FILES...` (the test extra).
Targets (issue 9): nhnorm ≤ 1.5× the bare parse and ≤ 0.35× check-jsonschema, peak memory flat in N.
`--baseline SRC` also runs `nhnorm validate` with PYTHONPATH=SRC (another checkout's src/), run by
run beside this one, for the cost of a change side by side; `--no-peer` skips check-jsonschema.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import corpus
from runner import BIN, NHNORM, Run, machine, measure

SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "assessment.schema.json"
BARE = (
    "import os, sys, yaml\n"
    "for folder, _, names in sorted(os.walk(sys.argv[1])):\n"
    "    for name in sorted(names):\n"
    "        with open(os.path.join(folder, name), 'rb') as handle:\n"
    "            yaml.load(handle.read(), Loader=yaml.CSafeLoader)\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, nargs="+", default=[600, 3000], help="numbers of files")
    parser.add_argument("--runs", type=int, default=3, help="runs per tool; the median counts")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--baseline", type=Path, help="src/ of another checkout to compare with")
    parser.add_argument("--no-peer", action="store_true", help="skip check-jsonschema")
    args = parser.parse_args()
    try:
        import yaml  # noqa: F401
    except ImportError:
        sys.exit("the bare parse needs PyYAML: pip install pyyaml")
    base = args.keep or Path(tempfile.mkdtemp(prefix="nhnorm-validate-"))
    print(machine())
    try:
        for count in args.n:
            folder = base / str(count)
            paths = sorted((folder / "assessments").rglob("*.yaml"))
            if len(paths) != count:
                shutil.rmtree(folder, ignore_errors=True)
                paths = corpus.generate(folder, count)
            size = statistics.mean(p.stat().st_size for p in paths)
            print(f"\n{count} files, mean {size / 1024:.1f} KB, {args.runs} runs")
            command = [NHNORM, "validate", "assessments"]
            bare_command = [sys.executable, "-c", BARE, "assessments"]
            ours_runs, base_runs, bare_runs = [], [], []
            for _ in range(args.runs):  # run by run, so a change in the machine's load hits all alike
                ours_runs.append(measure("nhnorm validate assessments", command, folder, 1))
                if args.baseline is not None:
                    baseline_env = {"PYTHONPATH": str(args.baseline.resolve())}
                    base_runs.append(measure("baseline", command, folder, 1, env=baseline_env))
                bare_runs.append(measure("bare parse (PyYAML CSafeLoader)", bare_command, folder, 1))
            ours, bare = _median(ours_runs), _median(bare_runs)
            print(bare.line())
            if not args.no_peer:
                rel = [str(p.relative_to(folder)) for p in paths]
                peer_command = [str(BIN / "check-jsonschema"), "--schemafile", str(SCHEMA), *rel]
                peer = measure("check-jsonschema", peer_command, folder, args.runs)
                print(peer.line())
            print(ours.line(bare))
            if base_runs:
                baseline = _median(base_runs)
                print(f"{'':58} {ours.cpu / baseline.cpu:5.2f}× baseline ({args.baseline})")
                print(Run(f"baseline ({args.baseline})", *_fields(baseline)).line(bare))
            if not args.no_peer:
                print(f"{'':58} {ours.cpu / peer.cpu:5.2f}× check-jsonschema")
            per_file = (
                f"{1000 * ours.cpu / count:5.2f} ms per file (nhnorm), {1000 * bare.cpu / count:5.2f} (bare)"
            )
            print(f"{'':58} {per_file}")
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


def _median(runs: list[Run]) -> Run:
    """One Run of single runs: the median CPU and wall time, the largest peak memory."""
    return Run(
        runs[0].label,
        statistics.median(r.cpu for r in runs),
        max(r.rss for r in runs),
        statistics.median(r.wall for r in runs),
        max(r.exit for r in runs),
    )


def _fields(run: Run) -> tuple[float, float, float, int]:
    return run.cpu, run.rss, run.wall, run.exit


if __name__ == "__main__":
    main()
