"""`nhnorm fill`: walk through the norms and answer them one by one; saved after every answer."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.panel import Panel
from rich.prompt import Prompt
from rich.text import Text

from nhnorm_cli.answers import Change, NewAction
from nhnorm_cli.cli.app import app, handle_errors
from nhnorm_cli.cli.editing import EditSession, FileOption, OrgOption, YearOption, edit_session
from nhnorm_cli.cli.options import AssessmentsOption, LangOption, stderr_console, stdout_console
from nhnorm_cli.discovery import DEFAULT_DIR
from nhnorm_cli.errors import NhnormError, usage_error
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.render.problems import print_problems


class _Stop(Exception):
    """The user typed q."""


# The prompts, Dutch and English (--lang); {..} are filled in per norm.
_TEXT = {
    "huidig": ("Huidig oordeel", "Current rating"),
    "toelichting": ("Toelichting", "Explanation"),
    "oordeel": ("Oordeel? {keuzes} · {enter} · q = stoppen", "Rating? {keuzes} · {enter} · q = stop"),
    "houden": ("Enter = houden ({oordeel})", "Enter = keep ({oordeel})"),
    "overslaan": ("Enter = overslaan", "Enter = skip"),
    "kies": ("Kies 1-{n} of een van: {keuzes}", "Choose 1-{n} or one of: {keuzes}"),
    "uitleg": ("Toelichting (Enter = houden)", "Explanation (Enter = keep)"),
    "bewijs": ("Bewijs toevoegen (Enter = geen)", "Add evidence (Enter = none)"),
    "bewijs_datum": (
        "Datum van het bewijs (JJJJ-MM-DD, Enter = geen)",
        "Date of the evidence (YYYY-MM-DD, Enter = none)",
    ),
    "geldig_tot": ("Geldig tot (JJJJ-MM-DD, Enter = geen)", "Valid until (YYYY-MM-DD, Enter = none)"),
    "actie": ("Verbeteractie (Enter = geen)", "Improvement action (Enter = none)"),
    "eigenaar": ("Eigenaar (afdeling of rol)", "Owner (department or role)"),
    "gereed": ("Gereed (JJJJ-MM-DD, Enter = geen)", "Due (YYYY-MM-DD, Enter = none)"),
    "datum": (
        "Schrijf de datum als JJJJ-MM-DD, bijv. 2026-12-31.",
        "Write the date as YYYY-MM-DD, e.g. 2026-12-31.",
    ),
}


def _say(lang: str, key: str, **values: object) -> str:
    return _TEXT[key][1 if lang == "en" else 0].format(**values)


def _ask_text(console: Console, lang: str, key: str, **values: object) -> str:
    return Prompt.ask(_say(lang, key, **values), console=console, default="", show_default=False)


@app.command("fill")
@handle_errors
def fill(
    year: YearOption = None,
    org: OrgOption = None,
    file: FileOption = None,
    start: Annotated[str | None, typer.Option("--vanaf", help="Begin bij deze norm, bijv. 3.1.")] = None,
    only_open: Annotated[bool, typer.Option("--open", help="Alleen normen zonder antwoord.")] = False,
    assessments: AssessmentsOption = DEFAULT_DIR,
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
        _show(console, session.norm, rid, current, session.lang)
        change = _ask(console, session.norm, current, session.lang)
        if change is None:
            return
        try:
            session.answer(rid, change)
            return
        except NhnormError as exc:
            print_problems(stderr_console(), exc.problems, session.lang)


def _show(console: Console, norm: Norm, rid: str, current: dict[str, Any], lang: str) -> None:
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
    what = _ask_text(console, lang, "actie").strip()
    if not what:
        return None
    owner = _ask_text(console, lang, "eigenaar").strip()
    return NewAction(what, owner or None, _ask_date(console, lang, "gereed"))
