"""README's RIEC section, followed literally from an empty folder: every command of its code blocks
in order, the register from its YAML block, and in between only what people do (the organisations
fill in the blank workbooks and send them back). Running the bulk import again changes nothing."""

from __future__ import annotations

import glob
import json
import re
import shlex
from pathlib import Path

import openpyxl
import pytest

from tests import factories
from tests.conftest import ROOT, Runner

_BLOCK = re.compile(r"```(sh|yaml)\n(.*?)```", re.S)


def _section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text[text.index("## De regio: the RIEC's yearly routine") : text.index("## Command reference")]


def _blocks() -> list[tuple[str, str]]:
    return [(kind, body) for kind, body in _BLOCK.findall(_section())]


def _fill_in(blank: Path, sent: Path, adopted: str) -> None:
    """What an organisation does with the blank workbook: a peildatum, every norm, adopted."""
    book = openpyxl.load_workbook(blank)
    details = book["Organisatie"]
    rows = {details.cell(r, 1).value: r for r in range(2, details.max_row + 1)}
    details.cell(rows["peildatum"], 2).value = "2026-03-02"
    details.cell(rows["status"], 2).value = "vastgesteld"
    details.cell(rows["vastgesteld_op"], 2).value = adopted
    sheet = book["Implementatieoverzicht"]
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 2).value in factories.IDS:
            sheet.cell(row, 4).value = "voldaan"
            sheet.cell(row, 5).value = "Zie het jaarplan."
    sent.parent.mkdir(exist_ok=True)
    book.save(sent)


def _words(line: str) -> list[str]:
    words = shlex.split(line, comments=True)
    expanded: list[str] = []
    for word in words[1:]:  # `nhnorm` itself is the runner
        expanded += sorted(glob.glob(word)) if "*" in word else [word]
    return expanded


def test_the_routine_from_an_empty_folder(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    ran: list[str] = []
    imports: list[list[str]] = []
    for kind, body in _blocks():
        if kind == "yaml":
            if "organisaties:" in body:
                Path("organisaties.yaml").write_text(body, encoding="utf-8")
            continue
        for line in body.splitlines():
            if line.startswith("mkdir "):  # mkdir riec-regio && cd riec-regio && git init
                folder = tmp_path / line.split()[1]
                (folder / ".git").mkdir(parents=True)
                monkeypatch.chdir(folder)
                continue
            assert line.startswith("nhnorm "), f"README step nhnorm cannot follow: {line}"
            words = _words(line)
            if words[0] == "import":  # the organisations sent their workbooks back
                for blank in sorted(Path("uit").glob("*.xlsx")):
                    _fill_in(blank, Path("ontvangen") / blank.name, "2026-03-20")
                words = _words(line)
                imports.append(words)
            nhnorm(*words)
            ran.append(words[0])
    assert ran == [
        "schema",
        "validate",
        "intake",
        "export",
        "export",
        "import",
        "intake",
        "overview",
        "overview",
    ]
    # what the routine produced
    data = json.loads(nhnorm("intake", "--year", "2026", "-f", "json", "--vandaag", "2026-04-02").stdout)
    assert [(r["code"], r["status"], r["ontvangen_op"], r["te_laat"]) for r in data["organisaties"]] == [
        ("GM9999", "vastgesteld", "2026-03-28", False),
        ("GM9998", "vastgesteld", "2026-03-28", False),
    ]
    assert Path("assessments/zeedorp/2026.yaml").is_file()  # the register's slug
    assert Path("assessments/gemeente-duinstad/2026.yaml").is_file()
    named = Path("regio-2026.html").read_text(encoding="utf-8")
    assert "Gemeente Duinstad" in named and "De cijfers staan voor 2 van de 2 organisaties" in named
    anonymous = Path("provincie-2026.html").read_text(encoding="utf-8")
    assert not [w for w in ("Zeedorp", "Duinstad", "zeedorp", "GM999") if w in anonymous]
    # adding attachments and running the import again: nothing already read changes
    before = {p: p.read_bytes() for p in Path("assessments").rglob("*.yaml")}
    for words in imports:
        err = nhnorm(*words).stderr
        assert "(ongewijzigd)" in err
    assert {p: p.read_bytes() for p in Path("assessments").rglob("*.yaml")} == before


def test_a_register_without_assessments_is_everyone_missing(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    register = next(body for kind, body in _blocks() if kind == "yaml" and "organisaties:" in body)
    (tmp_path / "organisaties.yaml").write_text(register, encoding="utf-8")
    assert nhnorm("validate").stdout.rstrip().endswith("1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen")
    data = json.loads(nhnorm("intake", "--year", "2026", "-f", "json", "--vandaag", "2026-03-01").stdout)
    assert data["totalen"] == {"ontbreekt": 2, "onleesbaar": 0, "concept": 0, "vastgesteld": 0, "te_laat": 0}
    overview = json.loads(nhnorm("overview", "--year", "2026", "-f", "json").stdout)
    assert [r["status"] for r in overview["organisaties"]] == ["ontbreekt", "ontbreekt"]
    assert overview["dekking"] == {"geregistreerd": 2, "ingeleverd": 0, "meegeteld": 0}
    (tmp_path / "assessments").mkdir()  # an empty folder is no different
    nhnorm("intake", "--year", "2026")
    nhnorm("overview", "--year", "2026", "--anoniem", "--format", "md")
