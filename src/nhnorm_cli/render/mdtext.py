"""Untrusted text (it arrives in pull requests) made safe inside Markdown: one inline run that
cannot open a table cell, a link, code, emphasis or HTML."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]|#~!])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def md_inline(text: str) -> str:
    """One line of literal text for a heading, list item or table cell."""
    text = " ".join(text.split())  # newlines would end the table row or the list item
    text = _ENTITY.sub("&amp;", text)  # a lone "&" stays readable; "&lt;" stays literal
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)
