"""The marks that tell an internal report from a public one, in one wording for every format
(Markdown, HTML, Word): what a reader must know before passing the document on."""

from __future__ import annotations

from nhnorm_cli.models.report import ReportData
from nhnorm_cli.render.numbers import date_text

INTERNAL = "INTERN — niet openbaar"
CONCEPT = "CONCEPT"
PUBLIC = "Openbare versie"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def left_out(r: ReportData) -> list[str]:
    """What the public version leaves out, as counts (never the content)."""
    return [
        f"bij {_plural(r.weggelaten, 'norm', 'normen')} die als vertrouwelijk gemarkeerd "
        f"{'is' if r.weggelaten == 1 else 'zijn'}: de toelichting, het bewijs en de omschrijving "
        "van de acties;",
        f"de {_plural(r.eigenaren, 'naam', 'namen')} van actie-eigenaren (vermeld staat alleen of er een "
        "eigenaar is);",
        f"{_plural(r.verwijderd, 'persoonsgegeven', 'persoonsgegevens')} (namen, telefoonnummers, "
        "e-mailadressen) in de overige tekst, vervangen door [verwijderd].",
    ]


def adoption(r: ReportData) -> str:
    """The status line: concept, or vastgesteld with date and body where recorded."""
    if r.status != "vastgesteld":
        return "Concept (nog niet vastgesteld)"
    text = "Vastgesteld"
    if r.vastgesteld_op is not None:
        text += f" op {date_text(r.vastgesteld_op)}"
    if r.vastgesteld_door:
        text += f" door {r.vastgesteld_door}"
    return text
