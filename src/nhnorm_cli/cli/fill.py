"""`nhnorm fill`: walk through the norms and answer them one by one; saved after every answer."""

from __future__ import annotations

from dataclasses import dataclass
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
from nhnorm_cli.errors import NhnormError, usage_error
from nhnorm_cli.files.discovery import DEFAULT_DIR
from nhnorm_cli.messages import text
from nhnorm_cli.source.dates import parse_date

if TYPE_CHECKING:
    from datetime import date

    from rich.console import Console

    from nhnorm_cli.editing.answers import Change, NewAction
    from nhnorm_cli.editing.session import EditSession
    from nhnorm_cli.models.norm import Norm


class _Stop(Exception):
    """The user typed q."""


def _say(lang: str, key: str, **values: object) -> str:
    return text(f"fill-{key}", lang, **values)


def _ask_text(console: Console, lang: str, key: str, **values: object) -> str:
    """The reply; q stops at every question (never a toelichting or owner "q")."""
    from rich.prompt import Prompt

    reply = Prompt.ask(_say(lang, key, **values), console=console, default="", show_default=False)
    if reply.strip().lower() == "q":
        raise _Stop
    return reply


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
    session.ensure_open()  # a vastgesteld file is locked: say so before the first question
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
    """Ask until the answer is valid (or kept), save it, then ask for an action and save that.

    Every save applies to the file as it is on disk at that moment: a colleague's `set` or comment
    made while this prompt waited is kept, and an answer changed meanwhile is shown again rather
    than written over. An interruption keeps what was complete and says what was not."""
    while True:
        current: dict[str, Any] = session.answers().get(rid) or {}  # type: ignore[assignment]
        _show(console, session.norm, rid, current, lang)
        draft = _Draft()
        try:
            _ask(console, session.norm, current, lang, draft)
        except (_Stop, EOFError, KeyboardInterrupt):
            _save_interrupted(console, session, rid, current, draft, lang)
            raise
        if draft.change() is None:
            return
        try:
            # shown after the action question: an action typed there answers GEEN-ACTIE
            warnings = session.answer(rid, draft.change(), expected=current)  # type: ignore[arg-type]
            break
        except NhnormError as exc:
            if any(p.code == "VASTGESTELD" for p in exc.problems):
                raise  # adopted meanwhile: every further answer would be refused too
            show_problems(exc.problems)
    from nhnorm_cli.rules.acties import wants_action

    current = session.answers().get(rid) or {}  # type: ignore[assignment]
    try:
        action = _ask_action(console, lang) if wants_action(session.norm, current) else None
    except (_Stop, EOFError, KeyboardInterrupt):
        show_problems(warnings)
        console.print(_say(lang, "actie-niet", id=rid), markup=False)
        raise
    if action is not None:
        from nhnorm_cli.editing.answers import Change

        try:
            warnings = session.answer(rid, Change(actie=action), expected=current)
        except NhnormError as exc:
            show_problems(exc.problems)
    show_problems(warnings)


@dataclass
class _Draft:
    """What has been typed for one norm so far; `complete` once oordeel and toelichting are in."""

    oordeel: str | None = None
    toelichting: str | None = None
    bewijs: tuple[str | dict[str, Any], ...] = ()
    complete: bool = False

    def change(self) -> Change | None:
        from nhnorm_cli.editing.answers import Change

        change = Change(oordeel=self.oordeel, toelichting=self.toelichting, bewijs=self.bewijs)
        return None if change == Change() else change


def _save_interrupted(
    console: Console, session: EditSession, rid: str, current: dict[str, Any], draft: _Draft, lang: str
) -> None:
    change = draft.change()
    if change is None:
        return
    if not draft.complete:
        console.print(_say(lang, "niet-opgeslagen", id=rid), markup=False)
        return
    try:
        show_problems(session.answer(rid, change, expected=current))
    except NhnormError as exc:
        show_problems(exc.problems)
        return
    console.print(_say(lang, "deels-opgeslagen", id=rid), markup=False)


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
        for item in current.get("bewijs") or []:
            body.append(f"\n{_say(lang, 'bewijs-kop')}: {_evidence_line(item)}")
        for action in current.get("acties") or []:
            body.append(f"\n{_say(lang, 'actie-kop')}: {_action_line(action, lang)}")
    title = f"{rid} · {norm.theme_of(rid).titel}"
    console.print(Panel(body, title=title, title_align="left"))


def _evidence_line(item: Any) -> str:
    """Dated evidence as `set --bewijs` takes it, not as a Python dict."""
    from pydantic import ValidationError

    from nhnorm_cli.editing.evidenceline import format_evidence
    from nhnorm_cli.models.assessment import Evidence

    if not isinstance(item, dict):
        return str(item)
    try:
        return format_evidence(Evidence.model_validate(item))
    except ValidationError:
        return str(item.get("omschrijving", item))


def _action_line(action: Any, lang: str) -> str:
    if not isinstance(action, dict):
        return str(action)
    details = [str(action[key]) for key in ("eigenaar", "gereed", "prioriteit") if action.get(key)]
    state = _say(lang, "afgerond" if action.get("afgerond") else "open")
    return f"{action.get('omschrijving')} ({', '.join([*details, state])})"


def _ask(console: Console, norm: Norm, current: dict[str, Any], lang: str, draft: _Draft) -> None:
    keys = norm.rating_keys
    choices = " · ".join(f"{i} {key}" for i, key in enumerate(keys, 1))
    kept = _say(lang, "houden", oordeel=current["oordeel"]) if current else _say(lang, "overslaan")
    console.print(_say(lang, "keuzes", keuzes=choices), markup=False)  # one line each: no wrap at 80
    while True:
        raw = _ask_text(console, lang, "oordeel", enter=kept).strip().lower()
        if raw.isdigit() and 1 <= int(raw) <= len(keys):
            raw = keys[int(raw) - 1]
        if raw == "" or raw in keys:
            break
        console.print(_say(lang, "kies", n=len(keys), keuzes=", ".join(keys)), markup=False)
    draft.oordeel = raw or None
    if draft.oordeel is None and not current:
        return
    rated = draft.oordeel or current.get("oordeel")
    needs_reason = norm.needs_reason(rated) and not current.get("toelichting")
    prompt = "uitleg" if current.get("toelichting") else "uitleg-nieuw"
    while True:
        draft.toelichting = _ask_text(console, lang, prompt).strip() or None
        if draft.toelichting or not needs_reason:
            break
        console.print(_say(lang, "nvt-reden"), markup=False)  # ask the reason, not the oordeel again
    draft.complete = True
    draft.bewijs = () if norm.needs_reason(rated) else _ask_evidence(console, lang)  # not for nvt


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
            return parse_date(given) if given else None
        except ValueError:
            console.print(_say(lang, "datum"), markup=False)


def _ask_action(console: Console, lang: str) -> NewAction | None:
    from nhnorm_cli.editing.answers import NewAction

    what = _ask_text(console, lang, "actie").strip()
    if not what:
        return None
    owner = _ask_text(console, lang, "eigenaar").strip()
    due = _ask_date(console, lang, "gereed")
    return NewAction(what, owner or None, due, _ask_priority(console, lang))


def _ask_priority(console: Console, lang: str) -> str | None:
    from nhnorm_cli.models.values import PRIORITEITEN

    while True:
        given = _ask_text(console, lang, "prioriteit").strip().lower()
        if not given or given in PRIORITEITEN:
            return given or None
        console.print(_say(lang, "prioriteit-kies"), markup=False)
