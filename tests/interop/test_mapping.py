"""`nhnorm validate` on a mapping between norm versions: every old id covered, every target
existing, relations valid, each problem at its line and column."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML

from tests.conftest import ROOT, Runner
from tests.interop.norm11 import mapping_text

GOOD = mapping_text()


def _at(text: str, needle: str, offset: int = 0) -> str:
    """line:col (1-based) of the first `needle` in `text`, plus `offset` columns."""
    index = text.index(needle)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1 + offset
    return f"{line}:{column}"


def _entry(rid: str) -> str:
    """The YAML block of one entry in GOOD."""
    start = GOOD.index(f"  '{rid}':\n")
    end = GOOD.find("\n  '", start + 1)
    return GOOD[start : end + 1 if end != -1 else len(GOOD)]


CASES: list[tuple[str, str, str, str]] = [
    # (case, mapping text, needle for the expected position, expected "CODE: message")
    (
        "missing-old-id",
        GOOD.replace(_entry("5.12"), ""),
        "normen:",
        "MAPPING-ONVOLLEDIG: 1 norm(en) van versie 1.0 ontbreken in normen: 5.12; "
        "geef elke oude norm een opvolger of relatie: vervallen",
    ),
    (
        "unknown-relation",
        GOOD.replace("relatie: deelverzameling", "relatie: deelverzameing"),
        "deelverzameing",
        'ONGELDIGE-WAARDE: relatie heeft ongeldige waarde "deelverzameing"; toegestaan: gelijk, '
        'deelverzameling, bovenverzameling, overlap, vervallen; bedoelde u "deelverzameling"?',
    ),
    (
        "unknown-target",
        GOOD.replace("- '3.11'", "- '3.12'"),
        "'3.12'",
        'ONBEKEND-ID: norm "3.12" bestaat niet in norm 1.1',
    ),
    (
        "unknown-old-id",
        GOOD.replace("normen:\n", "normen:\n  '7.1':\n    relatie: vervallen\n", 1),
        "'7.1'",
        'ONBEKEND-ID: norm "7.1" bestaat niet in norm 1.0',
    ),
    (
        "gelijk-two-targets",
        GOOD.replace(_entry("1.2"), "  '1.2':\n    relatie: gelijk\n    naar: ['1.2', '1.3']\n"),
        "['1.2', '1.3']",
        "MAPPING-DOELEN: norm 1.2: relatie gelijk met 2 doel(en); gelijk heeft precies één doel in naar, "
        "vervallen geen, de andere relaties minstens één",
    ),
    (
        "vervallen-with-target",
        GOOD.replace(_entry("6.2"), "  '6.2':\n    relatie: vervallen\n    naar: ['6.1']\n"),
        "['6.1']",
        "MAPPING-DOELEN: norm 6.2: relatie vervallen met 1 doel(en); gelijk heeft precies één doel in "
        "naar, vervallen geen, de andere relaties minstens één",
    ),
    (
        "two-gelijk-to-one",
        GOOD.replace(_entry("1.2"), "  '1.2':\n    relatie: gelijk\n    naar: ['1.1']\n"),
        "'1.1']",
        "MAPPING-DUBBEL-GELIJK: norm 1.1 is al gelijk aan oude norm 1.1; 1.2 kan er niet ook gelijk "
        "aan zijn (kies overlap of deelverzameling)",
    ),
    (
        "target-twice",
        GOOD.replace(_entry("1.2"), "  '1.2':\n    relatie: overlap\n    naar: ['1.2', '1.2']\n"),
        "'1.2']",
        "MAPPING-DUBBEL-DOEL: norm 1.2 staat twee keer in naar van norm 1.2; noem elk doel één keer",
    ),
    (
        "unknown-version",
        GOOD.replace("naar: '1.1'\n", "naar: '2.0'\n", 1),
        "'2.0'",
        "ONBEKENDE-NORMVERSIE: norm 2.0 bestaat niet; beschikbaar: 1.0, 1.1",
    ),
    (
        "unquoted-id",
        GOOD.replace("  '1.2':\n", "  1.2:\n"),
        "1.2:",
        'ID-GEEN-TEKST: id 1.2 moet tussen aanhalingstekens: "1.2" (anders leest YAML het als een getal)',
    ),
    (
        "misspelt-key",
        GOOD.replace("    relatie: overlap", "    relatei: overlap"),
        "relatei",
        'ONBEKENDE-SLEUTEL: onbekende sleutel "relatei" in normen."3.2"; bedoelde u "relatie"?',
    ),
]


@pytest.mark.usefixtures("norm11")
@pytest.mark.parametrize(("text", "needle", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_mapping_is_reported_at_its_position(
    nhnorm: Runner, tmp_path: Path, text: str, needle: str, expected: str
) -> None:
    versions = re.findall(r"^(?:van|naar): '([^']*)'$", text, re.MULTILINE)
    path = tmp_path / f"{versions[0]}--{versions[1]}.yaml"  # named as it should be
    path.write_text(text, encoding="utf-8")
    out = nhnorm("validate", path, expect=1)
    assert out.stdout.splitlines() == [  # one mistake, one line
        f"{path}:{_at(text, needle)}: fout {expected}",
        "1 bestand gecontroleerd: 1 fout, 0 waarschuwingen",
    ]


@pytest.mark.usefixtures("norm11")
def test_good_mapping_validates_and_name_must_match(nhnorm: Runner, norm11: Path, tmp_path: Path) -> None:
    out = nhnorm("validate", norm11 / "mappings" / "1.0--1.1.yaml")
    assert out.stdout.strip() == "1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen"
    wrong = tmp_path / "1.0--1.2.yaml"
    wrong.write_text(GOOD, encoding="utf-8")
    out = nhnorm("validate", wrong, expect=1)
    assert out.stdout.splitlines()[0] == (
        f"{wrong}:1:1: fout MAPPING-BESTANDSNAAM: de bestandsnaam past niet bij van en naar; "
        "noem het bestand 1.0--1.1.yaml"
    )


def test_mapping_to_a_version_not_installed(nhnorm: Runner, tmp_path: Path) -> None:
    path = tmp_path / "1.0--1.1.yaml"
    path.write_text(GOOD, encoding="utf-8")
    out = nhnorm("validate", path, "--lang", "en", expect=1)
    assert out.stdout.splitlines()[0] == (
        f"{path}:{_at(GOOD, chr(39) + '1.1' + chr(39))}: fout ONBEKENDE-NORMVERSIE: "
        "norm 1.1 does not exist; available: 1.0"
    )


def test_mapping_schema_is_committed_and_accepts_the_mapping(nhnorm: Runner, tmp_path: Path) -> None:
    nhnorm("schema", "--output", tmp_path)
    generated = (tmp_path / "mapping.schema.json").read_text(encoding="utf-8")
    assert generated == (ROOT / "schemas" / "mapping.schema.json").read_text(encoding="utf-8")
    schema = json.loads(generated)
    data = YAML(typ="safe", pure=True).load(GOOD)
    jsonschema.validate(data, schema)
    data["normen"]["1.1"]["relatie"] = "identiek"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_a_mapping_from_a_version_to_itself_is_an_error(nhnorm: Runner, tmp_path: Path) -> None:
    """1.0 → 1.0 validated clean (issue 25)."""
    text = re.sub(r"^naar: .*$", "naar: '1.0'", GOOD, count=1, flags=re.MULTILINE)
    path = tmp_path / "1.0--1.0.yaml"
    path.write_text(text, encoding="utf-8")
    out = nhnorm("validate", path, expect=1).stdout
    assert (
        f"{path}:{_at(text, 'naar: ', 6)}: fout "
        "MAPPING-ZELFDE-VERSIE: van en naar zijn allebei 1.0; een mapping verbindt twee verschillende "
        "normversies"
    ) in out.splitlines()
