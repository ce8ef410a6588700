"""The import graph: families in layers, every import pointing down (or within its family), no circle.

README's development section draws the same order. A module at the package root belongs to the family
named after it; `__init__` and `__main__` stand outside the layers."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "nhnorm_cli"

# Lowest first. A family may import its own modules and any family before it, never one after it.
LAYERS = [
    "errors",
    "messages",
    "source",
    "files",
    "models",
    "versions",
    "formats",
    "public",
    "rules",
    "config",
    "check",
    "select",
    "results",
    "region",
    "editing",
    "render",
    "workbook",
    "interop",
    "web",
    "cli",
]
# Modules that still sit at the package root, by the family they belong to.
ROOT_FAMILY = {"personaldata": "public", "publictext": "public"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(path: Path, known: set[str]) -> set[str]:
    """Every nhnorm module a file imports, at the top or inside a function (lazy imports count)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        found.update(n for n in names if n in known)
    return found


def _family(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in {"__init__", "__main__"}:
        return None
    return ROOT_FAMILY.get(parts[1], parts[1])


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(path, known) - {name} for name, path in modules.items()}


def test_every_family_has_a_layer() -> None:
    families = {_family(m) for m in _modules()} - {None}
    assert families <= set(LAYERS), f"add to LAYERS (and README's drawing): {sorted(families - set(LAYERS))}"


def test_imports_point_down_the_layers() -> None:
    rank = {name: i for i, name in enumerate(LAYERS)}
    upward = []
    for module, targets in _graph().items():
        source = _family(module)
        for target in targets:
            family = _family(target)
            if source and family and rank[family] > rank[source]:
                upward.append(f"{module} -> {target}")
    assert not upward, "imports from a lower family to a higher one:\n" + "\n".join(sorted(upward))


def test_no_import_circle() -> None:
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert not circles, f"import circles: {circles}"
