"""`nhnorm diff --format md`: a comment to paste under a pull request."""

from __future__ import annotations

from nhnorm_cli.messages import text
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.results import DiffResult
from nhnorm_cli.render.diff_parts import (
    action_details,
    action_sections,
    grouped,
    oordeel_text,
    score_change,
    signed_delta,
    statement,
    theme_title,
    version_note,
)
from nhnorm_cli.render.mdtext import md_escape, md_inline
from nhnorm_cli.render.numbers import score_text
from nhnorm_cli.versions.crossing import crossing_note

# "+" would start a nested list after "- "; escaped it stays a plain marker.
_MD_SIGN = {"+": "\\+"}


def diff_markdown(result: DiffResult, norms: tuple[Norm, ...], lang: str = "nl") -> str:
    """`norms`: the new version first, then the old one (for ids only it has)."""
    old, new, total = result.van, result.naar, result.totaal
    heading = f"### {text('zelfevaluatie', lang)} {md_inline(new.organisatie)}: {old.jaar} → {new.jaar}"
    lines = [heading, ""]
    note = version_note(result, lang)
    if note:
        lines += [f"> {md_inline(note)}", ""]
    delta = signed_delta(total.verschil, lang) if total.verschil is not None else None
    lines += [f"**{text('totaalscore', lang)}:** {score_change(total.van, total.naar, delta, lang)}", ""]
    header = [text("thema", lang), str(old.jaar), str(new.jaar), text("verschil", lang).capitalize()]
    lines += ["| " + " | ".join(header) + " |", "|:--|--:|--:|--:|"]
    for theme in result.themas:
        cells = [
            md_inline(theme_title(theme.id, *norms)),
            score_text(theme.van, lang),
            score_text(theme.naar, lang),
            signed_delta(theme.verschil, lang),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    total_cells = [
        score_text(total.van, lang),
        score_text(total.naar, lang),
        signed_delta(total.verschil, lang),
    ]
    lines.append(f"| **{text('totaal', lang)}** | " + " | ".join(f"**{c}**" for c in total_cells) + " |")
    sections = grouped(result, lang)
    if not sections:
        lines += ["", text("geen-wijzigingen", lang)]
    for sign, title, changes in sections:
        lines += ["", f"#### {title} ({len(changes)})", ""]
        for change in changes:
            move = (
                f"{md_inline(oordeel_text(change.van, lang))} → {md_inline(oordeel_text(change.naar, lang))}"
            )
            said = md_inline(statement(change.id, *norms))
            item = f"- {_MD_SIGN.get(sign, sign)} **{change.id}** {move}"
            note = crossing_note(change, result, lang)
            if note:
                item += f" ({md_inline(note)})"
            lines.append(f"{item}: {said}" if said else item)
    lines += _followup(result, lang)
    return "\n".join(lines) + "\n"


def _followup(result: DiffResult, lang: str) -> list[str]:
    """Actions since last year as lists; changed toelichtingen folded away in one <details>."""
    lines: list[str] = []
    for sign, heading, actions in action_sections(result, lang):
        lines += ["", f"#### {heading} ({len(actions)})", ""]
        for action in actions:
            details = action_details(action, lang)
            item = f"- {_MD_SIGN.get(sign, sign)} **{action.norm}** {md_inline(action.omschrijving)}"
            lines.append(f"{item} ({details})" if details else item)
    if result.toelichtingen:
        count = len(result.toelichtingen)
        summary = text(
            "gewijzigde-toelichting-normen" if count != 1 else "gewijzigde-toelichting-norm",
            lang,
            aantal=count,
        )
        lines += ["", "<details>", f"<summary>{summary}</summary>"]
        for change in result.toelichtingen:
            lines += ["", f"**{change.id}**", ""]
            lines.append(f"- {text('toelichting-was', lang)}: {_quoted(change.van, lang)}")
            lines.append(f"- {text('toelichting-nu', lang)}: {_quoted(change.naar, lang)}")
        lines += ["", "</details>"]
    return lines


def _quoted(value: str | None, lang: str) -> str:
    """A toelichting as one list item: escaped, its lines kept as hard breaks inside the item."""
    escaped = md_escape(value) if value and value.strip() else ""
    return escaped.replace("  \n", "  \n  ") if escaped else f"_{text('toelichting-geen', lang)}_"
