"""A workbook saved to bytes, where a full disk is SCHRIJVEN-MISLUKT and not a crash.

openpyxl writes each sheet to a temporary file first (through lxml), so a full or size-limited
temporary folder fails inside lxml as `SerialisationError: IO_ENOSPC` (or `IO_EFBIG`), which is no
OSError and reached the user as an internal error (issue 25)."""

from __future__ import annotations

import errno
import gc
import io
import sys
import tempfile
from typing import Any

from nhnorm_cli.errors import ExitCode, Location, NhnormError, Problem

_LXML_IO = {"IO_ENOSPC": errno.ENOSPC, "IO_EFBIG": errno.EFBIG, "IO_EDQUOT": errno.EDQUOT}


def workbook_to_bytes(book: Any) -> bytes:
    """`book.save()` into memory; a temporary file that cannot be written is SCHRIJVEN-MISLUKT."""
    from lxml.etree import SerialisationError

    out = io.BytesIO()
    failure: tuple[int, str | None] | None = None
    previous = sys.unraisablehook
    # openpyxl's sheet writers are generators that fail once more when they are dropped after a
    # failed write; that second report says nothing new, so it is not printed after the message
    sys.unraisablehook = lambda _: None
    try:
        try:
            book.save(out)
        except SerialisationError as exc:
            if str(exc).strip() not in _LXML_IO:
                raise
            failure = (_LXML_IO[str(exc).strip()], None)
        except OSError as exc:
            if exc.errno is None:
                raise
            failure = (exc.errno, exc.strerror)
        if failure is not None:
            gc.collect()
    finally:
        sys.unraisablehook = previous
    if failure is not None:
        code, reason = failure
        params = {"pad": tempfile.gettempdir(), "reden": reason or errno.errorcode[code], "errno": code}
        problem = Problem(Location(""), "SCHRIJVEN-MISLUKT", params=params)
        raise NhnormError(problem, exit_code=ExitCode.USAGE)
    return out.getvalue()
