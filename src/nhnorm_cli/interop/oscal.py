"""What the OSCAL documents share: the OSCAL version, stable uuid5 identities, OSCAL ids for the
norm's themes and norms, properties in nhnorm's namespace, and JSON text."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from typing import Any

from nhnorm_cli.formats.json import json_text
from nhnorm_cli.models.norm import Norm

# The OSCAL release targeted; compliance-trestle 5.x reads 1.2.0–1.2.1 (tests/data/oscal/README.md).
OSCAL_VERSION = "1.2.1"
# Properties nhnorm defines itself (oordeel, verplicht, …) live in their own namespace, as OSCAL
# asks for names outside its own vocabulary.
NS = "urn:nhnorm:oscal"
_ROOT = uuid.uuid5(uuid.NAMESPACE_URL, "urn:nhnorm")


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
