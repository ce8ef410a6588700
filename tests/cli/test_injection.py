"""Injection through text: no value, file name or error reaches the terminal as a control
character, and no value can add or fake a diagnostic line (text or GitHub annotation)."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nhnorm_cli.check import validation
from nhnorm_cli.cli.safeconsole import SafeConsole
from nhnorm_cli.files.resources import NORM_PATH_ENV, norm_dir
from nhnorm_cli.source.controlchars import visible
from tests.conftest import DATA, EXAMPLES, Runner

VALID = (DATA / "bad" / "valid-with-bom.yaml").read_bytes().decode("utf-8-sig")
# anything a terminal could act on; tab and newline are the only controls allowed through
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
DIAGNOSTIC = re.compile(r"^\S.*:\d+:\d+: (?:fout|waarschuwing) [A-Z-]+: ")


@pytest.fixture
def testdorp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "assessments" / "2025.yaml"
    path.parent.mkdir()
    path.write_text(VALID, encoding="utf-8")
    return path


def _yaml_quoted(text: str) -> str:
    return json.dumps(text)  # a JSON string is a YAML double-quoted scalar


@pytest.mark.parametrize(
    ("option", "value", "veld"),
    [
        ("--toelichting", "Zie verslag\x1b]0;gehackt\x07", "toelichting"),
        ("--toelichting", "\x1b[2J\x1b[H", "toelichting"),
        ("--bewijs", "Verslag\x9b2J", "bewijs"),
        ("--actie", "Plan\x00", "actie"),
        ("--toelichting", "goed\rslecht", "toelichting"),
    ],
)
def test_set_refuses_a_control_character_before_writing(
    nhnorm: Runner, testdorp: Path, option: str, value: str, veld: str
) -> None:
    before = testdorp.read_bytes()
    result = nhnorm("set", "1.1", "voldaan", option, value, expect=2)
    teken = f"U+{ord(RAW_CONTROL.search(value).group()):04X}"  # type: ignore[union-attr]
    assert result.stderr.splitlines() == [
        f"nhnorm: fout STUURTEKEN-INVOER: {veld} bevat stuurteken {teken}; dat mag niet in tekst "
        "(het kan een terminal besturen); niets opgeslagen"
    ]
    assert testdorp.read_bytes() == before


def test_set_keeps_tab_and_newline(nhnorm: Runner, testdorp: Path) -> None:
    nhnorm("set", "1.1", "voldaan", "--toelichting", "Eerste regel\nTweede\tregel")
    nhnorm("validate")
    assert 'toelichting: "Eerste regel\\nTweede\\tregel"' in testdorp.read_text(encoding="utf-8")


def test_a_newline_in_a_value_cannot_fake_a_diagnostic(nhnorm: Runner, testdorp: Path) -> None:
    fake = "voldan\nassessments/2025.yaml:1:1: fout NEP: nep\n::error file=x::nep"
    testdorp.write_text(VALID.replace("oordeel: voldaan", f"oordeel: {_yaml_quoted(fake)}", 1))
    text = nhnorm("validate", expect=1).stdout.splitlines()
    assert text == [
        'assessments/2025.yaml:12:14: fout ONBEKEND-OORDEEL: oordeel "voldan\\nassessments/2025.yaml:1:1: '
        'fout NEP: nep\\n::error file=x::nep" bestaat niet; kies uit voldaan, grotendeels, deels, niet, nvt',
        "1 bestand gecontroleerd: 1 fout, 0 waarschuwingen",
    ]
    github = nhnorm("validate", "--format", "github", expect=1).stdout.splitlines()
    assert len(github) == 2 and github[0].startswith("::error file=assessments/2025.yaml,line=12,")
    assert "%0Aassessments/2025.yaml:1:1: fout NEP: nep%0A::error file=x::nep" in github[0]
    # the same refusal through `set`: one line, nothing written
    result = nhnorm("set", "1.1", fake, expect=1)
    assert len(result.stderr.splitlines()) == 1


def test_file_and_folder_names_are_escaped(nhnorm: Runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "assessments" / "zee\x1b[2Jdorp\nx.yaml:1:1: fout NEP"
    folder.mkdir(parents=True)
    (folder / "2025.yaml").write_text(VALID.replace("oordeel: voldaan", "oordeel: voldan", 1))
    result = nhnorm("validate", expect=1)
    assert result.stdout.splitlines()[0].startswith(
        "assessments/zee\\e[2Jdorp\\nx.yaml:1:1: fout NEP/2025.yaml:12:14: fout ONBEKEND-OORDEEL"
    )
    (folder / "2025.yaml").write_text(VALID)
    for args in (["score"], ["overview", "--year", "2025"], ["report", "--year", "2025"]):
        result = nhnorm(*args)
        assert not RAW_CONTROL.search(result.stdout + result.stderr), args


def test_internal_error_line_is_escaped(nhnorm: Runner, testdorp: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kapot\x1b]0;titel\x07\nassessments/2025.yaml:1:1: fout NEP: nep")

    monkeypatch.setattr(validation, "validate_files", boom)
    result = nhnorm("validate", expect=3)
    assert result.stderr.splitlines() == [
        "nhnorm: interne fout (een bug in nhnorm): RuntimeError: kapot\\e]0;titel\\x07\\n"
        "assessments/2025.yaml:1:1: fout NEP: nep. Draai opnieuw met --debug."
    ]


def test_console_keeps_its_own_colours_but_escapes_the_texts() -> None:
    out = io.StringIO()
    console = SafeConsole(file=out, force_terminal=True, color_system="standard", width=80, highlight=False)
    console.print("[red]rood[/red] \x1b[2J\u009b", markup=True)
    assert out.getvalue() == "\x1b[31mrood\x1b[0m \\u001b[2J\\u009b\n"


def test_visible_names_the_usual_characters() -> None:
    assert visible("a\x1b[2J\x07\x00\u2028\tb\n", one_line=True) == "a\\e[2J\\x07\\0\\u2028\\tb\\n"
    assert visible("a\tb\nc") == "a\tb\nc"


# --- property: random control characters and newlines through set -> validate -> every format --

_NASTY = st.sampled_from(
    ["\x1b", "\x07", "\x00", "\x9b", "\x7f", "\r", "\n", "\t", "\u2028", "\x1b[2J", "\x1b]0;t\x07"]
)
_TEXT = st.lists(
    st.one_of(_NASTY, st.text(alphabet="ab :,%\"'\\#-", min_size=1, max_size=5)),
    min_size=1,
    max_size=8,
).map("".join)
_FORMATS = (
    ["validate"],
    ["validate", "--format", "json"],
    ["validate", "--format", "github"],
    ["score"],
    ["score", "--format", "json"],
    ["score", "--format", "csv"],
    ["report", "--year", "2025"],
    ["overview", "--year", "2025"],
    ["diff", "assessments/2025.yaml", "assessments/2025.yaml"],
)


def _clean(output: str) -> None:
    assert not RAW_CONTROL.search(output), repr(output)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT, where=st.sampled_from(["toelichting", "oordeel", "bewijs"]))
def test_random_control_text_never_reaches_the_terminal(
    nhnorm: Runner,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    where: str,
) -> None:
    root = tmp_path_factory.mktemp("prop")
    monkeypatch.chdir(root)
    path = root / "assessments" / "2025.yaml"
    path.parent.mkdir()
    path.write_text(VALID, encoding="utf-8")
    # 1. through `set`: refused (usage error) or written; either way every output line is clean
    args = {"toelichting": ["1.1", "voldaan", "--toelichting", text], "oordeel": ["1.1", text]}
    result = nhnorm("set", *args.get(where, ["1.1", "voldaan", "--bewijs", text]), expect=None)
    _clean(result.stdout + result.stderr)
    assert len([ln for ln in result.stderr.splitlines() if ": fout " in ln]) <= 1
    # 2. the same text written into the file by hand, as a YAML escape, then every format
    if where != "bewijs":
        field = where
        original = VALID.split(f"{field}: ", 1)[1].split("\n", 1)[0]
        path.write_text(VALID.replace(f"{field}: {original}", f"{field}: {_yaml_quoted(text)}", 1))
    checked = json.loads(nhnorm("validate", "--format", "json", expect=None).stdout)
    diagnostics = [m for f in checked["bestanden"] for m in f["meldingen"]]
    for command in _FORMATS:
        result = nhnorm(*command, expect=None)
        assert result.exit_code in (0, 1), (command, result.stderr)
        _clean(result.stdout + result.stderr)
        if command == ["validate"]:
            shown = [ln for ln in result.stdout.splitlines() if DIAGNOSTIC.match(ln)]
            assert len(shown) == len(result.stdout.splitlines()) - 1 == len(diagnostics)
        if command == ["validate", "--format", "github"]:
            assert len(result.stdout.splitlines()) == len(diagnostics) + 1
    shutil.rmtree(root)


def test_commands_print_user_text_only_through_the_escaping_paths() -> None:
    """typer.echo and a plain rich Console would pass a control character through: commands use
    options.echo and the SafeConsole. Only nhnorm's own fixed texts may use typer.echo."""
    own_text = {
        "options.py": 1,  # echo itself
        "app.py": 1,
        "schema.py": 1,
        "normcmd.py": 1,
        "validate.py": 2,
    }  # version, schema, norm, rules
    cli = Path(validation.__file__).parent / "cli"
    for module in sorted(cli.glob("*.py")):
        source = module.read_text(encoding="utf-8")
        assert source.count("typer.echo(") <= own_text.get(module.name, 0), module.name
        assert "Console(" not in source.replace("SafeConsole(", ""), module.name


MARKUP = "[b]Zee[/b][link=https://evil.example]dorp[/link]"  # rich markup: bold and a terminal hyperlink


def test_an_organisation_name_is_no_rich_markup(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "assessments")
    for path in (tmp_path / "assessments").rglob("20*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace("naam: Gemeente Zeedorp", f"naam: {_yaml_quoted(MARKUP)}"), encoding="utf-8"
        )
    monkeypatch.chdir(tmp_path)
    for args in (("overview", "--year", "2026"), ("score", "--year", "2026"), ("diff",), ("bewijs",)):
        assert MARKUP in nhnorm(*args).stdout, args


def test_an_added_norm_file_is_no_rich_markup(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NHNORM_NORM_PATH brings someone else's file: its titel and texts are shown as written."""
    text = (norm_dir() / "1.0.yaml").read_text(encoding="utf-8").replace('versie: "1.0"', 'versie: "1.1"', 1)
    text = text.replace("titel: Noord-Hollandse Norm Weerbare Overheid", f"titel: {_yaml_quoted(MARKUP)}", 1)
    text = re.sub(r"tekst: Wij beleggen het eigenaarschap.*", f"tekst: {_yaml_quoted(MARKUP)}", text, count=1)
    (tmp_path / "1.1.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv(NORM_PATH_ENV, str(tmp_path))
    monkeypatch.setenv("COLUMNS", "200")
    for args in (("norm",), ("norm", "--versions"), ("norm", "1.1"), ("norm", "1")):
        assert MARKUP in nhnorm(*args).stdout, args
