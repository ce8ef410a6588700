"""What a posted form asks for, as the Change that `set` would make: only what differs from the
answer the form showed, so a form save and the same `set` command write the same bytes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import parse_qsl

from nhnorm_cli.editing.answers import Change, NewAction, Removal
from nhnorm_cli.errors import usage_error
from nhnorm_cli.models.norm import Requirement
from nhnorm_cli.models.values import PRIORITEITEN
from nhnorm_cli.source.dates import parse_date

MAX_BODY = 256 * 1024  # a form post of one norm is a few kilobytes


@dataclass(frozen=True)
class Posted:
    """The fields of one form post; a field given twice keeps its last value."""

    fields: dict[str, str]

    @classmethod
    def parse(cls, body: bytes) -> Posted:
        pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        return cls({key: value for key, value in pairs})

    def text(self, name: str) -> str:
        """The field as typed, with a browser's CRLF line breaks as the file has them."""
        return self.fields.get(name, "").replace("\r\n", "\n").replace("\r", "\n").strip()

    def optional(self, name: str) -> str | None:
        return self.text(name) or None

    def day(self, name: str) -> date | None:
        value = self.text(name)
        if not value:
            return None
        try:
            return parse_date(value)
        except ValueError:
            raise usage_error("ONGELDIGE-DATUM", veld=name, waarde=value) from None

    def index(self, name: str) -> int:
        value = self.text(name)
        if not value.isdigit():
            raise usage_error("FORMULIER-ONGELDIG", veld=name)
        return int(value)


def answer_change(requirement: Requirement, current: dict[str, Any], posted: Posted) -> Change:
    """The oordeel, toelichting, vertrouwelijk and onderdelen fields against the current answer."""
    oordeel = posted.optional("oordeel")
    if oordeel == current.get("oordeel"):
        oordeel = None
    toelichting, weg_toelichting = posted.text("toelichting"), False
    old = current.get("toelichting")
    if toelichting == (old if isinstance(old, str) else ""):
        toelichting_change = None
    elif toelichting:
        toelichting_change = toelichting
    else:
        toelichting_change, weg_toelichting = None, True
    vertrouwelijk = posted.fields.get("vertrouwelijk") == "ja"
    confidential = None if vertrouwelijk == (current.get("vertrouwelijk") is True) else vertrouwelijk
    ratings: list[tuple[str, str]] = []
    cleared: list[str] = []
    old_parts = current.get("onderdelen") if isinstance(current.get("onderdelen"), dict) else {}
    for component in requirement.onderdelen:
        value = posted.text(f"onderdeel-{component.id}")
        before = old_parts.get(component.id) if old_parts else None
        if value == (before if isinstance(before, str) else ""):
            continue
        if value:
            ratings.append((component.id, value))
        else:
            cleared.append(component.id)
    return Change(
        oordeel=oordeel,
        toelichting=toelichting_change,
        vertrouwelijk=confidential,
        onderdelen=tuple(ratings),
        weg=Removal(toelichting=weg_toelichting, onderdelen=tuple(cleared)),
    )


def evidence_change(posted: Posted) -> Change:
    """One bewijs item: plain text, or (with dates or a link) the mapping `set --bewijs "a | b | c | d"`
    makes."""
    omschrijving = posted.text("omschrijving")
    if not omschrijving:
        raise usage_error("OMSCHRIJVING-ONTBREEKT", veld="bewijs")
    item: dict[str, Any] = {"omschrijving": omschrijving}
    for name in ("datum", "geldig_tot"):
        day = posted.day(name)
        if day is not None:
            item[name] = day
    link = posted.optional("link")
    if link is not None:
        item["link"] = link
    return Change(bewijs=(item if len(item) > 1 else omschrijving,))


def action_change(posted: Posted) -> Change:
    omschrijving = posted.text("omschrijving")
    if not omschrijving:
        raise usage_error("OMSCHRIJVING-ONTBREEKT", veld="actie")
    prioriteit = posted.optional("prioriteit")
    if prioriteit is not None and prioriteit not in PRIORITEITEN:
        raise usage_error("FORMULIER-ONGELDIG", veld="prioriteit")
    gereed = posted.day("gereed")
    return Change(actie=NewAction(omschrijving, posted.optional("eigenaar"), gereed, prioriteit))


def item_index(current: dict[str, Any], key: str, posted: Posted) -> int:
    """The position of the bewijs item or action a button names; its omschrijving must still be the
    one the button showed (a second click on a list that changed under it is refused)."""
    items = current.get(key)
    index = posted.index("index")
    if not isinstance(items, list) or not 0 <= index < len(items):
        raise usage_error("FORMULIER-ONGELDIG", veld=key)
    item = items[index]
    name = item.get("omschrijving") if isinstance(item, dict) else item
    if str(name).strip() != posted.text("naam"):
        raise usage_error("FORMULIER-ONGELDIG", veld=key)
    return index


def removal(current: dict[str, Any], key: str, posted: Posted) -> Change:
    index = item_index(current, key, posted)
    return Change(weg=Removal(bewijs=index) if key == "bewijs" else Removal(actie=index))


def completed_change(current: dict[str, Any], posted: Posted) -> Change:
    """Mark an action afgerond, by its omschrijving as `set --afgerond` does."""
    index = item_index(current, "acties", posted)
    return Change(afgerond=(str(current["acties"][index].get("omschrijving", "")),))
