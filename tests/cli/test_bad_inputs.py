"""The bad-input corpus: every file in tests/data/bad/ states its expected diagnostics on its first
lines (`# expect: LINE:COL CODE`, or `# expect: none`); `nhnorm validate` must report exactly those.
Large, binary and deeply nested inputs are generated here into tmp_path instead of committed."""

from __future__ import annotations

import json
import random
import re
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

import nhnorm_cli
from nhnorm_cli.check.validation import validate_file
from nhnorm_cli.errors import Severity
from nhnorm_cli.messages import _TEXT
from nhnorm_cli.rules.registry import RULES
from tests.conftest import DATA, Runner

BAD = DATA / "bad"
CORPUS = sorted(BAD.rglob("*.yaml"))
WARNINGS = {rule.code for rule in RULES if rule.level is Severity.WARNING}
_EXPECT = re.compile(r"^# expect: (?:none|(\d+):(\d+) ([A-Z0-9-]+))$")

Diagnostic = tuple[int, int, str]


def expected(path: Path) -> set[Diagnostic]:
    """The `# expect:` lines at the top of a corpus file."""
    lines = path.read_bytes().decode("utf-8-sig").splitlines()
    assert lines and lines[0].startswith("# expect:"), f"{path.name}: first line must be '# expect: ...'"
    result: set[Diagnostic] = set()
    for line in lines:
        if not line.startswith("# expect:"):
            break
        match = _EXPECT.match(line)
        assert match, f"{path.name}: malformed expect line {line!r}"
        if match[1]:
            result.add((int(match[1]), int(match[2]), match[3]))
    return result


def diagnostics(nhnorm: Runner, path: Path, *options: str, expect: int) -> list[dict[str, object]]:
    data = json.loads(nhnorm("validate", "--format", "json", *options, path, expect=expect).stdout)
    [only] = data["bestanden"]
    return only["meldingen"]  # type: ignore[no-any-return]


def exit_code(diagnostics: set[Diagnostic]) -> int:
    return 1 if any(code not in WARNINGS for _, _, code in diagnostics) else 0


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 30


@pytest.mark.parametrize("path", CORPUS, ids=[str(p.relative_to(BAD)) for p in CORPUS])
def test_bad_file(nhnorm: Runner, path: Path) -> None:
    want = expected(path)
    found = diagnostics(nhnorm, path, expect=exit_code(want))
    assert {(m["regel"], m["kolom"], m["code"]) for m in found} == want
    assert len(found) == len(want), "a diagnostic is reported twice"
    for m in found:
        assert m["niveau"] == ("waarschuwing" if m["code"] in WARNINGS else "fout")
        assert m["bericht"] and "{" not in str(m["bericht"]), f"unfilled message: {m['bericht']}"


@pytest.mark.parametrize("path", CORPUS, ids=[str(p.relative_to(BAD)) for p in CORPUS])
def test_text_lines_match_json(nhnorm: Runner, path: Path) -> None:
    want = expected(path)
    out = nhnorm("validate", path, expect=exit_code(want)).stdout.splitlines()
    shown = [line for line in out if ": fout " in line or ": waarschuwing " in line]
    pattern = re.compile(r"^.+\.yaml:(\d+):(\d+): (?:fout|waarschuwing) ([A-Z0-9-]+): .+$")
    parsed = {(int(m[1]), int(m[2]), m[3]) for m in map(pattern.match, shown) if m}
    assert parsed == want and len(shown) == len(want)


@pytest.mark.parametrize("path", [p for p in CORPUS if expected(p)], ids=lambda p: p.name)
def test_strict_makes_every_diagnostic_an_error(nhnorm: Runner, path: Path) -> None:
    found = diagnostics(nhnorm, path, "--strict", expect=1)
    assert found and all(m["niveau"] == "fout" for m in found)


def test_warnings_alone_pass_without_strict(nhnorm: Runner) -> None:
    warned = [p for p in CORPUS if expected(p) and exit_code(expected(p)) == 0]
    assert len(warned) >= 2
    for path in warned:
        nhnorm("validate", path, expect=0)
        nhnorm("validate", "--strict", path, expect=1)


# --- generated inputs: binary, huge or deep ---------------------------------------------------

VALID = (BAD / "valid-with-bom.yaml").read_bytes().decode("utf-8-sig")


def _deep_flow(levels: int) -> bytes:
    return b"a: " + b"[" * levels + b"]" * levels + b"\n"


def _deep_block(levels: int) -> bytes:
    return "".join(f"{' ' * i}k{i}:\n" for i in range(levels)).encode()


def _long_toelichting(size: int) -> bytes:
    return VALID.replace("toelichting: De interne", "toelichting: " + "woord " * (size // 6)).encode()


GENERATED: dict[str, tuple[Callable[[], bytes], set[Diagnostic]]] = {
    "latin-1": (
        lambda: 'norm: "1.0"\norganisatie:\n  naam: Gemeente Bergen café\n'.encode("latin-1"),
        {(3, 28, "CODERING")},
    ),
    "windows-1252-quotes": (lambda: "jaar: 2025\nnaam: ‘Zeedorp’\n".encode("cp1252"), {(2, 7, "CODERING")}),
    "utf-16-with-bom": (lambda: 'norm: "1.0"\n'.encode("utf-16"), {(1, 1, "CODERING")}),
    "utf-16-le-no-bom": (lambda: 'norm: "1.0"\n'.encode("utf-16-le"), {(1, 2, "CODERING")}),
    "control-character": (lambda: b'norm: "1.0"\njaar: 2025\x1f\n', {(2, 11, "ONGELDIG-TEKEN")}),
    "syntax-error-before-control-character": (
        lambda: b"a: b\n  c: d\n" + b"x: y\n" * 50_000 + b"e: \x01\n",
        {(2, 4, "YAML-SYNTAX")},
    ),
    "nul-byte": (lambda: b'norm: "1.0"\njaar: 20\x0025\n', {(2, 9, "CODERING")}),
    # libyaml composes recursively in C and would overflow the stack on these
    "deep-flow-100k": (lambda: _deep_flow(100_000), {(1, 53, "TE-DIEP")}),
    "deep-flow-unclosed-100k": (lambda: b"a: " + b"{a: " * 100_000, {(1, 200, "TE-DIEP")}),
    "deep-block-3000": (lambda: _deep_block(3000), {(51, 51, "TE-DIEP")}),
    "deep-compact-sequence-100k": (lambda: b"a: x\nb:\n" + b"- " * 100_000 + b"x\n", {(3, 99, "TE-DIEP")}),
    # a sequence may sit at its mapping's indentation: two levels per two columns
    "deep-shared-indentation": (
        lambda: "".join(f"{'  ' * i}- k{i}:\n" for i in range(2000)).encode(),
        {(26, 51, "TE-DIEP")},
    ),
    "deep-explicit-keys-50k": (lambda: b"? " * 50_000 + b"x\n", {(1, 101, "TE-DIEP")}),
    "junk-5mb-binary": (lambda: b"norm: x\n\xff" + random.Random(5).randbytes(5 << 20), {(2, 1, "CODERING")}),
    "bigger-than-10mb": (lambda: b"# " + b"x" * (10 << 20) + b"\nnorm: 1.0\n", {(1, 1, "TE-GROOT")}),
    "valid-with-5mb-toelichting": (lambda: _long_toelichting(5 << 20), set()),
    # more digits than Python converts (4300): still "outside 2000-2100", not "remove the quotes"
    "jaar-5000-digits": (
        lambda: VALID.replace("jaar: 2025", "jaar: " + "9" * 5000).encode(),
        {(7, 7, "ONGELDIGE-WAARDE"), (8, 12, "PEILDATUM-BUITEN-JAAR")},
    ),
    # old Mac line endings: a lone \r ends a line for YAML, and for the position too
    "cr-only-line-endings": (
        lambda: VALID.replace("jaar: 2025", "jaar: 2025\x1f").replace("\n", "\r").encode(),
        {(7, 11, "ONGELDIG-TEKEN")},
    ),
    "cr-only-not-utf8": (
        lambda: b'norm: "1.0"\rnaam: "\xc3\xa9\xc3\xa9n"\rjaar: caf\xe9\r',
        {(3, 10, "CODERING")},
    ),
    "utf-32-with-bom": (lambda: 'norm: "1.0"\n'.encode("utf-32"), {(1, 1, "CODERING")}),
    "control-escape-in-toelichting": (
        lambda: VALID.replace("toelichting: De interne", 'toelichting: "\\e]0;x\\a" #').encode(),
        {(13, 18, "STUURTEKEN")},
    ),
}


def test_utf_32_is_called_utf_32(nhnorm: Runner, tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(GENERATED["utf-32-with-bom"][0]())
    [melding] = diagnostics(nhnorm, path, expect=1)
    assert melding["bericht"] == "bestand is geen UTF-8 (UTF-32); sla het op als UTF-8"


def test_a_huge_value_is_not_echoed_in_full(nhnorm: Runner, tmp_path: Path) -> None:
    path = tmp_path / "groot.yaml"
    path.write_bytes(GENERATED["jaar-5000-digits"][0]())
    melding, warning = diagnostics(nhnorm, path, expect=1)
    assert melding["bericht"] == (
        f'jaar heeft ongeldige waarde "{"9" * 170}… (5000 tekens)"; toegestaan: 2000 … 2100'
    )
    assert f"{'9' * 170}… (5000 tekens)" in str(warning["bericht"])  # the digits written, shortened


@pytest.mark.parametrize("name", GENERATED)
def test_generated_input(nhnorm: Runner, tmp_path: Path, name: str) -> None:
    content, want = GENERATED[name]
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(content())
    found = diagnostics(nhnorm, path, expect=exit_code(want))
    assert [(m["regel"], m["kolom"], m["code"]) for m in found] == sorted(want)


def test_junk_5mb_text_is_rejected_quickly_and_cleanly(nhnorm: Runner, tmp_path: Path) -> None:
    """5 MB of YAML punctuation: a diagnostic, never a crash or a traceback."""
    chars = "ab: -[]{}\n\"'#&*!,?|>%@`\t"
    rng = random.Random(7)
    path = tmp_path / "junk.yaml"
    path.write_text("".join(rng.choice(chars) for _ in range(5 * 1024 * 1024)), encoding="utf-8")
    found = diagnostics(nhnorm, path, expect=1)
    syntax = {"YAML-SYNTAX", "ANKER", "ALIAS", "TAG", "TE-DIEP", "DUBBELE-SLEUTEL", "GEEN-MAPPING"}
    assert found and {m["code"] for m in found} <= syntax


def test_alias_bomb_reports_each_alias_once(nhnorm: Runner) -> None:
    found = diagnostics(nhnorm, BAD / "alias-bomb.yaml", expect=1)
    aliases = [m["bericht"] for m in found if m["code"] == "ALIAS"]
    assert len(aliases) == len(set(aliases)) == 8


def test_corpus_covers_every_file_problem_code() -> None:
    """Every code the validate path can produce for a single file is exercised by the corpus or a
    generated input (the codes are read from the modules validate runs, so new ones count)."""
    package = Path(nhnorm_cli.__file__).parent
    modules = [
        package / name
        for name in (
            "source/yamlsource.py",
            "models/problems.py",
            "check/structure.py",
            "check/validation.py",
        )
    ]
    sources = "".join(
        path.read_text(encoding="utf-8") for path in [*modules, *(package / "rules").glob("*.py")]
    )
    produced = {code for code in _TEXT if f'"{code}"' in sources} - {
        code
        for code in _TEXT
        if code.startswith("CONFIG-")  # nhnorm.toml, not a file: test_regels.py
    }
    not_per_file = {
        "ONLEESBAAR",  # needs an unreadable file; root in CI can read anything
        "DUBBELE-BEOORDELING",  # across files: test_duplicate_assessment_*
        "ONBEKENDE-RIEC",  # against the region's register: test_register.py
        "BESTAAT-AL",  # the writing half of yamlsource: tests/core/test_write_atomic.py
        "SCHRIJVEN-MISLUKT",
    }
    covered = {code for p in CORPUS for _, _, code in expected(p)}
    covered |= {code for _, want in GENERATED.values() for _, _, code in want}
    assert len(produced) > 20
    assert produced - not_per_file - covered == set()


# --- across files, output formats, language --------------------------------------------------


def _assessment(naam: str, jaar: int) -> str:
    return VALID.replace("Gemeente Testdorp", naam).replace("jaar: 2025", f"jaar: {jaar}")


def test_duplicate_assessment_is_an_error_on_the_second(nhnorm: Runner, repo: Path) -> None:
    folder = repo / "assessments" / "testdorp"
    folder.mkdir()
    (folder / "2025.yaml").write_text(_assessment("Gemeente Testdorp", 2025), encoding="utf-8")
    (folder / "kopie-2025.yaml").write_text(_assessment("Gemeente Testdorp", 2025), encoding="utf-8")
    (folder / "2024.yaml").write_text(_assessment("Gemeente Testdorp", 2024), encoding="utf-8")
    result = nhnorm("validate", expect=1)
    assert [ln for ln in result.stdout.splitlines() if ": fout " in ln] == [
        "assessments/testdorp/kopie-2025.yaml:7:7: fout DUBBELE-BEOORDELING: Gemeente Testdorp heeft "
        "voor 2025 al een zelfevaluatie: assessments/testdorp/2025.yaml"
    ]


def test_duplicate_assessment_by_name_outside_folders(nhnorm: Runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.yaml").write_text(_assessment("Gemeente Den Helder", 2025), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(_assessment("Gemeente Den Helder", 2025), encoding="utf-8")
    (tmp_path / "c.yaml").write_text(_assessment("Gemeente Texel", 2025), encoding="utf-8")
    data = json.loads(nhnorm("validate", "--format", "json", ".", expect=1).stdout)
    assert [(f["pad"], [m["code"] for m in f["meldingen"]]) for f in data["bestanden"]] == [
        ("a.yaml", []),
        ("b.yaml", ["DUBBELE-BEOORDELING"]),
        ("c.yaml", []),
    ]


def _copy(repo: Path, name: str, target_name: str | None = None, naam: str = "Gemeente Testdorp") -> Path:
    target = repo / "assessments" / (target_name or name)
    text = (BAD / name).read_bytes().decode("utf-8-sig")
    target.write_text(text.replace("Gemeente Testdorp", naam), encoding="utf-8")
    return target


def test_github_format_exact(nhnorm: Runner, repo: Path) -> None:
    _copy(repo, "unknown-key-organisatie.yaml")
    _copy(repo, "warn-voldaan-onderdeel.yaml", "warn,voldaan:2.yaml", naam="Gemeente Anders")
    result = nhnorm("validate", "--format", "github", expect=1)
    assert result.stdout.splitlines() == [
        "::error file=assessments/unknown-key-organisatie.yaml,line=7,col=3,title=ONBEKENDE-SLEUTEL"
        '::onbekende sleutel "rieck" in organisatie; bedoelde u "riec"?',
        "::warning file=assessments/warn%2Cvoldaan%3A2.yaml,line=16,col=16,title=ONDERDEEL-ONVOLDAAN"
        "::norm 5.5 is voldaan, maar verplicht onderdeel 5.5.b is deels",
        "::warning file=assessments/zeedorp/2026.yaml,line=78,col=17,title=ACTIE-VERLOPEN::actie "
        '"Paragraaf ondermijningsrisico\'s toevoegen aan het format collegeadvies" bij norm 1.4 had op '
        "2025-10-31 gereed moeten zijn (peildatum 2026-03-20); rond haar af of kies een nieuwe datum",
        "4 bestanden gecontroleerd: 1 fout, 2 waarschuwingen",
    ]


def test_json_format_exact(nhnorm: Runner, repo: Path) -> None:
    path = _copy(repo, "peildatum-dutch.yaml")
    result = nhnorm("validate", "--format", "json", path.relative_to(repo), expect=1)
    assert json.loads(result.stdout) == {
        "bestanden": [
            {
                "pad": "assessments/peildatum-dutch.yaml",
                "geldig": False,
                "meldingen": [
                    {
                        "niveau": "fout",
                        "code": "ONGELDIG-TYPE",
                        "regel": 8,
                        "kolom": 12,
                        "bericht": "peildatum moet een datum (JJJJ-MM-DD) zijn, niet 28-03-2025; "
                        'bedoelde u "2025-03-28"?',
                    }
                ],
            }
        ]
    }


EN_LINE = (
    'assessments/soort-unknown.yaml:5:10: fout ONGELDIGE-WAARDE: soort has invalid value "gemeenten"; '
    'allowed: gemeente, provincie; did you mean "gemeente"?'
)


def test_lang_en(nhnorm: Runner, repo: Path) -> None:
    _copy(repo, "soort-unknown.yaml")
    assert EN_LINE in nhnorm("validate", "--lang", "en", expect=1).stdout.splitlines()


def test_nhnorm_lang_environment(nhnorm: Runner, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _copy(repo, "soort-unknown.yaml")
    monkeypatch.setenv("NHNORM_LANG", "en")
    lines = nhnorm("validate", expect=1).stdout.splitlines()
    assert EN_LINE in lines
    assert lines[-1] == "3 files checked: 1 error, 1 warning"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "id-unquoted.yaml",
            'id 2.10 moet tussen aanhalingstekens: "2.10" (anders leest YAML het als een getal)',
        ),
        (
            "id-unquoted-date.yaml",
            'id 2025-01-01 moet tussen aanhalingstekens: "2025-01-01" (anders leest YAML het als een datum)',
        ),
        ("key-number-in-organisatie.yaml", 'onbekende sleutel "2" in organisatie'),
        ("jaar-quoted.yaml", 'jaar moet een geheel getal zijn, niet "2025"; haal de aanhalingstekens weg'),
        ("norm-unquoted.yaml", 'norm moet tekst zijn, niet 1.0; schrijf "1.0" met aanhalingstekens'),
        (
            "bewijs-string.yaml",
            "bewijs moet een lijst (regels met -) zijn, niet Verslag driehoek 12 maart 2025",
        ),
        (
            "unclosed-quote.yaml",
            "ongeldige YAML: dit aanhalingsteken wordt niet gesloten; zet hetzelfde teken aan het eind "
            "van de tekst",
        ),
    ],
)
def test_message_text(nhnorm: Runner, name: str, text: str) -> None:
    [melding] = diagnostics(nhnorm, BAD / name, expect=1)
    assert melding["bericht"] == text


@pytest.mark.parametrize(
    "name", ["alias-bomb", "valid-with-5mb-toelichting", "junk-5mb-binary", "deep-flow-100k"]
)
def test_memory_stays_bounded(tmp_path: Path, name: str) -> None:
    """An alias bomb is never expanded and a 5 MB file costs a small multiple of its size
    (measured: 0.01 MB for the bomb, ~21 MB for 5 MB of toelichting)."""
    path = tmp_path / "x.yaml"
    if name == "alias-bomb":
        path.write_bytes((BAD / "alias-bomb.yaml").read_bytes())
    else:
        path.write_bytes(GENERATED[name][0]())
    tracemalloc.start()
    try:
        validate_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 80 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"
