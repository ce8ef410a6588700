"""`nhnorm validate --format github`: workflow commands, so each problem shows on its line in a PR."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from nhnorm_cli.check.validation import FileReport
from nhnorm_cli.messages import message
from nhnorm_cli.render.problems_text import more_line, per_file
from nhnorm_cli.source.controlchars import visible


def github_annotations(reports: Iterable[FileReport], lang: str) -> Iterator[str]:
    """Workflow commands, so each problem shows on its line in the pull request: the lines of
    each file (joined by newlines) as soon as its report comes."""
    for path, shown, hidden in per_file(p for report in reports for p in report.problems):
        lines = []
        for p in shown:
            kind = "error" if p.is_error else "warning"
            props = (
                f"file={_prop(p.location.path)},line={p.location.line},"
                f"col={p.location.column},title={_prop(p.code)}"
            )
            lines.append(f"::{kind} {props}::{_data(message(p, lang))}")
        if hidden:  # the first MAX_PER_FILE of a file, then one notice with the count (issue 9)
            rest = _data(more_line(path, hidden, lang))
            lines.append(f"::notice file={_prop(path)},title=MEER-MELDINGEN::{rest}")
        yield "\n".join(lines)


def _data(value: str) -> str:
    """GitHub's escaping of a workflow command's data; other control characters written out."""
    escaped = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(escaped, one_line=True)


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")
