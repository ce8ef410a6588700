"""The province's anonymous view: RIEC groups too small to hide their members are folded together."""

from __future__ import annotations

from collections.abc import Mapping

SMALLEST_GROUP = 5  # SPEC §6: fewer counted organisations than this identify their members
OTHER = "overig"


def fold_groups(sizes: Mapping[str | None, int]) -> dict[str | None, str | None]:
    """Group -> the group it is shown as. Groups under SMALLEST_GROUP go to "overig"; when
    "overig" itself stays under it while other groups remain, the smallest of those joins too:
    a lone small "overig" would be the small group under another name."""
    shown: dict[str | None, str | None] = {group: group for group in sizes}
    folded = [group for group, size in sizes.items() if size < SMALLEST_GROUP]
    rest = sorted(
        (group for group in sizes if group not in folded), key=lambda g: (sizes[g], g is None, g or "")
    )
    total = sum(sizes[group] for group in folded)
    while folded and total < SMALLEST_GROUP and rest:
        joins = rest.pop(0)
        folded.append(joins)
        total += sizes[joins]
    for group in folded:
        shown[group] = OTHER
    return shown
