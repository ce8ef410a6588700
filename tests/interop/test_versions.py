"""Norm identity and installed versions: `nhnorm norm --versions`, NHNORM_NORM_PATH."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nhnorm_cli.files.resources import NORM_PATH_ENV, norm_dir
from nhnorm_cli.versions.norms import available_versions, load_norm
from tests.conftest import Runner


def test_the_norm_has_a_family_beside_its_version() -> None:
    norm = load_norm("1.0")
    assert (norm.familie, norm.versie) == ("nhn-weerbare-overheid", "1.0")


def test_versions_lists_the_shipped_norm(nhnorm: Runner) -> None:
    listing = json.loads(nhnorm("norm", "--versions", "--format", "json").stdout)
    assert listing == {
        "versies": [
            {
                "versie": "1.0",
                "familie": "nhn-weerbare-overheid",
                "titel": "Noord-Hollandse Norm Weerbare Overheid",
                "normen": 47,
                "bron": None,
            }
        ],
        "mappings": [],
    }
    text = nhnorm("norm", "--versions").stdout
    assert "│ 1.0    │ nhn-weerbare-overheid │ 47     │ meegeleverd" in text
    assert text.rstrip().endswith("Geen mappings tussen versies.")
    english = nhnorm("norm", "--versions", "--lang", "en").stdout
    assert "┃ version ┃ family                ┃ norms ┃ source  ┃ title" in english


def test_versions_lists_an_added_norm_and_mapping(nhnorm: Runner, norm11: Path) -> None:
    listing = json.loads(nhnorm("norm", "--versions", "-f", "json").stdout)
    assert [(v["versie"], v["normen"], v["bron"]) for v in listing["versies"]] == [
        ("1.0", 47, None),
        ("1.1", 48, str(norm11 / "1.1.yaml")),
    ]
    assert listing["mappings"] == [
        {"van": "1.0", "naar": "1.1", "bron": str(norm11 / "mappings" / "1.0--1.1.yaml")}
    ]
    assert "1.0 → 1.1" in nhnorm("norm", "--versions", "--lang", "en").stdout
    # the newest installed version is what `norm` shows by default
    assert nhnorm("norm", "3.11").stdout.count("Wij toetsen ook de opvolging van 3.2.") == 1


def test_a_shipped_version_is_never_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "1.0.yaml").write_text("versie: vervalst\n", encoding="utf-8")
    (tmp_path / "notes.yaml").write_text("not a norm\n", encoding="utf-8")
    monkeypatch.setenv(NORM_PATH_ENV, str(tmp_path))
    assert available_versions() == ["1.0"]
    assert len(load_norm("1.0").requirements) == 47


def test_a_broken_added_norm_is_an_input_error(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "1.1.yaml").write_text("familie: nhn-weerbare-overheid\nversie: '1.1'\n", encoding="utf-8")
    monkeypatch.setenv(NORM_PATH_ENV, str(tmp_path))
    out = nhnorm("norm", "--versions", expect=1)
    assert out.stderr.startswith(
        f"{tmp_path / '1.1.yaml'}:1:1: fout NORM-ONGELDIG: normbestand is ongeldig: "
    )


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("--versions", "-f", "oscal"), "VERSIES-FORMAAT"),
        (("1.1", "--versions"), "VERSIES-FORMAAT"),
        (("1.1", "-f", "oscal"), "HELE-NORM"),
    ],
)
def test_usage_errors(nhnorm: Runner, args: tuple[str, ...], code: str) -> None:
    assert code in nhnorm("norm", *args, expect=2).stderr


def test_an_added_norm_whose_versie_differs_from_its_file_name_is_refused(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1.2.yaml saying versie "1.1" would be checked, exported (OSCAL, CISO Assistant) and named as
    1.1 while assessments ask for 1.2: an error at its versie, in both languages."""
    text = (norm_dir() / "1.0.yaml").read_text(encoding="utf-8").replace('versie: "1.0"', 'versie: "1.1"', 1)
    (tmp_path / "1.2.yaml").write_text(text, encoding="utf-8")
    line = 1 + text[: text.index('versie: "1.1"')].count("\n")
    monkeypatch.setenv(NORM_PATH_ENV, str(tmp_path))
    for args in (("norm", "--versions"), ("norm", "-f", "ciso-assistant"), ("schema",)):
        out = nhnorm(*args, expect=1)
        assert out.stderr == (
            f"{tmp_path / '1.2.yaml'}:{line}:9: fout NORM-VERSIE-BESTANDSNAAM: normbestand heet 1.2.yaml "
            'maar versie is "1.1"; maak ze gelijk\n'
        )
    english = nhnorm("--lang", "en", "norm", expect=1).stderr
    assert 'norm file is named 1.2.yaml but versie is "1.1"; make them match' in english


def _second_id(text: str) -> str:
    """The norm file with its second norm given the first norm's id."""
    return text.replace("- id: '1.2'", "- id: '1.1'", 1)


@pytest.mark.parametrize(
    ("change", "lang", "expected"),
    [
        (
            lambda text: text.replace("familie: nhn-weerbare-overheid", "familie: A B"),
            "nl",
            '1:10: fout NORM-FAMILIE: familie "A B" is geen geldige naam; schrijf kleine letters, cijfers '
            "en streepjes, bijv. nhn-weerbare-overheid",
        ),
        (
            lambda text: text.replace("familie: nhn-weerbare-overheid", "familie: A B"),
            "en",
            '1:10: fout NORM-FAMILIE: familie "A B" is not a valid name; write lower-case letters, digits '
            "and hyphens, e.g. nhn-weerbare-overheid",
        ),
        (
            _second_id,
            "nl",
            "ID: fout NORM-DUBBEL-ID: norm 1.1 staat twee keer in het normbestand; "
            "geef elke norm een eigen id",
        ),
        (
            _second_id,
            "en",
            "ID: fout NORM-DUBBEL-ID: norm 1.1 is in the norm file twice; give every norm its own id",
        ),
        (
            lambda text: "",
            "nl",
            "1:1: fout NORM-LEEG: normbestand is leeg; een toegevoegde norm heeft familie, versie, titel, "
            "oordelen en themas",
        ),
    ],
)
def test_an_invalid_added_norm_is_reported_in_the_readers_language(
    nhnorm: Runner, norm11: Path, change: object, lang: str, expected: str
) -> None:
    path = norm11 / "1.1.yaml"
    text = path.read_text(encoding="utf-8")
    changed = change(text)  # type: ignore[operator]
    path.write_text(changed, encoding="utf-8")
    if expected.startswith("ID:"):  # at the repeated id
        index = changed.index("- id: '1.1'", changed.index("- id: '1.1'") + 1) + len("- id: ")
        line = changed.count("\n", 0, index) + 1
        expected = f"{line}:{index - changed.rfind(chr(10), 0, index)}" + expected[2:]
    out = nhnorm("norm", "--versions", "--lang", lang, expect=1)
    assert out.stderr == f"{path}:{expected}\n"
