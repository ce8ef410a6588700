"""`nhnorm import`: a workbook -> checked assessment YAML (new, or merged into an existing file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nhnorm_cli.editing.adoption import ensure_open
from nhnorm_cli.editing.answers import verify, verify_document
from nhnorm_cli.editing.rewrite import Current, Saved, rewrite
from nhnorm_cli.editing.yamlmerge import fresh_yaml, merged_yaml
from nhnorm_cli.errors import usage_error
from nhnorm_cli.versions.norms import load_norm
from nhnorm_cli.workbook.csvimport import read_csv_answers
from nhnorm_cli.workbook.xlsximport import read_workbook


def import_workbook(workbook: Path, display: str, into_display: str) -> str:
    """The YAML text for a new assessment; raises NhnormError unless it is a valid assessment."""
    if _is_csv(workbook):  # a CSV has only the answers: it needs the assessment it came from
        raise usage_error("CSV-ZONDER-ZELFEVALUATIE", pad=display)
    text = fresh_yaml(read_workbook(workbook, display))
    verify(text, into_display)  # raises NhnormError unless valid
    return text


def import_into_file(workbook: Path, display: str, into: Path, into_display: str, reopen: str) -> Saved:
    """Merge the workbook (or a CSV's answers) into an existing assessment as it is on disk now
    (under its lock), keeping its comments, order, line endings and BOM. A vastgesteld file is not
    changed."""
    from_workbook = None if _is_csv(workbook) else read_workbook(workbook, display)

    def edit(current: Current) -> str:
        data = from_workbook if from_workbook is not None else _with_csv_answers(workbook, display, current)
        merged = merged_yaml(current.text, data)
        if merged != current.text:
            ensure_open(current.document, reopen)
        return merged

    return rewrite(into, into_display, edit)


def _with_csv_answers(path: Path, display: str, current: Current) -> dict[str, Any]:
    """The assessment with the CSV's answers in place of its own; merged into a valid one only."""
    verify_document(current.document)
    data = dict(current.document.data)
    data["antwoorden"] = read_csv_answers(path, display, load_norm(str(data["norm"])))
    return data


def _is_csv(path: Path) -> bool:
    return path.suffix.lower() == ".csv"
