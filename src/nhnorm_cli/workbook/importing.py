"""`nhnorm import`: a workbook -> checked assessment YAML (new, or merged into an existing file)."""

from __future__ import annotations

from pathlib import Path

from nhnorm_cli.editing.answers import verify, verify_document
from nhnorm_cli.editing.yamlmerge import fresh_yaml, merged_yaml
from nhnorm_cli.errors import usage_error
from nhnorm_cli.norm import load_norm
from nhnorm_cli.workbook.csvimport import read_csv_answers
from nhnorm_cli.workbook.xlsximport import read_workbook
from nhnorm_cli.yamlsource import read_document


def import_workbook(workbook: Path, display: str, into: Path | None, into_display: str) -> str:
    """The YAML text for the workbook; raises NhnormError unless the result is a valid assessment."""
    if workbook.suffix.lower() == ".csv":
        return _import_csv(workbook, display, into, into_display)
    data = read_workbook(workbook, display)
    if into is not None and into.exists():
        existing = read_document(into, into_display)  # refuse to merge into a file that is not YAML
        text = merged_yaml(existing.text, data)
    else:
        text = fresh_yaml(data)
    verify(text, into_display)  # raises NhnormError unless valid
    return text


def _import_csv(path: Path, display: str, into: Path | None, into_display: str) -> str:
    """A CSV has only the answers: they replace those of the assessment it was exported from."""
    if into is None or not into.is_file():
        raise usage_error("CSV-ZONDER-ZELFEVALUATIE", pad=display)
    existing = read_document(into, into_display)
    verify_document(existing)  # merge into a valid assessment only
    data = dict(existing.data)
    data["antwoorden"] = read_csv_answers(path, display, load_norm(str(data["norm"])))
    text = merged_yaml(existing.text, data)
    verify(text, into_display)
    return text
