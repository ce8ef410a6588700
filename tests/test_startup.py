"""Every command pays for what the CLI imports at start-up, so heavy optional libraries stay out."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import nhnorm_cli


def test_cli_import_leaves_heavy_libraries_out() -> None:
    heavy = ("jinja2", "openpyxl", "multiprocessing", "rich.markdown")
    code = f"import sys, nhnorm_cli.cli; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


SRC = Path(nhnorm_cli.__file__).parent


def test_only_the_workbook_package_imports_openpyxl() -> None:
    """openpyxl stays behind one door (nhnorm_cli/workbook/): no other module imports it, not even
    through another module, so only export/import pay for it."""
    pattern = re.compile(r"^\s*(?:import|from)\s+openpyxl\b", re.MULTILINE)
    importers = sorted(
        p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py") if pattern.search(p.read_text("utf-8"))
    )
    assert importers and all(name.startswith("workbook/") for name in importers), importers
    others = sorted(
        "nhnorm_cli." + ".".join(p.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")
        for p in SRC.rglob("*.py")
        if p.relative_to(SRC).parts[0] not in ("workbook", "__main__.py")
    )
    code = (
        f"import importlib, sys\nfor m in {others!r}: importlib.import_module(m)\n"
        "print('openpyxl' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# What `nhnorm --version` and `nhnorm --help` must not load: the models, the YAML reader, the
# settings (pydantic), rich and the renderers come with the command that uses them (issue 9).
NOT_AT_START = (
    "pydantic",
    "ruamel.yaml",
    "_ruamel_yaml",
    "rich",
    "jinja2",
    "openpyxl",
    "multiprocessing",
    "tomllib",
    "nhnorm_cli.config",
    "nhnorm_cli.source.yamlsource",
    "nhnorm_cli.select.assessments",
    "nhnorm_cli.models.assessment",
)


@pytest.mark.parametrize("argument", ["--version", "--help"])
def test_version_and_help_load_no_command(argument: str) -> None:
    code = (
        "import atexit, sys\n"
        f"atexit.register(lambda: print(sorted(m for m in {NOT_AT_START!r} if m in sys.modules)))\n"
        "from nhnorm_cli.cli import main\n"
        f"sys.argv = ['nhnorm', {argument!r}]\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "[]", result.stdout
    assert ("nhnorm " if argument == "--version" else "validate") in result.stdout
