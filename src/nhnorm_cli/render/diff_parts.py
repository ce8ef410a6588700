"""What the text and Markdown diffs share: sections, markers, titles and short statements."""

from __future__ import annotations

import textwrap

from nhnorm_cli.diff import Regression
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.results import ActionChange, Change, DiffResult, Direction
from nhnorm_cli.render.numbers import date_text, score_text

# (richting, marker, heading) in the order a reader wants them: progress first, then losses.
_SECTIONS: tuple[tuple[Direction, str, str], ...] = (
    ("beter", "▲", "Beter"),
    ("slechter", "▼", "Slechter"),
    ("nieuw", "+", "Nieuw beoordeeld"),
    ("vervallen", "−", "Niet meer beoordeeld"),
    ("gelijk", "·", "Van geen antwoord naar nvt of omgekeerd"),
)
_STATEMENT_WIDTH = 80


def grouped(result: DiffResult) -> list[tuple[str, str, list[Change]]]:
    """(marker, heading, changes) per non-empty section, changes in norm order."""
    out = []
    for richting, marker, heading in _SECTIONS:
        changes = [c for c in result.wijzigingen if c.richting == richting]
        if changes:
            out.append((marker, heading, changes))
    return out


def oordeel_text(value: str | None) -> str:
    return "geen antwoord" if value is None else value


def theme_title(theme_id: str, *norms: Norm) -> str:
    for norm in norms:
        theme = next((t for t in norm.themas if t.id == theme_id), None)
        if theme is not None:
            return f"{theme_id} {theme.titel}"
    return theme_id


def statement(requirement_id: str, *norms: Norm) -> str:
    """The norm's statement, cut at a word boundary to fit one line."""
    for norm in norms:
        requirement = norm.requirement(requirement_id)
        if requirement is not None:
            return textwrap.shorten(requirement.tekst, _STATEMENT_WIDTH, placeholder=" …")
    return ""


def version_note(result: DiffResult) -> str | None:
    if result.van.norm == result.naar.norm:
        return None
    return (
        f"Let op: {result.van.jaar} is beoordeeld tegen norm {result.van.norm} en {result.naar.jaar} "
        f"tegen norm {result.naar.norm}; normen en thema's zijn op id vergeleken."
    )


def marker(verschil: float | None) -> str:
    if verschil is None or verschil == 0:
        return ""
    return "▲" if verschil > 0 else "▼"


def regression_text(found: Regression, result: DiffResult, lang: str = "nl") -> str:
    """The one diagnostic line `--fail-on-regression` writes before exit 1."""
    parts = []
    total = result.totaal
    if lang == "en":
        if found.worse:
            parts.append(f"{len(found.worse)} norm(s) rated lower ({', '.join(found.worse)})")
        if found.total_down:
            parts.append(f"total score {score_text(total.van, lang)} → {score_text(total.naar, lang)}")
        return "nhnorm: regression: " + "; ".join(parts)
    if found.worse:
        n = len(found.worse)
        parts.append(f"{n} {'norm' if n == 1 else 'normen'} lager beoordeeld ({', '.join(found.worse)})")
    if found.total_down:
        parts.append(f"totaalscore {score_text(total.van)} → {score_text(total.naar)}")
    return "nhnorm: achteruitgang: " + "; ".join(parts)


# (key in ActionChanges, marker, heading): what became of the actions since last year.
_ACTION_SECTIONS = (
    ("toegevoegd", "+", "Nieuwe acties"),
    ("afgerond", "✓", "Afgeronde acties"),
    ("verlopen", "!", "Verlopen acties (streefdatum vóór de peildatum)"),
    ("vervallen", "−", "Vervallen acties (vorig jaar open, nu niet meer genoemd)"),
)


def action_sections(result: DiffResult) -> list[tuple[str, str, list[ActionChange]]]:
    """(marker, heading, actions) per non-empty group."""
    out = []
    for key, sign, heading in _ACTION_SECTIONS:
        actions: list[ActionChange] = getattr(result.acties, key)
        if actions:
            out.append((sign, heading, actions))
    return out


def action_details(action: ActionChange) -> str:
    """ "streefdatum 30 juni 2026, prioriteit hoog", or "" without either."""
    parts = []
    if action.gereed is not None:
        parts.append(f"streefdatum {date_text(action.gereed)}")
    if action.prioriteit:
        parts.append(f"prioriteit {action.prioriteit}")
    return ", ".join(parts)
