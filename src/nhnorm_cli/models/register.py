"""The register `organisaties.yaml` (SPEC §6): the RIECs of a region and the organisations it expects."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from nhnorm_cli.models.assessment import Text
from nhnorm_cli.models.base import StrictModel
from nhnorm_cli.models.values import CBS_CODE, Soort

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class RegisterEntry(StrictModel):
    code: Annotated[
        str,
        Field(
            pattern=CBS_CODE, description="CBS-code: GM + 4 cijfers (gemeente) of PV + 2 cijfers (provincie)."
        ),
    ]
    naam: Annotated[Text, Field(description="Naam zoals in de zelfevaluatie, bijv. Gemeente Zeedorp.")]
    soort: Annotated[Soort, Field(description="gemeente of provincie")]
    riec: Annotated[Text, Field(description="Het RIEC waartoe de organisatie hoort; één van riecs.")]
    slug: Annotated[
        str | None,
        Field(
            pattern=SLUG,
            description="Map in assessments/<slug>/ (kleine letters, cijfers, streepjes); "
            "standaard afgeleid van de naam.",
        ),
    ] = None


class Register(StrictModel):
    riecs: Annotated[list[Text], Field(min_length=1, description="De namen van de RIECs in deze regio.")]
    organisaties: Annotated[
        list[RegisterEntry], Field(description="Elke organisatie die een implementatieoverzicht aanlevert.")
    ]
