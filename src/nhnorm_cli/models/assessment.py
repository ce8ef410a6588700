"""One organisation's self-assessment for one year (SPEC §2)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import Discriminator, Field, Tag

from nhnorm_cli.models.base import StrictModel
from nhnorm_cli.models.values import CBS_CODE, FIRST_YEAR, LAST_YEAR, Prioriteit, Soort, Status

Text = Annotated[str, Field(min_length=1)]


class Organisation(StrictModel):
    naam: Annotated[Text, Field(description="Naam van de organisatie, bijv. Gemeente Zeedorp.")]
    soort: Annotated[Soort, Field(description="gemeente of provincie")]
    code: Annotated[
        str | None,
        Field(
            pattern=CBS_CODE,
            description="CBS-code: GM + 4 cijfers (gemeente) of PV + 2 cijfers (provincie).",
        ),
    ] = None
    riec: Annotated[str | None, Field(description="Het RIEC waartoe de organisatie hoort.")] = None


class Action(StrictModel):
    omschrijving: Annotated[Text, Field(description="Wat er gedaan wordt om de norm te halen.")]
    eigenaar: Annotated[
        str | None, Field(description="Afdeling of rol die de actie trekt (liefst geen naam).")
    ] = None
    gereed: Annotated[date | None, Field(description="Streefdatum (JJJJ-MM-DD).")] = None
    afgerond: Annotated[bool, Field(description="true zodra de actie klaar is.")] = False
    prioriteit: Annotated[
        Prioriteit | None,
        Field(description="hoog, middel of laag; het actieplan zet hoog bovenaan."),
    ] = None


class Evidence(StrictModel):
    """Bewijs met datums, zodat nhnorm ziet wanneer het verloopt of verouderd is."""

    omschrijving: Annotated[Text, Field(description="Het document, besluit of verslag.")]
    datum: Annotated[
        date | None, Field(description="Datum van het document of de activiteit (JJJJ-MM-DD).")
    ] = None
    geldig_tot: Annotated[
        date | None, Field(description="Tot wanneer het geldt (JJJJ-MM-DD); daarna verlopen.")
    ] = None
    link: Annotated[str | None, Field(description="Vindplaats: link of pad in het zaaksysteem.")] = None


def _evidence_form(value: Any) -> str:
    return "mapping" if isinstance(value, dict | Evidence) else "tekst"


# A plain text or a mapping; the discriminator keeps pydantic from reporting a bad mapping twice
# (once as "not text"). modelerrors.py drops the tag from error locations.
EvidenceItem = Annotated[
    Annotated[str, Tag("tekst")] | Annotated[Evidence, Tag("mapping")],
    Discriminator(_evidence_form),
]
EVIDENCE_TAGS = ("tekst", "mapping")


def evidence_text(item: str | Evidence) -> str:
    return item if isinstance(item, str) else item.omschrijving


# An empty list or mapping made fresh for each answer: pydantic deep-copies a literal default
# every time it uses it, about 80 copies per file (issue 9). The schema still shows the default.
_EMPTY_LIST: dict[str, Any] = {"default": []}
_EMPTY_DICT: dict[str, Any] = {"default": {}}


class Answer(StrictModel):
    oordeel: Annotated[
        str, Field(description="voldaan | grotendeels | deels | niet | nvt (schaal van de norm)")
    ]
    toelichting: Annotated[str | None, Field(description="Waarom dit oordeel; verplicht bij nvt.")] = None
    bewijs: Annotated[
        list[EvidenceItem],
        Field(
            description="Documenten of links die het oordeel onderbouwen: tekst, of een mapping met "
            "omschrijving en eventueel datum, geldig_tot en link.",
            default_factory=list,
            json_schema_extra=_EMPTY_LIST,
        ),
    ]
    acties: Annotated[
        list[Action],
        Field(description="Verbeteracties.", default_factory=list, json_schema_extra=_EMPTY_LIST),
    ]
    vertrouwelijk: Annotated[
        bool,
        Field(description="true: toelichting en bewijs blijven uit openbare rapporten."),
    ] = False
    onderdelen: Annotated[
        dict[str, str],
        Field(
            description='Oordeel per onderdeel, bijv. "1.3.a": voldaan.',
            default_factory=dict,
            json_schema_extra=_EMPTY_DICT,
        ),
    ]


class Assessment(StrictModel):
    norm: Annotated[str, Field(description='Versie van de norm, bijv. "1.0" (met aanhalingstekens).')]
    organisatie: Organisation
    jaar: Annotated[int, Field(ge=FIRST_YEAR, le=LAST_YEAR, description="Jaar van de meting.")]
    peildatum: Annotated[date, Field(description="Datum van de meting (JJJJ-MM-DD).")]
    status: Annotated[
        Status,
        Field(description="concept, of vastgesteld door de interne driehoek"),
    ]
    vastgesteld_op: Annotated[date | None, Field(description="Datum van vaststelling (JJJJ-MM-DD).")] = None
    vastgesteld_door: Annotated[str | None, Field(description="Wie vaststelde, bijv. interne driehoek.")] = (
        None
    )
    ontvangen_op: Annotated[
        date | None,
        Field(
            description="Datum waarop het RIEC het bestand ontving (JJJJ-MM-DD); import --into schrijft hem."
        ),
    ] = None
    antwoorden: Annotated[dict[str, Answer], Field(description='Per norm-id ("1.1" … "6.2") het antwoord.')]

    def oordeel(self, requirement_id: str) -> str | None:
        answer = self.antwoorden.get(requirement_id)
        return answer.oordeel if answer is not None else None
