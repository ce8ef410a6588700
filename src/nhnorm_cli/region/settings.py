"""Where a repository keeps its register and when its intake deadline falls (nhnorm.toml)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from nhnorm_cli.config import Repository, find_root
from nhnorm_cli.errors import NhnormError, usage_error
from nhnorm_cli.files.discovery import DEFAULT_DIR, display_path, find_files, yaml_files
from nhnorm_cli.region.register import REGISTER_NAME, RegionRegister, check_register

DEFAULT_DEADLINE = "04-01"  # SPEC §6: 1 April of the year assessed


def register_path(repo: Repository) -> Path | None:
    """nhnorm.toml `register`, else organisaties.yaml at the repository root; None without one.
    A register named in nhnorm.toml must exist: a typo would silently switch the checks off."""
    if repo.settings.register_file is not None and repo.base is not None:
        path = Path(display_path(repo.base / repo.settings.register_file))
        if not path.is_file():
            raise usage_error("REGISTER-ONTBREEKT", pad=str(path))
        return path
    path = find_root() / REGISTER_NAME
    return Path(display_path(path)) if path.is_file() else None


def load_register(repo: Repository, *, required: bool) -> RegionRegister | None:
    """The repository's valid register (a broken one stops the command: exit 1); with `required`,
    no register is a usage error that says how to make one."""
    path = register_path(repo)
    if path is None:
        if required:
            raise usage_error("GEEN-REGISTER", bestand=REGISTER_NAME)
        return None
    register, problems = check_register(path)
    if register is None:
        raise NhnormError(*problems)
    return register


def check_riec_option(repo: Repository, riec: str | None) -> None:
    """`set --riec` / `init --riec`: a RIEC the register does not list would make the file invalid
    right after it is written (ONBEKENDE-RIEC, exit 2, nothing written). A broken register is
    validate's to report; it does not block an edit."""
    path = register_path(repo) if riec is not None else None
    if path is None:
        return
    register, _ = check_register(path)
    if register is not None and riec not in register.register.riecs:
        raise usage_error("ONBEKENDE-RIEC", riec=riec, riecs=register.register.riecs)


def deadline(repo: Repository, year: int, given: date | None) -> date:
    """--deadline, else nhnorm.toml `deadline` (month-day) in `year`, else 1 April of `year`."""
    if given is not None:
        return given
    month_day = repo.settings.deadline or DEFAULT_DEADLINE
    month, day = (int(part) for part in month_day.split("-"))
    try:
        return date(year, month, day)
    except ValueError:  # "02-30": the pattern lets it through, the calendar does not
        raise usage_error("ONGELDIGE-DEADLINE", waarde=month_day, jaar=year) from None


def region_files(paths: Sequence[Path], root: Path | None, *, register: bool) -> list[Path]:
    """find_files, except that a region's repository with a register and no assessments yet (no
    folder, or an empty one) has none instead of a usage error: SPEC §8, everyone `ontbreekt`."""
    folder = root if root is not None else DEFAULT_DIR
    default = not paths or [p.resolve() for p in paths] == [folder.resolve()]
    if register and default and not yaml_files(folder):
        return []
    return find_files(paths)
