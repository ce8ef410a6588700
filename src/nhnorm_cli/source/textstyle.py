"""A file's line endings and byte-order mark, kept when nhnorm rewrites it.

The editing code works on text with "\\n" only; a file written on Windows (CRLF, often with a
UTF-8 BOM) gets both back when it is saved, so git shows only the lines that really changed."""

from __future__ import annotations

from dataclasses import dataclass

BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class TextStyle:
    bom: bool = False
    newline: str = "\n"

    @classmethod
    def of(cls, raw: bytes) -> TextStyle:
        """The style of a file: CRLF when most of its line breaks are CRLF."""
        crlf = raw.count(b"\r\n")
        return cls(raw.startswith(BOM), "\r\n" if crlf and 2 * crlf >= raw.count(b"\n") else "\n")

    def encode(self, text: str) -> bytes:
        """`text` (line breaks "\\n") as bytes in this style."""
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        return (BOM if self.bom else b"") + text.encode("utf-8")


def plain(text: str) -> str:
    """Text with every CRLF as "\\n", the form the editing code works on."""
    return text.replace("\r\n", "\n")
