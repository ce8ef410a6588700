"""What the form takes away (Change.weg) undoes what `set` adds, byte for byte; and a change made with
the version of a file that changed since is refused (BESTAND-GEWIJZIGD) without writing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nhnorm_cli.editing.answers import Change, NewAction, Removal, set_answer, verify
from nhnorm_cli.editing.scaffold import Header, new_assessment
from nhnorm_cli.editing.session import EditSession, file_version
from nhnorm_cli.errors import NhnormError
from nhnorm_cli.versions.norms import load_norm

NORM = load_norm("1.0")
FRESH = new_assessment(NORM, Header("Gemeente Proef", "gemeente", 2025, date(2025, 1, 1), "x.json"))
texts = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=30
)
names = texts.filter(lambda t: t.strip() == t and t.strip() != "")


def _answered(rid: str = "1.3") -> str:
    return set_answer(FRESH, NORM, rid, Change(oordeel="deels", bewijs=("Bestaand stuk",)))


@settings(max_examples=15, deadline=None)
@given(name=names, dated=st.booleans(), position=st.sampled_from(["bewijs", "actie"]))
def test_removing_what_was_added_gives_the_text_back(name: str, dated: bool, position: str) -> None:
    before = _answered()
    if position == "bewijs":
        item = {"omschrijving": name, "datum": date(2025, 2, 1)} if dated else name
        added = set_answer(before, NORM, "1.3", Change(bewijs=(item,)))
        if added == before:  # the same omschrijving as the existing item: nothing to take away
            return
        removed = set_answer(added, NORM, "1.3", Change(weg=Removal(bewijs=1)))
    else:
        action = NewAction(name, "Team", date(2025, 12, 31) if dated else None, "hoog")
        added = set_answer(before, NORM, "1.3", Change(actie=action))
        removed = set_answer(added, NORM, "1.3", Change(weg=Removal(actie=0)))
    assert removed == before
    verify(removed, "x.yaml")


def test_the_last_item_takes_its_key_along() -> None:
    text = set_answer(
        FRESH, NORM, "1.3", Change(oordeel="deels", toelichting="Uitleg", onderdelen=(("1.3.a", "niet"),))
    )
    text = set_answer(text, NORM, "1.3", Change(weg=Removal(toelichting=True, onderdelen=("1.3.a",))))
    assert text == set_answer(FRESH, NORM, "1.3", Change(oordeel="deels"))
    bare = _answered()
    assert (
        "bewijs"
        not in set_answer(bare, NORM, "1.3", Change(weg=Removal(bewijs=0))).split('"1.3":')[1].split("#")[0]
    )


def test_a_position_that_is_not_there_changes_nothing() -> None:
    text = _answered()
    assert set_answer(text, NORM, "1.3", Change(weg=Removal(bewijs=5, actie=0))) == text


@pytest.fixture
def session(tmp_path: Path) -> EditSession:
    path = tmp_path / "2025.yaml"
    path.write_text(FRESH, encoding="utf-8")
    return EditSession(path)


def test_a_stale_version_is_refused_and_nothing_is_written(session: EditSession) -> None:
    shown = file_version(session.path.read_text(encoding="utf-8"))
    session.answer("1.1", Change(oordeel="voldaan"), version=shown)  # the version shown: saved
    written = session.path.read_bytes()
    for change in (
        lambda: session.answer("1.2", Change(oordeel="deels"), version=shown),
        lambda: session.status("vastgesteld", version=shown),
    ):
        with pytest.raises(NhnormError) as refused:
            change()
        assert [p.code for p in refused.value.problems] == ["BESTAND-GEWIJZIGD"]
        assert session.path.read_bytes() == written
    now = file_version(written.decode("utf-8"))
    session.answer("1.2", Change(oordeel="deels"), version=now)
    assert '"1.2":\n    oordeel: deels' in session.path.read_text(encoding="utf-8")
