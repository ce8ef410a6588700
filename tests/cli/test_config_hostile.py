"""A hostile nhnorm.toml: deep nesting is a usage error at its position, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Runner

CASES = {
    "arrays": ("y = " + "[" * 100_000 + "]" * 100_000, "4:37"),
    "inline-tables": ("y = " + "{a=" * 5_000 + "}" * 5_000, "4:101"),
    "unclosed": ("y = " + "[" * 50_000, "4:37"),
}


@pytest.mark.parametrize("name", CASES)
def test_deep_nesting_is_a_usage_error_at_its_position(nhnorm: Runner, repo: Path, name: str) -> None:
    value, where = CASES[name]
    # brackets inside strings and comments do not count
    brackets = "[" * 40
    text = f'[nhnorm]\ntaal = "nl" # {brackets}\nx = """{brackets}"""\n{value}\n'
    (repo / "nhnorm.toml").write_text(text, encoding="utf-8")
    result = nhnorm("validate", expect=2)
    assert result.stderr.splitlines() == [
        f"nhnorm.toml:{where}: fout CONFIG-TE-DIEP: lijsten of tabellen zijn hier meer dan 32 niveaus diep "
        "genest; nhnorm.toml heeft er hoogstens 3 nodig"
    ]


def test_ordinary_nesting_still_loads(nhnorm: Runner, repo: Path) -> None:
    (repo / "nhnorm.toml").write_text('[nhnorm]\ntaal = "en"  # [[ not a list\n', encoding="utf-8")
    assert "2 files checked: 0 errors" in nhnorm("validate").stdout  # English: the setting was read
