"""`nhnorm overview --format md`: organisations × themes, progress, the norms with their
distribution, and with --vanaf the trend and the norms that moved most."""

from __future__ import annotations

from nhnorm_cli.models.overview import Overview
from nhnorm_cli.render.mdtext import md_inline
from nhnorm_cli.render.numbers import delta_text, score_text
from nhnorm_cli.render.overview_parts import counted_note, notes, progress_groups


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
    lines += [line for note in notes(overview) for line in (md_inline(note), "")]
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
    header = ["Jaar", "Organisaties", "Gemiddelde score", "% volledig voldaan", *theme_ids]
    lines.append(_md_row([*header, "Ingeleverd", "Geregistreerd"]))
    lines.append(_md_row(["---"] + ["---:"] * (5 + len(theme_ids))))
    for y in trend:
        numbers = [score_text(y.gemiddelde_score), score_text(y.aandeel_volledig_voldaan)]
        themes = [score_text(t.score) for t in y.themas]
        coverage = [str(y.dekking.ingeleverd), str(y.dekking.geregistreerd)]
        lines.append(_md_row([str(y.jaar), str(y.organisaties), *numbers, *themes, *coverage]))
    if not overview.verschuivingen:  # withheld (anonymous, a small year): the notes above say why
        return lines
    lines += ["", f"## Grootste verschuivingen sinds {first}", ""]
    lines.append(_md_row(["Norm", str(first), str(overview.jaar), "Verschil", "Tekst"]))
    lines.append(_md_row(["---", "---:", "---:", "---:", "---"]))
    for shift in overview.verschuivingen or []:
        numbers = [score_text(shift.van), score_text(shift.naar), delta_text(shift.verschil)]
        lines.append(_md_row([shift.id, *numbers, md_inline(shift.tekst)]))
    return lines
