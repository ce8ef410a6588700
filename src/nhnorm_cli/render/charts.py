"""Inline SVG charts for the HTML report: drawn here, so the report needs no script or network.

Every text from data goes through markupsafe.escape. Each chart is role="img" with a <title> and
a <desc> that carries every number the chart shows (WCAG 1.1.1: a screen reader hears the same
figures a sighted reader sees); the pages print the same numbers in a table next to the chart."""

from __future__ import annotations

from markupsafe import Markup, escape

from nhnorm_cli.models.report import Count, ThemeView, TrendPoint
from nhnorm_cli.render.numbers import score_text

# Colour-blind safe (ColorBrewer PRGn/PuOr-like); labels always repeat the meaning in text.
RATING_COLOURS = {
    "voldaan": "#1b7837",
    "grotendeels": "#7fbf7b",
    "deels": "#f1a340",
    "niet": "#b2182b",
    "nvt": "#bababa",
    "open": "#ffffff",
}
_SERIES = ["#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6", "#843c0c"]
INK, GRID = "#222222", "#d0d0d0"


# No xmlns: inline SVG in HTML needs none, and the report then holds no URL at all.
def _svg(width: int, height: int, title: str, desc: str, body: list[str], ident: str) -> Markup:
    head = (
        f'<svg viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-labelledby="{ident}-t {ident}-d" class="grafiek">'
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")


def _rect(x: float, y: float, w: float, h: float, fill: str, outline: bool = False) -> str:
    edge = f' stroke="{INK}" stroke-width="0.5"' if outline else ""
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{fill}"{edge}/>'


def _line(x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 1) -> str:
    ends = f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"'
    return f'<line {ends} stroke="{colour}" stroke-width="{width}"/>'


# A generous average glyph width at font-size 12 (DejaVu Sans, Chromium's default on Debian, is
# among the widest), so an estimated label is never wider than the one drawn.
_CHAR_W = 7.4
_LABEL_CHARS = 30  # a longer theme label wraps onto a second line


def _label_lines(text: str) -> list[str]:
    """Words on at most two lines of about _LABEL_CHARS characters."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines) < 2 and len(lines[-1]) + 1 + len(word) <= _LABEL_CHARS:
            lines[-1] += " " + word
        elif len(lines) < 2:
            lines.append(word)
        else:
            lines[-1] += " " + word
    return lines or [""]


def theme_bars(themes: list[ThemeView], year: int, previous_year: int | None) -> Markup:
    """Horizontal bar per theme (0–100), with a tick for last year's score. Labels wrap onto two
    lines and the label column is as wide as the longest line, so no theme name is cut off."""
    labels = [_label_lines(f"{t.id}. {t.titel}") for t in themes]
    longest = max((len(line) for lines in labels for line in lines), default=0)
    label_w, bar_w, row, top = max(120, round(longest * _CHAR_W) + 16), 330, 34, 24
    height = top + row * len(themes) + 8
    body: list[str] = []
    for x in (0, 25, 50, 75, 100):
        gx = label_w + bar_w * x / 100
        body.append(_line(gx, 18, gx, height - 6, GRID))
        body.append(f'<text x="{gx}" y="14" font-size="11" text-anchor="middle" fill="{INK}">{x}</text>')
    for i, theme in enumerate(themes):
        y = top + i * row
        value = theme.score.score
        lines = labels[i]
        first = y + 17 - 7 * (len(lines) - 1)  # two lines sit around the bar's middle
        spans = "".join(
            f'<tspan x="{label_w - 8}" y="{first + 14 * n}">{escape(line)}</tspan>'
            for n, line in enumerate(lines)
        )
        body.append(f'<text font-size="12" text-anchor="end" fill="{INK}">{spans}</text>')
        if value is not None:
            body.append(_rect(label_w, y + 5, bar_w * value / 100, 18, "#1f4e79"))
        if theme.vorige is not None:
            px = label_w + bar_w * theme.vorige / 100
            body.append(_line(px, y + 2, px, y + 26, "#c55a11", 3))
        body.append(
            f'<text x="{label_w + bar_w + 8}" y="{y + 18}" font-size="12" font-weight="bold" fill="{INK}">'
            f"{score_text(value)}</text>"
        )
    if previous_year is not None:  # legend for the tick
        y = height + 4
        body.append(_rect(label_w, y, 14, 12, "#1f4e79"))
        body.append(f'<text x="{label_w + 20}" y="{y + 10}" font-size="12" fill="{INK}">score {year}</text>')
        body.append(_line(label_w + 100, y - 1, label_w + 100, y + 13, "#c55a11", 3))
        body.append(
            f'<text x="{label_w + 108}" y="{y + 10}" font-size="12" fill="{INK}">score {previous_year}</text>'
        )
        height += 22
    desc = "; ".join(
        f"{t.id}. {t.titel}: {score_text(t.score.score)}"
        + (f" (in {previous_year}: {score_text(t.vorige)})" if previous_year is not None else "")
        for t in themes
    )
    if previous_year is not None:
        desc += f". Oranje streep: score {previous_year}."
    return _svg(label_w + bar_w + 50, height, "Score per thema (0–100)", desc, body, "thema-scores")


def trend_lines(points: list[TrendPoint], titles: dict[str, str]) -> Markup:
    """Total (thick) and theme scores (thin) over every year present."""
    left, width, top, height = 40, 440, 12, 200
    legend_x = left + width + 20
    body = []
    for value in (0, 25, 50, 75, 100):
        y = top + height * (1 - value / 100)
        body.append(_line(left, y, left + width, y, GRID))
        body.append(
            f'<text x="{left - 6}" y="{y + 4}" font-size="11" text-anchor="end" fill="{INK}">{value}</text>'
        )
    step = width / max(len(points) - 1, 1)
    xs = [left + (i * step if len(points) > 1 else width / 2) for i in range(len(points))]
    for x, point in zip(xs, points, strict=True):
        body.append(
            f'<text x="{x:.1f}" y="{top + height + 18}" font-size="12" text-anchor="middle" fill="{INK}">'
            f"{point.jaar}</text>"
        )
    series = [("Totaal", [p.totaal for p in points], 4)] + [
        (f"{tid}. {title}", [p.themas.get(tid) for p in points], 1.5) for tid, title in titles.items()
    ]
    for n, (name, values, stroke) in enumerate(series):
        colour = _SERIES[n % len(_SERIES)] if n else INK
        coords = [
            f"{x:.1f},{top + height * (1 - v / 100):.1f}"
            for x, v in zip(xs, values, strict=True)
            if v is not None
        ]
        if len(coords) > 1:
            dash = "" if n == 0 else ' stroke-dasharray="6 3"' if n % 2 == 0 else ""
            body.append(
                f'<polyline points="{" ".join(coords)}" fill="none" stroke="{colour}" '
                f'stroke-width="{stroke}"{dash}/>'
            )
        for c in coords:
            cx, cy = c.split(",")
            body.append(f'<circle cx="{cx}" cy="{cy}" r="{4 if n == 0 else 2.5}" fill="{colour}"/>')
        ly = top + 6 + n * 18
        body.append(f'<rect x="{legend_x}" y="{ly}" width="14" height="{stroke + 2}" fill="{colour}"/>')
        body.append(
            f'<text x="{legend_x + 20}" y="{ly + 6}" font-size="11" fill="{INK}">{escape(name)}</text>'
        )
    desc = "; ".join(
        f"{p.jaar}: totaal {score_text(p.totaal)}, "
        + ", ".join(f"thema {tid} {score_text(p.themas.get(tid))}" for tid in titles)
        for p in points
    )
    return _svg(legend_x + 280, top + height + 28, "Verloop van de scores per jaar", desc, body, "trend")


def distribution_bar(counts: list[Count]) -> Markup:
    """One stacked bar: how many norms have each oordeel."""
    width, left = 660, 0
    total = sum(c.aantal for c in counts) or 1
    body, x = [], float(left)
    for c in counts:
        w = width * c.aantal / total
        if c.aantal:
            body.append(_rect(x, 0, w, 28, RATING_COLOURS.get(c.sleutel, "#888"), outline=True))
            if w >= 18:
                fill = "#ffffff" if c.sleutel in ("voldaan", "niet") else INK
                body.append(
                    f'<text x="{x + w / 2:.1f}" y="19" font-size="12" text-anchor="middle" '
                    f'fill="{fill}">{c.aantal}</text>'
                )
        x += w
    lx, ly = 0.0, 40
    for c in counts:
        label = f"{c.label} ({c.aantal})"
        item_w = 24 + 6.4 * len(label)
        if lx and lx + item_w > width:  # wrap the legend instead of shrinking the chart
            lx, ly = 0.0, ly + 18
        body.append(_rect(lx, ly, 12, 12, RATING_COLOURS.get(c.sleutel, "#888"), outline=True))
        body.append(
            f'<text x="{lx + 17:.1f}" y="{ly + 10}" font-size="12" fill="{INK}">{escape(label)}</text>'
        )
        lx += item_w
    desc = "; ".join(f"{c.label}: {c.aantal}" for c in counts)
    return _svg(width, ly + 18, "Verdeling van de oordelen", desc, body, "verdeling")
