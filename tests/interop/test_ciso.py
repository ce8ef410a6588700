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

from nhnorm_cli.interop.ciso_library import yaml_text
from tests.conftest import Runner
from tests.factories import NORM, write_year
from tests.interop.ciso_loader import import_audit, load_library, load_mapping_library

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
    framework = load_library(library_text)
    library = _load(library_text)
    assert URN.match(library["urn"]) and library["locale"] == "nl" and library["version"] == 2
    assert library["ref_id"] == "nhn-weerbare-overheid-1.0"
    assert URN.match(framework["urn"])
    assert (framework["min_score"], framework["max_score"]) == (0, 3)
    assert framework["scores_definition"] == [
        {"score": 0, "name": "Niet voldaan", "description": "oordeel: niet"},
        {"score": 1, "name": "Deels voldaan", "description": "oordeel: deels"},
        {"score": 2, "name": "Grotendeels voldaan", "description": "oordeel: grotendeels"},
        {"score": 3, "name": "Voldaan", "description": "oordeel: voldaan"},
    ]
    assert framework["description"] == NORM.inleiding
    # footnote 1 belongs to the introduction: the framework's annotation
    assert framework["annotation"] == (
        "Voetnoot 1: RIEC Noord-Holland, RIEC Amsterdam-Amstelland en RIEC Midden-Nederland."
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda lib: lib.pop("version"), "missing"),
        (lambda lib: lib.__setitem__("urn", "urn:nhnorm:library"), "badly formatted"),
        (lambda lib: lib["objects"]["framework"].pop("ref_id"), "FRAMEWORK_ERROR"),
        (lambda lib: lib["objects"]["framework"]["requirement_nodes"][3].pop("urn"), "REQUIREMENT_ERROR"),
        (lambda lib: lib["objects"]["framework"]["requirement_nodes"][3].pop("assessable"), "NOT NULL"),
        (
            lambda lib: lib["objects"]["framework"]["requirement_nodes"][0].__setitem__("name", "x" * 201),
            "200",
        ),
        (
            lambda lib: lib["objects"]["framework"]["requirement_nodes"].append(
                lib["objects"]["framework"]["requirement_nodes"][1]
            ),
            "duplicate urn",
        ),
    ],
)
def test_the_loader_checks_can_fail(library_text: str, change: Any, message: str) -> None:
    """The re-implemented checks reject what CISO Assistant rejects (so passing means something)."""
    from tests.interop.ciso_loader import LoaderError

    library = _load(library_text)
    change(library)
    with pytest.raises(LoaderError, match=message):
        load_library(yaml_text(library))


def test_library_nodes_carry_the_norm_field_by_field(library_text: str) -> None:
    nodes = load_library(library_text)["requirement_nodes"]
    seen: dict[str, dict[str, Any]] = {}
    for node in nodes:
        assert URN.match(node["urn"]) and node["urn"] not in seen
        if "parent_urn" in node:  # a parent comes before its children, one level up
            assert seen[node["parent_urn"]]["depth"] == node["depth"] - 1
        seen[node["urn"]] = node
    by_ref = {n["ref_id"]: n for n in nodes if "ref_id" in n}
    assert [n["ref_id"] for n in nodes if n["depth"] == 1] == ["1", "2", "3", "4", "5", "6"]
    assert [n["ref_id"] for n in nodes if n["assessable"]] == NORM.requirement_ids
    for theme in NORM.themas:
        node = by_ref[theme.id]
        assert (node["name"], node["description"], node["assessable"]) == (
            theme.titel,
            theme.omschrijving,
            False,
        )
    groups = [n for n in nodes if "ref_id" not in n]
    assert [g["name"] for g in groups] == [
        "Algemene Plaatselijke Verordening (APV)",
        "Wet Bibob",
        "Wet Damocles (Opiumwet)",
        "Financiële weerbaarheid",
        "Bestuurlijke en integrale uitvoeringskracht",
    ]
    assert all(g["parent_urn"] == by_ref["5"]["urn"] and not g["assessable"] for g in groups)
    group_of = {g["urn"]: g["name"] for g in groups}
    footnotes_seen: list[int] = [1]
    for requirement in NORM.requirements:
        node = by_ref[requirement.id]
        assert node["description"] == requirement.tekst
        if requirement.groep:
            assert group_of[node["parent_urn"]] == requirement.groep and node["depth"] == 3
        else:
            assert (
                node["parent_urn"] == by_ref[NORM.theme_of(requirement.id).id]["urn"] and node["depth"] == 2
            )
        annotation = [requirement.toelichting] if requirement.toelichting else []
        annotation += [f"Voetnoot {f.nummer}: {f.tekst}" for f in requirement.voetnoten]
        assert node.get("annotation") == ("\n\n".join(annotation) or None)
        footnotes_seen += [f.nummer for f in requirement.voetnoten]
        for component in requirement.onderdelen:
            part = by_ref[component.id]
            assert part["parent_urn"] == node["urn"] and not part["assessable"]
            assert part["depth"] == node["depth"] + 1
            first, *items = part["description"].split("\n- ")
            assert items == component.items
            label = {None: "", "kan-bepaling": " (kan-bepaling / niet verplicht)"}
            label["voorbeeld"] = " (voorbeeld / niet verplicht)"
            assert first == component.tekst + label[component.aard]
    assert sorted(footnotes_seen) == [1, 2, 3, 4, 5]
    assert by_ref["1.5.e"]["description"] == "Woningcorporaties (voorbeeld / niet verplicht)"
    assert (
        by_ref["5.5.f"]["description"]
        == "Omgevingswet (vergunningen/ontheffingen) (kan-bepaling / niet verplicht)"
    )
    assert [r for r, n in by_ref.items() if "kan-bepaling" in n.get("description", "")] == [
        "5.5.f", "5.5.g", "5.5.h", "5.5.i"
    ]  # fmt: skip


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


COLUMNS = [
    "urn", "assessable", "ref_id", "name", "description",
    "compliance_result", "requirement_progress", "score", "observations",
    "organisatie", "organisatie_code", "jaar", "peildatum", "status", "vastgesteld_op", "vastgesteld_door",
]  # fmt: skip


def _export(nhnorm: Runner, repo: Path, *extra: str) -> str:
    out = repo / f"audit{len(extra)}.csv"
    nhnorm("export", "--year", "2026", "--org", "testdorp", "-f", "ciso-assistant", "-o", out, *extra)
    return out.read_text(encoding="utf-8")


def _rows(nhnorm: Runner, repo: Path, *extra: str) -> dict[str, dict[str, str]]:
    reader = csv.DictReader(io.StringIO(_export(nhnorm, repo, *extra)))
    assert reader.fieldnames == COLUMNS
    return {row["urn"].rsplit(":", 1)[1]: row for row in reader}


def test_audit_rows_map_each_oordeel(nhnorm: Runner, repo: Path, library_text: str) -> None:
    write_year(repo / "assessments" / "testdorp", ANSWERS, jaar=2026)
    rows = _rows(nhnorm, repo)
    urns = {n["urn"] for n in _load(library_text)["objects"]["framework"]["requirement_nodes"]}
    assert {row["urn"] for row in rows.values()} == urns  # every node, matched by urn and ref_id
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
    assert rows["thema-1"]["assessable"] == "False" and rows["thema-1"]["compliance_result"] == ""
    assert rows["thema-5-groep-2"]["name"] == "Wet Bibob" and rows["thema-5-groep-2"]["ref_id"] == ""
    assert rows["1.1"]["observations"] == "Belegd.\nBewijs: Collegebesluit"
    assert rows["1.3"]["observations"] == "Onderdeel 1.3.a: Voldaan"
    # written as it is: CISO Assistant stores a cell as it reads it, an apostrophe included
    assert rows["1.4"]["observations"] == "=SOM(A1)\nActie: =Plan (P. Jansen, gereed 2026-09-01)"
    # the assessment itself on every row
    context = {(r["organisatie"], r["jaar"], r["peildatum"], r["status"]) for r in rows.values()}
    assert context == {("Gemeente Testdorp", "2026", "2026-03-28", "concept")}


def test_audit_imports_as_ciso_assistant_reads_it(nhnorm: Runner, repo: Path, library_text: str) -> None:
    write_year(repo / "assessments" / "testdorp", ANSWERS, jaar=2026)
    framework = load_library(library_text)
    imported = import_audit(_export(nhnorm, repo), framework)
    by_ref = {u.rsplit(":", 1)[1]: data for u, data in imported.items()}
    assert set(by_ref) == set(NORM.requirement_ids)  # every norm, nothing else
    assert by_ref["1.4"] == {
        "result": "non_compliant",
        "status": "in_review",
        "observation": "=SOM(A1)\nActie: =Plan (P. Jansen, gereed 2026-09-01)",
        "score": 0,
        "is_scored": True,
    }
    assert by_ref["1.5"] == {"result": "not_applicable", "status": "in_review", "observation": "Geen taak."}
    assert by_ref["2.1"] == {"result": "not_assessed", "status": "to_do"}


def test_vastgesteld_audit_carries_the_adoption(nhnorm: Runner, repo: Path) -> None:
    write_year(
        repo / "assessments" / "testdorp",
        {rid: {"oordeel": "voldaan", "toelichting": "Op orde."} for rid in NORM.requirement_ids},
        jaar=2026,
    )
    adopt = ("set", "--status", "vastgesteld", "--op", "2026-03-30", "--door", "interne driehoek")
    nhnorm(*adopt, "--year", "2026", "--org", "testdorp")
    rows = _rows(nhnorm, repo)
    assert {(r["status"], r["vastgesteld_op"], r["vastgesteld_door"]) for r in rows.values()} == {
        ("vastgesteld", "2026-03-30", "interne driehoek")
    }
    assert {r["requirement_progress"] for r in rows.values() if r["assessable"] == "True"} == {"done"}


def test_excel_form_is_guarded_and_not_for_import(nhnorm: Runner, repo: Path) -> None:
    write_year(repo / "assessments" / "testdorp", ANSWERS, jaar=2026)
    text = _export(nhnorm, repo, "--excel")
    assert text.startswith("\ufeffurn;assessable;")
    rows = {r["ref_id"]: r for r in csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";")}
    assert rows["1.4"]["observations"] == "'=SOM(A1)\nActie: =Plan (P. Jansen, gereed 2026-09-01)"


def test_public_audit_leaves_out_confidential_text_and_names(nhnorm: Runner, repo: Path) -> None:
    write_year(repo / "assessments" / "testdorp", ANSWERS, jaar=2026)
    rows = _rows(nhnorm, repo, "--public")
    assert rows["1.2"]["observations"] == "Vertrouwelijk: toelichting en bewijs zijn weggelaten."
    assert rows["1.4"]["observations"] == "=SOM(A1)\nActie: =Plan (gereed 2026-09-01)"
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
    # CISO Assistant loads it against the two loaded frameworks
    loaded = load_mapping_library(text, load_library(yaml_text(old)), load_library(yaml_text(new)))
    mapping_set = mapping_library["objects"]["requirement_mapping_set"]
    assert loaded == mapping_set["requirement_mappings"]
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


@pytest.mark.parametrize("fmt", ["ciso-assistant", "oscal"])
def test_public_exports_replace_a_name_in_the_adoption_line(nhnorm: Runner, repo: Path, fmt: str) -> None:
    write_year(
        repo / "assessments" / "testdorp",
        {rid: {"oordeel": "voldaan", "toelichting": "Op orde."} for rid in NORM.requirement_ids},
        jaar=2026,
    )
    nhnorm("set", "--status", "vastgesteld", "--door", "P. Jansen", "--year", "2026", "--org", "testdorp")
    out = repo / "public.out"
    result = nhnorm("export", "--year", "2026", "--org", "testdorp", "-f", fmt, "--public", "-o", out)
    text = out.read_text(encoding="utf-8")
    assert "P. Jansen" not in text and "[verwijderd]" in text
    assert "PERSOONSGEGEVENS-VERWIJDERD" in result.stderr
