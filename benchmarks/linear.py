"""One 5 MB file with 90,000 unknown keys: every problem located, the work linear in the input.

    python benchmarks/linear.py [--keys 90000] [--runs 3]

Runs `nhnorm validate` on it (text: the first 100 problems and a count; json: all 90,000) beside a
bare parse of the same bytes (PyYAML CSafeLoader, `pip install pyyaml`), and the same at a tenth of
the size: linear work takes ten times as long. Target (issue 9): under 5 s.
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
    parser.add_argument("--keys", type=int, default=90_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="nhnorm-linear-"))
    print(machine())
    try:
        start_up = measure("nhnorm --version", [NHNORM, "--version"], folder, args.runs)
        print(start_up.line())
        results = {}
        for keys in (args.keys // 10, args.keys):
            path = corpus.unknown_keys(folder / str(keys) / "2025.yaml", keys)
            print(f"\n{keys} unknown keys, {path.stat().st_size / 1e6:.1f} MB")
            bare_command = [sys.executable, "-c", BARE, str(path)]
            bare = measure("bare parse (PyYAML CSafeLoader)", bare_command, folder, args.runs)
            print(bare.line())
            text = measure("nhnorm validate (text)", [NHNORM, "validate", str(path)], folder, args.runs)
            print(text.line(bare))
            json_command = [NHNORM, "validate", "-f", "json", str(path)]
            json = measure("nhnorm validate --format json", json_command, folder, args.runs)
            print(json.line(bare))
            results[keys] = json.cpu
        small, large = (results[k] - start_up.cpu for k in (args.keys // 10, args.keys))
        print(f"\n10x the keys: {large / small:.1f}x the CPU time (json, start-up subtracted)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
