"""The benchmark generator (benchmarks/corpus.py) writes what the benchmarks say they measure:
valid assessments with only the warnings it means them to have, a register that matches the files,
80% vastgesteld / 15% concept / 5% missing, and the same bytes on every run."""

from __future__ import annotations

import json
import statistics
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import Runner

# appended, not prepended: the other scripts there (validate.py, region.py) must shadow nothing
sys.path.append(str(Path(__file__).resolve().parent.parent / "benchmarks"))
import corpus

# the warnings the generator writes on purpose (see corpus.assessment); anything else is a defect
MEANT = {"GEEN-ACTIE", "ONDERDEEL-ONVOLDAAN"}
AFTER_2027 = "ACTIE-NA-2027"  # every open action in a file after 2027 is due after 2027


def _codes(nhnorm: Runner, *paths: str) -> dict[str, Counter[str]]:
    """Per file validate checked, the codes of its problems; validate must exit 0."""
    files = json.loads(nhnorm("validate", "--format", "json", *paths).stdout)["bestanden"]
    return {f["pad"]: Counter(m["code"] for m in f["meldingen"]) for f in files}


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))}


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_region_is_valid_and_its_register_matches_the_files(nhnorm: Runner, here: Path) -> None:
    region = corpus.region(here, organisations=8, years=range(2027, 2029))
    assert region.register == here / "organisaties.yaml"
    codes = _codes(nhnorm, "assessments", "organisaties.yaml")  # exit 0: no errors anywhere

    assert codes.pop("organisaties.yaml") == Counter()
    assert sorted(codes) == sorted(p.relative_to(here).as_posix() for p in region.all_files)
    for path, found in codes.items():
        meant = MEANT | {AFTER_2027} if path.endswith("2028.yaml") else MEANT
        assert set(found) <= meant, path
    assert set().union(*codes.values()) == MEANT | {AFTER_2027}
    in_2027 = [sum(c.values()) for p, c in codes.items() if p.endswith("2027.yaml")]
    assert 2 <= statistics.mean(in_2027) <= 12  # a few warnings a file, as realistic files have

    # intake finds each organisation's file through the register, with the status it was given
    rows = json.loads(nhnorm("intake", "--year", "2028", "--format", "json").stdout)["organisaties"]
    organisations = map(corpus.Organisation, range(8))
    assert [(r["code"], r["naam"], r["riec"], r["status"]) for r in rows] == [
        (o.code, o.naam, o.riec, corpus.status(o.index, 2028) or "ontbreekt") for o in organisations
    ]
    for row in rows:
        if row["bestand"]:
            assert f"  code: {row['code']}\n  riec: {row['riec']}\n" in Path(row["bestand"]).read_text(
                "utf-8"
            )


def test_validate_corpus_is_valid_realistic_and_ends_in_2027(nhnorm: Runner, here: Path) -> None:
    paths = corpus.generate(here, 9)
    assert [p.relative_to(here).parts[1:] for p in paths[5:8]] == [
        ("gemeente-zeedorp-000", "2027.yaml"),
        ("gemeente-duinwijk-001", "2022.yaml"),
        ("gemeente-duinwijk-001", "2023.yaml"),
    ]  # six years per organisation
    codes = _codes(nhnorm, "assessments")
    assert len(codes) == 9
    # nine files may or may not draw an ONDERDEEL-ONVOLDAAN (one in 31 parts of a voldaan answer);
    # the region test above, over many more files, sees both
    found = set().union(*codes.values())
    assert "GEEN-ACTIE" in found and found <= MEANT
    texts = [p.read_text("utf-8") for p in paths]
    # comments with `&`, as real files have: nhnorm's reader must look at each one
    assert all(
        sum(line.lstrip().startswith("#") and "&" in line for line in t.splitlines()) >= 6 for t in texts
    )
    assert 24_000 <= statistics.mean(map(len, texts)) <= 34_000
    assert {t.count('\n  "') for t in texts if "status: vastgesteld" in t} == {47}  # every norm answered


def test_status_mix_over_a_full_region() -> None:
    mix = Counter(corpus.status(i, y) for i in range(342) for y in range(2024, 2029))
    shares = {status: count / mix.total() for status, count in mix.items()}
    assert shares == pytest.approx({"vastgesteld": 0.80, "concept": 0.15, None: 0.05}, abs=0.01)
    assert None not in {corpus.status(i, 2026, missing=False) for i in range(342)}


def test_generation_is_deterministic_and_a_file_does_not_depend_on_its_neighbours(tmp_path: Path) -> None:
    first, second, smaller, a, b = (tmp_path / name for name in ("first", "second", "smaller", "a", "b"))
    corpus.region(first, organisations=3, years=range(2025, 2027))
    corpus.region(second, organisations=3, years=range(2025, 2027))
    region = _tree(first)
    assert region == _tree(second)
    assert "organisaties.yaml" in region

    corpus.region(smaller, organisations=2, years=range(2026, 2027), register=False, missing=False)
    alone = _tree(smaller)
    assert sorted(alone) == [
        "assessments/gemeente-duinwijk-001/2026.yaml",
        "assessments/gemeente-zeedorp-000/2026.yaml",
    ]
    shared = [name for name in alone if name in region]
    assert shared and all(alone[name] == region[name] for name in shared)

    corpus.generate(a, 7)
    corpus.generate(b, 7)
    assert _tree(a) == _tree(b)
