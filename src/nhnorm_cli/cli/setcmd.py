"""`nhnorm set`: change one answer (or the status) without editing YAML by hand."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

import typer

from nhnorm_cli.cli.configure import rule_policy
from nhnorm_cli.cli.options import (
    AssessmentsOption,
    EditOrgOption,
    EditYearOption,
    FileOption,
    date_option,
    stdout_console,
)
from nhnorm_cli.cli.output import changed_line, show_problems
from nhnorm_cli.errors import LineError, usage_error
from nhnorm_cli.files.discovery import DEFAULT_DIR
from nhnorm_cli.models.values import PRIORITEITEN, STATUSSEN

Status = StrEnum("Status", {value: value for value in STATUSSEN})  # type: ignore[misc]
Prioriteit = StrEnum("Prioriteit", {value: value for value in PRIORITEITEN})  # type: ignore[misc]


def set_command(
    requirement_id: Annotated[str | None, typer.Argument(metavar="ID", help="Norm, bijv. 2.7.")] = None,
    oordeel: Annotated[
        str | None, typer.Argument(metavar="OORDEEL", help="voldaan, grotendeels, deels, niet of nvt.")
    ] = None,
    toelichting: Annotated[
        str | None, typer.Option("--toelichting", metavar="TEKST", help="Waarom dit oordeel.")
    ] = None,
    bewijs: Annotated[
        list[str] | None,
        typer.Option(
            "--bewijs",
            metavar="TEKST",
            help="Document of link als bewijs (herhaalbaar). Met datums: "
            '"omschrijving | JJJJ-MM-DD | geldig tot JJJJ-MM-DD | link" (velden achteraan mogen weg).',
        ),
    ] = None,
    actie: Annotated[
        str | None, typer.Option("--actie", metavar="TEKST", help="Voeg een verbeteractie toe.")
    ] = None,
    eigenaar: Annotated[
        str | None, typer.Option("--eigenaar", metavar="TEKST", help="Afdeling of rol van de actie.")
    ] = None,
    gereed: Annotated[datetime | None, date_option("--gereed", "Streefdatum van de actie.")] = None,
    prioriteit: Annotated[
        Prioriteit | None,
        typer.Option("--prioriteit", help="hoog, middel of laag: het actieplan zet hoog bovenaan."),
    ] = None,
    afgerond: Annotated[
        list[str] | None,
        typer.Option(
            "--afgerond",
            metavar="ACTIE",
            help="Markeer de actie met deze omschrijving als afgerond (herhaalbaar).",
        ),
    ] = None,
    onderdeel: Annotated[
        list[str] | None,
        typer.Option("--onderdeel", metavar="ID=OORDEEL", help="Oordeel per onderdeel, bijv. 1.3.a=voldaan."),
    ] = None,
    vertrouwelijk: Annotated[
        bool | None,
        typer.Option("--vertrouwelijk/--openbaar", help="Toelichting en bewijs buiten openbare rapporten."),
    ] = None,
    status: Annotated[
        Status | None,
        typer.Option("--status", help="concept (heropent een vastgestelde zelfevaluatie) of vastgesteld."),
    ] = None,
    op: Annotated[
        datetime | None,
        date_option("--op", "Bij --status vastgesteld: datum van vaststelling (standaard: vandaag)."),
    ] = None,
    door: Annotated[
        str | None,
        typer.Option("--door", metavar="NAAM", help="Bij --status vastgesteld: wie heeft vastgesteld."),
    ] = None,
    peildatum: Annotated[
        datetime | None, date_option("--peildatum", "Datum van de meting, in het jaar zelf.")
    ] = None,
    ontvangen: Annotated[
        datetime | None,
        date_option(
            "--ontvangen", "Datum waarop het RIEC het bestand ontving (telt voor de deadline van intake)."
        ),
    ] = None,
    riec: Annotated[
        str | None, typer.Option("--riec", metavar="NAAM", help="Het RIEC van de organisatie.")
    ] = None,
    code: Annotated[
        str | None, typer.Option("--code", metavar="CODE", help="CBS-code, bijv. GM0400 of PV27.")
    ] = None,
    year: EditYearOption = None,
    org: EditOrgOption = None,
    file: FileOption = None,
    assessments: AssessmentsOption = DEFAULT_DIR,
) -> None:
    """Vul één antwoord in of werk het bij; opmerkingen en opmaak van het bestand blijven staan.

    Voorbeelden: `nhnorm set 2.7 deels --toelichting "..." --actie "..." --eigenaar HR --gereed
    2025-12-31 --prioriteit hoog`, `nhnorm set 2.7 voldaan --afgerond "..."`,
    `nhnorm set --status vastgesteld`, `nhnorm set 2.3 voldaan --bewijs
    "Verslag integriteitsbijeenkomst | 2025-11-12"`.
    Een wijziging die het bestand ongeldig zou maken, wordt niet opgeslagen. Een vastgestelde
    zelfevaluatie is op slot: heropen haar eerst met `nhnorm set --status concept`.
    """
    from nhnorm_cli.editing.answers import Change, NewAction, checked_code
    from nhnorm_cli.editing.session import edit_session

    if (eigenaar or gereed or prioriteit) and not actie:
        raise usage_error("ACTIE-ONTBREEKT")
    if (op or door) and status != "vastgesteld":
        raise usage_error("VASTSTELLING-ZONDER-STATUS")
    code = checked_code(code)
    change = Change(
        oordeel=oordeel,
        toelichting=toelichting,
        bewijs=tuple(_evidence(item) for item in bewijs or ()),
        actie=NewAction(actie, eigenaar, gereed.date() if gereed else None, prioriteit and prioriteit.value)
        if actie
        else None,
        vertrouwelijk=vertrouwelijk,
        afgerond=tuple(afgerond or ()),
        onderdelen=tuple(_pair(item) for item in onderdeel or ()),
    )
    nothing_else = code is None and riec is None and peildatum is None and ontvangen is None
    if requirement_id is None and status is None and nothing_else:
        raise usage_error("NIETS-TE-WIJZIGEN")
    if requirement_id is not None and change == Change():
        raise usage_error("NIETS-TE-WIJZIGEN")
    if riec is not None:
        from nhnorm_cli.cli.configure import repository
        from nhnorm_cli.region.settings import check_riec_option

        check_riec_option(repository(), riec)
    session = edit_session(file, year, org, assessments, rule_policy())
    if status == "concept":  # reopening comes before the change it makes possible
        show_problems(session.status(status.value))
    if code is not None or riec is not None:
        show_problems(session.organisation(code, riec))
    if peildatum is not None:
        show_problems(session.peildatum(peildatum.date()))
    if ontvangen is not None:
        show_problems(session.received(ontvangen.date()))
    if requirement_id is not None:
        show_problems(session.answer(requirement_id, change))
    if status == "vastgesteld":  # adopting comes after the last change
        show_problems(session.status(status.value, op.date() if op else None, door))
    stdout_console().print(changed_line(session.display, session.changed), markup=False)


def _evidence(line: str) -> str | dict[str, Any]:
    from nhnorm_cli.editing.evidenceline import parse_evidence

    try:
        return parse_evidence(line)
    except LineError as exc:
        raise usage_error(
            "ONGELDIG-BEWIJS", waarde=line, reden=exc.reason, deel=exc.part, veld=exc.field
        ) from None


def _pair(item: str) -> tuple[str, str]:
    component, sep, oordeel = item.partition("=")
    if not sep or not component.strip() or not oordeel.strip():
        raise usage_error("ONGELDIG-ONDERDEEL", waarde=item)
    return component.strip(), oordeel.strip()
