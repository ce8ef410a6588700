"""A path named on the command line that cannot be used says what it is; messages name the year
the user asked for and how to overwrite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import Runner


@pytest.fixture
def fifo(repo: Path) -> Path:
    path = repo / "pijp.yaml"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "pijp.yaml"],
        ["score", "pijp.yaml"],
        ["import", "pijp.yaml"],
        ["diff", "pijp.yaml", "assessments/zeedorp/2026.yaml"],
        ["set", "--file", "pijp.yaml", "1.1", "voldaan"],
    ],
)
def test_a_fifo_is_named_as_a_fifo(nhnorm: Runner, fifo: Path, args: list[str]) -> None:
    result = nhnorm(*args, expect=2)
    assert result.stderr.splitlines() == [
        "nhnorm: fout GEEN-GEWOON-BESTAND: pijp.yaml is geen gewoon bestand maar een named pipe (FIFO); "
        "nhnorm leest alleen gewone bestanden"
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["import", "assessments"],
        ["diff", "assessments", "assessments/zeedorp/2026.yaml"],
        ["set", "--file", "assessments", "1.1", "voldaan"],
    ],
)
def test_a_folder_where_a_file_is_needed_is_named_as_a_folder(
    nhnorm: Runner, repo: Path, args: list[str]
) -> None:
    assert nhnorm(*args, expect=2).stderr.splitlines() == [
        "nhnorm: fout IS-MAP: assessments is een map; geef een bestandsnaam"
    ]


def test_a_file_where_a_folder_is_needed(nhnorm: Runner, repo: Path) -> None:
    err = nhnorm("report", "--year", "2026", "--templates", "assessments/zeedorp/2026.yaml", expect=2).stderr
    assert err == "nhnorm: fout GEEN-MAP: assessments/zeedorp/2026.yaml is een bestand; geef een map\n"


def test_a_dangling_link_names_its_target(nhnorm: Runner, repo: Path) -> None:
    (repo / "link.yaml").symlink_to("nergens.yaml")
    assert nhnorm("validate", "link.yaml", expect=2).stderr == (
        "nhnorm: fout VERWIJZING-NAAR-NIETS: link.yaml is een symbolische koppeling naar nergens.yaml, "
        "en dat bestaat niet\n"
    )


def test_a_missing_path_still_does_not_exist(nhnorm: Runner, repo: Path) -> None:
    assert (
        nhnorm("validate", "weg.yaml", expect=2).stderr
        == "nhnorm: fout PAD-BESTAAT-NIET: weg.yaml bestaat niet\n"
    )


def test_overview_names_only_the_year_asked_for(nhnorm: Runner, repo: Path) -> None:
    assert nhnorm("overview", "--year", "1900", expect=2).stderr == (
        "nhnorm: fout GEEN-SELECTIE: geen zelfevaluatie gevonden voor --year 1900\n"
    )


def test_bestaat_al_says_how_to_overwrite(nhnorm: Runner, repo: Path) -> None:
    (repo / "rapport.md").write_text("eigen tekst", encoding="utf-8")
    assert nhnorm("report", "--year", "2026", "-o", "rapport.md", expect=2).stderr == (
        "nhnorm: fout BESTAAT-AL: rapport.md bestaat al; nhnorm overschrijft een bestaand bestand alleen met "
        "--force\n"
    )


def test_init_onto_an_existing_year_says_what_to_do_instead(nhnorm: Runner, repo: Path) -> None:
    err = nhnorm("init", "--year", "2026", "--org", "zeedorp", expect=2).stderr
    assert err == (
        "nhnorm: fout JAAR-BESTAAT-AL: assessments/zeedorp/2026.yaml bestaat al; init overschrijft nooit een "
        "zelfevaluatie: werk die bij met nhnorm set of nhnorm fill, of kies een ander --year\n"
    )
