"""`nhnorm fill`: walk through the norms and answer them one by one; saved after every answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.panel import Panel
from rich.prompt import Prompt
from rich.text import Text

from nhnorm_cli.answers import Change, NewAction
from nhnorm_cli.cli.app import app, handle_errors
from nhnorm_cli.cli.editing import EditSession, FileOption, OrgOption, YearOption, edit_session
from nhnorm_cli.cli.options import LangOption, stderr_console, stdout_console
from nhnorm_cli.discovery import DEFAULT_DIR
from nhnorm_cli.errors import NhnormError, usage_error
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.render.problems import print_problems


class _Stop(Exception):
    """The user typed q."""


@app.command("fill")
@handle_errors
def fill(
    year: YearOption = None,
    org: OrgOption = None,
    file: FileOption = None,
    start: Annotated[str | None, typer.Option("--vanaf", help="Begin bij deze norm, bijv. 3.1.")] = None,
    only_open: Annotated[bool, typer.Option("--open", help="Alleen normen zonder antwoord.")] = False,
    assessments: Annotated[
        Path, typer.Option("--assessments", help="Map met zelfevaluaties.", hidden=True)
    ] = DEFAULT_DIR,
    lang: LangOption = "nl",  # type: ignore[assignment]
) -> None:
    """Vul de zelfevaluatie norm voor norm in. Enter houdt het huidige antwoord, q stopt."""
    session = edit_session(file, year, org, assessments, lang)
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
            _one(console, session, rid)
    except (_Stop, EOFError):
        pass
    except KeyboardInterrupt:
        interrupted = True
    console.print()
    console.print(session.summary(), markup=False)
    if interrupted:
        raise typer.Exit(130)


def _one(console: Console, session: EditSession, rid: str) -> None:
    """Ask until the answer is valid (or kept), then save it."""
    while True:
        current: dict[str, Any] = session.answers().get(rid) or {}  # type: ignore[assignment]
        _show(console, session.norm, rid, current)
        change = _ask(console, session.norm, current)
        if change is None:
            return
        try:
            session.answer(rid, change)
            return
        except NhnormError as exc:
            print_problems(stderr_console(), exc.problems, session.lang)


def _show(console: Console, norm: Norm, rid: str, current: dict[str, Any]) -> None:
    requirement = norm.requirement(rid)
    assert requirement is not None
    body = Text(requirement.tekst)
    if current:
        body.append(f"\n\nHuidig oordeel: {current.get('oordeel')}", style="bold")
        if current.get("toelichting"):
            body.append(f"\nToelichting: {current['toelichting']}")
    title = f"{rid} · {norm.theme_of(rid).titel}"
    console.print(Panel(body, title=title, title_align="left"))


def _ask(console: Console, norm: Norm, current: dict[str, Any]) -> Change | None:
    keys = norm.rating_keys
    choices = " · ".join(f"{i} {key}" for i, key in enumerate(keys, 1))
    kept = f"Enter = houden ({current['oordeel']})" if current else "Enter = overslaan"
    while True:
        raw = Prompt.ask(
            f"Oordeel? {choices} · {kept} · q = stoppen", console=console, default="", show_default=False
        )
        raw = raw.strip().lower()
        if raw == "q":
            raise _Stop
        if raw.isdigit() and 1 <= int(raw) <= len(keys):
            raw = keys[int(raw) - 1]
        if raw == "" or raw in keys:
            break
        console.print(f"Kies 1-{len(keys)} of een van: {', '.join(keys)}", markup=False)
    oordeel = raw or None
    if oordeel is None and not current:
        return None
    toelichting = Prompt.ask("Toelichting (Enter = houden)", console=console, default="", show_default=False)
    action = _ask_action(console, norm, oordeel or current.get("oordeel"), current)
    change = Change(oordeel=oordeel, toelichting=toelichting.strip() or None, actie=action)
    return None if change == Change() else change


def _ask_action(console: Console, norm: Norm, oordeel: Any, current: dict[str, Any]) -> NewAction | None:
    points = norm.points(oordeel) if isinstance(oordeel, str) else None
    actions = current.get("acties") or []
    if points is None or points >= norm.max_points or any(not a.get("afgerond") for a in actions):
        return None
    what = Prompt.ask("Verbeteractie (Enter = geen)", console=console, default="", show_default=False).strip()
    if not what:
        return None
    owner = Prompt.ask("Eigenaar (afdeling of rol)", console=console, default="", show_default=False).strip()
    while True:
        due = Prompt.ask("Gereed (JJJJ-MM-DD, Enter = geen)", console=console, default="", show_default=False)
        try:
            return NewAction(what, owner or None, date.fromisoformat(due.strip()) if due.strip() else None)
        except ValueError:
            console.print("Schrijf de datum als JJJJ-MM-DD, bijv. 2026-12-31.", markup=False)
