"""The committed schemas/ are exactly what `nhnorm schema` generates."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ROOT, Runner


def test_committed_schemas_are_current(nhnorm: Runner, tmp_path: Path) -> None:
    nhnorm("schema", "--output", tmp_path / "s")
    for name in (
        "assessment.schema.json",
        "norm.schema.json",
        "mapping.schema.json",
        "organisaties.schema.json",
    ):
        generated = (tmp_path / "s" / name).read_text(encoding="utf-8")
        committed = (ROOT / "schemas" / name).read_text(encoding="utf-8")
        assert generated == committed, f"schemas/{name} is stale: run `nhnorm schema -o schemas --force`"


def test_refuses_to_overwrite(nhnorm: Runner, tmp_path: Path) -> None:
    nhnorm("schema", "--output", tmp_path)
    (tmp_path / "norm.schema.json").write_text("mine", encoding="utf-8")
    result = nhnorm("schema", "--output", tmp_path, expect=2)
    assert "BESTAAT-AL" in result.stderr
    assert (tmp_path / "norm.schema.json").read_text(encoding="utf-8") == "mine"


def test_schema_knows_the_norm(nhnorm: Runner) -> None:
    schema = json.loads(nhnorm("schema").stdout)
    answers = schema["properties"]["antwoorden"]
    assert len(answers["properties"]) == 47
    assert answers["properties"]["2.7"]["description"].startswith("2.7 Wij laten voor kandidaat-bestuurders")
    assert answers["additionalProperties"] is False
    assert schema["$defs"]["Answer"]["properties"]["oordeel"]["enum"] == [
        "voldaan",
        "grotendeels",
        "deels",
        "niet",
        "nvt",
    ]
