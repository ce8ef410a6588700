"""click/typer's usage errors as nhnorm problems: one line in the language of the run, with the fix.

typer words them in English (`Invalid value for '--year': Input should be a valid integer`) and
prints the usage block around them; here each kind becomes a problem code, so messages/ words it."""

from __future__ import annotations

import enum
import re
from datetime import date, datetime
from typing import Any

from typer._click.core import Parameter
from typer._click.exceptions import BadOptionUsage, BadParameter, MissingParameter, NoSuchOption, UsageError

from nhnorm_cli.errors import Location, Problem
from nhnorm_cli.models.suggest import suggestion

_NO_SUCH_COMMAND = re.compile(r"No such command '(.*)'")
_MISSING_COMMAND = "Missing command."
_EXTRA_ARGUMENTS = re.compile(r"Got unexpected extra argument\(s\) \((.*)\)")


def usage_problem(exc: UsageError) -> Problem:
    """The problem for a usage error raised while parsing the command line (exit 2)."""
    code, params = _classify(exc)
    command = exc.ctx.command_path if exc.ctx is not None else "nhnorm"
    return Problem(Location(""), code, params={**params, "opdracht": command})


def _classify(exc: UsageError) -> tuple[str, dict[str, Any]]:
    if isinstance(exc, NoSuchOption):
        return "ONBEKENDE-OPTIE", {
            "optie": exc.option_name,
            **suggestion(exc.option_name, exc.possibilities or []),
        }
    if isinstance(exc, MissingParameter) and exc.param is not None:
        if exc.param.param_type_name == "argument":
            return "ARGUMENT-ONTBREEKT", {"metavar": _metavar(exc.param)}
        return "OPTIE-ONTBREEKT", {"optie": _flag(exc.param), "metavar": _metavar(exc.param)}
    if isinstance(exc, BadParameter) and exc.param is not None:
        return _bad_value(exc, exc.param)
    if isinstance(exc, BadOptionUsage):
        return "OPTIE-ZONDER-WAARDE", {"optie": exc.option_name}
    message = exc.format_message()
    if match := _NO_SUCH_COMMAND.match(message):
        commands = sorted(getattr(exc.ctx.command, "commands", {})) if exc.ctx is not None else []
        return "ONBEKENDE-OPDRACHT", {
            "naam": match.group(1),
            "toegestaan": commands,
            **suggestion(match.group(1), commands),
        }
    if message == _MISSING_COMMAND:
        return "OPDRACHT-ONTBREEKT", {}
    if match := _EXTRA_ARGUMENTS.match(message):
        return "TE-VEEL-ARGUMENTEN", {"argumenten": match.group(1)}
    return "GEBRUIK", {"detail": message}


def _bad_value(exc: BadParameter, param: Parameter) -> tuple[str, dict[str, Any]]:
    """typer converts with pydantic: the ValidationError behind the message says what went wrong."""
    errors = exc.__cause__.errors() if hasattr(exc.__cause__, "errors") else []  # type: ignore[union-attr]
    error = errors[0] if errors else {}
    value = str(error.get("input", ""))
    kind = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    where = {"optie": _flag(param), "waarde": value}
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        allowed = [str(member.value) for member in kind]
        return "ONGELDIGE-KEUZE", {**where, "toegestaan": allowed, **suggestion(value.lower(), allowed)}
    if kind in (datetime, date):
        return "ONGELDIGE-DATUM", {"veld": _flag(param), "waarde": value}
    if error.get("type") in ("int_parsing", "int_from_float", "int_type"):
        return "GEEN-GEHEEL-GETAL", where
    if error.get("type") == "greater_than_equal":
        return "TE-KLEIN", {**where, "min": error.get("ctx", {}).get("ge", getattr(param, "min", ""))}
    return "ONGELDIGE-OPTIEWAARDE", where


def _flag(param: Parameter) -> str:
    return max(param.opts, key=len) if param.opts else str(param.name)


def _metavar(param: Parameter) -> str:
    return str(getattr(param, "metavar", None) or (param.name or "").upper())
