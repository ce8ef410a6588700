"""A bewijs item for the exports, whichever way it is written: a string (a link when it looks like
one) or a dated item (SPEC §7), both as the model's Evidence."""

from __future__ import annotations

from nhnorm_cli.models.assessment import Evidence
from nhnorm_cli.personaldata import shown


def evidence(item: str | Evidence, public: bool = False) -> Evidence:
    """`public` replaces personal data in the description and the link, as the public report does."""
    if isinstance(item, Evidence):
        if not public:
            return item
        link = item.link and shown(item.link, public)
        return item.model_copy(update={"omschrijving": shown(item.omschrijving, public), "link": link})
    text = shown(item, public)
    return Evidence(omschrijving=text, link=text if text.startswith(("https://", "http://")) else None)


def evidence_line(item: str | Evidence, public: bool = False) -> str:
    """One line for a text export: the description with its dates and link."""
    found = evidence(item, public)
    extra = [f"d.d. {found.datum.isoformat()}"] if found.datum else []
    extra += [f"geldig tot {found.geldig_tot.isoformat()}"] if found.geldig_tot else []
    extra += [found.link] if found.link and found.link != found.omschrijving else []
    return found.omschrijving + (f" ({', '.join(extra)})" if extra else "")
