"""`nhnorm overview --format csv`: one row per organisation for spreadsheets and tools."""

from __future__ import annotations

import io

from nhnorm_cli.models.overview import Overview
from nhnorm_cli.render.csvsafe import TOOLS, CsvStyle, spreadsheet_safe


def overview_csv(overview: Overview, style: CsvStyle = TOOLS) -> str:
    """One row per organisation (a spreadsheet-friendly table; dot decimals, empty = no score)."""
    out = io.StringIO()
    writer = style.writer(out)
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
            + [style.number(th.score) for th in row.themas]
            + [
                style.number(t.score),
                style.number(row.vorig),
                style.number(row.verschil),
                t.beoordeeld,
                t.voldaan,
                t.nvt,
                t.open,
            ]
            + ["ja" if row.volledig_voldaan else "nee"]
        )
    return style.finish(out.getvalue())
