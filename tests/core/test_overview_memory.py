"""The overview keeps per file only what its figures read, and shares what files have in common
(issue 26: memory flat in the number of files)."""

from __future__ import annotations

from pathlib import Path

from nhnorm_cli.results.scoring import score_assessment
from nhnorm_cli.select.assessments import select, select_years
from tests.core.test_selection_by_path import region as region  # the fixture


def test_equal_answers_are_one_object(region: Path) -> None:
    selection = select_years([], (2024, 2025, 2026))
    items = [item for year in selection.years.values() for item in year]
    answers = [(key, a) for item in items for key, a in item.assessment.antwoorden.items()]
    assert len(items) == 10 and len(answers) > 300
    distinct = {(a.oordeel, a.vertrouwelijk, tuple((a.onderdelen or {}).items())) for _, a in answers}
    assert len({id(a) for _, a in answers}) == len(distinct)
    assert len({id(key) for key, _ in answers}) == len({key for key, _ in answers})  # one str per id
    for item in items:  # and the figures are those of the whole file
        whole = select([], year=item.assessment.jaar, org=item.slug)[0]
        assert score_assessment(item.norm, item.assessment) == score_assessment(whole.norm, whole.assessment)
        kept = {
            key: (a.oordeel, a.onderdelen, a.vertrouwelijk) for key, a in item.assessment.antwoorden.items()
        }
        assert kept == {
            key: (a.oordeel, a.onderdelen, a.vertrouwelijk) for key, a in whole.assessment.antwoorden.items()
        }
