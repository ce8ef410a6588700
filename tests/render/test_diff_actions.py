"""diff's actions line by line are exactly what rich's grid of sign, norm and text printed (issue 26:
the grid was 77 % of `diff` over 10,000 actions), at any width, with and without colour."""

from __future__ import annotations

import io
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.text import Text

from nhnorm_cli.cli.safeconsole import SafeConsole
from nhnorm_cli.models.results import ActionChange
from nhnorm_cli.render.diff_text import _action_text, _actions_table, print_actions

_WORDS = st.sampled_from(
    [
        "de",
        "werkwijze",
        "vastleggen",
        "Bibob-toets",
        "team",
        "é",
        "Ω",
        "中文",
        "x" * 30,
        "a\tb",
        "\u2028",
        "[b]",
    ]
)
_TEXTS = st.lists(_WORDS, min_size=0, max_size=30).map(" ".join) | st.text(max_size=80)
_ACTIONS = st.builds(
    ActionChange,
    norm=st.sampled_from(["1.1", "2.10", "6.2", "10.1"]),
    omschrijving=_TEXTS,
    gereed=st.none() | st.just(date(2026, 6, 30)),
    prioriteit=st.none() | st.just("hoog"),
)


def _console(width: int, colour: bool) -> SafeConsole:
    return SafeConsole(
        file=io.StringIO(),
        width=width,
        force_terminal=colour,
        color_system="truecolor" if colour else None,
        no_color=not colour,
        legacy_windows=False,
    )


@settings(max_examples=300, deadline=None)
@given(
    actions=st.lists(_ACTIONS, min_size=1, max_size=6),
    width=st.integers(min_value=1, max_value=130),
    sign=st.sampled_from(["+", "✓", "!", "−"]),
    colour=st.booleans(),
)
def test_lines_are_the_grid(actions: list[ActionChange], width: int, sign: str, colour: bool) -> None:
    fast, table = _console(width, colour), _console(width, colour)
    print_actions(fast, sign, actions, "nl")
    _actions_table(table, sign, actions, [_action_text(a, "nl") for a in actions])
    assert fast.file.getvalue() == table.file.getvalue()  # type: ignore[attr-defined]


def test_a_long_action_wraps_under_its_own_text() -> None:
    console = _console(40, False)
    action = ActionChange(norm="1.1", omschrijving="een " * 12, gereed=None, prioriteit=None)
    print_actions(console, "+", [action], "nl")
    assert console.file.getvalue().splitlines() == [  # type: ignore[attr-defined]
        "  + 1.1  een een een een een een een een",  # the text's column: 31 wide, padded
        "         een een een een                ",
    ]
    assert isinstance(_action_text(action, "nl"), Text)
