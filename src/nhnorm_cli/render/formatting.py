"""Dutch formatting and Markdown escaping for reports (Jinja filters; plain functions for tests)."""

from __future__ import annotations

import re
from datetime import date

from markupsafe import Markup

MONTHS = [
    *("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"),
    *("september", "oktober", "november", "december"),
]
NONE = "–"

# Inline Markdown syntax anywhere in a text; < > become entities so no HTML passes through.
_INLINE = re.compile(r"([\\`*_\[\]|~])")
# Syntax that only counts at the start of a line: headings, quotes, lists, setext underlines.
_LEADING = re.compile(r"^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|\d{1,9}[.)](?=\s|$)|[=-]+\s*$)")
_ENTITY = re.compile(r"&(?=#?\w+;)")  # only an & that would start an entity such as &lt;


def datum(value: date | None) -> str:
    """28 maart 2025."""
    if value is None:
        return NONE
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def score(value: float | None) -> str:
    """One decimal with a comma: 58,5; a dash when nothing was scored."""
    return NONE if value is None else f"{value:.1f}".replace(".", ",")


def difference(value: float | None) -> str:
    """Signed change with a real minus sign: +6,6 / −1,2 / 0,0."""
    if value is None:
        return NONE
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return sign + score(abs(value))


def md_escape(text: object) -> str:
    """Untrusted text made inert in Markdown: it renders as the same words, never as structure."""
    if isinstance(text, Markup):
        return str(text)
    lines = []
    for line in str(text).splitlines() or [""]:
        line = _INLINE.sub(r"\\\1", line.strip())
        line = _ENTITY.sub("&amp;", line).replace("<", "&lt;").replace(">", "&gt;")
        lines.append(_LEADING.sub(_escape_leading, line))
    return "  \n".join(part for part in lines if part)


def _escape_leading(match: re.Match[str]) -> str:
    token = match.group(2)
    if token[0].isdigit():  # "2025. " would start an ordered list
        return match.group(1) + token[:-1] + "\\" + token[-1]
    return match.group(1) + "\\" + token


def md_cell(text: object) -> Markup:
    """A safe Markdown table cell: escaped, on one line (<br> between lines), never empty."""
    if text is None or text == "":
        return Markup(NONE)
    escaped = md_escape(text).replace("  \n", "<br>")
    return Markup(escaped)


def css_string(text: object) -> Markup:
    """Text as the inside of a CSS string (page footer): anything unusual as a CSS escape, so no
    quote ends the string and no `</style>` ends the style sheet. HTML entities would show literally."""
    safe = "".join(
        ch if ch.isascii() and (ch.isalnum() or ch in " .,-()") else f"\\{ord(ch):x} " for ch in str(text)
    )
    return Markup(safe)
