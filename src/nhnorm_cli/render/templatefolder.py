"""Reading a gemeente's own template folder (--templates, `templates = "…"` in nhnorm.toml).

The folder may come from a pull request, and a committed symbolic link is just a file in git: a
link to `~/.ssh/id_rsa` or `/etc/passwd`, included into a report that CI publishes, would leak it.
So only regular files inside the folder are read, through no link at any level, and not larger than
a template can sensibly be."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from jinja2 import BaseLoader, Environment, TemplateNotFound

MAX_TEMPLATE_BYTES = 5_000_000  # a house style with an inline logo is some 100 kB


class TemplateFileError(OSError):
    """A file in the template folder that nhnorm will not read; the message says why (English key,
    worded in messages/)."""


def template_file(folder: Path, name: str) -> Path | None:
    """The file `name` (a/b.j2) inside `folder`, or None when it is not there. A link, a part that
    leaves the folder or anything but a regular file is a TemplateFileError."""
    parts = name.replace("\\", "/").split("/")
    if any(part in ("", ".", "..") or ":" in part for part in parts):
        raise TemplateFileError(f"TemplateFile: outside: {name}")
    path = folder
    for index, part in enumerate(parts):
        path = path / part
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise TemplateFileError(f"TemplateFile: unreadable: {name}: {exc.strerror}") from None
        if stat.S_ISLNK(info.st_mode):
            raise TemplateFileError(f"TemplateFile: link: {name}")
        last = index == len(parts) - 1
        if last and not stat.S_ISREG(info.st_mode):
            raise TemplateFileError(f"TemplateFile: not a file: {name}")
        if not last and not stat.S_ISDIR(info.st_mode):
            return None
    return path


def read_template_bytes(path: Path, name: str) -> bytes:
    """The file's bytes, opened without following a link (a link put there after the check)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise TemplateFileError(f"TemplateFile: unreadable: {name}: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise TemplateFileError(f"TemplateFile: not a file: {name}")
        data = handle.read(MAX_TEMPLATE_BYTES + 1)
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateFileError(f"TemplateFile: too large: {name}")
    return data


class FolderLoader(BaseLoader):
    """The user's folder, first in the chain; a name it does not hold falls through to nhnorm's."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool]]:
        path = template_file(self.folder, template)
        if path is None:
            raise TemplateNotFound(template)
        raw = read_template_bytes(path, template)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise TemplateFileError(f"TemplateFile: not UTF-8: {template}") from None
        mtime = os.stat(path).st_mtime
        return text, str(path), lambda: os.path.exists(path) and os.stat(path).st_mtime == mtime
