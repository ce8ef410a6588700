"""Under --lang nl no English reaches the user, under --lang en no Dutch: every command's --help and
the usage errors typer would otherwise word in English. The SPEC's own tokens (`fout CODE:`, option
names, the Dutch oordeel and status values) are the same in both languages and are left out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from nhnorm_cli.cli import app
from nhnorm_cli.messages import help_entries
from tests.conftest import Runner

COMMANDS = list(typer.main.get_command(app).commands)  # type: ignore[attr-defined]  # every command, new ones too
ENGLISH = {
    "the", "and", "Usage", "Options", "Arguments", "Commands", "Show", "this", "message", "exit",
    "default", "required", "Missing", "Invalid", "value", "does", "match", "formats", "not", "one",
    "Error", "Try", "for", "with", "file", "int", "str", "path", "list", "range", "env", "var",
    "Install", "completion", "current", "Possible", "such", "command", "option", "unexpected", "argument",
    "Input", "should", "valid", "integer", "greater", "equal", "requires",
}  # fmt: skip
DUTCH = {
    "de", "het", "een", "van", "voor", "met", "naar", "bij", "zonder", "alleen", "bestand", "bestanden",
    "map", "mappen", "standaard", "verplicht", "Gebruik", "Opties", "Argumenten", "Opdrachten", "Toon",
    "ontbreekt", "ongeldige", "schrijf", "geef", "bijv", "kies", "uit", "jaar", "geen", "getal",
    "opdracht", "onbekende", "waarde", "hulp", "minimaal", "omgevingsvariabele", "JAAR", "BESTAND", "PAD",
    "TEKST", "OORDEEL", "JJJJ",
}  # fmt: skip
USAGE_ERRORS = [
    ["report", "--year", "abc"],
    ["set", "1.1", "voldaan", "--gereed", "2025-13-01"],
    ["init", "--soort", "Gemeente"],
    ["validate", "--jobs", "0"],
    ["export", "--output", "x.xlsx"],
    ["diff", "--frm", "2025"],
    ["report", "--year"],
    ["nosuch"],
    ["score", "--format", "xml"],
    ["import"],
    ["set", "1.1", "voldaan", "--toelichting", "twee", "woorden"],
]
_SPEC_PREFIX = re.compile(r"^nhnorm: fout [A-Z-]+: ", re.MULTILINE)
_WORD = re.compile(r"(?<![\w/.<-])[A-Za-z]+(?![\w-])")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(_SPEC_PREFIX.sub("", text)))


def _run(nhnorm: Runner, lang: str, args: list[str], before: bool, expect: int) -> str:
    flag = ["--lang", lang]
    result = nhnorm(*(flag + args if before else args + flag), expect=expect)
    return result.stdout + result.stderr


@pytest.mark.parametrize("lang,foreign", [("nl", ENGLISH), ("en", DUTCH)])
@pytest.mark.parametrize("command", [None, *COMMANDS])
@pytest.mark.parametrize("before", [True, False])
def test_help_speaks_one_language(
    nhnorm: Runner, lang: str, foreign: set[str], command: str | None, before: bool
) -> None:
    args = [command, "--help"] if command else ["--help"]
    assert _words(_run(nhnorm, lang, args, before=before, expect=0)) & foreign == set()


# --lang before and after the command, except where it would be taken as a value or a command
PLACED = [(args, True) for args in USAGE_ERRORS] + [
    (args, False) for args in USAGE_ERRORS if not args[-1].startswith("--") and args != ["nosuch"]
]


@pytest.mark.parametrize("lang,foreign", [("nl", ENGLISH), ("en", DUTCH)])
@pytest.mark.parametrize("args,before", PLACED, ids=lambda v: " ".join(v) if isinstance(v, list) else str(v))
def test_usage_errors_speak_one_language(
    nhnorm: Runner, repo: Path, lang: str, foreign: set[str], args: list[str], before: bool
) -> None:
    out = _run(nhnorm, lang, args, before=before, expect=2)
    assert len(out.splitlines()) == 1, out  # one line, no usage block
    assert _words(out) & foreign == set(), out


@pytest.mark.parametrize(
    "args,line",
    [
        (
            ["report", "--year", "abc"],
            'nhnorm: fout GEEN-GEHEEL-GETAL: --year: "abc" is geen geheel getal; schrijf alleen cijfers, '
            "bijv. --year 2025",
        ),
        (
            ["set", "1.1", "voldaan", "--gereed", "2025-13-01"],
            'nhnorm: fout ONGELDIGE-DATUM: --gereed: "2025-13-01" is geen datum; schrijf JJJJ-MM-DD of '
            "DD-MM-JJJJ",
        ),
        (
            ["init", "--soort", "Gemeente"],
            'nhnorm: fout ONGELDIGE-KEUZE: --soort: "Gemeente" kan niet; kies uit gemeente, provincie; '
            'bedoelde u "gemeente"?',
        ),
        (
            ["export", "--output", "x.xlsx"],
            "nhnorm: fout OPTIE-ONTBREEKT: --year ontbreekt; geef --year JAAR",
        ),
        (
            ["diff", "--frm", "2025"],
            "nhnorm: fout ONBEKENDE-OPTIE: onbekende optie --frm; nhnorm diff --help toont de opties; "
            'bedoelde u "--from"?',
        ),
    ],
)
def test_usage_errors_are_one_dutch_line_with_the_fix(
    nhnorm: Runner, repo: Path, args: list[str], line: str
) -> None:
    result = nhnorm(*args, expect=2)
    assert (result.stdout, result.stderr) == ("", line + "\n")


def test_english_usage_error_after_the_command(nhnorm: Runner, repo: Path) -> None:
    result = nhnorm("export", "--output", "x.xlsx", "--lang", "en", expect=2)
    assert result.stderr == "nhnorm: fout OPTIE-ONTBREEKT: --year is missing; pass --year YEAR\n"


def test_every_help_text_has_an_english_version() -> None:
    group = typer.main.get_command(app)
    texts = {group.help, *(p.help for p in group.params)}
    for command in group.commands.values():  # type: ignore[attr-defined]
        texts |= {command.help, *(getattr(p, "help", None) for p in command.params)}
    builtin = {
        "Install completion for the current shell.",
        "Show completion for the current shell, to copy it or customize the installation.",
    }
    missing = {t for t in texts if t} - help_entries() - builtin
    assert missing == set()


ENGLISH_TABLES = [
    (["diff", "--from", "2025", "--to", "2026"], ["Total score: 58.5 → 65.1 (+6.6)", "change", "Better (8)"]),
    (["diff", "--from", "2025", "--to", "2026", "--format", "md"], ["**Total score:**", "| **Total** |"]),
    (["score", "--year", "2026"], ["· as of 2026-03-20 ·", "Theme", "norms", "rated", "Total"]),
    (
        ["overview", "--year", "2026", "--met-concepten"],  # the example is a concept: count it
        ["change since 2025", "Organisation", "Hardest norms (top 10)"],
    ),
]
# Labels only: theme titles and norm statements are the norm's own (Dutch) text.
DUTCH_LABELS = {"Totaalscore", "Thema", "verschil", "Beter", "peildatum", "aantal", "beoordeeld", "Totaal",
                "Moeilijkste", "Voortgang", "organisaties", "gemiddelde", "Verschil"}  # fmt: skip


@pytest.mark.parametrize("args,labels", ENGLISH_TABLES)
def test_tables_speak_english(nhnorm: Runner, repo: Path, args: list[str], labels: list[str]) -> None:
    out = nhnorm(*args, "--lang", "en").stdout
    assert all(label in out for label in labels), out
    out = re.sub(r"<details>.*</details>", "", out, flags=re.S)  # the toelichtingen themselves: data
    assert _words(out) & DUTCH_LABELS == set()


def test_the_operating_systems_reason_is_told_in_the_language_of_the_run(nhnorm: Runner, repo: Path) -> None:
    (repo / "notities.txt").write_text("een bestand, geen map\n", encoding="utf-8")
    args = ("report", "--year", "2025", "--output", "notities.txt/rapport.md")
    assert nhnorm(*args, expect=2).stderr == (
        "nhnorm: fout SCHRIJVEN-MISLUKT: notities.txt/rapport.md kan niet geschreven worden: er staat een "
        "bestand waar een map moet komen; kies een andere plek of controleer de rechten\n"
    )
    assert "a file is where a folder should be" in nhnorm(*args, "--lang", "en", expect=2).stderr


def test_a_mistake_in_the_root_options_follows_nhnorm_lang(
    nhnorm: Runner, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert nhnorm("--bogus", expect=2).stderr == (
        "nhnorm: fout ONBEKENDE-OPTIE: onbekende optie --bogus; nhnorm --help toont de opties\n"
    )
    monkeypatch.setenv("NHNORM_LANG", "en")
    assert nhnorm("--bogus", expect=2).stderr == (
        "nhnorm: fout ONBEKENDE-OPTIE: unknown option --bogus; nhnorm --help lists the options\n"
    )


@pytest.mark.parametrize("command", ["report", "score", "bewijs", "set", "export", "overview"])
def test_year_shows_what_to_write(nhnorm: Runner, command: str) -> None:
    """`--year JAAR` (`--year YEAR` in English), never a bare `--year` that looks like a switch."""
    assert "--year JAAR " in nhnorm(command, "--help").stdout
    assert "--year YEAR " in nhnorm("--lang", "en", command, "--help").stdout


@pytest.mark.parametrize("placed", [["--lang", "en", "validate"], ["validate", "--lang", "en"]])
def test_a_broken_nhnorm_toml_is_told_in_the_language_asked_for(
    nhnorm: Runner, repo: Path, placed: list[str]
) -> None:
    """nhnorm.toml is read before the command's own options: its --lang counts all the same."""
    (repo / "nhnorm.toml").write_text("[nhnorm\ntaal = 'nl'\n", encoding="utf-8")
    assert nhnorm(*placed, expect=2).stderr == (
        "nhnorm.toml:1:8: fout CONFIG-SYNTAX: invalid TOML: expected ']' at the end of the table name, "
        "e.g. [nhnorm]\n"
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_that_takes_a_value_shows_a_placeholder(nhnorm: Runner, command: str) -> None:
    # `--door` alone reads as a switch; `--door TEKST` says that a value follows
    group = typer.main.get_command(app)
    options = [
        p
        for p in group.commands[command].params  # type: ignore[attr-defined]
        if p.param_type_name == "option" and not p.is_flag and not p.count  # type: ignore[attr-defined]
    ]
    lines = nhnorm(command, "--help").stdout.splitlines()
    bare = [
        name
        for option in options
        for name in [max(option.opts, key=len)]
        if any(re.fullmatch(rf"\s+(-\w, )?{name}(\s{{2,}}.*)?", line) for line in lines)
    ]
    assert bare == []


_QUOTED = re.compile(
    r"'[^']*'|\"[^\"]*\"|\{%[^%]*%\}|\(details: [^)]*\)|\b[a-z_]+: "
)  # input, tags, YAML keys


@pytest.mark.parametrize("lang,foreign", [("nl", ENGLISH), ("en", DUTCH)])
def test_library_words_speak_one_language(lang: str, foreign: set[str]) -> None:
    """What Jinja, pydantic, expat, zipfile and the YAML readers say, as nhnorm words it: the exact
    lines test_library_words.py checks carry no word of the other language (quoted input, template
    tags and a library's own details aside)."""
    from tests.cli import test_library_words as said

    i = 0 if lang == "nl" else 1
    texts = [
        case[-1][i] for table in (said.TEMPLATES, said.NORMS, said.YAML, said.XML) for case in table.values()
    ]
    leaked = {text: _words(_QUOTED.sub("", text)) & foreign for text in texts}
    assert {text: words for text, words in leaked.items() if words} == {}
