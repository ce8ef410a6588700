"""The toelichting of a norm as it reads in the source: each enumeration back after the sentence
that introduces it, so no paragraph ends in a colon with nothing after it.

The norm file keeps the enumerations apart (in `onderdelen`) and leaves the introducing sentence
in the toelichting ("Van die bewustwording maakt deel uit:"). A run of onderdelen of the same kind
(required, kan-bepaling, voorbeeld) is one enumeration; the k-th paragraph ending in a colon takes
the k-th run (5.5 has two: the required decisions, then the kan-bepalingen). Should a later norm
version not line up so, the enumerations follow the last such paragraph, in order."""

from __future__ import annotations

from itertools import groupby

from nhnorm_cli.models.norm import Component, Requirement


def enumerations(requirement: Requirement) -> list[list[Component]]:
    """The onderdelen as the lists of the source: consecutive onderdelen of one kind."""
    return [list(run) for _, run in groupby(requirement.onderdelen, key=lambda c: c.aard)]


def markdown_list(components: list[Component]) -> str:
    """An enumeration as a Markdown list (OSCAL prose is Markdown), sub-items indented."""
    lines: list[str] = []
    for component in components:
        lines.append(f"- {component.tekst}")
        lines += [f"  - {item}" for item in component.items]
    return "\n".join(lines)


def toelichting_with_lists(requirement: Requirement) -> str:
    """The toelichting with its enumerations in place; "" when the norm has neither."""
    paragraphs = requirement.toelichting.split("\n\n") if requirement.toelichting else []
    runs = [markdown_list(run) for run in enumerations(requirement)]
    if not runs:
        return "\n\n".join(paragraphs)
    leads = [i for i, p in enumerate(paragraphs) if p.rstrip().endswith(":")]
    placed: dict[int, list[str]] = {}
    if len(leads) == len(runs):
        placed = {i: [run] for i, run in zip(leads, runs, strict=True)}
    else:
        placed = {leads[-1] if leads else len(paragraphs) - 1: runs}
    out: list[str] = []
    for i, paragraph in enumerate(paragraphs):
        out.append(paragraph)
        out += placed.get(i, [])
    if not paragraphs:
        out = runs
    return "\n\n".join(out)
