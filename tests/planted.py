"""The test region of tests/region.py (41 organisations × 2024–2026) with what a RIEC meets in real
life planted in it, so every intake and overview figure below is known by hand (issue 19):

2026
- a copy of Proefstad 03's file (no code: matched to the entry by its name) under
  `assessments/kopie-03/`, and a hard link to Proefstad 10's (code GM9010) under `zz-link-10/`:
  the second file in path order is DUBBELE-BEOORDELING, left out of every figure;
- `proefstad-12/2026.yaml` says it is Gemeente Proefstad 12 (RIEC Noord-Holland) but carries code
  GM9023 (Proefstad 23, RIEC Amsterdam-Amstelland): WIJKT-AF-VAN-REGISTER on naam and riec; the
  file is nobody's, so Proefstad 12 is `ontbreekt`;
- `proefstad-14/2026.yaml` is unreadable YAML: `onleesbaar`;
- `gemeente-buitenaf/2026.yaml`: an organisation that is not in the register (NIET-IN-REGISTER);
- dates received: 00–09 on 25 March, 25–29 (adopted late, 15 April) on 30 March, concepts 35 and
  36 on 28 March, concept 37 on 10 April (late); the others have none (the section 6 rule);
- 30–34 are missing (tests/region.py).
2025: `proefstad-16/2025.yaml` is unreadable; gemeenten 03–34 answer 6.1 and 6.2 `nvt`, so the
theme 6 mean stands for Proefstad 00–02 only (3).
2023: Proefstad 00 and 01 adopted (every norm `niet`), 02 a concept: a year of 2 counted.

Counted (vastgesteld, usable, first of its entry): 2023: 2; 2024: 35; 2025: 34; 2026: 28 (00–29
without 12 and 14).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from nhnorm_cli.editing.yamlmerge import fresh_yaml
from tests import region
from tests.factories import IDS, assessment, bare_answer

RECEIVED = {
    **{i: date(2026, 3, 25) for i in range(10)},
    **{i: date(2026, 3, 30) for i in range(25, 30)},
    35: date(2026, 3, 28),
    36: date(2026, 3, 28),
    37: date(2026, 4, 10),
}
EXTRA = ["Buitenaf", "gemeente-buitenaf", "kopie-03", "zz-link-10"]


def _path(root: Path, folder: str, year: int) -> Path:
    return root / "assessments" / folder / f"{year}.yaml"


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(fresh_yaml(data), encoding="utf-8")


def write(root: Path) -> None:
    """The region with its plants under `root` (made a repository)."""
    region.write(root)
    # 2026: dates received, a copy, a hard link, a contradiction, an unreadable file, a stranger
    for i, day in RECEIVED.items():
        data = region.gemeente(i, 2026)
        assert data is not None
        data = {k: v for k, v in data.items() if k != "antwoorden"} | {
            "ontvangen_op": day,
            "antwoorden": data["antwoorden"],
        }
        _write(_path(root, region.folder(i), 2026), data)
    copy = _path(root, "kopie-03", 2026)
    copy.parent.mkdir(parents=True)
    copy.write_bytes(_path(root, region.folder(3), 2026).read_bytes())
    link = _path(root, "zz-link-10", 2026)
    link.parent.mkdir(parents=True)
    os.link(_path(root, region.folder(10), 2026), link)
    contradicting = region.gemeente(12, 2026)
    assert contradicting is not None
    contradicting["organisatie"]["code"] = region.code(23)
    _write(_path(root, region.folder(12), 2026), contradicting)
    _path(root, region.folder(14), 2026).write_text("status: [vastgesteld\n", encoding="utf-8")
    stranger = assessment("Gemeente Buitenaf", 2026, dict.fromkeys(IDS, "voldaan"), status="vastgesteld")
    _write(_path(root, "gemeente-buitenaf", 2026), stranger | {"vastgesteld_op": date(2026, 3, 20)})
    # 2025: an unreadable file; theme 6 nvt for all but three
    _path(root, region.folder(16), 2025).write_text("jaar: 2025\n  kapot: [\n", encoding="utf-8")
    for i in range(3, 35):
        if i == 16:
            continue
        data = region.gemeente(i, 2025)
        assert data is not None
        data["antwoorden"]["6.1"] = bare_answer("nvt")
        data["antwoorden"]["6.2"] = bare_answer("nvt")
        _write(_path(root, region.folder(i), 2025), data)
    # 2023: a baseline of two
    for i, status in ((0, "vastgesteld"), (1, "vastgesteld"), (2, "concept")):
        data = assessment(
            region.naam(i), 2023, dict.fromkeys(IDS, "niet"), riec=region.riec(i), status=status
        )
        if status == "vastgesteld":
            data["vastgesteld_op"] = date(2023, 3, 20)
        if i % 5 == 0:
            data["organisatie"]["code"] = region.code(i)
        _write(_path(root, region.folder(i), 2023), data)


def identifying() -> list[str]:
    """Every name, slug, folder and code that may not appear in an anonymous overview."""
    return [*region.identifying(), *EXTRA]
