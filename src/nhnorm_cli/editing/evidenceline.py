"""A bewijs item on one line, the form `set --bewijs` takes and the workbook's Bewijs column holds:

    Collegebesluit integriteitsbeleid                      plain text
    Collegebesluit | 2025-01-10 | 2026-01-10 | https://…   omschrijving | datum | geldig tot | link

Trailing fields may be left out and middle ones left empty (`Verslag | | 2026-06-30`); a line with
a `|` is always a mapping, so `Verslag |` is a mapping without dates."""

from __future__ import annotations

from typing import Any

from nhnorm_cli.errors import LineError
from nhnorm_cli.models.assessment import Evidence
from nhnorm_cli.source.dates import parse_date

SEPARATOR = "|"
FIELDS = ("omschrijving", "datum", "geldig_tot", "link")


def format_evidence(item: str | Evidence) -> str:
    """The one-line form; parse_evidence gives the same item back."""
    if isinstance(item, str):
        return item
    values = [
        item.omschrijving,
        item.datum.isoformat() if item.datum else "",
        item.geldig_tot.isoformat() if item.geldig_tot else "",
        item.link or "",
    ]
    while len(values) > 2 and not values[-1] and SEPARATOR not in item.omschrijving:
        values.pop()  # with a "|" in the omschrijving all four fields are needed to read it back
    return " ".join([values[0], *(f"{SEPARATOR} {v}" if v else SEPARATOR for v in values[1:])])


def parse_evidence(line: str) -> str | dict[str, Any]:
    """Text, or the mapping of a line with `|`. Raises LineError for a line that cannot be read."""
    if SEPARATOR not in line:
        return line.strip()
    parts = [part.strip() for part in line.split(SEPARATOR)]
    if len(parts) > len(FIELDS):  # a "|" inside the omschrijving
        parts = [" | ".join(parts[: len(parts) - 3]), *parts[-3:]]
    omschrijving, *rest = parts
    if not omschrijving.replace(SEPARATOR, "").strip():  # "||||" joins to " | ": no omschrijving either
        raise LineError("omschrijving-ontbreekt")
    item: dict[str, Any] = {"omschrijving": omschrijving}
    for name, value in zip(FIELDS[1:], rest, strict=False):
        if not value:
            continue
        if name == "link":
            item[name] = value
            continue
        try:
            item[name] = parse_date(value)
        except ValueError:
            raise LineError("veld-geen-datum", value, name) from None
    return item
