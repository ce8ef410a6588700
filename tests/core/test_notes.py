"""The advisor's own comments between answers: found, told apart from nhnorm's, moved across versions."""

from __future__ import annotations

from nhnorm_cli.editing.notes import loose_comments
from nhnorm_cli.editing.scaffold import generated_lines
from nhnorm_cli.versions.norms import load_norm

NORM = load_norm("1.0")
TEXT = """\
antwoorden:

  # 1. Bewustwording & Organisatie

  # 1.1 Wij beleggen het eigenaarschap voor een weerbare organisatie bij de interne bestuurlijke
  #     driehoek.
  "1.1":
    oordeel: voldaan
    # binnen het antwoord: blijft bij het antwoord
    toelichting: Ja.
  # onder 1.1

  # 1.2 Wij besteden periodiek en structureel aandacht aan ondermijnende criminaliteit en
  #     ondermijning van de rechtsstaat.
  # boven 1.2
  "1.2":
    oordeel: deels
# aan het eind
"""


def test_own_comments_are_found_by_place_and_generated_ones_are_not() -> None:
    notes = loose_comments(TEXT, [NORM], generated_lines(NORM))
    assert notes.below == {"1.1": ["  # onder 1.1"], "1.2": ["# aan het eind"]}
    assert notes.above == {"1.2": ["  # boven 1.2"]}
    assert notes.end == []


def test_across_versions_a_comment_follows_its_norm_or_goes_to_the_end() -> None:
    moved = loose_comments(TEXT, [NORM], generated_lines(NORM)).moved({"1.1": "1.4"})
    assert moved.below == {"1.4": ["  # onder 1.1"]}
    assert moved.above == {}
    assert moved.end == ["  # boven 1.2", "# aan het eind"]
