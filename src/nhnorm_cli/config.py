"""Optional repository settings (`nhnorm.toml`), as defaults for the options of every command.

    [nhnorm]
    taal = "nl"               # --lang
    organisatie = "zeedorp"   # --org
    templates = "huisstijl/"  # --templates (report, overview)
    assessments = "assessments"
    register = "organisaties.yaml"  # the region's register (SPEC §6; default: this file at the root)
    deadline = "04-01"        # month-day of the intake deadline (SPEC §6; default 1 April)
    iban = ["NL91 ABNA 0417 1643 00"]  # the organisation's own accounts: public, never removed

    [nhnorm.regels]           # rules/config.py: switch rules off or change their level
    uit = ["ACTIE-NA-2027"]

The settings become click's `default_map`, so a command gets them as the defaults of options it
already has and knows nothing about the file (`taal` sets the language of the run once, in the root
callback). Precedence: the command line, then the environment
(NHNORM_LANG: a person's own preference beats the repository's), then nhnorm.toml, then nhnorm's
own default.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nhnorm_cli.errors import ExitCode, Location, NhnormError, Problem
from nhnorm_cli.files.discovery import DEFAULT_DIR, display_path
from nhnorm_cli.messages import LANGUAGES
from nhnorm_cli.rules.config import RuleLevels, rule_problems
from nhnorm_cli.source.tomldepth import MAX_DEPTH, too_deep

CONFIG_NAME = "nhnorm.toml"
MONTH_DAY = r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"
_AT = re.compile(r"\(at (?:line (\d+), column (\d+)|end of document)\)")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    taal: Literal["nl", "en"] | None = None
    organisatie: str | None = None
    templates: str | None = None
    assessments: str | None = None
    # `register` is taken by BaseModel (ABCMeta.register): the key keeps its name through an alias
    register_file: Annotated[str | None, Field(alias="register")] = None
    deadline: Annotated[str | None, Field(pattern=MONTH_DAY)] = None
    iban: list[Annotated[str, Field(pattern=r"^[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{8,40}$")]] | None = None
    regels: RuleLevels | None = None


class ConfigFile(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    nhnorm: Settings = Settings()


@dataclass(frozen=True)
class Repository:
    """The repository's settings as read once by the command line, and the folder of nhnorm.toml
    (None without one: every setting at its default)."""

    settings: Settings = field(default_factory=Settings)
    base: Path | None = None


def read_repository(start: Path | None = None) -> Repository:
    """nhnorm.toml of the repository, read and checked (exit 2 on a problem); the defaults without one."""
    path = find_config(start)
    return Repository(load_config(path), path.parent) if path is not None else Repository()


def find_root(start: Path | None = None) -> Path:
    """The nearest folder upwards with nhnorm.toml or .git (the repository); else the start."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file() or (folder / ".git").exists():
            return folder
    return here


def find_config(start: Path | None = None) -> Path | None:
    """nhnorm.toml in the repository root (see find_root), if it has one."""
    path = find_root(start) / CONFIG_NAME
    return path if path.is_file() else None


def load_config(path: Path) -> Settings:
    """The settings; every problem as `nhnorm.toml:line:col` (exit 2)."""
    shown = display_path(path)
    # utf-8-sig: Notepad and other Windows editors start the file with a BOM, which TOML forbids
    text = path.read_bytes().decode("utf-8-sig", "replace")
    deep = too_deep(text)
    if deep is not None:
        raise _error(Location(shown, *deep), "CONFIG-TE-DIEP", max=MAX_DEPTH)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _AT.search(str(exc))
        if match is not None and match.group(1):
            line, column = int(match.group(1)), int(match.group(2))
        else:  # at the end of the document: after its last character
            line, column = text.count("\n") + 1, len(text) - text.rfind("\n")
        detail = _AT.sub("", str(exc)).strip()
        raise _error(Location(shown, line, column), "CONFIG-SYNTAX", detail=detail) from None
    try:
        settings = ConfigFile.model_validate(raw).nhnorm
    except ValidationError as exc:
        # `uit = [1, 2]` is one mistake in one list, reported once at the list
        found = (_problem(text, shown, error) for error in exc.errors())
        problems = list({(p.location, p.code, repr(p.params)): p for p in found}.values())
        raise NhnormError(*problems, exit_code=ExitCode.USAGE) from None
    problems = rule_problems(settings.regels, text, shown) if settings.regels else []
    if problems:
        raise NhnormError(*problems, exit_code=ExitCode.USAGE)
    return settings


def defaults(settings: Settings, base: Path, params: dict[str, dict[str, bool]]) -> dict[str, Any]:
    """click's default_map: for each command (name -> {param: variadic}) the settings it takes."""
    values: dict[str, Any] = {"org": settings.organisatie}
    if settings.templates is not None:
        values["templates"] = _relative(base / settings.templates)
    if settings.assessments is not None and Path(settings.assessments) != DEFAULT_DIR:
        values["assessments"] = _relative(base / settings.assessments)
    result: dict[str, Any] = {}
    for command, names in params.items():
        chosen = {name: value for name, value in values.items() if name in names and value is not None}
        if "assessments" in values and names.get("paths"):  # `validate [PATH ...]` and the like
            chosen["paths"] = [values["assessments"]]
        if chosen:
            result[command] = chosen
    return result


def _relative(path: Path) -> str:
    return os.path.relpath(path)


def _problem(text: str, shown: str, error: Any) -> Problem:
    loc = [str(part) for part in error["loc"] if not isinstance(part, int)]
    location = Location(shown, *_find(text, loc))
    key = loc[-1]
    if error["type"] == "extra_forbidden":
        model = RuleLevels if loc[:2] == ["nhnorm", "regels"] and len(loc) > 2 else Settings
        keys = [f.alias or name for name, f in model.model_fields.items()]
        allowed = keys if len(loc) > 1 else ["[nhnorm]"]
        return Problem(location, "CONFIG-ONBEKEND", params={"sleutel": key, "toegestaan": allowed})
    if error["type"] == "model_type" and len(loc) == 1:  # nhnorm = 1
        return Problem(location, "CONFIG-TABEL", params={"sleutel": key})
    if loc[:2] == ["nhnorm", "regels"]:  # a list of codes, or the table itself, has the wrong shape
        return Problem(location, "CONFIG-REGELS-VORM", params={"sleutel": key})
    if error["type"] == "string_pattern_mismatch":  # deadline = "1 april"
        return Problem(
            location,
            "CONFIG-WAARDE",
            params={
                "sleutel": key,
                "waarde": error["input"],
                "toegestaan": "IBAN" if key == "iban" else "maand-dag",
            },
        )
    if error["type"] == "literal_error":
        allowed = list(LANGUAGES)
        return Problem(
            location,
            "CONFIG-WAARDE",
            params={"sleutel": key, "waarde": error["input"], "toegestaan": allowed},
        )
    return Problem(location, "CONFIG-TYPE", params={"sleutel": key})


def _find(text: str, loc: list[str]) -> tuple[int, int]:
    """Line and column of the last key in `loc` (TOML readers give no positions)."""
    key = re.escape(loc[-1])
    pattern = re.compile(rf'^(\s*)(\[\s*{key}\s*\]|"?{key}"?\s*=)', re.MULTILINE)
    match = pattern.search(text)
    if match is None:
        return 1, 1
    line = text.count("\n", 0, match.start()) + 1
    return line, len(match.group(1)) + 1


def _error(location: Location, code: str, **params: Any) -> NhnormError:
    return NhnormError(Problem(location, code, params=params), exit_code=ExitCode.USAGE)
