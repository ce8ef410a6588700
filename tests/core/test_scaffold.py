"""scaffold: names survive the trip into YAML, and a fresh file always validates."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from nhnorm_cli.editing.answers import verify
from nhnorm_cli.editing.scaffold import Header, new_assessment, quote
from nhnorm_cli.source.yamlsource import parse_document
from nhnorm_cli.versions.norms import load_norm

names = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip)


@given(names)
def test_quote_reads_back_as_the_same_text(name: str) -> None:
    assert parse_document(f"naam: {quote(name)}\n".encode(), "x.yaml").data == {"naam": name}


@given(naam=names, soort=st.sampled_from(["gemeente", "provincie"]), jaar=st.integers(2000, 2100))
def test_fresh_file_validates_for_any_name_and_year(naam: str, soort: str, jaar: int) -> None:
    header = Header(naam, soort, jaar, date(jaar, 1, 1), "../schemas/assessment.schema.json")
    text = new_assessment(load_norm("1.0"), header)
    # a name that reads as a person's ("Mevr. Aa") is warned about, as in any public text
    problems = verify(text, f"assessments/{jaar}.yaml")
    assert [p for p in problems if p.code != "PERSOONSGEGEVENS"] == []
    data = parse_document(text.encode(), "x").data
    assert (data["organisatie"], data["jaar"], data["antwoorden"]) == (
        {"naam": naam, "soort": soort},
        jaar,
        {},
    )
