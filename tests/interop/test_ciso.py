"""CISO Assistant exports: the norm as a framework library and an assessment as an audit import,
checked against what CISO Assistant's loader and Data Wizard require (see interop/ciso.py for the
version they were read from)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.conftest import Runner
from tests.factories import NORM, write_year

# urn:<namespace>:risk:<object kind>:<name>, lower case: the shape CISO Assistant's library URNs have
URN = re.compile(r"^urn:[a-z0-9_-]+:risk:(library|framework|req_node):[a-z0-9_.:()\[\]-]+$")


@pytest.fixture(scope="module")
def library_text() -> str:
    from nhnorm_cli.interop.ciso import library_yaml

    return library_yaml(NORM)


def _load(text: str) -> Any:
    return YAML(typ="safe", pure=True).load(text)


def test_library_has_what_the_loader_requires(nhnorm: Runner, tmp_path: Path, library_text: str) -> None:
    path = tmp_path / "nhn.yaml"
    nhnorm("norm", "--format", "ciso-assistant", "-o", path)
    assert path.read_text(encoding="utf-8") == library_text
    library = _load(library_text)
    assert {"urn", "name", "version", "objects"} <= set(library)  # StoredLibrary.REQUIRED_FIELDS
    assert URN.match(library["urn"]) and library["locale"] == "nl" and library["version"] == 1
    assert library["ref_id"] == "nhn-weerbare-overheid-1.0"
    framework = library["objects"]["framework"]
    assert {"urn", "ref_id"} <= set(framework) and URN.match(framework["urn"])
    assert (framework["min_score"], framework["max_score"]) == (0, 3)
    assert framework["scores_definition"] == [
        {"score": 0, "name": "Niet voldaan", "description": "oordeel: niet"},
        {"score": 1, "name": "Deels voldaan", "description": "oordeel: deels"},
        {"score": 2, "name": "Grotendeels voldaan", "description": "oordeel: grotendeels"},
        {"score": 3, "name": "Voldaan", "description": "oordeel: voldaan"},
    ]


def test_library_nodes_form_the_norm_tree(library_text: str) -> None:
    nodes = _load(library_text)["objects"]["framework"]["requirement_nodes"]
    seen: dict[str, dict[str, Any]] = {}
    for node in nodes:
        assert URN.match(node["urn"]) and node["urn"] not in seen
        if "parent_urn" in node:  # a parent comes before its children, one level up
            assert seen[node["parent_urn"]]["depth"] == node["depth"] - 1
        seen[node["urn"]] = node
    themes = [n for n in nodes if n["depth"] == 1]
    norms = [n for n in nodes if n["depth"] == 2]
    parts = [n for n in nodes if n["depth"] == 3]
    assert [t["ref_id"] for t in themes] == ["1", "2", "3", "4", "5", "6"]
    assert not any(t["assessable"] for t in themes) and not any(p["assessable"] for p in parts)
    assert [n["ref_id"] for n in norms] == NORM.requirement_ids and all(n["assessable"] for n in norms)
    assert len(parts) == sum(len(r.onderdelen) for r in NORM.requirements)
    kan = next(p for p in parts if p["ref_id"] == "5.5.i")
    assert kan["description"].endswith("(kan-bepaling)") == (not NORM.component("5.5.i")[1].verplicht)  # type: ignore[index]
    norm_27 = next(n for n in norms if n["ref_id"] == "2.7")
    assert norm_27["description"] == NORM.requirement("2.7").tekst  # type: ignore[union-attr]
    assert norm_27["annotation"] == NORM.requirement("2.7").toelichting  # type: ignore[union-attr]


ANSWERS = {
    "1.1": {"oordeel": "voldaan", "toelichting": "Belegd.", "bewijs": ["Collegebesluit"]},
    "1.2": {"oordeel": "grotendeels", "toelichting": "Bijna.", "vertrouwelijk": True, "bewijs": ["Memo"]},
    "1.3": {"oordeel": "deels", "onderdelen": {"1.3.a": "voldaan"}},
    "1.4": {
        "oordeel": "niet",
        "toelichting": "=SOM(A1)",
        "acties": [{"omschrijving": "=Plan", "eigenaar": "P. Jansen", "gereed": date(2026, 9, 1)}],
    },
    "1.5": {"oordeel": "nvt", "toelichting": "Geen taak."},
}


def _rows(nhnorm: Runner, repo: Path, *extra: str) -> dict[str, dict[str, str]]:
    out = repo / f"audit{len(extra)}.csv"
    nhnorm("export", "--year", "2026", "--org", "testdorp", "-f", "ciso-assistant", "-o", out, *extra)
    reader = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))
    assert reader.fieldnames == [
        "urn", "assessable", "ref_id", "name", "description",
        "compliance_result", "requirement_progress", "score", "observations",
    ]  # fmt: skip
    return {row["ref_id"]: row for row in reader}


def test_audit_rows_map_each_oordeel(nhnorm: Runner, repo: Path, library_text: str) -> None:
    write_year(repo / "assessments" / "testdorp", ANSWERS, jaar=2026)
    rows = _rows(nhnorm, repo)
    urns = {n["ref_id"]: n["urn"] for n in _load(library_text)["objects"]["framework"]["requirement_nodes"]}
    assert {ref: row["urn"] for ref, row in rows.items()} == urns  # every node, matched by urn and ref_id
    results = {
        ref: (r["compliance_result"], r["score"]) for ref, r in rows.items() if r["assessable"] == "True"
    }
    assert results["1.1"] == ("compliant", "3")
    assert results["1.2"] == ("partially_compliant", "2")
    assert results["1.3"] == ("partially_compliant", "1")
    assert results["1.4"] == ("non_compliant", "0")
    assert results["1.5"] == ("not_applicable", "")
    assert results["2.1"] == ("not_assessed", "")
    assert len(results) == 47
    assert (
        rows["2.1"]["requirement_progress"] == "to_do" and rows["1.1"]["requirement_progress"] == "in_review"
    )
    assert rows["1"]["assessable"] == "False" and rows["1"]["compliance_result"] == ""
    assert rows["1.1"]["observations"] == "Belegd.\nBewijs: Collegebesluit"
    assert rows["1.3"]["observations"] == "Onderdeel 1.3.a: Voldaan"
    # text from a file never starts a spreadsheet formula
    assert rows["1.4"]["observations"] == "'=SOM(A1)\nActie: =Plan (P. Jansen, gereed 2026-09-01)"


def test_public_audit_leaves_out_confidential_text_and_names(nhnorm: Runner, repo: Path) -> None:
    write_year(repo / "assessments" / "testdorp", ANSWERS, jaar=2026)
    rows = _rows(nhnorm, repo, "--public")
    assert rows["1.2"]["observations"] == "Vertrouwelijk: toelichting en bewijs zijn weggelaten."
    assert rows["1.4"]["observations"] == "'=SOM(A1)\nActie: =Plan (gereed 2026-09-01)"
    assert rows["1.2"]["compliance_result"] == "partially_compliant"  # the result itself is public


def test_public_is_refused_for_the_workbook(nhnorm: Runner, repo: Path) -> None:
    out = nhnorm("export", "--year", "2026", "-o", repo / "x.xlsx", "--public", expect=2)
    assert "PUBLIC-FORMAAT" in out.stderr and not (repo / "x.xlsx").exists()
