"""The overview as Markdown, CSV and a self-contained HTML heatmap (Jinja)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from jinja2 import Environment

from nhnorm_cli.models.overview import Overview
from nhnorm_cli.render import jinja
from nhnorm_cli.render.csvsafe import csv_number, spreadsheet_safe
from nhnorm_cli.render.mdtext import md_inline
from nhnorm_cli.render.numbers import delta_text, score_text
from nhnorm_cli.render.overviewformat import progress_groups

# Viridis in five steps: readable with every common colour-vision deficiency and in greyscale.
# (lower bound of the band, background, text colour)
HEAT_BANDS = [
    (0.0, "#440154", "#ffffff"),
    (20.0, "#3b528b", "#ffffff"),
    (40.0, "#21918c", "#ffffff"),
    (60.0, "#5ec962", "#000000"),
    (80.0, "#fde725", "#000000"),
]
NO_SCORE = ("#e6e6e6", "#000000")


def overview_environment(templates: Path | None = None) -> Environment:
    """The Jinja environment for the overview page: the shared one plus number filters and colours."""
    env = jinja.environment(html=True, templates=templates)
    env.filters["getal"] = score_text
    env.filters["verschil"] = delta_text
    env.globals["kleur"] = heat_colour
    return env


def heat_colour(score: float | None) -> tuple[str, str]:
    """(background, text) for a score cell."""
    if score is None:
        return NO_SCORE
    chosen = HEAT_BANDS[0]
    for band in HEAT_BANDS:
        if score >= band[0]:
            chosen = band
    return chosen[1], chosen[2]


def overview_html(overview: Overview, templates: Path | None = None) -> str:
    bands = [  # "20–39,9": a score of exactly 40 belongs to the next band
        (
            f"{low:g}–{score_text(HEAT_BANDS[i + 1][0] - 0.1)}"
            if i + 1 < len(HEAT_BANDS)
            else f"{low:g}–100",
            bg,
            fg,
        )
        for i, (low, bg, fg) in enumerate(HEAT_BANDS)
    ]
    env = overview_environment(templates)
    groups = progress_groups(overview)
    return jinja.render(
        env, "overview.html.j2", o=overview, banden=bands, geen_score=NO_SCORE, groepen=groups
    )


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


def overview_csv(overview: Overview) -> str:
    """One row per organisation (a spreadsheet-friendly table; dot decimals, empty = no score)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    theme_ids = [t.id for t in overview.themas]
    writer.writerow(
        ["slug", "organisatie", "soort", "riec", "status"]
        + [f"thema_{i}" for i in theme_ids]
        + ["totaal", "vorig", "verschil", "beoordeeld", "voldaan", "nvt", "open", "volledig_voldaan"]
    )
    for row in overview.organisaties:
        t = row.totaal
        writer.writerow(
            [spreadsheet_safe(v) for v in (row.slug, row.organisatie, row.soort, row.riec or "", row.status)]
            + [csv_number(th.score) for th in row.themas]
            + [
                csv_number(t.score),
                csv_number(row.vorig),
                csv_number(row.verschil),
                t.beoordeeld,
                t.voldaan,
                t.nvt,
                t.open,
            ]
            + ["ja" if row.volledig_voldaan else "nee"]
        )
    return out.getvalue()
