"""Change one answer (or the status) in an assessment's text, keeping comments, key order and layout.

The answer's own lines go through ruamel's round trip; placement.py finds them (or makes room for a
new answer in norm order), and everything else in the file stays byte for byte as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from nhnorm_cli.check.structure import check_document
from nhnorm_cli.editing.placement import answer_span, with_entry
from nhnorm_cli.errors import NhnormError, Problem, usage_error
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.values import CBS_CODE_PATTERN
from nhnorm_cli.rules.policy import DEFAULT, Policy
from nhnorm_cli.source.yamlsource import KEEP_LINES, Document, dump_roundtrip, load_roundtrip, parse_document

_ORDER = ("oordeel", "toelichting", "bewijs", "acties", "vertrouwelijk", "onderdelen")


@dataclass(frozen=True)
class NewAction:
    omschrijving: str
    eigenaar: str | None = None
    gereed: date | None = None
    prioriteit: str | None = None  # hoog, middel, laag


@dataclass(frozen=True)
class Change:
    """What to change in one answer; None (or empty) leaves a field as it is."""

    oordeel: str | None = None
    toelichting: str | None = None
    bewijs: tuple[str | dict[str, Any], ...] = ()  # text, or a mapping with dates (evidence.py)
    actie: NewAction | None = None
    vertrouwelijk: bool | None = None
    afgerond: tuple[str, ...] = ()  # omschrijvingen of actions that are done
    onderdelen: tuple[tuple[str, str], ...] = ()  # (onderdeel id, oordeel)


def lower_case(change: Change) -> Change:
    """Oordelen are case-insensitive when typed; the file holds them in lower case."""
    return replace(
        change,
        oordeel=change.oordeel.strip().lower() if change.oordeel is not None else None,
        onderdelen=tuple((component, value.strip().lower()) for component, value in change.onderdelen),
    )


def current_answers(text: str) -> dict[str, Any]:
    """The answers as plain data (for showing them), empty when there are none."""
    data = parse_document(text.encode(), "").data
    answers = data.get("antwoorden") if isinstance(data, dict) else None
    return answers if isinstance(answers, dict) else {}


def set_status(text: str, status: str, *, op: date | None = None, door: str | None = None) -> str:
    """The text with a new status (SPEC §6). Adopting records when (default: today, or the date
    already recorded) and, when given, by whom; reopening removes both, git keeps the history."""
    data = load_roundtrip(text)
    adopted = data.get("status") == "vastgesteld"
    data["status"] = status
    if status != "vastgesteld":
        for key in ("vastgesteld_op", "vastgesteld_door"):
            data.pop(key, None)
        return dump_roundtrip(data, width=KEEP_LINES)
    keys = list(data)
    if op is not None or not adopted or "vastgesteld_op" not in data:
        _put_after(data, keys.index("status"), "vastgesteld_op", op or date.today())
    if door is not None:
        _put_after(data, list(data).index("vastgesteld_op"), "vastgesteld_door", door)
    return dump_roundtrip(data, width=KEEP_LINES)


def set_peildatum(text: str, day: date) -> str:
    """The text with another peildatum (the date the measurement refers to)."""
    data = load_roundtrip(text)
    data["peildatum"] = day
    return dump_roundtrip(data, width=KEEP_LINES)


def set_organisation(text: str, *, code: str | None = None, riec: str | None = None) -> str:
    """The text with organisatie.code and/or organisatie.riec set (kept in the model's key order)."""
    data = load_roundtrip(text)
    organisation = data["organisatie"]
    for key, value in (("code", code), ("riec", riec)):
        if value is not None:
            known = [k for k in ("naam", "soort", "code") if k in organisation and k != key]
            at = max((list(organisation).index(k) for k in known), default=-1)
            _put_after(organisation, at, key, value)
    return dump_roundtrip(data, width=KEEP_LINES)


def checked_code(code: str | None) -> str | None:
    """A CBS code as the model wants it (`gm0400` becomes GM0400); ONGELDIGE-CODE otherwise."""
    if code is None:
        return None
    wanted = code.strip().upper()
    if not CBS_CODE_PATTERN.match(wanted):
        raise usage_error("ONGELDIGE-CODE", cbs=code, voorbeeld="GM0400 (gemeente) of PV27 (provincie)")
    return wanted


def _put_after(data: Any, index: int, key: str, value: Any) -> None:
    if key in data:
        data[key] = value
    else:
        data.insert(index + 1, key, value)


def set_answer(text: str, norm: Norm, requirement_id: str, change: Change) -> str:
    """The text with the answer to `requirement_id` changed (or added in norm order).

    Only the answer's own lines go through ruamel: it hangs the comments that follow a mapping
    (the next norm's statement) on its last value, so a key appended to the whole file would land
    below them. The rest of the file is kept as it was, byte for byte."""
    text, document = with_entry(text, norm, requirement_id)
    lines = text.split("\n")
    start, end, indent = answer_span(document, lines, requirement_id)
    fragment = load_roundtrip("\n".join(_dedent(line, indent) for line in lines[start:end]) + "\n")
    answer = fragment[requirement_id]
    if not isinstance(answer, dict):
        answer = fragment[requirement_id] = type(fragment)()  # a CommentedMap, like the rest
    _apply(answer, change)
    dumped = dump_roundtrip(fragment, width=KEEP_LINES).rstrip("\n").split("\n")
    return "\n".join([*lines[:start], *(" " * indent + ln if ln else "" for ln in dumped), *lines[end:]])


def _dedent(line: str, indent: int) -> str:
    return line[indent:] if not line[:indent].strip() else line.lstrip()  # a comment at column 1


def _apply(answer: Any, change: Change) -> None:
    if change.oordeel is not None:
        _put(answer, "oordeel", change.oordeel)
    if change.toelichting is not None:
        _put(answer, "toelichting", change.toelichting)
    elif "toelichting" in answer and answer["toelichting"] is None:
        del answer["toelichting"]  # the template's empty line, left unanswered
    for item in change.bewijs:
        _add_evidence(answer, item)
    if change.actie is not None:
        _add_action(answer, change.actie)
    for done in change.afgerond:
        _action_named(answer, done)["afgerond"] = True
    if change.vertrouwelijk is True or (change.vertrouwelijk is False and "vertrouwelijk" in answer):
        _put(answer, "vertrouwelijk", change.vertrouwelijk)
    for component, oordeel in change.onderdelen:
        if not isinstance(answer.get("onderdelen"), dict):
            _put(answer, "onderdelen", {})
        answer["onderdelen"][component] = oordeel


def verify(text: str, display: str, policy: Policy = DEFAULT) -> list[Problem]:
    """The problems of the text as it would be written; raises NhnormError when it has errors."""
    return verify_document(parse_document(text.encode(), display), policy)


def verify_document(document: Document, policy: Policy = DEFAULT) -> list[Problem]:
    """As verify, for a file already parsed."""
    _, problems = check_document(document, policy)
    errors = [p for p in problems if p.is_error]
    if errors:
        raise NhnormError(*errors)
    return problems


def _put(answer: Any, key: str, value: Any) -> None:
    if key in answer or not hasattr(answer, "insert"):
        answer[key] = value
        return
    rank = _ORDER.index(key)
    position = sum(1 for k in answer if k in _ORDER and _ORDER.index(k) < rank)
    answer.insert(position, key, value)


def _add_evidence(answer: Any, item: str | dict[str, Any]) -> None:
    """Append a bewijs item; an item with the same omschrijving is replaced when the new one has
    dates (renewed evidence), and otherwise kept as it is."""
    existing = answer.get("bewijs")
    if not isinstance(existing, list):
        _put(answer, "bewijs", [item])
        return
    name = item if isinstance(item, str) else item["omschrijving"]
    for index, old in enumerate(existing):
        if (old.get("omschrijving") if isinstance(old, dict) else old) == name:
            if isinstance(item, dict) and old != item:
                existing[index] = item
            return
    existing.append(item)


def _add_action(answer: Any, action: NewAction) -> None:
    actions = answer.get("acties")
    if not isinstance(actions, list):
        actions = []
        _put(answer, "acties", actions)
        actions = answer["acties"]
    same = next(
        (a for a in actions if isinstance(a, dict) and a.get("omschrijving") == action.omschrijving), None
    )
    if same is None:
        same = {"omschrijving": action.omschrijving}
        actions.append(same)
        same = actions[-1]
    if action.eigenaar is not None:
        _put_action(same, "eigenaar", action.eigenaar)
    if action.gereed is not None:
        _put_action(same, "gereed", action.gereed)
    if action.prioriteit is not None:
        _put_action(same, "prioriteit", action.prioriteit)
    if "afgerond" not in same:
        same["afgerond"] = False


def _action_named(answer: Any, text: str) -> Any:
    """The action with this omschrijving, or the only one that contains it (case ignored)."""
    actions = [a for a in answer.get("acties") or [] if isinstance(a, dict)]
    exact = [a for a in actions if a.get("omschrijving") == text]
    loose = [a for a in actions if text.casefold() in str(a.get("omschrijving", "")).casefold()]
    found = exact or loose
    if len(found) != 1:
        names = [str(a.get("omschrijving")) for a in actions] or ["(geen)"]
        raise usage_error("ONBEKENDE-ACTIE", actie=text, acties=names)
    return found[0]


def _put_action(action: Any, key: str, value: Any) -> None:
    if key in action or not hasattr(action, "insert"):
        action[key] = value
    else:  # before `afgerond`, where a reader expects it
        order = ("omschrijving", "eigenaar", "gereed", "prioriteit", "afgerond")
        action.insert(sum(1 for k in action if k in order and order.index(k) < order.index(key)), key, value)
