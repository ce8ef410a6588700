"""The OSCAL catalog field by field against the norm file: every norm's words, what it requires,
every example, every enumeration in its guidance, every footnote."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from nhnorm_cli.interop.oscal_catalog import catalog_json
from nhnorm_cli.models.norm import Component
from tests.factories import NORM
from tests.interop.oscal_check import check

NS = "urn:nhnorm:oscal"


@pytest.fixture(scope="module")
def catalog() -> dict[str, Any]:
    return json.loads(catalog_json(NORM, datetime(2026, 1, 1, tzinfo=UTC)))  # type: ignore[no-any-return]


def _controls(catalog: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["props"][0]["value"]: c for g in catalog["catalog"]["groups"] for c in g["controls"]}


def _parts(control: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return [p for p in control["parts"] if p["name"] == name]


def _props(part: dict[str, Any]) -> dict[str, str]:
    return {p["name"]: p["value"] for p in part.get("props", [])}


def test_catalog_loads_in_trestle_and_validates(catalog: dict[str, Any], tmp_path: Path) -> None:
    check(catalog, tmp_path)


def test_every_control_carries_its_norm(catalog: dict[str, Any]) -> None:
    controls = _controls(catalog)
    assert list(controls) == NORM.requirement_ids
    for requirement in NORM.requirements:
        control = controls[requirement.id]
        # the title is the norm's own first sentence
        assert control["title"] and requirement.tekst.startswith(control["title"])
        assert not control["title"].endswith(".") and not control["title"].startswith("Norm ")
        (statement,) = _parts(control, "statement")
        assert statement["prose"] == requirement.tekst
        required = [c for c in requirement.onderdelen if c.aard != "voorbeeld"]
        assert [_item(p) for p in statement.get("parts", [])] == [_expected_item(c) for c in required]
        examples = [c for c in requirement.onderdelen if c.aard == "voorbeeld"]
        assert [(_props(p), p["prose"]) for p in _parts(control, "example")] == [
            ({"label": c.id, "aard": "voorbeeld"}, c.tekst) for c in examples
        ]
        props = _props(control)
        assert props.get("groep") == requirement.groep and props.get("herhaling") == requirement.herhaling


def _item(part: dict[str, Any]) -> tuple[dict[str, str], str, list[str]]:
    return _props(part), part["prose"], [p["prose"] for p in part.get("parts", [])]


def _expected_item(component: Component) -> tuple[dict[str, str], str, list[str]]:
    props = {"label": component.id, "verplicht": "true" if component.verplicht else "false"}
    props |= {"aard": component.aard} if component.aard else {}
    return props, component.tekst, component.items


def test_examples_are_no_requirement(catalog: dict[str, Any]) -> None:
    control = _controls(catalog)["1.5"]
    (statement,) = _parts(control, "statement")
    assert "parts" not in statement  # 1.5 requires the cooperation, not these partners
    assert [p["prose"] for p in _parts(control, "example")][-1] == "Woningcorporaties"
    assert "Woningcorporaties" in _parts(control, "guidance")[0]["prose"]


def test_guidance_has_every_enumeration_after_its_colon(catalog: dict[str, Any]) -> None:
    controls = _controls(catalog)
    for requirement in NORM.requirements:
        guidance = _parts(controls[requirement.id], "guidance")
        prose = guidance[0].get("prose", "") if guidance else ""
        paragraphs = prose.split("\n\n")
        for i, paragraph in enumerate(paragraphs):
            if paragraph.endswith(":"):  # an introducing sentence is followed by its list
                assert paragraphs[i + 1].startswith("- "), (requirement.id, paragraph)
        for paragraph in (requirement.toelichting or "").split("\n\n"):
            assert paragraph in paragraphs, requirement.id
        for component in requirement.onderdelen:
            assert f"- {component.tekst}" in prose.splitlines(), component.id
            for item in component.items:
                assert f"  - {item}" in prose.splitlines(), component.id


@pytest.mark.parametrize(
    ("rid", "lead", "first", "last"),
    [
        ("1.3", "Van die bewustwording maakt deel uit:", "1.3.a", "1.3.f"),
        ("1.5", "Mogelijke private partijen om mee samen te werken zijn:", "1.5.a", "1.5.e"),
        ("2.3", "ambtelijke organisatie over:", "2.3.a", "2.3.d"),
        ("5.2", "De APV bevat minimaal de volgende ondermijningsartikelen:", "5.2.a", "5.2.e"),
        ("5.5", "minimaal opgenomen in het Bibob-beleid:", "5.5.a", "5.5.e"),
        ("5.5", "via een ‘kan’-bepaling in het Bibob-beleid opgenomen:", "5.5.f", "5.5.i"),
    ],
)
def test_the_enumerations_named_in_the_issue(
    catalog: dict[str, Any], rid: str, lead: str, first: str, last: str
) -> None:
    paragraphs = _parts(_controls(catalog)[rid], "guidance")[0]["prose"].split("\n\n")
    at = next(i for i, p in enumerate(paragraphs) if p.endswith(lead))
    listed = [line for line in paragraphs[at + 1].splitlines() if line.startswith("- ")]
    assert listed[0] == f"- {NORM.component(first)[1].tekst}"  # type: ignore[index]
    assert listed[-1] == f"- {NORM.component(last)[1].tekst}"  # type: ignore[index]


def test_every_footnote_is_there(catalog: dict[str, Any]) -> None:
    controls = _controls(catalog)
    found: dict[int, str] = {}
    for requirement in NORM.requirements:
        guidance = _parts(controls[requirement.id], "guidance")
        notes = [p for p in guidance[0].get("parts", []) if p["name"] == "voetnoot"] if guidance else []
        assert all(p["ns"] == NS for p in notes)
        found |= {int(_props(p)["label"]): p["prose"] for p in notes}
        assert sorted(int(_props(p)["label"]) for p in notes) == [f.nummer for f in requirement.voetnoten]
    # footnote 1 explains the introduction: a cited resource the metadata links to
    metadata = catalog["catalog"]["metadata"]
    (resource,) = catalog["catalog"]["back-matter"]["resources"]
    assert metadata["links"] == [{"href": f"#{resource['uuid']}", "rel": "reference", "text": "Voetnoot 1"}]
    assert _props(resource) == {"type": "citation", "voetnoot": "1"}
    found[1] = resource["citation"]["text"]
    assert metadata["remarks"].endswith(f"Voetnoot 1: {found[1]}")
    assert found == {f.nummer: f.tekst for f in NORM.voetnoten} | {
        f.nummer: f.tekst for r in NORM.requirements for f in r.voetnoten
    }
    assert sorted(found) == [1, 2, 3, 4, 5]
    assert found[1] == "RIEC Noord-Holland, RIEC Amsterdam-Amstelland en RIEC Midden-Nederland."
