"""The personal-data detector on its own: what reading deduce's lists costs, and the scan of a
file's public texts, with and without names in them.

    python benchmarks/detector.py [-n 200] [--runs 5]

Generates N assessments (benchmarks/corpus.py) and runs in fresh processes (so nothing is cached):
- importing the detector, reading deduce's raw first names (the quick first look) and the whole
  lexicon (first names, surnames, interfixes, whitelist, places), each the median of --runs;
- `find_in_texts` over each file's public texts, in one process after a warm-up (the lists read),
  per file: as generated (no names), and with a name, phone number and e-mail address planted in
  every toelichting (every text then takes the full patterns).
The alternative, deduce's own pipeline (`Deduce()`), takes about 17 s to load (issue 20) and builds
its cache inside site-packages the first time; it is not run here.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import corpus

_LOAD = """
import time
import nhnorm_cli  # the package's own start (its version from the metadata) is every command's
t = time.process_time()
from nhnorm_cli.public import personaldata
a = time.process_time()
from nhnorm_cli.public.lexicon import first_name_words, lexicon
first_name_words()
b = time.process_time()
lexicon()
c = time.process_time()
print(a - t, b - a, c - b)
"""

_SCAN = """
import sys, time
from pathlib import Path
from nhnorm_cli.source.yamlsource import read_document
from nhnorm_cli.public.publictext import public_texts
from nhnorm_cli.public.personaldata import find_in_texts
from nhnorm_cli.public.lexicon import lexicon
plant = sys.argv[2] == "names"
texts = []
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    data = read_document(path).data
    found = [text for _, text in public_texts(data)]
    if plant:
        found = [f"Contact Kees de Boer, 06-12345678, k.deboer@zeedorp.nl. {text}" for text in found]
    texts.append(found)
lexicon()
find_in_texts(texts[0])
best = []
for _ in range(int(sys.argv[3])):
    t = time.process_time()
    hits = sum(len(find_in_texts(t_)) for t_ in texts)
    best.append((time.process_time() - t) / len(texts))
print(min(best), hits / len(texts))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nhnorm-personal-") as base:
        corpus.generate(Path(base), args.n)
        loads = [
            [float(x) for x in subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True,
                                              check=True).stdout.split()]
            for _ in range(args.runs)
        ]  # fmt: skip
        names = ("import the detector", "deduce's first names (quick look)", "the whole lexicon")
        for i, name in enumerate(names):
            print(f"{name:40s} {statistics.median(run[i] for run in loads) * 1000:6.1f} ms CPU")
        for plant in ("plain", "names"):
            out = subprocess.run(
                [sys.executable, "-c", _SCAN, str(Path(base) / "assessments"), plant, str(args.runs)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            label = "find_in_texts, a file " + ("as generated" if plant == "plain" else "with names planted")
            print(
                f"{label:40s} {float(out[0]) * 1000:6.2f} ms CPU  ({float(out[1]):.0f} texts with findings)"
            )


if __name__ == "__main__":
    main()
