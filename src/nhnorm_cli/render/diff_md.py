"""`nhnorm diff --format md`: a comment to paste under a pull request."""

from __future__ import annotations

from nhnorm_cli.interop.crossing import crossing_note
from nhnorm_cli.messages import text
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.results import DiffResult
from nhnorm_cli.render.diff_parts import (
    grouped,
    oordeel_text,
    score_change,
    signed_delta,
    statement,
    theme_title,
    version_note,
)
from nhnorm_cli.render.mdtext import md_inline
from nhnorm_cli.render.numbers import score_text

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
    return "\n".join(lines) + "\n"
