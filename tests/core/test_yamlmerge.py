"""Merging imported data into an existing assessment keeps what people wrote around it."""

from __future__ import annotations

from datetime import date

from nhnorm_cli.editing.yamlmerge import fresh_yaml, merged_yaml

EXISTING = """\
# kop: blijft staan
norm: "1.0"
antwoorden:
  "1.1":
    oordeel: voldaan  # besproken in de driehoek
    vertrouwelijk: false
    acties:
      - omschrijving: A
        afgerond: false
  # thema 3
  "3.1":
    oordeel: niet
    toelichting: weg ermee
"""


def test_only_differences_change() -> None:
    new = {
        "norm": "1.0",
        "antwoorden": {
            "1.1": {"oordeel": "deels", "acties": [{"omschrijving": "A"}]},
            "2.1": {"oordeel": "nvt", "toelichting": "regel een\nregel twee"},
            "3.1": {"oordeel": "niet"},
        },
    }
    assert merged_yaml(EXISTING, new) == (
        "# kop: blijft staan\n"
        'norm: "1.0"\n'
        "antwoorden:\n"
        '  "1.1":\n'
        "    oordeel: deels    # besproken in de driehoek\n"  # the comment keeps its column
        "    vertrouwelijk: false\n"
        "    acties:\n"
        "      - omschrijving: A\n"
        "        afgerond: false\n"
        # ruamel stores a comment line with the node before it, so a new answer lands below it
        "  # thema 3\n"
        '  "2.1":\n'
        "    oordeel: nvt\n"
        "    toelichting: |-\n"
        "      regel een\n"
        "      regel twee\n"
        '  "3.1":\n'
        "    oordeel: niet\n"
    )


def test_unchanged_data_gives_the_same_text() -> None:
    same = {
        "norm": "1.0",
        "antwoorden": {
            "1.1": {"oordeel": "voldaan", "acties": [{"omschrijving": "A", "afgerond": False}]},
            "3.1": {"oordeel": "niet", "toelichting": "weg ermee"},
        },
    }
    assert merged_yaml(EXISTING, same) == EXISTING


def test_fresh_file_quotes_ids_and_version() -> None:
    text = fresh_yaml(
        {"norm": "1.0", "jaar": 2026, "peildatum": date(2026, 3, 1), "antwoorden": {"1.10": {}}}
    )
    assert text == 'norm: "1.0"\njaar: 2026\npeildatum: 2026-03-01\nantwoorden:\n  "1.10": {}\n'
