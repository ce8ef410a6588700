"""diff per SPEC §5: every richting, norm order, exact JSON, other norm versions, regressions."""

from __future__ import annotations

import pytest

from nhnorm_cli.models.norm import Norm
from nhnorm_cli.results.diff import diff_assessments, direction, regression
from nhnorm_cli.versions.norms import load_norm
from tests.factories import make_assessment, make_norm


@pytest.fixture(scope="module")
def norm() -> Norm:
    return load_norm("1.0")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("deels", "voldaan", "beter"),
        ("niet", "deels", "beter"),
        ("voldaan", "grotendeels", "slechter"),
        ("deels", "niet", "slechter"),
        (None, "niet", "nieuw"),
        ("nvt", "deels", "nieuw"),
        ("voldaan", None, "vervallen"),
        ("niet", "nvt", "vervallen"),
        (None, "nvt", "gelijk"),
        ("nvt", None, "gelijk"),
        ("deels", "deels", "gelijk"),
    ],
)
def test_direction(norm: Norm, old: str | None, new: str | None, expected: str) -> None:
    assert direction(norm, old, new) == expected


def test_every_change_listed_in_norm_order(norm: Norm) -> None:
    old = {"1.1": "deels", "1.2": "voldaan", "1.4": "nvt", "1.5": "voldaan", "2.1": "deels"}
    old |= {"2.3": "nvt", "2.4": "voldaan", "2.9": "niet", "2.10": "niet"}
    new = {"1.1": "voldaan", "1.2": "niet", "1.3": "deels", "1.4": "voldaan", "2.1": "nvt"}
    new |= {"2.2": "nvt", "2.4": "voldaan", "2.9": "deels", "2.10": "grotendeels"}
    result = diff_assessments(norm, make_assessment(old), make_assessment(new))
    assert [(c.id, c.van, c.naar, c.richting) for c in result.wijzigingen] == [
        ("1.1", "deels", "voldaan", "beter"),
        ("1.2", "voldaan", "niet", "slechter"),
        ("1.3", None, "deels", "nieuw"),
        ("1.4", "nvt", "voldaan", "nieuw"),
        ("1.5", "voldaan", None, "vervallen"),
        ("2.1", "deels", "nvt", "vervallen"),
        ("2.2", None, "nvt", "gelijk"),
        ("2.3", "nvt", None, "gelijk"),
        ("2.9", "niet", "deels", "beter"),
        ("2.10", "niet", "grotendeels", "beter"),  # after 2.9, not after 2.1
    ]


def test_json_exact(norm: Norm) -> None:
    old = make_assessment({"1.1": "deels", "1.2": "voldaan", "6.1": "niet"}, jaar=2024)
    new = make_assessment({"1.1": "voldaan", "1.2": "voldaan", "6.1": "niet", "6.2": "deels"}, jaar=2025)
    # old: theme 1 (1 + 3) / 6 = 66.7, theme 6 0 / 3 = 0.0, total 4 / 9 = 44.4
    # new: theme 1 6 / 6 = 100.0, theme 6 1 / 6 = 16.7, total 7 / 12 = 58.3
    assert diff_assessments(norm, old, new).model_dump(mode="json") == {
        "van": {"organisatie": "Gemeente Testdorp", "jaar": 2024, "norm": "1.0"},
        "naar": {"organisatie": "Gemeente Testdorp", "jaar": 2025, "norm": "1.0"},
        "totaal": {"van": 44.4, "naar": 58.3, "verschil": 13.9},
        "themas": [
            {"id": "1", "van": 66.7, "naar": 100.0, "verschil": 33.3},
            {"id": "2", "van": None, "naar": None, "verschil": None},
            {"id": "3", "van": None, "naar": None, "verschil": None},
            {"id": "4", "van": None, "naar": None, "verschil": None},
            {"id": "5", "van": None, "naar": None, "verschil": None},
            {"id": "6", "van": 0.0, "naar": 16.7, "verschil": 16.7},
        ],
        "wijzigingen": [
            {"id": "1.1", "van": "deels", "naar": "voldaan", "richting": "beter"},
            {"id": "6.2", "van": None, "naar": "deels", "richting": "nieuw"},
        ],
        "acties": {"toegevoegd": [], "afgerond": [], "verlopen": [], "vervallen": []},
        "toelichtingen": [{"id": "6.2", "van": None, "naar": "Zie het jaarplan."}],
    }


def test_difference_has_no_float_noise(norm: Norm) -> None:
    # 33.3 -> 66.7 is 33.4; plain float subtraction gives 33.400000000000006.
    old = make_assessment({"3.1": "voldaan", "3.2": "niet", "3.3": "niet"})
    new = make_assessment({"3.1": "voldaan", "3.2": "voldaan", "3.3": "niet"})
    result = diff_assessments(norm, old, new)
    assert (result.themas[2].van, result.themas[2].naar, result.themas[2].verschil) == (33.3, 66.7, 33.4)


def test_other_norm_version_compares_by_id(norm: Norm) -> None:
    old_norm = make_norm("1.0", {"1": ["1.1", "1.2"], "2": ["2.1"]}, norm)
    new_norm = make_norm("1.1", {"1": ["1.1", "1.3"], "3": ["3.1"]}, norm)
    old = make_assessment({"1.1": "niet", "1.2": "voldaan", "2.1": "deels"})
    new = make_assessment({"1.1": "deels", "1.3": "voldaan", "3.1": "niet"}, norm="1.1")
    result = diff_assessments(new_norm, old, new, old_norm=old_norm)
    assert (result.van.norm, result.naar.norm) == ("1.0", "1.1")
    assert [(t.id, t.van, t.naar) for t in result.themas] == [
        ("1", 50.0, 66.7),
        ("3", None, 0.0),
        ("2", 33.3, None),
    ]
    assert [(c.id, c.richting) for c in result.wijzigingen] == [
        ("1.1", "beter"),
        ("1.3", "nieuw"),
        ("3.1", "nieuw"),
        ("1.2", "vervallen"),
        ("2.1", "vervallen"),
    ]


def test_regression(norm: Norm) -> None:
    base = {"1.1": "voldaan", "1.2": "deels"}
    worse = diff_assessments(norm, make_assessment(base), make_assessment(base | {"1.1": "grotendeels"}))
    assert regression(worse).worse == ["1.1"] and regression(worse).total_down
    better = diff_assessments(norm, make_assessment(base), make_assessment(base | {"1.2": "voldaan"}))
    assert not regression(better)
    # Only a new low answer: no norm is worse, but the total drops from 66.7 to 44.4.
    lower = diff_assessments(norm, make_assessment(base), make_assessment(base | {"1.3": "niet"}))
    found = regression(lower)
    assert (found.worse, found.total_down, bool(found)) == ([], True, True)
    # One norm worse while the total rises: still a regression.
    mixed = {"1.1": "grotendeels", "1.2": "voldaan", "1.3": "voldaan"}
    up = diff_assessments(norm, make_assessment(base), make_assessment(mixed))
    assert up.totaal.verschil is not None and up.totaal.verschil > 0
    assert regression(up).worse == ["1.1"]
