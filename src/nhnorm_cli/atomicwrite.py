"""Writing a file all or nothing: a temp file in the same folder, then replace or link, so a crash or
a full disk never leaves half a file, and a file that appears meanwhile is never clobbered. Every
file nhnorm writes goes through here: assessments, reports, workbooks, schemas."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from nhnorm_cli.errors import ExitCode, Location, NhnormError, Problem


def write_atomic(path: Path, content: str | bytes, *, overwrite: bool) -> None:
    """Write all or nothing (text as UTF-8); without overwrite, refuse an existing file even in a
    race. A file that cannot be written (no permission, a full disk, a file where a folder should
    be) is a clean usage error, not a crash."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    tmp: str | None = None
    try:
        if not path.parent.is_dir():
            path.parent.mkdir(parents=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            _place_new(tmp, path)
    except OSError as exc:
        _discard(tmp)
        if isinstance(exc, FileExistsError) and tmp is not None:  # lost a race for `path` itself
            raise NhnormError(
                Problem(Location(""), "BESTAAT-AL", params={"pad": str(path)}), exit_code=ExitCode.USAGE
            ) from None
        params = {"pad": str(path), "reden": exc.strerror or str(exc), "errno": exc.errno}
        raise NhnormError(
            Problem(Location(""), "SCHRIJVEN-MISLUKT", params=params), exit_code=ExitCode.USAGE
        ) from None
    except BaseException:
        _discard(tmp)
        raise


def _place_new(tmp: str, path: Path) -> None:
    """Move `tmp` to a `path` that must not exist yet, without a window in which both could win."""
    try:
        os.link(tmp, path)  # fails with FileExistsError instead of clobbering
    except FileExistsError:
        raise
    except OSError:  # no hard links here (some network shares): claim the name, then replace it
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        os.replace(tmp, path)
        return
    os.unlink(tmp)


def _discard(tmp: str | None) -> None:
    if tmp is not None and os.path.exists(tmp):
        os.unlink(tmp)
