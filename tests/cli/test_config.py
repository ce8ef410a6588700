"""nhnorm.toml: optional defaults for every command's options; mistakes reported with positions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, Runner


@pytest.fixture
def configured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    shutil.copytree(EXAMPLES, root / "data" / "assessments")
    (root / "docs").mkdir()
    monkeypatch.chdir(root / "docs")  # found by walking up from a subfolder
    return root


def write(root: Path, body: str) -> None:
    (root / "nhnorm.toml").write_text(body, encoding="utf-8")


def test_settings_become_option_defaults(nhnorm: Runner, configured: Path) -> None:
    write(
        configured,
        '[nhnorm]\ntaal = "en"\nassessments = "data/assessments"\norganisatie = "zeedorp"\n'
        '[nhnorm.regels]\nuit = ["ACTIE-VERLOPEN"]\n',  # the example's one warning
    )
    assert nhnorm("validate").stdout.strip() == "2 files checked: 0 errors, 0 warnings"
    # --org and the assessments folder reach init without it knowing about the file
    out = nhnorm("init", "--year", "2027", "--from", "2026")
    assert out.stdout.startswith("../data/assessments/zeedorp/2027.yaml created (")
    assert (configured / "data" / "assessments" / "zeedorp" / "2027.yaml").is_file()


def test_command_line_and_environment_win(
    nhnorm: Runner, configured: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(configured, '[nhnorm]\ntaal = "en"\nassessments = "data/assessments"\n')
    assert "gecontroleerd" in nhnorm("validate", "--lang", "nl").stdout
    monkeypatch.setenv("NHNORM_LANG", "nl")
    assert "gecontroleerd" in nhnorm("validate").stdout


def test_stops_at_the_git_root(nhnorm: Runner, configured: Path) -> None:
    write(configured.parent, '[nhnorm]\ntaal = "en"\n')  # outside the repository: ignored
    result = nhnorm("validate", "../data/assessments")
    assert "gecontroleerd" in result.stdout


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '[nhnorm]\ntaal = "fr"\n',
            'nhnorm.toml:2:1: fout CONFIG-WAARDE: instelling "taal" heeft ongeldige waarde fr',
        ),
        ("[nhnorm]\n  organisatie = 3\n", 'nhnorm.toml:2:3: fout CONFIG-TYPE: instelling "organisatie"'),
        ('[nhnorm]\nkleur = "rood"\n', 'nhnorm.toml:2:1: fout CONFIG-ONBEKEND: onbekende instelling "kleur"'),
        ("[nhnorm\n", "nhnorm.toml:1:8: fout CONFIG-SYNTAX: ongeldige TOML"),
        (
            "nhnorm = 1\n",
            'nhnorm.toml:1:1: fout CONFIG-TABEL: instelling "nhnorm" moet een tabel zijn: schrijf [nhnorm] '
            "met de instellingen eronder\n",
        ),
        (
            "[nhnorm.regels]\nuit = [1, 2]\n",
            'nhnorm.toml:2:1: fout CONFIG-REGELS-VORM: instelling "uit" in [nhnorm.regels] moet een lijst '
            'van codes zijn, bijv. uit = ["GEEN-ACTIE"]\n',
        ),
        (
            '[nhnorm.regels]\nuit = ["GEEN-ACTIE",\n  "\\u001b[2J"]\n',
            'nhnorm.toml:3:3: fout CONFIG-REGEL-ONBEKEND: uit: regel "\\e[2J" bestaat niet',
        ),
    ],
)
def test_mistakes_exit_2_with_position(
    nhnorm: Runner, configured: Path, body: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(configured, body)
    monkeypatch.chdir(configured)
    result = nhnorm("validate", expect=2)
    assert result.stderr.startswith(expected)
    if expected.endswith("\n"):  # the whole message: one mistake, one line
        assert result.stderr == expected


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "[nhnorm]\ntaal = \n",
            "nl",
            "2:8: fout CONFIG-SYNTAX: ongeldige TOML: ongeldige waarde; zet tekst tussen",
        ),
        (
            "[nhnorm]\ntaal = \n",
            "en",
            "2:8: fout CONFIG-SYNTAX: invalid TOML: invalid value; put text in quotes",
        ),
        (
            '[nhnorm]\ntaal = "nl\n',
            "nl",
            "2:11: fout CONFIG-SYNTAX: ongeldige TOML: de tekst wordt niet gesloten",
        ),
        (
            "[nhnorm]\na = [1,\n",
            "nl",
            "3:1: fout CONFIG-SYNTAX: ongeldige TOML: ongeldige waarde",
        ),  # at the end
        (
            '[nhnorm]\na = "x\x01"\n',
            "nl",
            "2:7: fout CONFIG-SYNTAX: ongeldige TOML: teken '\\x01' mag hier niet",
        ),
        (
            "[nhnorm]\na = 1979-02-30\n",
            "nl",
            "2:5: fout CONFIG-SYNTAX: ongeldige TOML: Invalid date or datetime",
        ),
    ],
)
def test_toml_syntax_errors_in_the_readers_language(
    nhnorm: Runner, configured: Path, body: str, lang: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(configured, body)
    monkeypatch.chdir(configured)
    monkeypatch.setenv("NHNORM_LANG", lang)
    assert nhnorm("validate", expect=2).stderr.startswith(f"nhnorm.toml:{expected}")


def test_everything_works_without_it(nhnorm: Runner, repo: Path) -> None:
    nhnorm("validate")


def test_a_configured_folder_gives_slugs_like_assessments(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`assessments = "zelfevaluaties"`: zelfevaluaties/<slug>/<jaar>.yaml names the organisation
    by its folder, exactly as assessments/<slug>/ would (not by organisatie.naam)."""
    (tmp_path / ".git").mkdir()
    shutil.copytree(EXAMPLES / "zeedorp", tmp_path / "zelfevaluaties" / "zd")
    write(tmp_path, '[nhnorm]\nassessments = "zelfevaluaties"\n')
    monkeypatch.chdir(tmp_path)
    scores = json.loads(nhnorm("score", "--org", "zd", "--year", "2025", "--format", "json").stdout)
    assert scores["totaal"]["score"] == 58.5
    nhnorm("score", "--org", "gemeente-zeedorp", expect=2)  # the name-derived slug is not used
    (tmp_path / "nhnorm.toml").unlink()  # without the setting the folder is not special
    nhnorm("score", "zelfevaluaties", "--org", "gemeente-zeedorp", "--year", "2025")


def test_the_language_is_set_once_for_the_run(
    nhnorm: Runner, configured: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(configured, '[nhnorm]\ntaal = "en"\nassessments = "data/assessments"\n')
    assert "gecontroleerd" in nhnorm("--lang", "nl", "validate").stdout  # before the command
    monkeypatch.setenv("NHNORM_LANG", "nl")
    assert "checked" in nhnorm("validate", "--lang", "en").stdout  # after it: beats the environment


def test_a_broken_file_is_told_in_the_language_of_the_run(
    nhnorm: Runner, configured: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(configured, '[nhnorm]\ntaal = "fr"\n')
    monkeypatch.setenv("NHNORM_LANG", "en")
    result = nhnorm("validate", expect=2)
    assert result.stderr.endswith(
        'nhnorm.toml:2:1: fout CONFIG-WAARDE: setting "taal" has invalid value fr; allowed: nl, en\n'
    )


def test_a_byte_order_mark_is_no_syntax_error(nhnorm: Runner, configured: Path) -> None:
    """Notepad saves UTF-8 with a BOM; it was CONFIG-SYNTAX at 1:1 (issue 25)."""
    (configured / "nhnorm.toml").write_bytes('\ufeff[nhnorm]\nassessments = "data/assessments"\n'.encode())
    result = nhnorm("validate")
    assert result.stderr == "" and "2026.yaml" in result.stdout
