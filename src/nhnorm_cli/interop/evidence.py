"""A bewijs item, whichever way it is written: a string, or (SPEC §7) a mapping with
omschrijving, datum, geldig_tot and link. The exports read both through `evidence`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Evidence:
    omschrijving: str
    datum: date | None = None
    geldig_tot: date | None = None
    link: str | None = None

    def text(self) -> str:
        """One line for a text export: the description with its dates and link."""
        extra = [f"d.d. {self.datum.isoformat()}"] if self.datum else []
        extra += [f"geldig tot {self.geldig_tot.isoformat()}"] if self.geldig_tot else []
        extra += [self.link] if self.link and self.link != self.omschrijving else []
        return self.omschrijving + (f" ({', '.join(extra)})" if extra else "")


def _looks_like_link(text: str) -> bool:
    return text.startswith(("https://", "http://"))


def evidence(item: object) -> Evidence:
    """A string (a link when it looks like one), or an item with the fields of SPEC §7."""
    if isinstance(item, str):
        return Evidence(item, link=item if _looks_like_link(item) else None)
    datum, geldig_tot = getattr(item, "datum", None), getattr(item, "geldig_tot", None)
    link = getattr(item, "link", None)
    return Evidence(
        str(getattr(item, "omschrijving", item)),
        datum if isinstance(datum, date) else None,
        geldig_tot if isinstance(geldig_tot, date) else None,
        link if isinstance(link, str) and link else None,
    )
