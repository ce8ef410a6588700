"""How the norms of one norm version correspond to those of a later one (norm/mappings/)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from nhnorm_cli.models.base import StrictModel

Version = Annotated[str, Field(pattern=r"^\d+(\.\d+)*$", description='Normversie, bijv. "1.0".')]
# The old norm compared with (the union of) its targets; the same set relations as OSCAL's
# mapping model and CISO Assistant's requirement mappings (see interop/relations.py).
Relation = Literal["gelijk", "deelverzameling", "bovenverzameling", "overlap", "vervallen"]


class MappingEntry(StrictModel):
    """Where one norm of the old version went."""

    relatie: Annotated[
        Relation,
        Field(
            description="gelijk (zelfde eis), deelverzameling (de oude norm is een deel van de nieuwe), "
            "bovenverzameling (de oude vroeg meer), overlap (deels), vervallen (geen opvolger)"
        ),
    ]
    naar: Annotated[
        list[str], Field(description='Id\'s in de nieuwe versie, bijv. ["1.2"]; leeg bij vervallen.')
    ] = []
    toelichting: Annotated[
        str | None, Field(description="Wat er veranderde, voor wie opnieuw beoordeelt.")
    ] = None


class VersionMapping(StrictModel):
    """norm/mappings/<van>--<naar>.yaml: one entry for every norm of version `van`."""

    van: Version
    naar: Version
    toelichting: str | None = None
    normen: Annotated[
        dict[str, MappingEntry], Field(description='Per norm-id van de oude versie ("1.1" …) de opvolger(s).')
    ]
