"""The text of a new assessment: every norm in order, its statement as a comment above its answer.

Unanswered norms are written as commented-out templates (`# "1.1":` / `#   oordeel:`). An answer
without an oordeel is an error (GEEN-OORDEEL) while an unanswered norm is fine in a concept, so a
fresh file validates as it is; `nhnorm set`/`fill` (answers.py), and an advisor editing by hand,
turn a template into an answer by removing its `# `, so every answer lands in norm order under its
own statement.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from nhnorm_cli.editing.notes import Notes
from nhnorm_cli.errors import NhnormError
from nhnorm_cli.models.norm import Norm, Requirement
from nhnorm_cli.source.yamlsource import KEEP_LINES, dump_roundtrip, load_roundtrip, parse_document

INDENT = 2
WIDTH = 100
EMPTY_ANSWERS = "antwoorden: {}"
EMPTY_HINT = "# Nog geen antwoorden. Vult u er met de hand een in, haal dan ook {} hieronder weg."
_PLAIN = re.compile(r"[A-Za-zÀ-ÿ][\w À-ÿ.,'()/-]*")
_RESERVED = {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"}


@dataclass(frozen=True)
class Header:
    """The top of a new assessment: who, which year, and where its schema is."""

    naam: str
    soort: str
    jaar: int
    peildatum: date
    schema: str  # modeline target, relative to the new file
    code: str | None = None
    riec: str | None = None
    bron: str | None = None  # the previous year's file the answers came from


def new_assessment(
    norm: Norm, header: Header, carried: dict[str, str] | None = None, notes: Notes | None = None
) -> str:
    """The whole file; `carried` maps a norm id to the YAML body of its carried-over answer, and
    `notes` holds last year's own comments between answers, put back next to the same norms."""
    carried = carried or {}
    notes = notes or Notes()
    parts = [_comment_header(norm, header), _top(norm, header)]
    if carried:
        parts.append("antwoorden:\n")
    else:
        parts.append(f"{EMPTY_HINT}\n{EMPTY_ANSWERS}\n")
    for theme in norm.themas:
        parts.append(f"\n{' ' * INDENT}# {theme.id}. {theme.titel}\n")
        for requirement in theme.normen:
            rid = requirement.id
            block = norm_block(requirement, carried.get(rid), above=notes.above.get(rid, ()))
            parts.append("\n" + block + "".join(f"{line}\n" for line in notes.below.get(rid, ())))
    parts += [f"{line}\n" for line in notes.end]
    return "".join(parts)


def generated_lines(norm: Norm) -> set[str]:
    """Every comment line nhnorm writes in the answers part, stripped (see notes.py)."""
    lines = {f"# {theme.id}. {theme.titel}" for theme in norm.themas} | {EMPTY_HINT}
    for requirement in norm.requirements:
        lines.update(line.strip() for line in norm_block(requirement).splitlines())
    return lines


def norm_block(
    requirement: Requirement, answer: str | None = None, indent: int = INDENT, above: Sequence[str] = ()
) -> str:
    """One norm: its statement as comment lines, then (after the comments `above`, as written)
    its answer or a commented-out template."""
    pad = " " * indent
    lead = " " * (len(requirement.id) + 1)
    statement = textwrap.wrap(
        f"{requirement.id} {requirement.tekst}", WIDTH - indent - 2, subsequent_indent=lead
    )
    lines = [f"{pad}# {line}" for line in statement] + list(above)
    if answer is None:
        lines += [f'{pad}# "{requirement.id}":', f"{pad}#   oordeel:", f"{pad}#   toelichting:"]
    else:
        lines.append(f'{pad}"{requirement.id}":')
        lines += [f"{pad}{pad}{line}" if line else "" for line in answer.splitlines()]
    return "\n".join(lines) + "\n"


def carry_over(previous: str, norm: Norm, renamed: dict[str, str] | None = None) -> dict[str, str]:
    """Last year's answers as YAML bodies: comments inside an answer kept, completed actions
    dropped, answers to ids the norm no longer has left out. With `renamed` (old id -> new id,
    from a mapping between norm versions) only those answers move, under their new id."""
    data = load_roundtrip(previous)
    answers = data.get("antwoorden") if isinstance(data, dict) else None
    result: dict[str, str] = {}
    for key, answer in (answers or {}).items():
        target = str(key) if renamed is None else renamed.get(str(key))
        if target is None or norm.requirement(target) is None or not isinstance(answer, dict):
            continue
        _drop_completed(answer)
        if renamed is not None:
            _rename_components(answer, str(key), target, norm)
        result[target] = _without_trailing_comments(dump_roundtrip(answer, width=KEEP_LINES))
    return result


def _rename_components(answer: Any, old_id: str, new_id: str, norm: Norm) -> None:
    """Onderdeel answers follow their norm to its new id; those the new version lacks are dropped."""
    components = answer.get("onderdelen")
    if not isinstance(components, dict):
        return
    for key in list(components):
        value = components.pop(key)
        moved = new_id + str(key)[len(old_id) :] if str(key).startswith(old_id + ".") else str(key)
        found = norm.component(moved)
        if found is not None and found[0].id == new_id:
            components[moved] = value
    if not components:
        del answer["onderdelen"]


def _drop_completed(answer: Any) -> None:
    actions = answer.get("acties")
    if not isinstance(actions, list):
        return
    for index in reversed(range(len(actions))):
        action = actions[index]
        if isinstance(action, dict) and action.get("afgerond") is True:
            del actions[index]
    if not actions:
        del answer["acties"]


def _without_trailing_comments(body: str) -> str:
    """ruamel hangs the comments *after* an answer (the next norm's heading) on its last value."""
    lines = body.rstrip("\n").split("\n")
    while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith("#")):
        lines.pop()
    stripped = "\n".join(lines) + "\n"
    try:  # a block scalar may end in a line starting with '#': then it was text, not a comment
        if parse_document(stripped.encode(), "").data == parse_document(body.encode(), "").data:
            return stripped
    except NhnormError:
        pass
    return body


def _comment_header(norm: Norm, header: Header) -> str:
    lines = [
        f"yaml-language-server: $schema={header.schema}",
        "",
        f"Zelfevaluatie {norm.titel} {header.jaar}: {header.naam}",
        "Aangemaakt met nhnorm init"
        + (f"; de antwoorden zijn overgenomen uit {header.bron}." if header.bron else "."),
    ]
    if header.bron:
        lines.append(
            f"Loop elk antwoord na: klopt het nog voor {header.jaar}? Afgeronde acties zijn weggelaten."
        )
    lines += [
        "",
        "Invullen zonder YAML te bewerken: `nhnorm fill` (vraagt norm voor norm) of",
        '`nhnorm set 1.1 voldaan --toelichting "..."`. Met de hand: haal bij een norm het "# " weg',
        'voor "x.y":, oordeel: en toelichting: en vul ze in.',
        f"Oordelen: {', '.join(norm.rating_keys)} (bij nvt hoort een toelichting).",
        "Controleer met `nhnorm validate`. Zet status op vastgesteld zodra de interne driehoek de",
        "zelfevaluatie heeft vastgesteld; dan heeft elke norm een antwoord nodig.",
    ]
    return "".join(f"# {line}\n" if line else "#\n" for line in lines) + "\n"


def _top(norm: Norm, header: Header) -> str:
    lines = [f'norm: "{norm.versie}"', "organisatie:", f"  naam: {quote(header.naam)}"]
    lines.append(f"  soort: {header.soort}")
    if header.code:
        lines.append(f"  code: {header.code}")
    if header.riec:
        lines.append(f"  riec: {quote(header.riec)}")
    lines += [f"jaar: {header.jaar}", f"peildatum: {header.peildatum.isoformat()}", "status: concept"]
    return "\n".join(lines) + "\n"


def quote(text: str) -> str:
    """Plain when YAML reads it back as the same text, otherwise double-quoted."""
    if _PLAIN.fullmatch(text) and text.lower() not in _RESERVED and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)
