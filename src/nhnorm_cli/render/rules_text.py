"""`validate --regels` as an aligned table: code, level, one-line explanation."""

from __future__ import annotations

from nhnorm_cli.messages import text
from nhnorm_cli.rules.listing import RuleList


def rules_text(rules: RuleList, lang: str) -> str:
    rows = []
    for row in rules.regels:
        level = str(row.niveau) + ("" if row.instelbaar else text("regels-vast", lang))
        if row.niveau != row.standaard:
            level += f" ({text('regels-standaard', lang)}: {row.standaard})"
        rows.append((row.code, level, row.uitleg))
    header = (text("regels-code", lang), text("regels-niveau", lang), text("regels-uitleg", lang))
    widths = [max(len(r[c]) for r in [header, *rows]) for c in range(2)]
    lines = [f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c}".rstrip() for a, b, c in [header, *rows]]
    return "\n".join([*lines, "", text("regels-voet", lang)])
