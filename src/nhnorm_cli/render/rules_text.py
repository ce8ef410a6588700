"""`validate --regels` as an aligned table: code, level, one-line explanation."""

from __future__ import annotations

from nhnorm_cli.rules.listing import RuleList

_WORDS = {
    "header": (("code", "niveau", "uitleg"), ("code", "level", "explanation")),
    "vast": (" (vast)", " (fixed)"),
    "standaard": ("standaard", "default"),
    "voet": (
        "Instellen in nhnorm.toml: [nhnorm.regels] uit = [...], fout = [...], waarschuwing = [...]; "
        "per antwoord: # nhnorm: negeer CODE. Uitleg per regel: docs/regels.md.",
        "Configure in nhnorm.toml: [nhnorm.regels] uit = [...], fout = [...], waarschuwing = [...]; "
        "per answer: # nhnorm: negeer CODE. Each rule explained: docs/regels.md.",
    ),
}


def rules_text(rules: RuleList, lang: str) -> str:
    i = 1 if lang == "en" else 0
    rows = []
    for row in rules.regels:
        level = str(row.niveau) + ("" if row.instelbaar else str(_WORDS["vast"][i]))
        if row.niveau != row.standaard:
            level += f" ({_WORDS['standaard'][i]}: {row.standaard})"
        rows.append((row.code, level, row.uitleg))
    header = _WORDS["header"][i]
    widths = [max(len(r[c]) for r in [header, *rows]) for c in range(2)]
    lines = [f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c}".rstrip() for a, b, c in [header, *rows]]
    return "\n".join([*lines, "", str(_WORDS["voet"][i])])
