"""The PERSOONSGEGEVENS findings of a file are made when read, not kept (issue 26): validate lists
exactly what keeping them all listed, in the same order, and json writes exactly what the result
models wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nhnorm_cli.check.structure import check_document
from nhnorm_cli.check.validation import FileReport, validate_file
from nhnorm_cli.errors import Location, Problem, Severity, position
from nhnorm_cli.formats.json import json_text
from nhnorm_cli.messages import message
from nhnorm_cli.models.results import FileResult, Message, ValidationResult
from nhnorm_cli.public.publictext import personal_data_problems, public_texts
from nhnorm_cli.render.problems_json import validation_json
from nhnorm_cli.rules.policy import Policy
from nhnorm_cli.source.yamlsource import parse_document
from tests.conftest import Runner

# Personal data in several texts whose keys are not in the order public_texts reads them (bewijs
# before toelichting, an answer's action before its toelichting), a vastgesteld_door, a block
# scalar, and other problems on the same lines (an unknown oordeel, GEEN-ACTIE).
TEXT = """\
norm: "1.0"
organisatie:
  naam: Gemeente Zeedorp
  soort: gemeente
jaar: 2025
peildatum: 2025-03-28
status: concept
vastgesteld_door: dhr. De Vries
antwoorden:
  "1.1":
    bewijs:
      - Notulen van P. Jansen, j.jansen@zeedorp.nl
    toelichting: Besproken met mw. Bakker (06-12345678) en J.P. de Groot.
    oordeel: deels
  "1.2":
    acties:
      - omschrijving: Bel mevrouw Van den Berg op 020-1234567
        eigenaar: Team HR
    oordeel: deels
    toelichting: |
      Met ir. Visser besproken.
      Daarna p.visser@zeedorp.nl en 0229-123456 gemaild.
  "1.3":
    oordeel: onbekend
    toelichting: Zonder namen.
"""


def _old_order(text: str) -> list[Problem]:
    """What check_document listed while every finding was a kept Problem: the other problems and
    the findings in the order of the texts, then one stable sort by position."""
    document = parse_document(text.encode(), "2025.yaml")
    others = [p for p in check_document(document)[1] if p.code != "PERSOONSGEGEVENS"]
    findings = list(personal_data_problems(document, public_texts(document.data)))
    return sorted(others + findings, key=position)


def test_the_findings_come_in_the_order_of_one_sorted_list(tmp_path: Path) -> None:
    path = tmp_path / "2025.yaml"
    path.write_text(TEXT, encoding="utf-8")
    report = validate_file(path)
    assert report.more is not None and report.more.count == 11
    assert all(p.code != "PERSOONSGEGEVENS" for p in report.problems)  # none kept
    listed = [(p.location.line, p.location.column, p.code, p.params) for p in report.all_problems()]
    expected = _old_order(TEXT)
    assert listed == [(p.location.line, p.location.column, p.code, p.params) for p in expected]
    assert {p.location.line for p in expected if p.code == "PERSOONSGEGEVENS"} == {8, 12, 13, 17, 21, 22}
    assert list(report.all_problems()) == list(report.all_problems())  # made again on each read
    document = parse_document(TEXT.encode(), "2025.yaml")
    assert check_document(document)[1] == [replace_path(p, "2025.yaml") for p in report.all_problems()]


def replace_path(problem: Problem, path: str) -> Problem:
    location = problem.location
    return Problem(
        Location(path, location.line, location.column), problem.code, problem.severity, problem.params
    )


@pytest.mark.parametrize(
    ("levels", "strict", "severity"),
    [
        ({}, False, Severity.WARNING),
        ({"PERSOONSGEGEVENS": Severity.ERROR}, False, Severity.ERROR),
        ({}, True, Severity.ERROR),
    ],
)
def test_levels_and_strict_reach_the_findings(
    nhnorm: Runner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    levels: dict[str, Severity],
    strict: bool,
    severity: Severity,
) -> None:
    path = tmp_path / "2025.yaml"
    path.write_text(TEXT, encoding="utf-8")
    report = validate_file(path, policy=Policy(levels))
    assert report.more is not None and report.more.errors == (11 if levels else 0)
    assert report.valid is False  # the unknown oordeel
    monkeypatch.chdir(tmp_path)
    args = ["validate", "-f", "json", "2025.yaml", *(["--strict"] if strict else [])]
    if levels:
        (tmp_path / "nhnorm.toml").write_text(
            '[nhnorm.regels]\nfout = ["PERSOONSGEGEVENS"]\n', encoding="utf-8"
        )
    found = json.loads(nhnorm(*args, expect=1).stdout)["bestanden"][0]["meldingen"]
    assert {m["niveau"] for m in found if m["code"] == "PERSOONSGEGEVENS"} == {severity.value}


def test_a_rule_switched_off_makes_no_findings(tmp_path: Path) -> None:
    path = tmp_path / "2025.yaml"
    path.write_text(TEXT, encoding="utf-8")
    assert validate_file(path, policy=Policy({"PERSOONSGEGEVENS": None})).more is None


def _result_models(reports: list[FileReport], lang: str) -> str:
    """validate's json as the result models wrote it, every message kept (before issue 26)."""
    files = [
        FileResult(
            pad=r.path,
            geldig=r.valid,
            meldingen=[
                Message(
                    niveau=p.severity.value,
                    code=p.code,
                    regel=p.location.line,
                    kolom=p.location.column,
                    bericht=message(p, lang),
                )
                for p in r.all_problems()
            ],
        )
        for r in reports
    ]
    return json_text(ValidationResult(bestanden=files))


@pytest.mark.parametrize("count", [0, 1, 2, 3])
def test_json_in_pieces_is_what_the_models_wrote(tmp_path: Path, count: int) -> None:
    reports = []
    for i, text in enumerate(
        [TEXT, 'norm: "1.0"\n', "a: [\n", TEXT.replace("Zeedorp", "Zeedörp \\u2028")][:count]
    ):
        path = tmp_path / f"{i}" / "2025.yaml"
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        reports.append(validate_file(path))
    for lang in ("nl", "en"):
        assert "".join(validation_json(reports, lang)) == _result_models(reports, lang)


def test_text_output_keeps_no_findings(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 3,000 findings in one text: 100 listed, the rest counted, none of them kept in the report
    lines = "".join(f"      Met P. Jansen gesproken, p{i}@zeedorp.nl.\n" for i in range(1_500))
    big = TEXT.replace("      Met ir. Visser besproken.\n", lines)
    (tmp_path / "2025.yaml").write_text(big, encoding="utf-8")
    report = validate_file(tmp_path / "2025.yaml")
    assert report.more is not None and report.more.count >= 3_000 and len(report.problems) < 10
    monkeypatch.chdir(tmp_path)
    out = nhnorm("validate", "2025.yaml", expect=1).stdout.splitlines()
    assert (
        len(out) == 102 and out[-1] == f"1 bestand gecontroleerd: 1 fout, {report.count - 1} waarschuwingen"
    )
