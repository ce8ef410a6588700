"""`nhnorm overview --format csv`: one table for spreadsheets and tools."""

from __future__ import annotations

import io

from nhnorm_cli.formats.csvsafe import TOOLS, CsvStyle, spreadsheet_safe
from nhnorm_cli.models.overview import Overview
from nhnorm_cli.render.overview_parts import norm_order


def overview_csv(overview: Overview, style: CsvStyle = TOOLS) -> str:
    """One table (empty = no score): with --vanaf the region per year; anonymous one row per norm;
    otherwise one row per organisation. `style`: tools (comma, decimal point) or Dutch Excel."""
    if overview.trend is not None:
        return _trend_csv(overview, style)
    if overview.anoniem:
        return _norms_csv(overview, style)
    out = io.StringIO()
    writer = style.writer(out)
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
            + [style.number(th.score) for th in row.themas]
            + [style.number(t.score), style.number(row.vorig), style.number(row.verschil)]
            + [t.beoordeeld, t.voldaan, t.nvt, t.open, _yes_no(row.volledig_voldaan)]
        )
    return style.finish(out.getvalue())


def _yes_no(value: bool) -> str:
    return "ja" if value else "nee"


def _norms_csv(overview: Overview, style: CsvStyle) -> str:
    out = io.StringIO()
    writer = style.writer(out)
    keys = list(overview.normen[0].verdeling) if overview.normen else []
    writer.writerow(
        ["norm", "thema", "organisaties", "beoordeeld", "open", "aandeel_voldaan", "score", *keys]
    )
    for n in norm_order(overview):
        writer.writerow(
            [n.id, n.thema, n.organisaties, n.beoordeeld, n.open, style.number(n.aandeel_voldaan)]
            + [style.number(n.score)]
            + [n.verdeling[k] for k in keys]
        )
    return style.finish(out.getvalue())


def _trend_csv(overview: Overview, style: CsvStyle) -> str:
    out = io.StringIO()
    writer = style.writer(out)
    theme_ids = [t.id for t in overview.themas]
    writer.writerow(
        ["jaar", "organisaties", "gemiddelde_score", "aandeel_volledig_voldaan"]
        + [f"thema_{i}" for i in theme_ids]
    )
    for y in overview.trend or []:
        writer.writerow(
            [
                y.jaar,
                y.organisaties,
                style.number(y.gemiddelde_score),
                style.number(y.aandeel_volledig_voldaan),
            ]
            + [style.number(t.score) for t in y.themas]
        )
    return style.finish(out.getvalue())
