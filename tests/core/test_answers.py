"""Property: any sequence of `set` changes keeps the file valid, in norm order, and the rest intact."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from nhnorm_cli.editing.answers import Change, NewAction, set_answer, verify
from nhnorm_cli.editing.scaffold import Header, new_assessment
from nhnorm_cli.source.yamlsource import parse_document
from nhnorm_cli.versions.norms import load_norm

NORM = load_norm("1.0")
IDS = NORM.requirement_ids
FRESH = new_assessment(NORM, Header("Gemeente Proef", "gemeente", 2025, date(2025, 1, 1), "x.json"))
HAND = (
    '# eigen kop\nnorm: "1.0"\norganisatie:\n  naam: Gemeente Proef\n  soort: gemeente\n'
    "jaar: 2025\npeildatum: 2025-01-01\nstatus: concept\nantwoorden: {}  # nog leeg\n# slot\n"
)

edits = st.lists(
    st.tuples(st.sampled_from(IDS), st.sampled_from(NORM.rating_keys), st.booleans()), min_size=1, max_size=12
)


@settings(max_examples=40, deadline=None)
@given(start=st.sampled_from([FRESH, HAND]), changes=edits)
def test_edits_keep_the_file_valid_and_ordered(start: str, changes: list[tuple[str, str, bool]]) -> None:
    text, expected = start, {}
    for rid, oordeel, with_action in changes:
        toelichting = f"Uitleg bij {rid}." if oordeel == "nvt" or with_action else None
        action = NewAction(f"Actie {rid}", "Team", date(2026, 1, 1)) if with_action else None
        text = set_answer(text, NORM, rid, Change(oordeel=oordeel, toelichting=toelichting, actie=action))
        expected[rid] = oordeel
    verify(text, "proef.yaml")
    answers = parse_document(text.encode(), "proef.yaml").data["antwoorden"]
    assert list(answers) == [rid for rid in IDS if rid in expected]
    assert {rid: a["oordeel"] for rid, a in answers.items()} == expected
    if start is HAND:
        assert text.startswith("# eigen kop\n") and "# slot" in text
    else:  # every norm not answered keeps its commented-out template
        for rid in IDS:
            assert (f'  # "{rid}":\n' in text) == (rid not in expected)
