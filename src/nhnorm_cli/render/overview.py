"""The overview as Markdown, CSV and a self-contained HTML heatmap (Jinja)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

from nhnorm_cli.models.overview import NormTally, Overview
from nhnorm_cli.models.report import TrendPoint
from nhnorm_cli.render import jinja
from nhnorm_cli.render.charts import trend_lines
from nhnorm_cli.render.csvsafe import csv_number, spreadsheet_safe
from nhnorm_cli.render.mdtext import md_inline
from nhnorm_cli.render.numbers import delta_text, score_text
from nhnorm_cli.render.overviewformat import counted_note, progress_groups

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
        env,
        "overview.html.j2",
        o=overview,
        banden=bands,
        geen_score=NO_SCORE,
        groepen=groups,
        meetelling=counted_note(overview),
        normvolgorde=norm_order(overview),
        trendgrafiek=_trend_chart(overview),
    )


def _trend_chart(overview: Overview) -> Markup | None:
    if not overview.trend:
        return None
    points = [
        TrendPoint(jaar=y.jaar, totaal=y.gemiddelde_score, themas={t.id: t.score for t in y.themas})
        for y in overview.trend
    ]
    return trend_lines(points, {t.id: t.titel for t in overview.themas})


def norm_order(overview: Overview) -> list[NormTally]:
    """The norms in the norm's own order (the overview lists them hardest first)."""
    return sorted(overview.normen, key=lambda n: tuple(int(p) for p in n.id.split(".")))


def _md_row(cells: list[str]) -> str:
    """Cells are already Markdown: numbers, or text passed through md_inline."""
    return "| " + " | ".join(cells) + " |"


def overview_md(overview: Overview) -> str:
    """Markdown: organisations × themes (not when anonymous), progress, every norm from hardest to
    easiest with its distribution, and with --vanaf the trend and the norms that moved most."""
    theme_ids = [t.id for t in overview.themas]
    since = f" t.o.v. {overview.vorig_jaar}" if overview.vorig_jaar else ""
    anonymous = " (regio, anoniem)" if overview.anoniem else ""
    lines = [f"# Overzicht Noord-Hollandse Norm {overview.norm} — {overview.jaar}{anonymous}", ""]
    lines += [f"Thema's: {'; '.join(f'{t.id}. {md_inline(t.titel)}' for t in overview.themas)}.", ""]
    lines += [md_inline(counted_note(overview)), ""]
    if not overview.anoniem:
        lines += [f"## Scores per organisatie{since}", ""]
        lines.append(_md_row(["Organisatie", "Status", "Beantwoord", *theme_ids, "Totaal", "Verschil"]))
        lines.append(_md_row(["---", "---"] + ["---:"] * (len(theme_ids) + 3)))
        for row in overview.organisaties:
            first = [md_inline(row.organisatie), row.status, str(row.beantwoord)]
            scores = [score_text(t.score) for t in row.themas]
            totals = [score_text(row.totaal.score), delta_text(row.verschil)]
            lines.append(_md_row([*first, *scores, *totals]))
        lines.append("")
    lines += ["## Voortgang naar de ambitie 2027", ""]
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
    # the steps between the top (the Voldaan column) and nvt (its own column): grotendeels, deels, niet
    between = list(overview.normen[0].verdeling)[1:-1] if overview.normen else []
    lines += ["", "## Normen, moeilijkste eerst", ""]
    header = ["Norm", "Voldaan", *(k.capitalize() for k in between), "Beoordeeld", "Nvt", "Open"]
    lines.append(_md_row([*header, "% voldaan", "Score"]))
    lines.append(_md_row(["---"] + ["---:"] * (len(header) + 1)))
    for n in overview.normen:
        spread = [str(n.verdeling[k]) for k in between]
        counts = [str(n.voldaan), *spread, str(n.beoordeeld), str(n.nvt), str(n.open)]
        lines.append(_md_row([n.id, *counts, score_text(n.aandeel_voldaan), score_text(n.score)]))
    if overview.trend is not None:
        lines += _md_trend(overview)
    return "\n".join(lines) + "\n"


def _md_trend(overview: Overview) -> list[str]:
    trend = overview.trend or []
    first = trend[0].jaar if trend else overview.jaar
    lines = ["", "## Ontwikkeling van de regio", ""]
    theme_ids = [t.id for t in overview.themas]
    lines.append(_md_row(["Jaar", "Organisaties", "Gemiddelde score", "% volledig voldaan", *theme_ids]))
    lines.append(_md_row(["---"] + ["---:"] * (3 + len(theme_ids))))
    for y in trend:
        numbers = [score_text(y.gemiddelde_score), score_text(y.aandeel_volledig_voldaan)]
        themes = [score_text(t.score) for t in y.themas]
        lines.append(_md_row([str(y.jaar), str(y.organisaties), *numbers, *themes]))
    lines += ["", f"## Grootste verschuivingen sinds {first}", ""]
    lines.append(_md_row(["Norm", str(first), str(overview.jaar), "Verschil", "Tekst"]))
    lines.append(_md_row(["---", "---:", "---:", "---:", "---"]))
    for shift in overview.verschuivingen or []:
        numbers = [score_text(shift.van), score_text(shift.naar), delta_text(shift.verschil)]
        lines.append(_md_row([shift.id, *numbers, md_inline(shift.tekst)]))
    return lines


def overview_csv(overview: Overview) -> str:
    """One table for spreadsheets and tools (dot decimals, empty = no score): with --vanaf the
    region per year; anonymous one row per norm; otherwise one row per organisation."""
    if overview.trend is not None:
        return _trend_csv(overview)
    if overview.anoniem:
        return _norms_csv(overview)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    theme_ids = [t.id for t in overview.themas]
    writer.writerow(
        ["slug", "organisatie", "soort", "riec", "status", "beantwoord", "meegeteld"]
        + [f"thema_{i}" for i in theme_ids]
        + ["totaal", "vorig", "verschil", "beoordeeld", "voldaan", "nvt", "open", "volledig_voldaan"]
    )
    for row in overview.organisaties:
        t = row.totaal
        writer.writerow(
            [spreadsheet_safe(v) for v in (row.slug, row.organisatie, row.soort, row.riec or "", row.status)]
            + [row.beantwoord, _yes_no(row.meegeteld)]
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
            + [_yes_no(row.volledig_voldaan)]
        )
    return out.getvalue()


def _yes_no(value: bool) -> str:
    return "ja" if value else "nee"


def _norms_csv(overview: Overview) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    keys = list(overview.normen[0].verdeling) if overview.normen else []
    writer.writerow(
        ["norm", "thema", "organisaties", "beoordeeld", "open", "aandeel_voldaan", "score", *keys]
    )
    for n in norm_order(overview):
        writer.writerow(
            [n.id, n.thema, n.organisaties, n.beoordeeld, n.open, csv_number(n.aandeel_voldaan)]
            + [csv_number(n.score)]
            + [n.verdeling[k] for k in keys]
        )
    return out.getvalue()


def _trend_csv(overview: Overview) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    theme_ids = [t.id for t in overview.themas]
    writer.writerow(
        ["jaar", "organisaties", "gemiddelde_score", "aandeel_volledig_voldaan"]
        + [f"thema_{i}" for i in theme_ids]
    )
    for y in overview.trend or []:
        writer.writerow(
            [y.jaar, y.organisaties, csv_number(y.gemiddelde_score), csv_number(y.aandeel_volledig_voldaan)]
            + [csv_number(t.score) for t in y.themas]
        )
    return out.getvalue()
