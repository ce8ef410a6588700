"""Helpers to build a gemeente repository the way a user would: `nhnorm init` and `nhnorm set`."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

from nhnorm_cli.versions.norms import load_norm
from tests.conftest import Runner

NORM = load_norm("1.0")
POINTS = {"voldaan": 3, "grotendeels": 2, "deels": 1, "niet": 0, "nvt": None}


def set_answer_via_cli(nhnorm: Runner, rid: str, oordeel: str, year: int) -> None:
    """One `nhnorm set` as an advisor would type it: nvt explained, shortfalls with an action."""
    args = ["set", rid, oordeel, "--year", str(year)]
    if oordeel == "nvt":
        args += ["--toelichting", f"Norm {rid} is voor Testdorp niet van toepassing."]
    elif POINTS[oordeel] < 3:
        args += ["--toelichting", f"Nog niet op orde ({year})."]
        args += ["--actie", f"Norm {rid} op orde brengen", "--eigenaar", "Afdeling Veiligheid"]
        args += ["--gereed", f"{year + 1}-06-30"]  # due after the next peildatum
    else:
        args += ["--bewijs", f"Collegebesluit {rid}"]
    nhnorm(*args)


def answer_all(nhnorm: Runner, year: int, seed: int) -> dict[str, str]:
    """Answer all 47 norms with a reproducible mix of oordelen; returns what was set."""
    rng = random.Random(seed)
    chosen = {
        rid: rng.choice(["voldaan", "voldaan", "grotendeels", "deels", "niet", "nvt"])
        for rid in NORM.requirement_ids
    }
    for rid, oordeel in chosen.items():
        set_answer_via_cli(nhnorm, rid, oordeel, year)
    return chosen


def expected_score(oordelen: dict[str, str], ids: list[str] | None = None) -> float | None:
    """SPEC §3 computed independently: 100 × points / (3 × scored), half up to one decimal."""
    points = [POINTS[oordelen[rid]] for rid in (ids or list(oordelen)) if rid in oordelen]
    scored = [p for p in points if p is not None]
    if not scored:
        return None
    value = Decimal(100 * sum(scored)) / Decimal(3 * len(scored))
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def build_two_years(nhnorm: Runner, org: str = "testdorp") -> tuple[dict[str, str], dict[str, str]]:
    """A repository with a vastgestelde 2025 and a concept 2026 carried over and partly changed."""
    nhnorm("init", "--year", "2025", "--org", org, "--naam", "Gemeente Testdorp", "--peildatum", "2025-03-01")
    first = answer_all(nhnorm, 2025, seed=2025)
    nhnorm("set", "--status", "vastgesteld", "--year", "2025")
    nhnorm("init", "--year", "2026", "--from", "2025", "--peildatum", "2026-03-01")
    second = dict(first)
    changes = {"1.1": "niet", "2.3": "voldaan", "4.4": "deels", "6.2": "voldaan"}
    for rid, oordeel in changes.items():
        set_answer_via_cli(nhnorm, rid, oordeel, 2026)
        second[rid] = oordeel
    return first, second
