"""What `nhnorm norm --versions` lists: every installed norm version and mapping."""

from __future__ import annotations

from pydantic import BaseModel

from nhnorm_cli.versions.mapping import added_mapping, mapping_files
from nhnorm_cli.versions.norms import added_from, load_norm, norm_files


class InstalledVersion(BaseModel):
    versie: str
    familie: str
    titel: str
    normen: int
    bron: str | None  # None: shipped with nhnorm; else the file from NHNORM_NORM_PATH


class InstalledMapping(BaseModel):
    van: str
    naar: str
    bron: str | None


class Installed(BaseModel):
    versies: list[InstalledVersion]
    mappings: list[InstalledMapping]


def installed() -> Installed:
    versions = []
    for version in norm_files():
        norm = load_norm(version)
        versions.append(
            InstalledVersion(
                versie=version,
                familie=norm.familie,
                titel=norm.titel,
                normen=len(norm.requirements),
                bron=added_from(version),
            )
        )
    mappings = [
        InstalledMapping(van=old, naar=new, bron=added_mapping(resource))
        for (old, new), resource in mapping_files().items()
    ]
    return Installed(versies=versions, mappings=mappings)
