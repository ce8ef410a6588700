"""Every command pays for what the CLI imports at start-up, so heavy optional libraries stay out."""

from __future__ import annotations

import subprocess
import sys


def test_cli_import_leaves_heavy_libraries_out() -> None:
    heavy = ("jinja2", "openpyxl", "multiprocessing", "rich.markdown")
    code = f"import sys, nhnorm_cli.cli; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
