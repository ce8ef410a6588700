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


class DocxTemplateRefused(Exception):
    """Why the file cannot be a Word template: a reason key of messages/ and its parameters."""

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


def check_docx_template(raw: bytes) -> None:
    """Every XML part well formed, without DTD or entities, and the whole not too large unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_PARTS or sum(p.file_size for p in parts) > MAX_UNPACKED:
                raise DocxTemplateRefused("docx-te-groot", max=MAX_UNPACKED // 1_000_000)
            if "word/document.xml" not in archive.namelist():
                raise DocxTemplateRefused("docx-zonder-document")
            for part in parts:
                if part.filename.endswith((".xml", ".rels")):
                    _check_part(part.filename, _read(archive, part))
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, ValueError, OSError) as exc:
        raise DocxTemplateRefused("geen-word", fout=str(exc) or type(exc).__name__) from None


def _read(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bytes:
    """The part's bytes, never more than its header promised (a lying header is a zip bomb)."""
    with archive.open(part) as stream:
        data = stream.read(part.file_size + 1)
    if len(data) > part.file_size:
        raise DocxTemplateRefused("docx-groter-dan-gezegd", deel=part.filename)
    return data


def _check_part(name: str, data: bytes) -> None:
    try:
        fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise DocxTemplateRefused("docx-dtd", deel=name) from None
    except ParseError as exc:
        line, column = exc.position
        raise DocxTemplateRefused("docx-geen-xml", deel=name, regel=line, kolom=column + 1) from None
