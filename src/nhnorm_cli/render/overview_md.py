"""`nhnorm overview --format md`: organisations × themes, progress and the hardest norms."""

from __future__ import annotations

from nhnorm_cli.models.overview import Overview
from nhnorm_cli.render.mdtext import md_inline
from nhnorm_cli.render.numbers import delta_text, score_text
from nhnorm_cli.render.overview_parts import progress_groups


def _md_row(cells: list[str]) -> str:
    """Cells are already Markdown: numbers, or text passed through md_inline."""
    return "| " + " | ".join(cells) + " |"


def overview_md(overview: Overview) -> str:
    """Markdown: organisations × themes, progress, then every norm from hardest to easiest."""
    theme_ids = [t.id for t in overview.themas]
    since = f" t.o.v. {overview.vorig_jaar}" if overview.vorig_jaar else ""
    lines = [f"# Overzicht Noord-Hollandse Norm {overview.norm} — {overview.jaar}", ""]
    lines += [f"Thema's: {'; '.join(f'{t.id}. {md_inline(t.titel)}' for t in overview.themas)}.", ""]
    lines += [f"## Scores per organisatie{since}", ""]
    lines.append(_md_row(["Organisatie", *theme_ids, "Totaal", "Verschil"]))
    lines.append(_md_row(["---"] + ["---:"] * (len(theme_ids) + 2)))
    for row in overview.organisaties:
        scores = [score_text(t.score) for t in row.themas]
        lines.append(
            _md_row(
                [md_inline(row.organisatie), *scores, score_text(row.totaal.score), delta_text(row.verschil)]
            )
        )
    lines += ["", "## Voortgang naar de ambitie 2027", ""]
    lines.append(_md_row(["Groep", "Organisaties", "Volledig voldaan", "Normen voldaan", "Gemiddelde score"]))
    lines.append(_md_row(["---", "---:", "---:", "---:", "---:"]))
    for name, p in progress_groups(overview):
        lines.append(
            _md_row(
                [
                    md_inline(name),
                    str(p.organisaties),
                    f"{p.volledig_voldaan} ({score_text(p.aandeel_volledig_voldaan)}%)",
                    f"{p.normen_voldaan} van {p.normen_beoordeeld} ({score_text(p.aandeel_normen_voldaan)}%)",
                    score_text(p.gemiddelde_score),
                ]
            )
        )
    lines += ["", "## Normen, moeilijkste eerst", ""]
    lines.append(_md_row(["Norm", "Voldaan", "Beoordeeld", "Nvt", "Open", "% voldaan", "Score"]))
    lines.append(_md_row(["---", "---:", "---:", "---:", "---:", "---:", "---:"]))
    for n in overview.normen:
        counts = [str(n.voldaan), str(n.beoordeeld), str(n.nvt), str(n.open)]
        lines.append(_md_row([n.id, *counts, score_text(n.aandeel_voldaan), score_text(n.score)]))
    return "\n".join(lines) + "\n"
