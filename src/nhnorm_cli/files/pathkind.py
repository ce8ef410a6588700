"""Why a path named on the command line cannot be used: say what it is, not just "does not exist"."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from nhnorm_cli.errors import NhnormError, usage_error

_KINDS = (
    (stat.S_ISFIFO, "named pipe (FIFO)"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


def unusable(path: Path, *, want_folder: bool = False) -> NhnormError:
    """The usage error for a path that is not the regular file (or, with want_folder, the folder)
    a command needs."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            return usage_error("VERWIJZING-NAAR-NIETS", pad=str(path), doel=os.readlink(path))
        return usage_error("PAD-BESTAAT-NIET", pad=str(path))
    except OSError as exc:
        return usage_error("ONLEESBAAR-PAD", pad=str(path), reden=exc.strerror or str(exc))
    if stat.S_ISDIR(mode) and not want_folder:
        return usage_error("IS-MAP", pad=str(path))
    if stat.S_ISREG(mode) and want_folder:
        return usage_error("GEEN-MAP", pad=str(path))
    kind = next((name for test, name in _KINDS if test(mode)), "?")
    return usage_error("GEEN-GEWOON-BESTAND", pad=str(path), soort=kind)
