"""`nhnorm bewijs` as text: per assessment a heading, then one `path:line:col:` line per item, so an
editor can jump to the evidence to renew."""

from __future__ import annotations

from nhnorm_cli.messages import text
from nhnorm_cli.results.renewal import Renewal


def renewal_text(renewal: Renewal, lang: str) -> str:
    lines: list[str] = []
    for entry in renewal.zelfevaluaties:
        if lines:
            lines.append("")
        voor = entry.verloopt_voor.isoformat()
        lines.append(
            text(
                "bewijs-kop",
                lang,
                pad=entry.pad,
                organisatie=entry.organisatie,
                jaar=entry.jaar,
                voor=voor,
                aantal=len(entry.bewijs),
            )
        )
        for item in entry.bewijs:
            staat = text("bewijs-verlopen", lang) if item.verlopen else ""
            lines.append(
                text(
                    "bewijs-regel",
                    lang,
                    pad=entry.pad,
                    regel=item.regel,
                    kolom=item.kolom,
                    norm=item.norm,
                    omschrijving=item.omschrijving,
                    tot=item.geldig_tot.isoformat(),
                    staat=staat,
                )
            )
        if not entry.bewijs:
            lines.append(text("bewijs-niets", lang))
    return "\n".join(lines)
