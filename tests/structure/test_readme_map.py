"""README's package map names every module, so a newcomer finds each one's job."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "nhnorm_cli"


def _map() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Development: a map of the package")
    return readme[start : readme.index("Where new work goes:", start)]


def test_the_map_names_every_module_in_its_family() -> None:
    text = _map()
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.stem in {"__init__", "__main__"}:
            continue
        family = path.parent.relative_to(PACKAGE).as_posix()
        if family == ".":
            named = re.search(rf"\b{re.escape(path.name)}\b", text)
        else:
            block = re.search(rf"^  {re.escape(family)}/ .*?(?=^  \S|^```)", text, flags=re.M | re.S)
            named = block and re.search(rf"(?<![\w-]){re.escape(path.stem)}(?![\w-])", block.group(0))
        if not named:
            missing.append(path.relative_to(PACKAGE).as_posix())
    assert not missing, f"README's package map does not name: {missing}"
