"""`nhnorm import`: a workbook -> checked assessment YAML (new, or merged into an existing file)."""

from __future__ import annotations

from pathlib import Path

from nhnorm_cli.editing.adoption import ensure_open
from nhnorm_cli.editing.answers import verify
from nhnorm_cli.editing.rewrite import Current, Saved, rewrite
from nhnorm_cli.editing.yamlmerge import fresh_yaml, merged_yaml
from nhnorm_cli.workbook.xlsximport import read_workbook


def import_workbook(workbook: Path, display: str, into_display: str) -> str:
    """The YAML text for the workbook; raises NhnormError unless the result is a valid assessment."""
    text = fresh_yaml(read_workbook(workbook, display))
    verify(text, into_display)  # raises NhnormError unless valid
    return text


def import_into(workbook: Path, display: str, into: Path, into_display: str, reopen: str) -> Saved:
    """Merge the workbook into an existing assessment as it is on disk now (under its lock),
    keeping its comments, order, line endings and BOM. A vastgesteld file is not changed."""
    data = read_workbook(workbook, display)

    def edit(current: Current) -> str:
        merged = merged_yaml(current.text, data)
        if merged != current.text:
            ensure_open(current.document, reopen)
        return merged

    return rewrite(into, into_display, edit)
