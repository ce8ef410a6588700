"""Diff renderers when the two years use different norm versions, and the regression line."""

from __future__ import annotations

import io

from rich.console import Console

from nhnorm_cli.render.diff_md import diff_markdown
from nhnorm_cli.render.diff_parts import regression_text
from nhnorm_cli.render.diff_text import print_diff
from nhnorm_cli.results.diff import diff_assessments, regression
from nhnorm_cli.versions.norms import load_norm
from tests.factories import make_assessment, make_norm

BASE = load_norm("1.0")
OLD_NORM = make_norm("1.0", {"1": ["1.1", "1.2"], "2": ["2.1"]}, BASE)
NEW_NORM = make_norm("1.1", {"1": ["1.1", "1.3"]}, BASE)
OLD = make_assessment({"1.1": "voldaan", "1.2": "deels", "2.1": "niet"}, jaar=2026)
NEW = make_assessment({"1.1": "deels", "1.3": "voldaan"}, jaar=2027, norm="1.1")
RESULT = diff_assessments(NEW_NORM, OLD, NEW, old_norm=OLD_NORM)
NOTE = (
    "Let op: 2026 is beoordeeld tegen norm 1.0 en 2027 tegen norm 1.1; "
    "normen en thema's zijn op id vergeleken."
)


def test_markdown_notes_the_versions_and_keeps_old_themes() -> None:
    lines = diff_markdown(RESULT, (NEW_NORM, OLD_NORM)).splitlines()
    assert lines[2] == f"> {NOTE}"
    # theme 1: (3 + 1) / 6 = 66.7 -> (1 + 3) / 6 = 66.7; theme 2 only in 1.0: 0 / 3 = 0.0
    assert "| 1 Thema 1 | 66,7 | 66,7 | 0,0 |" in lines
    assert "| 2 Thema 2 | 0,0 | – | – |" in lines
    assert "- ▼ **1.1** voldaan → deels: Norm 1.1." in lines
    assert "- − **1.2** deels → geen antwoord: Norm 1.2." in lines  # text from the old version


def test_text_notes_the_versions() -> None:
    out = io.StringIO()
    print_diff(Console(file=out, width=200, color_system=None), RESULT, (NEW_NORM, OLD_NORM))
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    assert lines[:3] == ["Gemeente Testdorp: 2026 → 2027", NOTE, "Totaalscore: 44,4 → 66,7 (+22,3)"]


def test_regression_text() -> None:
    found = regression(RESULT)
    assert found.worse == ["1.1"] and not found.total_down
    assert regression_text(found, RESULT) == "nhnorm: achteruitgang: 1 norm lager beoordeeld (1.1)"
    assert regression_text(found, RESULT, "en") == "nhnorm: regression: 1 norm(s) rated lower (1.1)"
