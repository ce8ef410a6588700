"""What a workbook must pass before and after openpyxl reads it: every XML part well formed and
without a DTD, a bounded number of cells, and no value below the last row an overview can have.

openpyxl parses with the standard library, whose errors (and entity expansion limits) surface as
exceptions of every kind; a workbook is untrusted input, so each of them becomes GEEN-WERKBOEK at
the file, and work stays proportional to what an implementatieoverzicht can hold."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any
from xml.parsers import expat
from zipfile import BadZipFile, ZipFile

from nhnorm_cli.errors import Location, NhnormError, Problem

MAX_CELLS = 100_000  # an exported workbook has about 700
MAX_ROWS = 5_000  # 47 norms and their onderdelen take about 80 rows


class _Refused(Exception):
    pass


def check_parts(path: Path, display: str) -> None:
    """Read every XML part once with expat, refusing a DTD (Excel never writes one; it is how
    entity bombs and external entities get in) and counting cells."""
    try:
        with ZipFile(path) as archive:
            for info in archive.infolist():
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as stream:
                        _scan(stream, info.filename, display)
    except (BadZipFile, OSError, EOFError, RuntimeError, ValueError, zlib.error) as exc:
        # RuntimeError: an encrypted part; ValueError/EOFError/zlib.error: a broken compressed stream
        raise unreadable(display, str(exc) or type(exc).__name__) from None


def _scan(stream: Any, part: str, display: str) -> None:
    parser = expat.ParserCreate()
    cells = 0

    def doctype(*_: object) -> None:
        raise _Refused("dtd", {"deel": part})

    def element(name: str, _attributes: object) -> None:
        nonlocal cells
        if name == "c" or name.endswith(":c"):
            cells += 1
            if cells > MAX_CELLS:
                raise _Refused("te-veel-cellen", {"deel": part, "max": MAX_CELLS})

    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = element
    try:
        parser.ParseFile(stream)
    except _Refused as exc:
        raise unreadable(display, exc.args[0], **exc.args[1]) from None
    except expat.ExpatError as exc:  # expat's words are English: messages/ says them in the user's
        where = {
            "deel": part,
            "xml": expat.ErrorString(exc.code),
            "regel": exc.lineno,
            "kolom": exc.offset + 1,
        }
        raise unreadable(display, "geen-xml", **where) from None


def trim_and_bound(sheet: Any, display: str) -> None:
    """Drop empty cells (formatting far below the table would make every loop walk a million
    rows) and refuse a value below MAX_ROWS, at its cell."""
    cells = sheet._cells  # openpyxl keeps {(row, column): cell}; there is no public bulk access
    for key in [key for key, cell in cells.items() if cell.value is None]:
        del cells[key]
    far = [key for key in cells if key[0] > MAX_ROWS]
    if far:
        row, column = min(far)
        name = f"{sheet.title}!{cells[row, column].coordinate}"
        raise NhnormError(
            Problem(
                Location(display, row, column, name),
                "WERKBOEK-TE-VEEL-RIJEN",
                params={"werkblad": sheet.title, "rij": row, "max": MAX_ROWS},
            )
        )


# A key of messages/' reasons (GEEN-WERKBOEK words it in the user's language), or a library's own words
Reason = str


def load_failure(exc: Exception, path: Path, display: str) -> Reason:
    """Why openpyxl could not load the file, in words a user can act on."""
    if isinstance(exc, IndexError):
        return "gedeelde-tekst-ontbreekt"
    first = getattr(exc, "strerror", None) or str(exc).split("\n")[0] or type(exc).__name__
    if first.startswith("Unable to read workbook"):
        return "werkblad-beschadigd"
    return first.replace(str(path), display)


def unreadable(display: str, reden: Reason, **where: object) -> NhnormError:
    """GEEN-WERKBOEK; `where` places a broken XML part (deel, regel, kolom) for reden "geen-xml"."""
    return NhnormError(Problem(Location(display), "GEEN-WERKBOEK", params={"reden": reden, **where}))
