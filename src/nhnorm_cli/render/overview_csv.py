"""`nhnorm overview --format csv`: one row per organisation for spreadsheets and tools."""

from __future__ import annotations

import csv
import io

from nhnorm_cli.models.overview import Overview
from nhnorm_cli.render.csvsafe import csv_number, spreadsheet_safe


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
