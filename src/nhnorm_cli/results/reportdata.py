"""Pure: the report context for one assessment, compared with the organisation's other years.

public=True leaves out the toelichting, bewijs and action texts of answers marked `vertrouwelijk`
and every action owner's name, and replaces personal data in the remaining text by [verwijderd]
(SPEC §7), here in the data, so no template can show them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from nhnorm_cli.models.assessment import Answer, Assessment, Evidence
from nhnorm_cli.models.mapping import VersionMapping
from nhnorm_cli.models.norm import Norm, Requirement
from nhnorm_cli.models.report import (
    ActionView,
    ChangeView,
    ComponentView,
    Count,
    EvidenceView,
    FollowedAction,
    Followup,
    Judgement,
    OpenNorm,
    ReportData,
    RequirementView,
    Summary,
    ThemeView,
    TrendPoint,
)
from nhnorm_cli.models.results import ActionChange, ActionChanges, DiffResult
from nhnorm_cli.personaldata import find_personal_data, shown
from nhnorm_cli.results.diff import diff_assessments
from nhnorm_cli.results.scoring import score_assessment, score_difference
from nhnorm_cli.versions.crossing import crossing_note

History = Sequence[tuple[Norm, Assessment]]
# (old version, new version) -> the installed mapping between them, or None
MappingLookup = Callable[[str, str], VersionMapping | None]
UNANSWERED = "Nog niet beoordeeld"


def build_report(
    norm: Norm,
    assessment: Assessment,
    history: History = (),
    *,
    public: bool = False,
    mappings: MappingLookup | None = None,
) -> ReportData:
    """The report for `assessment`; `history` holds the organisation's assessments of any year;
    `mappings` finds the mapping when the previous year used another norm version."""
    score = score_assessment(norm, assessment)
    # by year only: Norm and Assessment do not compare, and a duplicate year must not crash
    earlier = sorted(((a.jaar, n, a) for n, a in history if a.jaar < assessment.jaar), key=lambda e: e[0])
    changes: list[ChangeView] = []
    crossing: str | None = None
    diff: DiffResult | None = None
    followup: Followup | None = None
    if earlier:
        diff, crossing = _previous_diff(norm, assessment, earlier[-1][1], earlier[-1][2], mappings)
    added = {(c.norm, c.omschrijving.strip()) for c in diff.acties.toegevoegd} if diff else set()
    actions = _open_actions(norm, assessment, public, added)
    previous = score_assessment(earlier[-1][1], earlier[-1][2]) if earlier else None
    old_themes = {t.id: t.score for t in previous.themas} if previous else {}
    themes = [
        ThemeView(
            id=t.id,
            titel=t.titel,
            score=s,
            vorige=old_themes.get(t.id),
            verschil=score_difference(old_themes.get(t.id), s.score),
            normen=[_requirement(norm, r, assessment, actions, public) for r in t.normen],
        )
        for t, s in zip(norm.themas, score.themas, strict=True)
    ]
    if diff is not None:
        followup = _followup(diff.acties, assessment, public)
    if earlier and diff is not None:
        changes = [
            ChangeView(
                id=c.id,
                tekst=_text(norm, c.id) or _text(earlier[-1][1], c.id),
                van=_judgement(earlier[-1][1], c.van),
                naar=_judgement(norm, c.naar),
                richting=c.richting,
                opmerking=crossing_note(c, diff) or None,
            )
            for c in diff.wijzigingen
        ]
    summary = Summary(
        totaal=score.totaal,
        vorig_jaar=earlier[-1][0] if earlier else None,
        vorige=previous.totaal.score if previous else None,
        verschil=score_difference(previous.totaal.score if previous else None, score.totaal.score),
        verdeling=_distribution(norm, assessment),
        wijzigingen=changes,
        vergelijking=crossing,
    )
    with_action, without_action = _not_met(norm, assessment)
    org = assessment.organisatie
    return ReportData(
        organisatie=org.naam,
        soort=org.soort,
        code=org.code,
        riec=org.riec,
        jaar=assessment.jaar,
        peildatum=assessment.peildatum,
        status=assessment.status,
        vastgesteld_op=assessment.vastgesteld_op,
        vastgesteld_door=assessment.vastgesteld_door and shown(assessment.vastgesteld_door, public),
        norm_versie=norm.versie,
        norm_titel=norm.titel,
        openbaar=public,
        weggelaten=sum(1 for a in assessment.antwoorden.values() if public and a.vertrouwelijk),
        verwijderd=_removed(assessment) if public else 0,
        eigenaren=sum(1 for a in actions if a.eigenaar_bekend) if public else 0,
        samenvatting=summary,
        themas=themes,
        actieplan=_action_plan(actions),
        met_actie=with_action,
        zonder_actie=without_action,
        trend=_trend(norm, assessment, history),
        acties_sinds=followup,
        theme_titles={t.id: t.titel for t in norm.themas},
    )


def _previous_diff(
    norm: Norm, assessment: Assessment, old_norm: Norm, old: Assessment, mappings: MappingLookup | None
) -> tuple[DiffResult | None, str | None]:
    """The comparison with the previous year, and a note when it crosses norm versions."""
    if old_norm.versie == norm.versie:
        return diff_assessments(norm, old, assessment), None
    lead = (
        f"{old.jaar} is beoordeeld tegen norm {old_norm.versie}, {assessment.jaar} tegen norm {norm.versie}"
    )
    mapping = mappings(old_norm.versie, norm.versie) if mappings else None
    if mapping is None:
        return None, f"{lead}; zonder mapping tussen de versies zijn de oordelen niet per norm vergeleken."
    diff = diff_assessments(norm, old, assessment, old_norm=old_norm, mapping=mapping)
    return diff, (
        f"{lead}; de oordelen zijn vergeleken via de mapping {mapping.van}--{mapping.naar}. Waar een norm "
        "niet gelijk is aan zijn voorganger (≈) en bij de scores is de vergelijking niet één op één."
    )


def _text(norm: Norm, requirement_id: str) -> str:
    requirement = norm.requirement(requirement_id)
    return requirement.tekst if requirement else ""


def _judgement(norm: Norm, key: str | None) -> Judgement:
    rating = norm.rating(key) if key is not None else None
    return Judgement(sleutel=key, label=rating.label if rating else UNANSWERED)


def _requirement(
    norm: Norm, requirement: Requirement, assessment: Assessment, actions: list[ActionView], public: bool
) -> RequirementView:
    answer = assessment.antwoorden.get(requirement.id)
    hidden = public and answer is not None and answer.vertrouwelijk
    given = answer.onderdelen if answer else {}
    return RequirementView(
        id=requirement.id,
        tekst=requirement.tekst,
        groep=requirement.groep,
        oordeel=_judgement(norm, answer.oordeel if answer else None),
        toelichting=None
        if hidden or answer is None
        else answer.toelichting and shown(answer.toelichting, public),
        bewijs=[] if hidden or answer is None else _evidence(answer, assessment.peildatum, public),
        vertrouwelijk=bool(answer and answer.vertrouwelijk),
        weggelaten=hidden,
        onderdelen=[
            ComponentView(
                id=c.id,
                # "… voor" names what it is for in its items: one line in every format's table
                tekst=": ".join([c.tekst, "; ".join(c.items)]) if c.items else c.tekst,
                verplicht=c.verplicht,
                aard=c.aard,
                oordeel=_judgement(norm, given[c.id]) if c.id in given else None,
            )
            for c in requirement.onderdelen
        ],
        acties=[a for a in actions if a.norm == requirement.id],
    )


def _evidence(answer: Answer, peildatum: date, public: bool) -> list[EvidenceView]:
    return [
        EvidenceView(omschrijving=shown(item, public))
        if not isinstance(item, Evidence)
        else EvidenceView(
            **item.model_dump(exclude={"omschrijving", "link"}),
            omschrijving=shown(item.omschrijving, public),
            link=item.link and shown(item.link, public),
            verlopen=item.geldig_tot is not None and item.geldig_tot < peildatum,
        )
        for item in answer.bewijs
    ]


def _open_actions(
    norm: Norm, assessment: Assessment, public: bool, added: set[tuple[str, str]]
) -> list[ActionView]:
    """Open actions in norm order; overdue when due before the peildatum; new when `added` (norm,
    omschrijving) since the previous year."""
    return [
        ActionView(
            norm=rid,
            thema=norm.theme_of(rid).id,
            omschrijving=None if public and answer.vertrouwelijk else shown(action.omschrijving, public),
            eigenaar=None if public else action.eigenaar,
            eigenaar_bekend=bool(action.eigenaar and action.eigenaar.strip()),
            vertrouwelijk=answer.vertrouwelijk,
            prioriteit=action.prioriteit,
            gereed=action.gereed,
            verlopen=action.gereed is not None and action.gereed < assessment.peildatum,
            nieuw=(rid, action.omschrijving.strip()) in added,
        )
        for rid in norm.requirement_ids
        if (answer := assessment.antwoorden.get(rid)) is not None
        for action in answer.acties
        if not action.afgerond
    ]


def _followup(changes: ActionChanges, assessment: Assessment, public: bool) -> Followup:
    """Added, completed and overdue actions, with the public rules of the action plan."""

    def view(change: ActionChange) -> FollowedAction:
        answer = assessment.antwoorden.get(change.norm)
        hidden = public and answer is not None and answer.vertrouwelijk
        return FollowedAction(
            norm=change.norm,
            omschrijving=None if hidden else shown(change.omschrijving, public),
            gereed=change.gereed,
            prioriteit=change.prioriteit,
        )

    return Followup(
        toegevoegd=[view(c) for c in changes.toegevoegd],
        afgerond=[view(c) for c in changes.afgerond],
        verlopen=[view(c) for c in changes.verlopen],
    )


def _removed(assessment: Assessment) -> int:
    """How many pieces of personal data a public report replaced by [verwijderd]."""
    texts = [assessment.vastgesteld_door or ""]
    texts += [
        text
        for answer in assessment.antwoorden.values()
        if not answer.vertrouwelijk
        for text in (
            answer.toelichting or "",
            *_evidence_texts(answer),
            *(a.omschrijving for a in answer.acties),
        )
    ]
    return sum(len(find_personal_data(t)) for t in texts)


_PRIORITY_ORDER = {"hoog": 0, "middel": 1, "laag": 2}


def _evidence_texts(answer: Answer) -> list[str]:
    texts: list[str] = []
    for item in answer.bewijs:
        texts += [item] if isinstance(item, str) else [item.omschrijving, item.link or ""]
    return texts


def _action_plan(actions: list[ActionView]) -> list[ActionView]:
    """By priority (hoog first, none last), then due date (undated last); ties stay in norm order
    (the sort is stable)."""
    return sorted(
        actions,
        key=lambda v: (_PRIORITY_ORDER.get(v.prioriteit or "", 3), v.gereed is None, v.gereed or date.min),
    )


def _not_met(norm: Norm, assessment: Assessment) -> tuple[list[OpenNorm], list[OpenNorm]]:
    """Norms not voldaan (nvt excluded, unanswered included), with and without an open action."""
    with_action: list[OpenNorm] = []
    without_action: list[OpenNorm] = []
    for requirement in norm.requirements:
        answer = assessment.antwoorden.get(requirement.id)
        if answer is not None and not norm.below_top(answer.oordeel):
            continue
        actions = sum(1 for a in answer.acties if not a.afgerond) if answer else 0
        item = OpenNorm(
            id=requirement.id,
            tekst=requirement.tekst,
            oordeel=_judgement(norm, answer.oordeel if answer else None),
            acties=actions,
        )
        (with_action if actions else without_action).append(item)
    return with_action, without_action


def _distribution(norm: Norm, assessment: Assessment) -> list[Count]:
    counts = [
        Count(
            sleutel=r.sleutel,
            label=r.label,
            aantal=sum(1 for rid in norm.requirement_ids if assessment.oordeel(rid) == r.sleutel),
        )
        for r in norm.oordelen
    ]
    unanswered = sum(1 for rid in norm.requirement_ids if assessment.oordeel(rid) is None)
    return [*counts, Count(sleutel="open", label=UNANSWERED, aantal=unanswered)]


def _trend(norm: Norm, assessment: Assessment, history: History) -> list[TrendPoint]:
    """Every year up to the report's own, each scored against its own norm version."""
    years = {a.jaar: (n, a) for n, a in history if a.jaar < assessment.jaar}
    years[assessment.jaar] = (norm, assessment)
    points = []
    for year in sorted(years):
        result = score_assessment(*years[year])
        points.append(
            TrendPoint(jaar=year, totaal=result.totaal.score, themas={t.id: t.score for t in result.themas})
        )
    return points
