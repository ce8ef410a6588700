"""Pure: the one public view of an assessment (SPEC §7), for every output that can be public.

An answer marked `vertrouwelijk` shows no toelichting, bewijs or action text; action owners are
never shown; every other text a public output prints goes through the personal-data filter. The
report (md, html, docx), the diff and the OSCAL and CISO Assistant exports all read an answer
through `public_answer`, so the rule is written once. Each output declares which fields it prints
(fields.py), and `publictext.py` names a removal on stderr only for a field the output prints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nhnorm_cli.models.assessment import Action, Answer, Assessment, Evidence
from nhnorm_cli.public.fields import EVERY_FIELD, Fields
from nhnorm_cli.public.personaldata import find_personal_data, redact


@dataclass(frozen=True, slots=True)
class Audience:
    """Who an output is for: `public` applies SPEC §7."""

    public: bool = False

    def text(self, text: str) -> str:
        """`text` as this audience sees it: personal data replaced when public."""
        return redact(text)[0] if self.public else text

    def count(self, text: str) -> int:
        """How many pieces of personal data a public output replaces in `text`."""
        return len(find_personal_data(text)) if self.public else 0


INTERNAL = Audience()
PUBLIC = Audience(public=True)


@dataclass(frozen=True, slots=True)
class ActionPublic:
    """An action as an output shows it: no text when its answer is vertrouwelijk (public), no
    owner ever in public."""

    omschrijving: str | None
    eigenaar: str | None
    eigenaar_bekend: bool
    gereed: date | None
    afgerond: bool
    prioriteit: str | None


@dataclass(frozen=True, slots=True)
class AnswerPublic:
    """An answer as an output shows it; `weggelaten`: its texts are left out (vertrouwelijk)."""

    oordeel: str
    vertrouwelijk: bool
    weggelaten: bool
    toelichting: str | None
    bewijs: list[str | Evidence]
    acties: list[ActionPublic]
    onderdelen: dict[str, str]


def public_answer(answer: Answer, audience: Audience = INTERNAL) -> AnswerPublic:
    """The answer as `audience` sees it."""
    hidden = audience.public and answer.vertrouwelijk
    return AnswerPublic(
        oordeel=answer.oordeel,
        vertrouwelijk=answer.vertrouwelijk,
        weggelaten=hidden,
        toelichting=None if hidden or not answer.toelichting else audience.text(answer.toelichting),
        bewijs=[] if hidden else [public_evidence(item, audience) for item in answer.bewijs],
        acties=[_action(action, hidden, audience) for action in answer.acties],
        onderdelen=dict(answer.onderdelen),
    )


def public_evidence(item: str | Evidence, audience: Audience = INTERNAL) -> str | Evidence:
    """A bewijs item, its description and link as `audience` sees them."""
    if not audience.public:
        return item
    if isinstance(item, str):
        return audience.text(item)
    link = item.link and audience.text(item.link)
    return item.model_copy(update={"omschrijving": audience.text(item.omschrijving), "link": link})


def action_text(text: str, vertrouwelijk: bool, audience: Audience = INTERNAL) -> str | None:
    """An action's description as `audience` sees it (None: left out, its answer is vertrouwelijk)."""
    return None if audience.public and vertrouwelijk else audience.text(text)


def _action(action: Action, hidden: bool, audience: Audience) -> ActionPublic:
    return ActionPublic(
        omschrijving=None if hidden else audience.text(action.omschrijving),
        eigenaar=None if audience.public else action.eigenaar,
        eigenaar_bekend=bool(action.eigenaar and action.eigenaar.strip()),
        gereed=action.gereed,
        afgerond=action.afgerond,
        prioriteit=action.prioriteit,
    )


def organisation_name(assessment: Assessment, audience: Audience = INTERNAL) -> str:
    """The organisation's name as `audience` sees it (a name is scanned like every public text)."""
    return audience.text(assessment.organisatie.naam)


def removed_count(assessment: Assessment, audience: Audience, fields: Fields = EVERY_FIELD) -> int:
    """How many pieces of personal data an output of `fields` replaces by [verwijderd]."""
    if not audience.public:
        return 0
    org = assessment.organisatie
    texts: list[str] = []
    if "vastgesteld_door" in fields and assessment.vastgesteld_door:
        texts.append(assessment.vastgesteld_door)
    if "organisatie" in fields:
        texts += [org.naam, org.riec or ""]
    for answer in assessment.antwoorden.values():
        if answer.vertrouwelijk:
            continue
        if "toelichting" in fields:
            texts.append(answer.toelichting or "")
        if "bewijs" in fields:
            for item in answer.bewijs:
                texts += [item] if isinstance(item, str) else [item.omschrijving, item.link or ""]
        if "acties" in fields:
            texts += [a.omschrijving for a in answer.acties]
    return sum(audience.count(text) for text in texts if text)
