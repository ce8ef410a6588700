"""`nhnorm fill`: walk through the norms and answer them one by one; saved after every answer."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer

from nhnorm_cli.cli.configure import rule_policy
from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import (
    AssessmentsOption,
    EditOrgOption,
    EditYearOption,
    FileOption,
    stdout_console,
)
from nhnorm_cli.cli.output import changed_line, show_problems
from nhnorm_cli.discovery import DEFAULT_DIR
from nhnorm_cli.errors import NhnormError, usage_error
from nhnorm_cli.messages import text

if TYPE_CHECKING:
    from rich.console import Console

    from nhnorm_cli.editing.answers import Change, NewAction
    from nhnorm_cli.editing.session import EditSession
    from nhnorm_cli.models.norm import Norm


class _Stop(Exception):
    """The user typed q."""


def _say(lang: str, key: str, **values: object) -> str:
    return text(f"fill-{key}", lang, **values)


def _ask_text(console: Console, lang: str, key: str, **values: object) -> str:
    from rich.prompt import Prompt

    return Prompt.ask(_say(lang, key, **values), console=console, default="", show_default=False)


def fill(
    year: EditYearOption = None,
    org: EditOrgOption = None,
    file: FileOption = None,
    start: Annotated[
        str | None, typer.Option("--vanaf", metavar="ID", help="Begin bij deze norm, bijv. 3.1.")
    ] = None,
    only_open: Annotated[bool, typer.Option("--open", help="Alleen normen zonder antwoord.")] = False,
    assessments: AssessmentsOption = DEFAULT_DIR,
) -> None:
    """Vul de zelfevaluatie norm voor norm in. Enter houdt het huidige antwoord, q stopt."""
    from nhnorm_cli.editing.session import edit_session

    lang = current_lang()
    session = edit_session(file, year, org, assessments, rule_policy())
    ids = session.norm.requirement_ids
    if start is not None:
        if start not in ids:
            raise usage_error("ONBEKENDE-NORM", id=start, versie=session.norm.versie)
        ids = ids[ids.index(start) :]
    if only_open:
        ids = [rid for rid in ids if rid not in session.answers()]
    console = stdout_console(soft_wrap=False)
    interrupted = False
    try:
        for rid in ids:
            _one(console, session, rid, lang)
    except (_Stop, EOFError):
        pass
    except KeyboardInterrupt:
        interrupted = True
    console.print()
    console.print(changed_line(session.display, session.changed), markup=False)
    if interrupted:
        raise typer.Exit(130)


def _one(console: Console, session: EditSession, rid: str, lang: str) -> None:
    """Ask until the answer is valid (or kept), then save it."""
    while True:
        current: dict[str, Any] = session.answers().get(rid) or {}  # type: ignore[assignment]
        _show(console, session.norm, rid, current, lang)
        change = _ask(console, session.norm, current, lang)
        if change is None:
            return
        try:
            show_problems(session.answer(rid, change))
            return
        except NhnormError as exc:
            show_problems(exc.problems)


def _show(console: Console, norm: Norm, rid: str, current: dict[str, Any], lang: str) -> None:
    from rich.panel import Panel
    from rich.text import Text

    requirement = norm.requirement(rid)
    assert requirement is not None
    body = Text(requirement.tekst)
    if current:
        body.append(f"\n\n{_say(lang, 'huidig')}: {current.get('oordeel')}", style="bold")
        if current.get("toelichting"):
            body.append(f"\n{_say(lang, 'toelichting')}: {current['toelichting']}")
    title = f"{rid} · {norm.theme_of(rid).titel}"
    console.print(Panel(body, title=title, title_align="left"))


def _ask(console: Console, norm: Norm, current: dict[str, Any], lang: str) -> Change | None:
    keys = norm.rating_keys
    choices = " · ".join(f"{i} {key}" for i, key in enumerate(keys, 1))
    kept = _say(lang, "houden", oordeel=current["oordeel"]) if current else _say(lang, "overslaan")
    while True:
        raw = _ask_text(console, lang, "oordeel", keuzes=choices, enter=kept).strip().lower()
        if raw == "q":
            raise _Stop
        if raw.isdigit() and 1 <= int(raw) <= len(keys):
            raw = keys[int(raw) - 1]
        if raw == "" or raw in keys:
            break
        console.print(_say(lang, "kies", n=len(keys), keuzes=", ".join(keys)), markup=False)
    oordeel = raw or None
    if oordeel is None and not current:
        return None
    from nhnorm_cli.editing.answers import Change

    toelichting = _ask_text(console, lang, "uitleg")
    rated = oordeel or current.get("oordeel")
    evidence = _ask_evidence(console, lang) if norm.points(rated) is not None else ()  # not for nvt
    action = _ask_action(console, norm, rated, current, lang)
    change = Change(oordeel=oordeel, toelichting=toelichting.strip() or None, bewijs=evidence, actie=action)
    return None if change == Change() else change


def _ask_evidence(console: Console, lang: str) -> tuple[str | dict[str, Any], ...]:
    """One bewijs item, with its dates when the advisor knows them."""
    what = _ask_text(console, lang, "bewijs").strip()
    if not what:
        return ()
    item: dict[str, Any] = {"omschrijving": what}
    for key, prompt in (("datum", "bewijs_datum"), ("geldig_tot", "geldig_tot")):
        day = _ask_date(console, lang, prompt)
        if day is not None:
            item[key] = day
    return (item if len(item) > 1 else what,)


def _ask_date(console: Console, lang: str, prompt: str) -> date | None:
    while True:
        given = _ask_text(console, lang, prompt).strip()
        try:
            return date.fromisoformat(given) if given else None
        except ValueError:
            console.print(_say(lang, "datum"), markup=False)


def _ask_action(
    console: Console, norm: Norm, oordeel: Any, current: dict[str, Any], lang: str
) -> NewAction | None:
    points = norm.points(oordeel) if isinstance(oordeel, str) else None
    actions = current.get("acties") or []
    if points is None or points >= norm.max_points or any(not a.get("afgerond") for a in actions):
        return None
    from nhnorm_cli.editing.answers import NewAction

    what = _ask_text(console, lang, "actie").strip()
    if not what:
        return None
    owner = _ask_text(console, lang, "eigenaar").strip()
    return NewAction(what, owner or None, _ask_date(console, lang, "gereed"))
