"""An exclusive lock on a lock file that is removed again after use, so that lock files do not pile
up in the temp folder (issue 25: 2,125 after one afternoon).

Removing a lock file is only safe with a check on the way in. filelock's FileLock keeps its file
because a waiter may already hold it open: once the holder deletes it, the waiter locks a file no
longer under that name while a newcomer creates and locks a fresh one, and both think they hold the
lock. Here the holder deletes the file *while still holding it*, and whoever gets a lock checks that
the file it locked is still the one under the name; if not, it lets go and tries again. So only the
holder of the file under the name ever removes it, and at most one process holds that file.

Where flock is missing (Windows, a file system without it) filelock's FileLock does the locking and
its file stays: one per target, as before.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from filelock import FileLock, Timeout

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
POLL = 0.02  # seconds between tries while another process holds the lock


class PathLock:
    """A re-entrant lock (per thread, like filelock's) on `path`, which exists only while held."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._held = threading.local()  # depth and descriptor of this thread's hold
        self._fallback: FileLock | None = None

    def acquire(self) -> None:
        """Take the lock, waiting at most `timeout` seconds; Timeout when it stays taken."""
        depth = getattr(self._held, "depth", 0)
        if depth == 0:
            self._held.fd = self._take()
        self._held.depth = depth + 1

    def release(self) -> None:
        self._held.depth -= 1
        if self._held.depth == 0:
            fd, self._held.fd = self._held.fd, None
            self._give_back(fd)

    def _take(self) -> int | None:
        if fcntl is None or self._fallback is not None:
            self._take_fallback()
            return None
        deadline = time.monotonic() + self.timeout
        while True:
            fd = os.open(self.path, _FLAGS, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
            except OSError:  # no flock on this file system: filelock knows what to do instead
                os.close(fd)
                self._fallback = FileLock(self.path, timeout=self.timeout)
                self._take_fallback()
                return None
            else:
                if self._still_named(fd):
                    return fd
                os.close(fd)  # locked a file its holder has just removed: try the new one
                continue
            if time.monotonic() >= deadline:
                raise Timeout(str(self.path))
            time.sleep(POLL)

    def _still_named(self, fd: int) -> bool:
        try:
            named = os.stat(self.path)
        except FileNotFoundError:
            return False
        held = os.fstat(fd)
        return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)

    def _give_back(self, fd: int | None) -> None:
        if fd is None:
            assert self._fallback is not None
            self._fallback.release()
            return
        try:
            os.unlink(self.path)  # still ours: nobody else can hold the file under this name now
        except OSError:
            pass  # left in place it is still a correct lock file, only not tidied up
        finally:
            os.close(fd)  # and with it the flock; a waiter on this file finds it gone and retries

    def _take_fallback(self) -> None:
        assert self._fallback is not None or fcntl is None
        if self._fallback is None:
            self._fallback = FileLock(self.path, timeout=self.timeout)
        self._fallback.acquire()
