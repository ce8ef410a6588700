"""A fictitious norm 1.1 and its mapping from 1.0, made for tests only (never shipped).

Against 1.0: 2.7 asks more (deelverzameling), 3.2 is split over 3.2 and the new 3.11 (overlap),
4.7 is renumbered 4.8 unchanged (gelijk) with a new 4.7 before it, 6.2 is gone (vervallen); every
other norm is gelijk under its own id."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nhnorm_cli.source.yamlsource import dump_roundtrip
from nhnorm_cli.versions.norms import load_norm

SPECIAL: dict[str, tuple[str, list[str]]] = {
    "2.7": ("deelverzameling", ["2.7"]),
    "3.2": ("overlap", ["3.2", "3.11"]),
    "4.7": ("gelijk", ["4.8"]),
    "6.2": ("vervallen", []),
}
NEW_TO_ANSWER = ["2.7", "3.2", "3.11", "4.7"]  # the 1.1 norms without a gelijk predecessor


def norm_data() -> dict[str, Any]:
    data = load_norm("1.0").model_dump(mode="json", exclude_defaults=True)
    data["versie"] = "1.1"
    themes = {t["id"]: t for t in data["themas"]}
    for requirement in themes["2"]["normen"]:
        if requirement["id"] == "2.7":
            requirement["tekst"] += " Dit geldt ook voor kandidaat-commissieleden."
    themes["3"]["normen"].append({"id": "3.11", "tekst": "Wij toetsen ook de opvolging van 3.2."})
    four = themes["4"]["normen"]
    four[-1]["id"] = "4.8"
    four.insert(-1, {"id": "4.7", "tekst": "Wij oefenen jaarlijks een integriteitscasus."})
    themes["6"]["normen"] = [r for r in themes["6"]["normen"] if r["id"] != "6.2"]
    return data


def mapping_text(**changes: Any) -> str:
    """The mapping 1.0 → 1.1 as YAML; `changes` replace top-level keys (for bad-input tests)."""
    entries: dict[str, Any] = {}
    for rid in load_norm("1.0").requirement_ids:
        relation, targets = SPECIAL.get(rid, ("gelijk", [rid]))
        entries[rid] = {"relatie": relation, "naar": targets}
    entries["2.7"]["toelichting"] = "1.1 vraagt de screening ook voor commissieleden."
    data: dict[str, Any] = {"van": "1.0", "naar": "1.1", "normen": entries} | changes
    return dump_roundtrip(data)


def install(folder: Path, mapping: str | None = None) -> Path:
    """norm 1.1 and mappings/1.0--1.1.yaml in `folder`, as an NHNORM_NORM_PATH entry."""
    (folder / "mappings").mkdir(parents=True, exist_ok=True)
    (folder / "1.1.yaml").write_text(dump_roundtrip(norm_data()), encoding="utf-8")
    (folder / "mappings" / "1.0--1.1.yaml").write_text(
        mapping if mapping is not None else mapping_text(), encoding="utf-8"
    )
    return folder
