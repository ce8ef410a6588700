"""A bewijs item for the exports, whichever way it is written: a string (a link when it looks like
one) or a dated item (SPEC §7), both as the model's Evidence. The exports pass items through the
public view (public/view.py) first."""

from __future__ import annotations

from nhnorm_cli.models.assessment import Evidence


def evidence(item: str | Evidence) -> Evidence:
    """The item as Evidence (already as its audience sees it: public/view.py)."""
    if isinstance(item, Evidence):
        return item
    return Evidence(omschrijving=item, link=item if item.startswith(("https://", "http://")) else None)


def evidence_line(item: str | Evidence) -> str:
    """One line for a text export: the description with its dates and link."""
    found = evidence(item)
    extra = [f"d.d. {found.datum.isoformat()}"] if found.datum else []
    extra += [f"geldig tot {found.geldig_tot.isoformat()}"] if found.geldig_tot else []
    extra += [found.link] if found.link and found.link != found.omschrijving else []
    return found.omschrijving + (f" ({', '.join(extra)})" if extra else "")
