"""What the OSCAL documents share: the OSCAL version, stable uuid5 identities, OSCAL ids for the
norm's themes and norms, properties in nhnorm's namespace, and JSON text."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, time
from typing import Any

from nhnorm_cli.formats.json import json_text
from nhnorm_cli.models.norm import Norm, Requirement

# The OSCAL release targeted; compliance-trestle 5.x reads 1.2.0–1.2.1 (tests/data/oscal/README.md).
OSCAL_VERSION = "1.2.1"
# Properties nhnorm defines itself (oordeel, verplicht, …) live in their own namespace, as OSCAL
# asks for names outside its own vocabulary.
NS = "urn:nhnorm:oscal"
_ROOT = uuid.uuid5(uuid.NAMESPACE_URL, "urn:nhnorm")
# A sentence ends at . ! or ? followed by a space and a capital ("etc.) in" goes on)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def stable_uuid(*parts: str) -> str:
    """The same document part gets the same uuid on every export (a diff shows real changes)."""
    return str(uuid.uuid5(_ROOT, "/".join(parts)))


def prefix(norm: Norm) -> str:
    """The id prefix of a norm family: its first word (nhn-weerbare-overheid → nhn)."""
    return norm.familie.split("-")[0]


def control_id(norm: Norm, requirement_id: str) -> str:
    """An OSCAL token for a norm: 2.7 → nhn-2.7 (a token cannot start with a digit)."""
    return f"{prefix(norm)}-{requirement_id}"


def statement_id(norm: Norm, requirement_id: str) -> str:
    return f"{control_id(norm, requirement_id)}_smt"


def item_id(norm: Norm, requirement_id: str, component_id: str) -> str:
    """A statement item: 5.5.f → nhn-5.5_smt.f."""
    return f"{statement_id(norm, requirement_id)}.{component_id[len(requirement_id) + 1 :]}"


def line(text: str) -> str:
    """Text for an OSCAL title (markup-line): one line, whatever line breaks a file held."""
    return " ".join(text.split())


def control_title(requirement: Requirement) -> str:
    """The norm's own words as its title: the first sentence of its text, without the full stop
    (the norm has no short titles, and "Norm 1.1" says nothing in a list of controls)."""
    first = _SENTENCE_END.split(line(requirement.tekst), maxsplit=1)[0]
    return first.removesuffix(".")


def catalog_uuid(norm: Norm) -> str:
    """The catalog's identity, which the mapping, the plan and the results refer to."""
    return stable_uuid("catalog", norm.familie, norm.versie)


def catalog_file(norm: Norm) -> str:
    """The file name the README suggests for the catalog (`nhnorm norm -f oscal -o ...`), which the
    plan and the results link to beside themselves."""
    return f"{prefix(norm)}-{norm.versie}-catalog.json"


def group_id(norm: Norm, theme_id: str) -> str:
    return f"{prefix(norm)}-thema-{theme_id}"


def prop(name: str, value: str, *, own: bool = True) -> dict[str, str]:
    """A property; `own` puts it in nhnorm's namespace (OSCAL's own names, like label, have none)."""
    return {"name": name, "value": value, "ns": NS} if own else {"name": name, "value": value}


def timestamp(moment: datetime | date) -> str:
    """OSCAL date-times carry a time zone; a plain date is that day at midnight UTC."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(), tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def dumps(document: dict[str, Any]) -> str:
    """The OSCAL JSON text, written like every other JSON output of nhnorm."""
    return json_text(document)
