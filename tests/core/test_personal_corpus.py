"""The name detector measured on a labelled corpus (personal_corpus.py): recall on persons and
precision of its findings, both at least 0.95; the norm's own texts and the bundled example give
no finding at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from nhnorm_cli.public.personaldata import Finding, find_personal_data
from nhnorm_cli.public.publictext import public_texts
from nhnorm_cli.source.yamlsource import read_document
from nhnorm_cli.versions.norms import available_versions, load_norm
from tests.core.personal_corpus import NOT_PERSONS, PERSONS

ROOT = Path(__file__).resolve().parents[2]


def _covers(finding: Finding, start: int, end: int) -> bool:
    return finding.start <= start and end <= finding.end


def _scores() -> tuple[float, float, list[str]]:
    found_persons = missed = false = 0
    notes: list[str] = []
    for sentence, persons in PERSONS:
        findings = find_personal_data(sentence)
        spans = [(sentence.index(p), sentence.index(p) + len(p)) for p in persons]
        for person, (start, end) in zip(persons, spans, strict=True):
            if any(_covers(f, start, end) for f in findings):
                found_persons += 1
            else:
                missed += 1
                notes.append(f"missed {person!r} in {sentence!r}")
        for f in findings:
            if not any(_covers(f, start, end) for start, end in spans):
                false += 1
                notes.append(f"false {sentence[f.start : f.end]!r} in {sentence!r}")
    for sentence in NOT_PERSONS:
        for f in find_personal_data(sentence):
            false += 1
            notes.append(f"false {sentence[f.start : f.end]!r} in {sentence!r}")
    recall = found_persons / (found_persons + missed)
    precision = found_persons / (found_persons + false)
    return recall, precision, notes


def test_the_corpus_is_large_and_labelled_both_ways() -> None:
    assert len(PERSONS) + len(NOT_PERSONS) >= 200
    assert len(PERSONS) >= 100 and len(NOT_PERSONS) >= 100
    for sentence, persons in PERSONS:
        assert persons and all(p in sentence for p in persons), sentence


def test_recall_and_precision_on_the_corpus() -> None:
    recall, precision, notes = _scores()
    assert recall >= 0.95, notes
    assert precision >= 0.95, notes


@pytest.mark.parametrize("version", available_versions())
def test_the_norm_texts_hold_no_personal_data(version: str) -> None:
    norm = load_norm(version)
    texts = [t for r in norm.requirements for t in (r.tekst, r.toelichting or "")]
    texts += [c.tekst for r in norm.requirements for c in r.onderdelen]
    texts += [item for r in norm.requirements for c in r.onderdelen for item in c.items]
    assert len(norm.requirements) == 47
    found = {text[f.start : f.end]: text for text in texts for f in find_personal_data(text)}
    assert found == {}


@pytest.mark.parametrize("path", sorted((ROOT / "assessments").rglob("*.yaml")), ids=lambda p: p.name)
def test_the_bundled_example_holds_no_personal_data(path: Path) -> None:
    data = read_document(path).data
    texts = [text for _, text in public_texts(data)]
    assert len(texts) > 20
    found = {text[f.start : f.end]: text for text in texts for f in find_personal_data(text)}
    assert found == {}
