"""Properties of validation: whatever a user does to a file, nhnorm answers with exit 0 or 1 and
positioned diagnostics, never a crash; and any well-formed set of answers is accepted."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nhnorm_cli.cli import app
from nhnorm_cli.source.yamlsource import parse_document
from nhnorm_cli.versions.norms import load_norm

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

NORM = load_norm("1.0")
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

BASE = """# yaml-language-server: $schema=../schemas/assessment.schema.json
norm: "1.0"
organisatie:
  naam: Gemeente Kustwijk
  soort: gemeente
  code: GM0123
  riec: RIEC Noord-Holland
jaar: 2025
peildatum: 2025-04-01
status: concept
antwoorden:
  "1.1":
    oordeel: voldaan
    toelichting: "De driehoek bespreekt weerbaarheid elk kwartaal: zie het verslag."
    bewijs:
      - Collegebesluit 17 december 2024
  "1.3":
    oordeel: deels
    toelichting: >-
      De e-learning is uitgerold; de bijeenkomst voor de raad volgt.
    acties:
      - omschrijving: Themabijeenkomst raad organiseren
        eigenaar: Afdeling Veiligheid
        gereed: 2025-12-31
    onderdelen:
      "1.3.a": voldaan
      "1.3.b": deels
  "5.9":
    oordeel: nvt
    toelichting: 'Geen haven in de gemeente, dus niet van toepassing.'
    vertrouwelijk: true
"""

_NASTY = ["\t", '"', "'", ":", ": ", "&", "*", "!", "!!", "#", "-", "- ", "[", "]", "{", "}", "|", ">"]
_NASTY += ["%", "@", "`", "?", ",", "\n", "\r", "\ufeff", "\x00", "\x85", "\u2028", "é", "😀", "---", "..."]
_snippet = st.one_of(st.sampled_from(_NASTY), st.text(max_size=8))


@st.composite
def _mutated(draw: st.DrawFn) -> str:
    lines = BASE.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["insert", "delete", "replace", "line-delete", "swap", "dup", "cut"]))
        text = "\n".join(lines)
        at = draw(st.integers(0, max(len(text) - 1, 0)))
        row = draw(st.integers(0, len(lines) - 1))
        if kind == "insert":
            text = text[:at] + draw(_snippet) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 5)) :]
        elif kind == "replace":
            text = text[:at] + draw(_snippet) + text[at + 1 :]
        elif kind == "line-delete":
            text = "\n".join(lines[:row] + lines[row + 1 :])
        elif kind == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[row], lines[other] = lines[other], lines[row]
            text = "\n".join(lines)
        elif kind == "dup":
            text = "\n".join([*lines[: row + 1], lines[row], *lines[row + 1 :]])
        else:
            text = text[:at]
        lines = text.split("\n")
    return "\n".join(lines)


def _validate(path: Any, *options: str) -> tuple[int, Any]:
    result = CliRunner().invoke(app, ["validate", "--format", "json", *options, str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, json.loads(result.stdout) if result.stdout else None


@SETTINGS
@given(text=_mutated())
def test_mutated_file_gives_exit_0_or_1(tmp_path_factory: Any, text: str) -> None:
    path = tmp_path_factory.mktemp("mut") / "2025.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    code, data = _validate(path)
    assert code in (0, 1), data
    [report] = data["bestanden"]
    assert report["geldig"] == (code == 0)
    lines = text.splitlines() or [""]
    for melding in report["meldingen"]:
        # every placeholder of the catalogue text was filled in ("{ }" in a YAML hint is text)
        assert melding["bericht"] and not _PLACEHOLDER.search(melding["bericht"])
        # the position is inside the file (one past the last line for "unexpected end of file")
        assert 1 <= melding["regel"] <= len(lines) + 1 and melding["kolom"] >= 1


@SETTINGS
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_give_exit_0_or_1(tmp_path_factory: Any, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("bin") / "x.yaml"
    path.write_bytes(raw)
    code, _ = _validate(path)
    assert code in (0, 1)


# --- any well-formed answer set is valid --------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(str.strip)
_ratings = st.sampled_from(NORM.rating_keys)


@st.composite
def _answer(draw: st.DrawFn, requirement_id: str) -> dict[str, Any]:
    oordeel = draw(_ratings)
    answer: dict[str, Any] = {"oordeel": oordeel}
    if oordeel == "nvt" or draw(st.booleans()):
        answer["toelichting"] = draw(_text)
    if draw(st.booleans()):
        answer["bewijs"] = draw(st.lists(_text, max_size=3))
    if draw(st.booleans()):
        action: dict[str, Any] = {"omschrijving": draw(_text)}
        if draw(st.booleans()):
            action["eigenaar"] = draw(_text)
        if draw(st.booleans()):
            action["gereed"] = draw(st.dates(date(2024, 1, 1), date(2030, 12, 31)))
        if draw(st.booleans()):
            action["afgerond"] = draw(st.booleans())
        answer["acties"] = [action]
    if draw(st.booleans()):
        answer["vertrouwelijk"] = draw(st.booleans())
    components = NORM.requirement(requirement_id).onderdelen  # type: ignore[union-attr]
    if components and draw(st.booleans()):
        chosen = draw(st.lists(st.sampled_from(components), unique_by=lambda c: c.id))
        answer["onderdelen"] = {c.id: draw(_ratings) for c in chosen}
    return answer


@st.composite
def _assessment(draw: st.DrawFn) -> dict[str, Any]:
    complete = draw(st.booleans())
    ids = (
        NORM.requirement_ids
        if complete
        else draw(st.lists(st.sampled_from(NORM.requirement_ids), max_size=12))
    )
    soort = draw(st.sampled_from(["gemeente", "provincie"]))
    organisatie: dict[str, Any] = {"naam": draw(_text), "soort": soort}
    if draw(st.booleans()):
        organisatie["code"] = draw(
            st.from_regex(r"GM\d{4}" if soort == "gemeente" else r"PV\d{2}", fullmatch=True)
        )
    return {
        "norm": "1.0",
        "organisatie": organisatie,
        "jaar": draw(st.integers(2000, 2100)),
        "peildatum": draw(st.dates(date(2000, 1, 1), date(2100, 12, 31))),
        "status": draw(st.sampled_from(["vastgesteld", "concept"])) if complete else "concept",
        "antwoorden": {rid: draw(_answer(rid)) for rid in dict.fromkeys(ids)},
    }


def _block_yaml(value: Any, indent: str = "") -> str:
    """Block-style YAML with every text double-quoted (JSON escapes are valid YAML escapes);
    much faster than ruamel's emitter, which would dominate this test."""
    if isinstance(value, dict):
        return "".join(
            f"{indent}{json.dumps(k, ensure_ascii=False)}:{_nested(v, indent + '  ')}"
            for k, v in value.items()
        )
    return "".join(f"{indent}-{_nested(item, indent + '  ')}" for item in value)


def _nested(value: Any, indent: str) -> str:
    if isinstance(value, dict | list) and value:
        return "\n" + _block_yaml(value, indent)
    if isinstance(value, dict | list):
        return " {}\n" if isinstance(value, dict) else " []\n"
    if isinstance(value, bool):
        return f" {str(value).lower()}\n"
    if isinstance(value, int | date):
        return f" {value}\n"
    return f" {json.dumps(value, ensure_ascii=False)}\n"


def test_block_yaml_round_trips() -> None:
    data = {"a": [{"b": 'x: "y"\n', "c": date(2025, 1, 2), "d": True}], "e": {}, "f": 7}
    assert parse_document(_block_yaml(data).encode(), "t.yaml").data == data


@settings(SETTINGS, max_examples=80)  # each example is a whole assessment of up to 47 answers
@given(data=_assessment())
def test_any_well_formed_assessment_is_valid(tmp_path_factory: Any, data: dict[str, Any]) -> None:
    path = tmp_path_factory.mktemp("ok") / "evaluatie.yaml"
    path.write_text(_block_yaml(data), encoding="utf-8")
    code, result = _validate(path)
    assert code == 0, result
    meldingen = result["bestanden"][0]["meldingen"]
    assert all(m["niveau"] == "waarschuwing" for m in meldingen)
