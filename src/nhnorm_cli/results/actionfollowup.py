"""Pure: how the actions and explanations of an organisation moved from one year to the next.

Actions carry no id; `init --from` copies open actions with their omschrijving, so an action is
the same one when its norm and omschrijving (trimmed) match."""

from __future__ import annotations

from collections.abc import Iterator

from nhnorm_cli.models.assessment import Action, Assessment
from nhnorm_cli.models.results import ActionChange, ActionChanges, TextChange

Key = tuple[str, str]


def _actions(assessment: Assessment) -> Iterator[tuple[Key, Action]]:
    for rid, answer in assessment.antwoorden.items():
        for action in answer.acties:
            yield (rid, action.omschrijving.strip()), action


def _change(key: Key, action: Action) -> ActionChange:
    return ActionChange(
        norm=key[0], omschrijving=action.omschrijving, gereed=action.gereed, prioriteit=action.prioriteit
    )


def action_changes(old: Assessment, new: Assessment, order: list[str]) -> ActionChanges:
    """Added, completed, overdue and dropped actions; in `order` of norm ids, then file order."""
    before = dict(_actions(old))
    after = dict(_actions(new))
    rank = {rid: i for i, rid in enumerate(order)}
    result = ActionChanges(
        toegevoegd=[_change(k, a) for k, a in after.items() if k not in before],
        afgerond=[
            _change(k, a)
            for k, a in after.items()
            if a.afgerond and (k not in before or not before[k].afgerond)
        ],
        verlopen=[
            _change(k, a)
            for k, a in after.items()
            if not a.afgerond and a.gereed is not None and a.gereed < new.peildatum
        ],
        vervallen=[_change(k, a) for k, a in before.items() if k not in after and not a.afgerond],
    )
    for changes in (result.toegevoegd, result.afgerond, result.verlopen, result.vervallen):
        changes.sort(key=lambda c: rank.get(c.norm, len(rank)))  # stable: file order within a norm
    return result


def explanation_changes(old: Assessment, new: Assessment, order: list[str]) -> list[TextChange]:
    """Norms whose toelichting differs (ignoring surrounding whitespace), in `order`."""
    ids = [*order, *sorted({*old.antwoorden, *new.antwoorden} - set(order))]
    changes = []
    for rid in ids:
        van, naar = _explanation(old, rid), _explanation(new, rid)
        if (van or "").strip() != (naar or "").strip():
            changes.append(TextChange(id=rid, van=van, naar=naar))
    return changes


def _explanation(assessment: Assessment, rid: str) -> str | None:
    answer = assessment.antwoorden.get(rid)
    return answer.toelichting if answer is not None else None
