"""A Word template (`report.docx` in --templates) checked before docxtpl opens it.

The template may come from a pull request. docxtpl parses its parts with lxml, whose errors (a
truncated document.xml, an entity bomb) are no user's words, and reads every part into memory. So
each XML part is first read with defusedxml (no DTD, no entities, no external references), the
archive's unpacked size is bounded, and every refusal is a SJABLOON-FOUT at the file."""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

MAX_UNPACKED = 50_000_000  # the packaged letter unpacks to some 100 kB; a logo adds a few MB
MAX_PARTS = 1_000

Reason = tuple[str, str]  # (Dutch, English)


class DocxTemplateRefused(Exception):
    """Why the file cannot be a Word template, in both languages."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason)
        self.reason = reason


def check_docx_template(raw: bytes) -> None:
    """Every XML part well formed, without DTD or entities, and the whole not too large unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_PARTS or sum(p.file_size for p in parts) > MAX_UNPACKED:
                raise DocxTemplateRefused(
                    (
                        f"het Word-bestand pakt uit tot meer dan {MAX_UNPACKED // 1_000_000} MB",
                        f"the Word file unpacks to more than {MAX_UNPACKED // 1_000_000} MB",
                    )
                )
            if "word/document.xml" not in archive.namelist():
                raise DocxTemplateRefused(
                    ("er zit geen word/document.xml in", "it holds no word/document.xml")
                )
            for part in parts:
                if part.filename.endswith((".xml", ".rels")):
                    _check_part(part.filename, _read(archive, part))
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, ValueError, OSError) as exc:
        detail = str(exc) or type(exc).__name__
        raise DocxTemplateRefused(
            (f"geen geldig Word-bestand ({detail})", f"not a valid Word document ({detail})")
        ) from None


def _read(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bytes:
    """The part's bytes, never more than its header promised (a lying header is a zip bomb)."""
    with archive.open(part) as stream:
        data = stream.read(part.file_size + 1)
    if len(data) > part.file_size:
        raise DocxTemplateRefused(
            (
                f"{part.filename} is groter dan het bestand aangeeft",
                f"{part.filename} is larger than declared",
            )
        )
    return data


def _check_part(name: str, data: bytes) -> None:
    try:
        fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise DocxTemplateRefused(
            (
                f"{name} bevat een DTD of entiteiten (<!DOCTYPE>, <!ENTITY>); Word schrijft die nooit",
                f"{name} contains a DTD or entities (<!DOCTYPE>, <!ENTITY>); Word never writes them",
            )
        ) from None
    except ParseError as exc:
        line, column = exc.position
        raise DocxTemplateRefused(
            (
                f"{name} is geen geldige XML (regel {line}, kolom {column + 1}); is het bestand afgebroken?",
                f"{name} is not valid XML (line {line}, column {column + 1}); is the file cut short?",
            )
        ) from None
