"""Pure: a diff as a public output shows it (`diff --public`, SPEC §7), and which texts of the two
files it prints, for the removal notice.

The comparison itself is made on the full files, so an action is still matched by its own text;
only what the diff prints goes through the public view: the organisation's name, the actions
since last year and the changed toelichtingen. A text of a vertrouwelijk answer shows as
[vertrouwelijk]; a toelichting change that is vertrouwelijk on both sides is left out."""

from __future__ import annotations

from nhnorm_cli.models.assessment import Assessment
from nhnorm_cli.models.results import ActionChange, ActionChanges, DiffResult, TextChange
from nhnorm_cli.public.fields import Fields
from nhnorm_cli.public.publictext import Path_
from nhnorm_cli.public.view import PUBLIC

CONFIDENTIAL = "[vertrouwelijk]"
# What a diff prints of each file (public/view.py Field names).
PUBLIC_FIELDS: Fields = frozenset({"organisatie", "toelichting", "acties"})


def public_diff(result: DiffResult, old: Assessment, new: Assessment) -> DiffResult:
    """`result` with every printed text as the public view shows it."""
    acties = result.acties
    return result.model_copy(
        update={
            "van": result.van.model_copy(update={"organisatie": PUBLIC.text(result.van.organisatie)}),
            "naar": result.naar.model_copy(update={"organisatie": PUBLIC.text(result.naar.organisatie)}),
            "acties": ActionChanges(
                toegevoegd=[_action(a, new) for a in acties.toegevoegd],
                afgerond=[_action(a, new) for a in acties.afgerond],
                verlopen=[_action(a, new) for a in acties.verlopen],
                vervallen=[_action(a, old) for a in acties.vervallen],
            ),
            "toelichtingen": [
                shown
                for change in result.toelichtingen
                if (shown := _explanation(change, old, new)) is not None
            ],
        }
    )


def printed_paths(result: DiffResult, assessment: Assessment, *, is_new: bool) -> set[Path_]:
    """The paths of the texts of one side's file that the (unredacted) diff prints."""
    paths: set[Path_] = {("organisatie", "naam")}
    for change in result.toelichtingen:
        if (change.naar if is_new else change.van) is not None:
            paths.add(("antwoorden", change.id, "toelichting"))
    acties = result.acties
    printed = [*acties.toegevoegd, *acties.afgerond, *acties.verlopen] if is_new else acties.vervallen
    for action in printed:
        answer = assessment.antwoorden.get(action.norm)
        for i, own in enumerate(answer.acties if answer else []):
            if own.omschrijving == action.omschrijving:
                paths.add(("antwoorden", action.norm, "acties", i, "omschrijving"))
    return paths


def _hidden(assessment: Assessment, requirement_id: str) -> bool:
    answer = assessment.antwoorden.get(requirement_id)
    return answer is not None and answer.vertrouwelijk


def _action(action: ActionChange, assessment: Assessment) -> ActionChange:
    text = CONFIDENTIAL if _hidden(assessment, action.norm) else PUBLIC.text(action.omschrijving)
    return action.model_copy(update={"omschrijving": text})


def _explanation(change: TextChange, old: Assessment, new: Assessment) -> TextChange | None:
    old_hidden, new_hidden = _hidden(old, change.id), _hidden(new, change.id)
    if old_hidden and new_hidden:
        return None
    van = CONFIDENTIAL if old_hidden and change.van else change.van and PUBLIC.text(change.van)
    naar = CONFIDENTIAL if new_hidden and change.naar else change.naar and PUBLIC.text(change.naar)
    return change.model_copy(update={"van": van, "naar": naar})
