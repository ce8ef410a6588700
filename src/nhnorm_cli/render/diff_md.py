"""`nhnorm diff --format md`: a comment to paste under a pull request."""

from __future__ import annotations

from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.results import DiffResult
from nhnorm_cli.render.diff_parts import (
    action_details,
    action_sections,
    grouped,
    marker,
    oordeel_text,
    statement,
    theme_title,
    version_note,
)
from nhnorm_cli.render.mdtext import md_escape, md_inline
from nhnorm_cli.render.numbers import delta_text, score_text

# "+" would start a nested list after "- "; escaped it stays a plain marker.
_MD_SIGN = {"+": "\\+"}


def diff_markdown(result: DiffResult, norms: tuple[Norm, ...], lang: str = "nl") -> str:
    """`norms`: the new version first, then the old one (for ids only it has)."""
    old, new, total = result.van, result.naar, result.totaal
    lines = [f"### Zelfevaluatie {md_inline(new.organisatie)}: {old.jaar} → {new.jaar}", ""]
    note = version_note(result)
    if note:
        lines += [f"> {md_inline(note)}", ""]
    lines += [f"**Totaalscore:** {_change(total.van, total.naar, total.verschil, lang)}", ""]
    lines += ["| Thema | " + f"{old.jaar} | {new.jaar} | Verschil |", "|:--|--:|--:|--:|"]
    for theme in result.themas:
        cells = [
            md_inline(theme_title(theme.id, *norms)),
            score_text(theme.van, lang),
            score_text(theme.naar, lang),
            _delta(theme.verschil, lang),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    total_cells = [score_text(total.van, lang), score_text(total.naar, lang), _delta(total.verschil, lang)]
    lines.append("| **Totaal** | " + " | ".join(f"**{c}**" for c in total_cells) + " |")
    sections = grouped(result)
    if not sections:
        lines += ["", "Geen wijzigingen in oordelen."]
    for sign, heading, changes in sections:
        lines += ["", f"#### {heading} ({len(changes)})", ""]
        for change in changes:
            move = f"{md_inline(oordeel_text(change.van))} → {md_inline(oordeel_text(change.naar))}"
            text = md_inline(statement(change.id, *norms))
            item = f"- {_MD_SIGN.get(sign, sign)} **{change.id}** {move}"
            lines.append(f"{item}: {text}" if text else item)
    lines += _followup(result)
    return "\n".join(lines) + "\n"


def _followup(result: DiffResult) -> list[str]:
    """Actions since last year as lists; changed toelichtingen folded away in one <details>."""
    lines: list[str] = []
    for sign, heading, actions in action_sections(result):
        lines += ["", f"#### {heading} ({len(actions)})", ""]
        for action in actions:
            details = action_details(action)
            item = f"- {_MD_SIGN.get(sign, sign)} **{action.norm}** {md_inline(action.omschrijving)}"
            lines.append(f"{item} ({details})" if details else item)
    if result.toelichtingen:
        count = len(result.toelichtingen)
        lines += [
            "",
            "<details>",
            f"<summary>Gewijzigde toelichting ({count} {'norm' if count == 1 else 'normen'})</summary>",
        ]
        for change in result.toelichtingen:
            lines += ["", f"**{change.id}**", ""]
            lines.append(f"- was: {_quoted(change.van)}")
            lines.append(f"- nu: {_quoted(change.naar)}")
        lines += ["", "</details>"]
    return lines


def _delta(verschil: float | None, lang: str) -> str:
    return f"{marker(verschil)} {delta_text(verschil, lang)}".strip()


def _change(van: float | None, naar: float | None, verschil: float | None, lang: str) -> str:
    text = f"{score_text(van, lang)} → {score_text(naar, lang)}"
    return text if verschil is None else f"{text} ({_delta(verschil, lang)})"


def _quoted(text: str | None) -> str:
    """A toelichting as one list item: escaped, its lines kept as hard breaks inside the item."""
    escaped = md_escape(text) if text and text.strip() else ""
    return escaped.replace("  \n", "  \n  ") if escaped else "_geen_"
