"""What the text and Markdown diffs share: sections, markers, titles and short statements."""

from __future__ import annotations

import textwrap

from nhnorm_cli.messages import text
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.results import ActionChange, DiffResult, Direction, RatingChange
from nhnorm_cli.render.numbers import date_text, delta_text, score_text
from nhnorm_cli.results.diff import Regression

# (richting, marker) in the order a reader wants them: progress first, then losses; the heading is
# the catalogue's "diff-<richting>".
_SECTIONS: tuple[tuple[Direction, str], ...] = (
    ("beter", "▲"),
    ("slechter", "▼"),
    ("nieuw", "+"),
    ("vervallen", "−"),
    ("gelijk", "·"),
)
_STATEMENT_WIDTH = 80


def grouped(result: DiffResult, lang: str = "nl") -> list[tuple[str, str, list[RatingChange]]]:
    """(marker, heading, changes) per non-empty section, changes in norm order."""
    out = []
    for richting, marker in _SECTIONS:
        changes = [c for c in result.wijzigingen if c.richting == richting]
        if changes:
            out.append((marker, text(f"diff-{richting}", lang), changes))
    return out


def oordeel_text(value: str | None, lang: str = "nl") -> str:
    return text("geen-antwoord", lang) if value is None else value


def score_change(van: float | None, naar: float | None, delta: str | None, lang: str) -> str:
    """`58,5 → 65,1 (+6,6)`; `delta` is the difference as the caller shows it (None: none)."""
    line = f"{score_text(van, lang)} → {score_text(naar, lang)}"
    return line if delta is None else f"{line} ({delta})"


def signed_delta(verschil: float | None, lang: str) -> str:
    """A difference with its ▲/▼ marker, for tables without colour: `▲ +6,6`."""
    return f"{marker(verschil)} {delta_text(verschil, lang)}".strip()


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


def version_note(result: DiffResult, lang: str = "nl") -> str | None:
    if result.van.norm == result.naar.norm:
        return None
    van, naar = result.van, result.naar
    crossing = result.vergelijking
    if crossing is None:
        return text(
            "andere-normversie", lang, van=van.jaar, van_norm=van.norm, naar=naar.jaar, naar_norm=naar.norm
        )
    unlike = sum(1 for n in crossing.normen if not n.gelijkwaardig)
    return text(
        "andere-normversie-mapping",
        lang,
        van=van.jaar,
        van_norm=van.norm,
        naar=naar.jaar,
        naar_norm=naar.norm,
        mapping=crossing.mapping,
        aantal=unlike,
    )


def marker(verschil: float | None) -> str:
    if verschil is None or verschil == 0:
        return ""
    return "▲" if verschil > 0 else "▼"


def regression_text(found: Regression, result: DiffResult, lang: str = "nl") -> str:
    """The one diagnostic line `--fail-on-regression` writes before exit 1."""
    parts = []
    total = result.totaal
    if found.worse:
        key = "lager-beoordeeld" if len(found.worse) == 1 else "lager-beoordeeld+"
        parts.append(text(key, lang, aantal=len(found.worse), ids=", ".join(found.worse)))
    if found.total_down:
        van, naar = score_text(total.van, lang), score_text(total.naar, lang)
        parts.append(text("lagere-totaalscore", lang, van=van, naar=naar))
    return text("achteruitgang", lang, wat="; ".join(parts))


# (key in ActionChanges, marker) in the order a reader wants them; the heading is the catalogue's
# "acties-<key>".
_ACTION_SECTIONS = (("toegevoegd", "+"), ("afgerond", "✓"), ("verlopen", "!"), ("vervallen", "−"))


def action_sections(result: DiffResult, lang: str = "nl") -> list[tuple[str, str, list[ActionChange]]]:
    """(marker, heading, actions) per non-empty group of the actions since last year."""
    out = []
    for key, sign in _ACTION_SECTIONS:
        actions: list[ActionChange] = getattr(result.acties, key)
        if actions:
            out.append((sign, text(f"acties-{key}", lang), actions))
    return out


def action_details(action: ActionChange, lang: str = "nl") -> str:
    """ "streefdatum 30 juni 2026, prioriteit hoog", or "" without either."""
    parts = []
    if action.gereed is not None:
        parts.append(text("actie-streefdatum", lang, datum=date_text(action.gereed, lang)))
    if action.prioriteit:
        parts.append(text("actie-prioriteit", lang, prioriteit=action.prioriteit))
    return ", ".join(parts)
