"""An answer's improvement actions as an OSCAL risk with remediations: the risk is that the norm
is not (yet) met, each action a remediation (planned, or completed once afgerond) with its due
date as a milestone. OSCAL's assessment-results have no "action plan" of their own; a risk with
responses is where OSCAL tools (and a POA&M made from the results) look for one.

public=True follows the report's public mode: an action of a `vertrouwelijk` answer shows no
text, no owner is ever named, and personal data in the rest is replaced by [verwijderd]."""

from __future__ import annotations

from typing import Any

from nhnorm_cli.interop.oscal import control_title, line, prop, stable_uuid, timestamp
from nhnorm_cli.models.assessment import Action, Answer
from nhnorm_cli.models.norm import Norm, Requirement
from nhnorm_cli.personaldata import shown

HIDDEN_ACTION = "[vertrouwelijk]"


def answer_risk(
    norm: Norm, key: tuple[str, ...], requirement: Requirement, answer: Answer, public: bool
) -> dict[str, Any] | None:
    """The risk behind an answer with actions; None without actions."""
    if not answer.acties:
        return None
    rating = norm.rating(answer.oordeel)
    label = rating.label if rating else answer.oordeel
    hidden = public and answer.vertrouwelijk
    seen: dict[str, int] = {}
    remediations = []
    for action in answer.acties:
        text = HIDDEN_ACTION if hidden else shown(action.omschrijving, public)
        seen[text] = seen.get(text, 0) + 1
        remediations.append(_remediation(key, requirement.id, action, text, seen[text], public))
    done = all(a.afgerond for a in answer.acties)
    open_dates = [a.gereed for a in answer.acties if not a.afgerond and a.gereed is not None]
    risk: dict[str, Any] = {
        "uuid": stable_uuid("risk", *key, requirement.id),
        "title": f"{requirement.id} {control_title(requirement)}",
        "description": requirement.tekst,
        "statement": f"Norm {requirement.id} is beoordeeld als {label}. "
        + (
            "Alle acties zijn afgerond."
            if done
            else "De open acties moeten de organisatie aan de norm laten voldoen."
        ),
        "props": [prop("norm", requirement.id), prop("oordeel", answer.oordeel)],
        # closed once every action is done; until then the plan is open
        "status": "closed" if done else "open",
        "remediations": remediations,
    }
    if open_dates:
        risk["deadline"] = timestamp(max(open_dates))
    return risk


def _remediation(
    key: tuple[str, ...], requirement_id: str, action: Action, text: str, n: int, public: bool
) -> dict[str, Any]:
    uid = stable_uuid("remediation", *key, requirement_id, text, str(n))
    props = [prop("afgerond", "true" if action.afgerond else "false")]
    if action.prioriteit:
        props.append(prop("prioriteit", action.prioriteit))
    owner = line(action.eigenaar or "")
    if owner and not public:
        props.append(prop("eigenaar", owner))
    remediation: dict[str, Any] = {
        "uuid": uid,
        "lifecycle": "completed" if action.afgerond else "planned",
        "title": line(text) or "(geen omschrijving)",
        "description": text,
        "props": props,
    }
    if action.gereed is not None:
        remediation["tasks"] = [
            {
                "uuid": stable_uuid("task", uid, "gereed"),
                "type": "milestone",
                "title": "Gereed",
                "timing": {"on-date": {"date": timestamp(action.gereed)}},
            }
        ]
    return remediation
