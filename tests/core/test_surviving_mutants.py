"""Tests for mutants that survived the suite (issue 25): each names the change it would notice."""

from __future__ import annotations

from pathlib import Path

import pytest

from nhnorm_cli.public.personaldata import find_personal_data, redact
from nhnorm_cli.region.figures import mean, percentage
from nhnorm_cli.source.controlchars import visible
from tests.conftest import Runner


def test_a_0800_number_long_enough_to_be_a_phone_number_is_a_service_number() -> None:
    """The phone pattern matches "0800-123456"; only the service-number check keeps it public."""
    assert find_personal_data("Bel gratis 0800-123456 of 0800 123 456.") == []
    assert [f.kind for f in find_personal_data("Bel 020-1234567.")] == ["telefoon"]


def test_a_name_glued_to_an_e_mail_address_is_removed_whole() -> None:
    """Overlapping findings (a name, an e-mail address) are merged: nothing of either is left."""
    assert redact("Mail P. Jansen@zeedorp.nl") == (
        "Mail [verwijderd]",
        [f for f in find_personal_data("Mail P. Jansen@zeedorp.nl")],
    )
    assert "zeedorp" not in redact("Mail P. Jansen@zeedorp.nl")[0]


@pytest.mark.parametrize("case", ["Z/25/0123456789", "Zaak Z-2024-00311", "kenmerk 2025/0123456789"])
def test_a_case_number_is_not_a_phone_number(case: str) -> None:
    assert find_personal_data(f"Zie {case}.") == []


def test_percentage_rounds_half_up_at_a_tie() -> None:
    assert percentage(1, 16) == 6.3  # 6.25: half up, not to even (6.2)
    assert percentage(1, 8) == 12.5 and percentage(0, 0) is None


def test_the_regional_mean_skips_organisations_without_a_score() -> None:
    assert mean([None, 50.0, None, 70.0]) == 60.0
    assert mean([None, None]) is None


@pytest.mark.parametrize("char", [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))])
def test_every_bidi_override_is_written_out(char: str) -> None:
    """Trojan Source: text that reads differently from what it is, on a terminal or in CI."""
    shown = visible(f"a{char}b")
    assert char not in shown and shown == f"a\\u{ord(char):04x}b"


def test_switching_off_negeer_onbekend_in_nhnorm_toml(repo: Path, nhnorm: Runner) -> None:
    """A mutant there made validate exit 3 with a KeyError."""
    target = repo / "assessments" / "zeedorp" / "2026.yaml"
    text = target.read_text(encoding="utf-8")
    marked = text.replace('  "1.1":\n', '  "1.1":  # nhnorm: negeer BESTAAT-NIET\n', 1)
    target.write_text(marked, encoding="utf-8")
    assert "NEGEER-ONBEKEND" in nhnorm("validate", expect=None).stdout
    (repo / "nhnorm.toml").write_text('[nhnorm.regels]\nuit = ["NEGEER-ONBEKEND"]\n', encoding="utf-8")
    result = nhnorm("validate", expect=None)
    assert result.exit_code in (0, 1) and "NEGEER-ONBEKEND" not in result.stdout + result.stderr
