"""The implementatieoverzicht as rows: the one layout that export (xlsx, csv) and import share."""

from __future__ import annotations

from dataclasses import dataclass

from nhnorm_cli.editing.evidenceline import format_evidence
from nhnorm_cli.errors import LineError
from nhnorm_cli.models.assessment import Action, Assessment
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.values import PRIORITEITEN
from nhnorm_cli.source.dates import parse_date

ORG_SHEET = "Organisatie"
ROWS_SHEET = "Implementatieoverzicht"

# (key, header, width); the header is checked on import so a moved column cannot go unnoticed.
COLUMNS: list[tuple[str, str, int]] = [
    ("thema", "Thema", 24),
    ("id", "Id", 8),
    ("norm", "Norm", 60),
    ("oordeel", "Oordeel", 14),
    ("toelichting", "Toelichting", 50),
    ("bewijs", "Bewijs (één per regel)", 36),  # unchanged, so workbooks exported earlier still import
    (
        "acties",
        "Acties (één per regel: omschrijving | eigenaar | JJJJ-MM-DD | open of afgerond | prioriteit)",
        56,
    ),
    ("vertrouwelijk", "Vertrouwelijk", 14),
]
# Headers of workbooks exported by earlier versions, still read on import.
EARLIER_HEADERS: dict[str, tuple[str, ...]] = {
    "acties": ("Acties (één per regel: omschrijving | eigenaar | JJJJ-MM-DD | open of afgerond)",),
}
COLUMN_INDEX = {key: i + 1 for i, (key, _, _) in enumerate(COLUMNS)}
ANSWER_KEYS = ("oordeel", "toelichting", "bewijs", "acties", "vertrouwelijk")

# (key, label, hint) in the order of the YAML file.
ORG_FIELDS: list[tuple[str, str, str]] = [
    ("naam", "Naam", "bijv. Gemeente Zeedorp"),
    ("soort", "Soort", "gemeente of provincie"),
    ("code", "CBS-code", "GM + 4 cijfers of PV + 2 cijfers; mag leeg"),
    ("riec", "RIEC", "mag leeg"),
    ("jaar", "Jaar", "jaar van de meting"),
    ("peildatum", "Peildatum", "JJJJ-MM-DD"),
    ("status", "Status", "concept of vastgesteld"),
    ("vastgesteld_op", "Vastgesteld op", "JJJJ-MM-DD; bij status vastgesteld"),
    ("vastgesteld_door", "Vastgesteld door", "bijv. interne driehoek; mag leeg"),
    ("norm", "Normversie", "niet wijzigen"),
]
# Rows a workbook exported by an earlier version lacks; such a workbook still imports.
OPTIONAL_ORG_FIELDS = ("vastgesteld_op", "vastgesteld_door")
DONE, OPEN = "afgerond", "open"
YES, NO = "ja", "nee"


@dataclass(frozen=True)
class SheetRow:
    """One row of the Implementatieoverzicht: a norm, or one of its onderdelen (indented)."""

    is_component: bool
    thema: str
    id: str
    norm: str
    oordeel: str = ""
    toelichting: str = ""
    bewijs: str = ""
    acties: str = ""
    vertrouwelijk: str = ""

    def values(self) -> list[str]:
        return [getattr(self, key) for key, _, _ in COLUMNS]


def format_action(action: Action) -> str:
    gereed = action.gereed.isoformat() if action.gereed else ""
    text = f"{action.omschrijving} | {action.eigenaar or ''} | {gereed} | {DONE if action.afgerond else OPEN}"
    return f"{text} | {action.prioriteit}" if action.prioriteit else text


def parse_action(line: str) -> dict[str, object]:
    """`omschrijving | eigenaar | JJJJ-MM-DD | open/afgerond [| hoog/middel/laag]`; trailing fields
    may be left out.
    With four or more fields the last three are eigenaar, date and state, so the omschrijving may
    itself contain a "|". Raises LineError for a bad line."""
    parts = [p.strip() for p in line.split("|")]
    prioriteit = None
    if len(parts) >= 5 and parts[-1].lower() in PRIORITEITEN and parts[-2].lower() in ("", OPEN, DONE):
        prioriteit = parts.pop().lower()  # an optional fifth field
    if len(parts) > 4:
        parts = [" | ".join(parts[:-3]), *parts[-3:]]
    parts += [""] * (4 - len(parts))
    omschrijving, eigenaar, gereed, state = parts
    if not omschrijving.replace("|", "").strip():  # "||||" joins to " | ": no omschrijving either
        raise LineError("omschrijving-ontbreekt")
    action: dict[str, object] = {"omschrijving": omschrijving}
    if eigenaar:
        action["eigenaar"] = eigenaar
    if gereed:
        try:
            action["gereed"] = parse_date(gereed)
        except ValueError:
            raise LineError("geen-datum", gereed) from None
    if state.lower() not in ("", OPEN, DONE):
        raise LineError("geen-status", state)
    action["afgerond"] = state.lower() == DONE
    if prioriteit:
        action["prioriteit"] = prioriteit
    return action


def sheet_rows(norm: Norm, assessment: Assessment) -> list[SheetRow]:
    """Every norm of the version in order, each followed by its onderdelen."""
    rows: list[SheetRow] = []
    for theme in norm.themas:
        thema = f"{theme.id}. {theme.titel}"
        for requirement in theme.normen:
            answer = assessment.antwoorden.get(requirement.id)
            rows.append(
                SheetRow(
                    is_component=False,
                    thema=thema,
                    id=requirement.id,
                    norm=requirement.tekst,
                    oordeel=answer.oordeel if answer else "",
                    toelichting=(answer.toelichting or "") if answer else "",
                    bewijs="\n".join(format_evidence(b) for b in answer.bewijs) if answer else "",
                    acties="\n".join(format_action(a) for a in answer.acties) if answer else "",
                    vertrouwelijk=(YES if answer.vertrouwelijk else NO) if answer else "",
                )
            )
            for component in requirement.onderdelen:
                text = component.tekst + "".join(f"\n– {item}" for item in component.items)
                if component.note:
                    text += f"\n{component.note}"
                rows.append(
                    SheetRow(
                        is_component=True,
                        thema=thema,
                        id=component.id,
                        norm=text,
                        oordeel=answer.onderdelen.get(component.id, "") if answer else "",
                    )
                )
    return rows


def organisation_values(assessment: Assessment) -> dict[str, object]:
    org = assessment.organisatie
    return {
        "naam": org.naam,
        "soort": org.soort,
        "code": org.code or "",
        "riec": org.riec or "",
        "jaar": assessment.jaar,
        "peildatum": assessment.peildatum,
        "status": assessment.status,
        "vastgesteld_op": assessment.vastgesteld_op or "",
        "vastgesteld_door": assessment.vastgesteld_door or "",
        "norm": assessment.norm,
    }
