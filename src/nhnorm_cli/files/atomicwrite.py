"""Writing a file all or nothing, so that nothing is lost. Every file nhnorm writes goes through
here: assessments, reports, workbooks, schemas.

- Every write, and every read-modify-write around it, holds an advisory lock on the file
  (files/pathlock.py). The lock files live in a private per-user folder in the system's temp folder,
  keyed by the file's real path, and are removed after use: nothing appears next to the file, so
  nothing is committed or synced by accident, and nothing piles up in the temp folder.
- A regular file is replaced atomically through a temp file next to it and keeps its mode; a new
  file gets the mode a plain `open()` gives (0666 minus the umask), not the temp file's 0600.
- A symbolic link is followed: its target is replaced and the link stays a link.
- A device or FIFO is streamed to, never replaced: `-o /dev/null --force` as root must not turn
  /dev/null into a file.
- A temp file left by a killed write is removed the next time that file is written, under the lock.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from filelock import Timeout

from nhnorm_cli.errors import ExitCode, Location, NhnormError, Problem, Severity, usage_error
from nhnorm_cli.files.discovery import display_path
from nhnorm_cli.files.pathlock import PathLock

LOCK_TIMEOUT = 60.0  # seconds; a `set` holds the lock for milliseconds, `fill` only while saving
_locks: dict[str, PathLock] = {}


@dataclass(frozen=True)
class Written:
    """Where the bytes went: `target` is the link's target when `link` is a symbolic link."""

    target: Path
    link: Path | None = None
    streamed: bool = False

    def notes(self) -> list[Problem]:
        """KOPPELING-GEVOLGD when a symbolic link was followed: the file that changed is its target."""
        if self.link is None or self.streamed:
            return []
        params = {"pad": str(self.link), "doel": display_path(self.target)}
        return [Problem(Location(""), "KOPPELING-GEVOLGD", Severity.WARNING, params)]


def real_path(path: Path) -> Path:
    """The file a write to `path` lands in: symbolic links followed, relative to the cwd."""
    return Path(os.path.realpath(path))


@contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the advisory lock of `path` (re-entrant: a write inside a read-modify-write is fine)."""
    key = str(real_path(path))
    lock = _locks.get(key)
    if lock is None:
        name = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]
        lock = _locks[key] = PathLock(_lock_folder() / f"{name}.lock", timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise usage_error("BEZET", pad=str(path), seconden=int(timeout)) from None
    except OSError as exc:  # the lock file itself cannot be made (a full temp folder)
        raise _write_failed(lock.path, exc) from None
    try:
        remove_stale_temps(Path(key))  # no other nhnorm is writing this file now
        yield
    finally:
        lock.release()


def _lock_folder() -> Path:
    """nhnorm-<user> in the temp folder, created private; refused when someone else owns it."""
    folder = Path(tempfile.gettempdir()) / f"nhnorm-{_user()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError as exc:
        raise _write_failed(folder, exc) from None
    foreign = hasattr(os, "getuid") and info.st_uid != os.getuid()
    if not stat.S_ISDIR(info.st_mode) or foreign:  # a link or someone else's folder: not ours to trust
        raise usage_error("SCHRIJVEN-MISLUKT", pad=str(folder), reden="niet-privé")
    return folder


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return re.sub(r"[^A-Za-z0-9_.-]", "_", getpass.getuser())


def write_atomic(path: Path, content: str | bytes, *, overwrite: bool) -> Written:
    """Write `content` (text as UTF-8) to `path` all or nothing; without `overwrite`, an existing
    file is refused (BESTAAT-AL) even when another process creates it at the same moment. A file
    that cannot be written (no permission, a full disk, a file where a folder should be) is a clean
    usage error, not a crash."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    link = path if path.is_symlink() else None
    info = _stat(path)
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise usage_error("IS-MAP", pad=str(path))
    if info is not None and stat.S_ISBLK(info.st_mode) and not overwrite:
        raise usage_error("BESTAAT-AL", pad=str(path))  # a disk: only on purpose
    if info is not None and (is_stream(path, info) or stat.S_ISBLK(info.st_mode)):
        # opened by the name given: /dev/stdout is a link the kernel resolves, not a path, and
        # `-o /dev/stdout > file` must append to the shell's file, not replace it
        return _stream(path, data, link)
    target = real_path(path)
    with locked(target):
        info = _lstat(target)  # again, now that no other nhnorm can change it
        if info is not None and not overwrite:
            raise usage_error("BESTAAT-AL", pad=str(path))
        if info is not None and not stat.S_IMODE(info.st_mode) & 0o222:  # chmod 444: kept as it is
            raise usage_error("SCHRIJVEN-MISLUKT", pad=str(path), reden="alleen-lezen")
        mode = stat.S_IMODE(info.st_mode) if info is not None else _default_mode()
        _replace(target, data, mode, overwrite=overwrite, shown=path if link is None else target)
    return Written(target, link)


def _stream(path: Path, data: bytes, link: Path | None) -> Written:
    try:
        own = _own_stream(path)
        if own is not None:  # our own stdout/stderr: write through it, in order with the rest
            own.flush()
            own.buffer.write(data)
            own.buffer.flush()
        else:
            with open(path, "ab") as stream:  # never truncate what the shell opened with >>
                stream.write(data)
    except OSError as exc:
        raise _write_failed(path, exc) from None
    return Written(real_path(path), link, streamed=True)


def _replace(target: Path, data: bytes, mode: int, *, overwrite: bool, shown: Path) -> None:
    """Write a temp file next to `target` and move it into place; errors name `shown`."""
    tmp: str | None = None
    try:
        if not target.parent.is_dir():
            target.parent.mkdir(parents=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, target)
        else:
            _place_new(tmp, target)
    except OSError as exc:
        _discard(tmp)
        if isinstance(exc, FileExistsError) and tmp is not None:  # lost a race for the name itself
            raise usage_error("BESTAAT-AL", pad=str(shown)) from None
        raise _write_failed(shown, exc) from None
    except BaseException:
        _discard(tmp)
        raise


def temp_pattern(name: str) -> re.Pattern[str]:
    """The names tempfile.mkstemp gives a temp file of `name` (eight random characters)."""
    return re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.tmp")


def remove_stale_temps(target: Path) -> None:
    """Temp files of `target` left by a write that was killed; call with the lock held."""
    if not target.parent.is_dir():
        return
    pattern = temp_pattern(target.name)
    for candidate in target.parent.glob(f".{glob_escape(target.name)}.*.tmp"):
        if pattern.fullmatch(candidate.name) and candidate.is_file() and not candidate.is_symlink():
            candidate.unlink(missing_ok=True)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


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


def _own_stream(path: Path) -> TextIO | None:
    """sys.stdout or sys.stderr when `path` is the very file or pipe behind them."""
    target = os.stat(path)
    for fd, stream in ((1, sys.stdout), (2, sys.stderr)):
        try:
            if os.path.samestat(os.fstat(fd), target) and hasattr(stream, "buffer"):
                return stream
        except OSError:
            continue
    return None


def is_stream(path: Path, info: os.stat_result) -> bool:
    """A terminal, FIFO or socket, or a name for an open stream (/dev/stdout, /dev/fd/3,
    /proc/self/fd/1) whatever is behind it: written to as it is, never replaced. A regular file
    that merely lies under /dev or /proc (/dev/shm/x) is a file like any other, and a disk
    (a block device) is never a stream: both need --force (issue 25)."""
    named = _STREAM_NAME.fullmatch(os.path.abspath(path)) is not None
    kind = info.st_mode
    return named or stat.S_ISCHR(kind) or stat.S_ISFIFO(kind) or stat.S_ISSOCK(kind)


_STREAM_NAME = re.compile(r"/dev/(?:std(?:in|out|err)|fd/\d+)|/proc/(?:self|thread-self|\d+)/fd/\d+")


def _stat(path: Path) -> os.stat_result | None:
    """What a write to `path` reaches (links followed); None when nothing is there yet."""
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:  # a loop of links, no permission to look
        raise _write_failed(path, exc) from None


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None


def _default_mode() -> int:
    """What `open(path, "w")` would give a new file: 0666 minus the umask (read, then restored)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _write_failed(path: Path, exc: OSError) -> NhnormError:
    params = {"pad": str(path), "reden": exc.strerror or str(exc), "errno": exc.errno}
    return NhnormError(Problem(Location(""), "SCHRIJVEN-MISLUKT", params=params), exit_code=ExitCode.USAGE)
