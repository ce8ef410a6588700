"""Untrusted text (it arrives in pull requests and assessment files) made inert in Markdown: it
renders as the same words, never as a table cell, link, image, code, emphasis, heading, list,
issue reference or HTML. The one escaper for diff, report and overview Markdown."""

from __future__ import annotations

import re

from markupsafe import Markup

NONE = "–"
# Markdown syntax anywhere in a line; "#" also because GitHub links "#12" to an issue.
_SPECIAL = re.compile(r"([\\`*_\[\]|#~!])")
# Syntax that only counts at the start of a line: lists and setext underlines ("#" is escaped above).
_LEADING = re.compile(r"^([-+](?=\s|$)|\d{1,9}[.)](?=\s|$)|[=-]+\s*$)")
_ENTITY = re.compile(r"&(?=#?\w+;)")  # only an & that would start an entity such as &lt;
# Liquid (Jekyll, GitHub Pages) runs before Markdown: "{{", "{%" and "{#" must never stand side by
# side. Escaping the second character keeps the text as it reads ("\{" renders as "{").
_LIQUID = re.compile(r"(?<=\{)([{%])")
# "@team" in a diff posted as a pull-request comment would notify that team; a zero-width space
# after the "@" keeps the text as it reads and the mention dead (an e-mail address is no mention).
_MENTION = re.compile(r"(?<![\w.+-])@(?=\w)")


def md_inline(text: str) -> str:
    """One line of literal text for a heading, list item or table cell."""
    text = " ".join(text.split())  # newlines would end the table row or the list item
    text = _ENTITY.sub("&amp;", text)  # a lone "&" stays readable; "&lt;" stays literal
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = _LIQUID.sub(r"\\\1", _SPECIAL.sub(r"\\\1", text))
    text = _MENTION.sub("@\u200b", text)
    return _LEADING.sub(_escape_leading, text)


def _escape_leading(match: re.Match[str]) -> str:
    token = match.group(1)
    if token[0].isdigit():  # "2025. " would start an ordered list
        return token[:-1] + "\\" + token[-1]
    return "\\" + token


def md_escape(text: object) -> str:
    """Text of several lines: each line escaped, joined by hard line breaks, empty lines dropped.
    Markup (already made safe by a filter) passes unchanged."""
    if isinstance(text, Markup):
        return str(text)
    lines = [md_inline(line) for line in str(text).splitlines()]
    return "  \n".join(line for line in lines if line)


def md_cell(text: object) -> Markup:
    """A safe Markdown table cell: escaped, on one line (<br> between lines), never empty."""
    if text is None or text == "":
        return Markup(NONE)
    return Markup(md_escape(text).replace("  \n", "<br>"))
