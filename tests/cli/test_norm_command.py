"""`nhnorm norm`: browsing the norm (overview, a theme, a norm, JSON) and its usage errors."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Runner


def test_overview_lists_every_theme_and_norm(nhnorm: Runner) -> None:
    out = nhnorm("norm").stdout
    assert "Noord-Hollandse Norm Weerbare Overheid 1.0" in out
    ids = [line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│ ")]
    ids = [i for i in ids if i]
    assert ids[:3] == ["1", "1.1", "1.2"] and ids[-1] == "6.2"
    assert len([i for i in ids if "." in i]) == 47 and len([i for i in ids if "." not in i]) == 6


def test_a_theme_shows_its_introduction_and_norms(nhnorm: Runner) -> None:
    out = nhnorm("norm", "3").stdout
    assert out.startswith("3. Veilige Publieke Taak\n")
    assert "3.1" in out and "3.10" in out and "4.1" not in out


def test_a_norm_shows_text_explanation_and_onderdelen(nhnorm: Runner) -> None:
    out = nhnorm("norm", "2.7").stdout
    assert "2.7 · 2. Integriteit & Veilige Werkomgeving" in out and "Toelichting" in out


@pytest.mark.parametrize(
    ("item", "component", "label"),
    [("1.5", "1.5.e  Woningcorporaties", "(voorbeeld / niet verplicht)"),
     ("5.5", "5.5.g  Subsidiebesluit", "(kan-bepaling / niet verplicht)")],
)  # fmt: skip
def test_why_an_onderdeel_is_not_required_comes_from_the_norm(
    nhnorm: Runner, item: str, component: str, label: str
) -> None:
    out = nhnorm("norm", item).stdout
    [line] = [ln for ln in out.splitlines() if component in ln]
    assert label in line


def test_only_5_5_f_to_i_are_kan_bepalingen(nhnorm: Runner) -> None:
    norm = json.loads(nhnorm("norm", "--format", "json").stdout)
    components = [c for t in norm["themas"] for r in t["normen"] for c in r["onderdelen"]]
    by_aard = {
        aard: [c["id"] for c in components if c["aard"] == aard] for aard in ("kan-bepaling", "voorbeeld")
    }
    assert by_aard == {
        "kan-bepaling": ["5.5.f", "5.5.g", "5.5.h", "5.5.i"],
        "voorbeeld": ["1.5.a", "1.5.b", "1.5.c", "1.5.d", "1.5.e"],
    }
    assert all(c["verplicht"] == (c["aard"] is None) for c in components)


def test_json_of_one_norm(nhnorm: Runner) -> None:
    data = json.loads(nhnorm("norm", "5.5", "--format", "json").stdout)
    assert data["id"] == "5.5" and data["groep"] == "Wet Bibob" and len(data["onderdelen"]) == 9


@pytest.mark.parametrize("item", ["7.1", "1.99", "x", "0"])
def test_an_unknown_id_is_a_usage_error(nhnorm: Runner, item: str) -> None:
    result = nhnorm("norm", item, expect=2)
    assert result.stdout == ""
    assert result.stderr.startswith(f'nhnorm: fout ONBEKENDE-NORM: norm "{item}" bestaat niet in norm 1.0')


def test_an_unknown_version_is_a_usage_error(nhnorm: Runner) -> None:
    result = nhnorm("norm", "--norm", "9.9", expect=2)
    assert result.stderr.startswith("nhnorm: fout ONBEKENDE-NORMVERSIE: ")
    assert "1.0" in result.stderr


def test_a_repeating_norm_says_how_often_in_the_language_of_the_run(nhnorm: Runner) -> None:
    assert "Herhaling: jaarlijks" in nhnorm("norm", "1.5").stdout
    english = nhnorm("--lang", "en", "norm", "1.5").stdout
    assert "Repetition: jaarlijks" in english and "Herhaling" not in english
