"""`nhnorm import`: a workbook -> checked assessment YAML (new, or merged into an existing file)."""

from __future__ import annotations

from pathlib import Path

from nhnorm_cli.editing.answers import verify
from nhnorm_cli.editing.yamlmerge import fresh_yaml, merged_yaml
from nhnorm_cli.workbook.xlsximport import read_workbook
from nhnorm_cli.yamlsource import read_document


def import_workbook(workbook: Path, display: str, into: Path | None, into_display: str) -> str:
    """The YAML text for the workbook; raises NhnormError unless the result is a valid assessment."""
    data = read_workbook(workbook, display)
    if into is not None and into.exists():
        existing = read_document(into, into_display)  # refuse to merge into a file that is not YAML
        text = merged_yaml(existing.text, data)
    else:
        text = fresh_yaml(data)
    verify(text, into_display)  # raises NhnormError unless valid
    return text
