"""CISO Assistant exports: the norm as a framework library and an assessment as an audit import,
checked against what CISO Assistant's loader and Data Wizard require (see interop/ciso_library.py for the
version they were read from)."""

from __future__ import annotations

import csv
import io
import json
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
    from nhnorm_cli.interop.ciso_library import library_yaml

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


def test_version_mapping_as_a_requirement_mapping_set(nhnorm: Runner, norm11: Path) -> None:
    from nhnorm_cli.interop.ciso_library import library
    from nhnorm_cli.versions.norms import load_norm

    text = nhnorm("norm", "--mapping", "1.0--1.1", "--format", "ciso-assistant").stdout
    mapping_library = _load(text)
    assert {"urn", "name", "version", "objects"} <= set(mapping_library) and URN.match(mapping_library["urn"])
    old, new = library(load_norm("1.0")), library(load_norm("1.1"))
    assert mapping_library["dependencies"] == [old["urn"], new["urn"]]
    mapping_set = mapping_library["objects"]["requirement_mapping_set"]
    # RequirementMappingSetImporter.REQUIRED_FIELDS and RequirementMappingImporter.REQUIRED_FIELDS
    assert mapping_set["source_framework_urn"] == old["objects"]["framework"]["urn"]
    assert mapping_set["target_framework_urn"] == new["objects"]["framework"]["urn"]
    entries = mapping_set["requirement_mappings"]
    old_nodes = {n["urn"] for n in old["objects"]["framework"]["requirement_nodes"]}
    new_nodes = {n["urn"] for n in new["objects"]["framework"]["requirement_nodes"]}
    assert all(
        e["source_requirement_urn"] in old_nodes and e["target_requirement_urn"] in new_nodes for e in entries
    )
    by_source: dict[str, list[tuple[str, str]]] = {}
    for e in entries:
        source = e["source_requirement_urn"].rsplit(":", 1)[1]
        by_source.setdefault(source, []).append(
            (e["target_requirement_urn"].rsplit(":", 1)[1], e["relationship"])
        )
    assert by_source["3.2"] == [("3.2", "intersect"), ("3.11", "intersect")]
    assert by_source["2.7"] == [("2.7", "subset")] and by_source["4.7"] == [("4.8", "equal")]
    assert "6.2" not in by_source and len(by_source) == 46  # vervallen has no target in CISO Assistant
    assert "MAPPING-FORMAAT" in nhnorm("norm", "--mapping", "1.0--1.1", expect=2).stderr
    assert "GEEN-VERSIEMAPPING" in nhnorm("norm", "--mapping", "1.1--1.0", "-f", "json", expect=2).stderr
    assert json.loads(nhnorm("norm", "--mapping", "1.0--1.1", "-f", "json").stdout)["normen"]["6.2"] == {
        "relatie": "vervallen",
        "naar": [],
        "toelichting": None,
    }
