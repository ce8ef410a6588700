"""Whatever text an assessment holds (line breaks, spaces, any letters), the OSCAL results and the
plan inside them load in compliance-trestle's models, whose fields carry OSCAL's patterns (a title
is one line, a property value has no outer whitespace). hypothesis writes the texts."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from trestle.oscal.assessment_plan import AssessmentPlan
from trestle.oscal.assessment_results import AssessmentResults

from nhnorm_cli.interop.oscal_results import assessment_results
from tests.factories import NORM, make_assessment

TEXT = st.one_of(
    st.sampled_from([" ", "\n", " \r\n\t"]),  # blank, which a model with min_length=1 lets through
    st.text(
        alphabet=st.one_of(st.characters(exclude_categories=("Cs", "Cc")), st.sampled_from(" \n\r\t")),
        min_size=1,
        max_size=30,
    ),
)
DAY = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
ACTION = st.fixed_dictionaries(
    {"omschrijving": TEXT},
    optional={
        "eigenaar": TEXT,
        "gereed": DAY,
        "afgerond": st.booleans(),
        "prioriteit": st.sampled_from(["hoog", "laag"]),
    },
)
BEWIJS = st.one_of(
    TEXT,
    st.fixed_dictionaries({"omschrijving": TEXT}, optional={"datum": DAY, "geldig_tot": DAY, "link": TEXT}),
)
ANSWER = st.fixed_dictionaries(
    {"oordeel": st.sampled_from(["voldaan", "grotendeels", "deels", "niet", "nvt"]), "toelichting": TEXT},
    optional={
        "bewijs": st.lists(BEWIJS, max_size=3),
        "acties": st.lists(ACTION, max_size=3),
        "vertrouwelijk": st.booleans(),
        "onderdelen": st.dictionaries(
            st.sampled_from(["1.3.a", "1.3.f"]), st.sampled_from(["voldaan", "niet"])
        ),
    },
)


@settings(max_examples=150, deadline=None)
@given(naam=TEXT, answer=ANSWER, public=st.booleans())
def test_any_text_gives_valid_oscal(naam: str, answer: dict[str, Any], public: bool) -> None:
    assessment = make_assessment({"1.3": answer}, naam=naam, jaar=2026)
    document = assessment_results(NORM, assessment, datetime(2026, 4, 1, tzinfo=UTC), public=public)
    AssessmentResults.model_validate(json.loads(json.dumps(document)))
    plan = json.loads(base64.b64decode(document["back-matter"]["resources"][0]["base64"]["value"]))
    AssessmentPlan.model_validate(plan["assessment-plan"])
