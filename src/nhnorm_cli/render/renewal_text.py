"""`nhnorm bewijs` as text: per assessment a heading, then one `path:line:col:` line per item, so an
editor can jump to the evidence to renew."""

from __future__ import annotations

from nhnorm_cli.renewal import Renewal

_WORDS = {
    "kop": (
        "{pad} · {organisatie} {jaar} · bewijs dat vóór {voor} verloopt: {aantal}",
        "{pad} · {organisatie} {jaar} · evidence expiring before {voor}: {aantal}",
    ),
    "regel": (
        '{pad}:{regel}:{kolom}: norm {norm}: "{omschrijving}" geldig tot {tot}{staat}',
        '{pad}:{regel}:{kolom}: norm {norm}: "{omschrijving}" valid until {tot}{staat}',
    ),
    "verlopen": (" (verlopen op de peildatum)", " (expired at the peildatum)"),
    "niets": ("niets te vernieuwen", "nothing to renew"),
}


def renewal_text(renewal: Renewal, lang: str) -> str:
    i = 1 if lang == "en" else 0
    lines: list[str] = []
    for entry in renewal.zelfevaluaties:
        if lines:
            lines.append("")
        voor = entry.verloopt_voor.isoformat()
        lines.append(
            _WORDS["kop"][i].format(
                pad=entry.pad,
                organisatie=entry.organisatie,
                jaar=entry.jaar,
                voor=voor,
                aantal=len(entry.bewijs),
            )
        )
        for item in entry.bewijs:
            staat = _WORDS["verlopen"][i] if item.verlopen else ""
            lines.append(
                _WORDS["regel"][i].format(
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
            lines.append(_WORDS["niets"][i])
    return "\n".join(lines)
