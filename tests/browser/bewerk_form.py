"""Driving `nhnorm bewerk`'s form in Playwright as an advisor would, one change at a time, each
waited for until the form has saved it (the page counts its saves in html[data-bewaard])."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from nhnorm_cli.versions.norms import load_norm


def slug(rid: str) -> str:
    return "n" + rid.replace(".", "-")


@dataclass(frozen=True)
class Evidence:
    omschrijving: str
    datum: str = ""
    geldig_tot: str = ""
    link: str = ""

    def line(self) -> str:
        """The same item as `set --bewijs` takes it."""
        parts = [self.omschrijving, self.datum, self.geldig_tot, self.link]
        while len(parts) > 1 and not parts[-1]:
            parts.pop()
        return " | ".join(parts)


@dataclass(frozen=True)
class Action:
    omschrijving: str
    eigenaar: str
    gereed: str
    prioriteit: str


@dataclass(frozen=True)
class Answer:
    rid: str
    oordeel: str
    toelichting: str = ""
    onderdelen: tuple[tuple[str, str], ...] = ()
    bewijs: tuple[Evidence, ...] = ()
    actie: Action | None = None
    vertrouwelijk: bool = False

    def set_args(self) -> list[str]:
        """The one `nhnorm set` command that gives the same answer."""
        args = [self.rid, self.oordeel]
        if self.toelichting:
            args += ["--toelichting", self.toelichting]
        for component, rating in self.onderdelen:
            args += ["--onderdeel", f"{component}={rating}"]
        for item in self.bewijs:
            args += ["--bewijs", item.line()]
        if self.actie is not None:
            a = self.actie
            args += ["--actie", a.omschrijving, "--eigenaar", a.eigenaar, "--gereed", a.gereed]
            args += ["--prioriteit", a.prioriteit]
        if self.vertrouwelijk:
            args.append("--vertrouwelijk")
        return args


SPECIAL = {
    a.rid: a
    for a in (
        Answer("1.1", "voldaan", "De interne driehoek bespreekt weerbaarheid elk kwartaal."),
        Answer(
            "1.3",
            "deels",
            "Medewerkers wel, politieke ambtsdragers nog niet.",
            onderdelen=(("1.3.a", "voldaan"), ("1.3.b", "deels"), ("1.3.c", "voldaan"), ("1.3.d", "niet")),
        ),
        Answer(
            "2.7",
            "deels",
            "Wel voor wethouders, nog niet voor kandidaat-raadsleden.",
            actie=Action("Risicoanalyse ook voor kandidaat-raadsleden", "Griffie", "2025-12-31", "hoog"),
        ),
        Answer(
            "3.1",
            "voldaan",
            bewijs=(
                Evidence("Collegebesluit agressieprotocol", "2024-09-03", "2026-09-03", "Z-2024-00311"),
                Evidence("Verslag oefening agressie en geweld", "2025-02-11"),
            ),
        ),
        Answer("3.3", "grotendeels", "Zie het beveiligingsplan.", vertrouwelijk=True),
        Answer("5.2", "nvt", "Deze regel geldt hier niet."),
    )
}


def whole_assessment() -> list[Answer]:
    """Every norm of 1.0: the answers above, `voldaan` with a short toelichting for the rest."""
    return [
        SPECIAL.get(rid, Answer(rid, "voldaan", f"Op orde, zie het jaarverslag ({rid})."))
        for rid in load_norm("1.0").requirement_ids
    ]


@dataclass
class Form:
    page: Any
    saves: int = field(default=0)

    @contextmanager
    def saving(self, count: int = 1) -> Iterator[None]:
        """Wait, after the block, until the form has answered `count` more saves."""
        before = int(self.page.locator("html").get_attribute("data-bewaard") or "0")
        yield
        wanted = before + count
        self.page.wait_for_selector(f"html[data-bewaard='{wanted}'][data-opslaan='klaar']", state="attached")

    def choose(self, rid: str, oordeel: str) -> None:
        with self.saving():
            self.page.select_option(f"#{slug(rid)}-oordeel", oordeel)

    def explain(self, rid: str, text: str) -> None:
        field_ = self.page.locator(f"#{slug(rid)}-toelichting")
        with self.saving():
            field_.fill(text)
            field_.press("Tab")

    def rate(self, rid: str, component: str, oordeel: str) -> None:
        with self.saving():
            self.page.select_option(f"#{slug(rid)}-{component.replace('.', '-')}", oordeel)

    def add_evidence(self, rid: str, item: Evidence) -> None:
        n = slug(rid)
        self.page.locator(f"#{n}-bewijs summary").click()
        self.page.fill(f"#{n}-b-oms", item.omschrijving)
        self.page.fill(f"#{n}-b-datum", item.datum)
        self.page.fill(f"#{n}-b-tot", item.geldig_tot)
        self.page.fill(f"#{n}-b-link", item.link)
        with self.saving():
            self.page.locator(f"#{n}-bewijs button", has_text="Toevoegen").click()

    def add_action(self, rid: str, action: Action) -> None:
        n = slug(rid)
        self.page.locator(f"#{n}-acties summary").click()
        self.page.fill(f"#{n}-a-oms", action.omschrijving)
        self.page.fill(f"#{n}-a-eig", action.eigenaar)
        self.page.fill(f"#{n}-a-gereed", action.gereed)
        self.page.select_option(f"#{n}-a-prio", action.prioriteit)
        with self.saving():
            self.page.locator(f"#{n}-acties button", has_text="Toevoegen").click()

    def confidential(self, rid: str) -> None:
        with self.saving():
            self.page.check(f"#{slug(rid)}-vertrouwelijk")

    def answer(self, answer: Answer) -> None:
        self.choose(answer.rid, answer.oordeel)
        for component, rating in answer.onderdelen:
            self.rate(answer.rid, component, rating)
        if answer.toelichting:
            self.explain(answer.rid, answer.toelichting)
        for item in answer.bewijs:
            self.add_evidence(answer.rid, item)
        if answer.actie is not None:
            self.add_action(answer.rid, answer.actie)
        if answer.vertrouwelijk:
            self.confidential(answer.rid)

    def adopt(self, op: str, door: str) -> None:
        self.page.fill("#vastgesteld-op", op)
        self.page.fill("#vastgesteld-door", door)
        with self.saving():
            self.page.locator("#status button", has_text="Vaststellen").click()
