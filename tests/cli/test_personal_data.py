"""PERSOONSGEGEVENS end to end: validate points at each finding, the public report prints none of
them (in every format) and names each removal, the internal report keeps them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, Runner

# Personal data in answers that are NOT vertrouwelijk, with the line:col where it starts.
PUBLIC_FINDINGS = [
    ("P. Jansen", 11, 29),
    ("06-12345678", 11, 40),
    ("p.jansen@zeedorp.nl", 11, 54),
    ("dhr. De Vries", 13, 22),
    ("mw. Bakker", 16, 35),
    ("+31 (0)20 123 4567", 23, 37),
    ("mevrouw Van den Berg", 24, 7),
    ("J.P. de Groot", 28, 21),
    ("integriteit@zeedorp.nl", 29, 16),
    ("ir. K. van der Meer", 31, 37),
    ("J. Smit", 46, 32),  # a dated bewijs item: omschrijving and link
    ("j.smit@zeedorp.nl", 48, 22),
]
# In a vertrouwelijk answer, and action owners: left out of the public report altogether.
HIDDEN = [
    "R. Geheim",
    "06-87654321",
    "r.geheim@zeedorp.nl",
    "mw. Verborgen",
    "dhr. Stil",
    "Karel Knip",
    "Sanne Schaduw",
]
NOT_PERSONAL = ["art. 2:10 Awb", "zaaknummer 2025-00123", "Team Communicatie"]


@pytest.fixture
def personal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(DATA / "personal", tmp_path / "assessments")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_validate_warns_at_each_finding(personal: Path, nhnorm: Runner) -> None:
    out = nhnorm("validate").stdout
    lines = [line for line in out.splitlines() if "PERSOONSGEGEVENS" in line]
    expected = [
        f"assessments/2025.yaml:{line}:{column}: waarschuwing PERSOONSGEGEVENS:"
        for _, line, column in PUBLIC_FINDINGS
    ]
    assert [line.split(" norm ", 1)[0] for line in lines] == expected
    for (value, _, _), line in zip(PUBLIC_FINDINGS, lines, strict=True):
        assert f'"{value}"' in line
    text = (personal / "assessments" / "2025.yaml").read_text(encoding="utf-8").splitlines()
    for value, line, column in PUBLIC_FINDINGS:
        assert text[line - 1][column - 1 :].startswith(value.replace("'", ""))
    assert "R. Geheim" not in out  # a vertrouwelijk answer never reaches a public report


@pytest.mark.parametrize(("line_break", "shift"), [("\r", 1), ("\x85", 0), ("\u2028", 0)])
def test_a_raw_line_break_in_an_earlier_value_keeps_every_position(
    personal: Path, nhnorm: Runner, line_break: str, shift: int
) -> None:
    """A lone CR (a line break, as YAML and editors count lines), NEL or LS written inside a quoted
    value before the findings: each finding at its place, also one on the last line of the file."""
    path = personal / "assessments" / "2025.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "naam: Gemeente Zeedorp", f'naam: "Gemeente{line_break}Zeedorp"'
    )
    path.write_bytes(text.replace("plan opstellen\n", "plan opstellen met mw. Bakker\n").encode())
    out = nhnorm("validate").stdout
    found = [line.split(": waarschuwing")[0] for line in out.splitlines() if "PERSOONSGEGEVENS" in line]
    expected = [(line + shift, column) for _, line, column in [*PUBLIC_FINDINGS, ("mw. Bakker", 50, 54)]]
    assert found == [f"assessments/2025.yaml:{line}:{column}" for line, column in expected]


def test_strict_makes_personal_data_an_error(personal: Path, nhnorm: Runner) -> None:
    nhnorm("validate", "--strict", expect=1)


def test_english_message(personal: Path, nhnorm: Runner) -> None:
    out = nhnorm("validate", "--lang", "en").stdout
    assert 'norm 1.1: phone number "06-12345678" would appear in the public report' in out


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_public_report_prints_no_personal_data(personal: Path, nhnorm: Runner, fmt: str) -> None:
    result = nhnorm("report", "--year", "2025", "--public", "--format", fmt)
    for value in [v for v, _, _ in PUBLIC_FINDINGS] + HIDDEN:
        assert value not in result.stdout, value
    for value in NOT_PERSONAL:
        assert value in result.stdout
    assert result.stdout.count("verwijderd") >= len(PUBLIC_FINDINGS)
    removals = [line for line in result.stderr.splitlines() if "PERSOONSGEGEVENS-VERWIJDERD" in line]
    assert [line.split(": ")[0] for line in removals] == [
        f"assessments/2025.yaml:{line}:{column}" for _, line, column in PUBLIC_FINDINGS
    ]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_internal_report_keeps_everything(personal: Path, nhnorm: Runner, fmt: str) -> None:
    result = nhnorm("report", "--year", "2025", "--format", fmt)
    for value in [
        "P. Jansen",
        "06-12345678",
        "p.jansen@zeedorp.nl",
        "R. Geheim",
        "Karel Knip",
        "Sanne Schaduw",
    ]:
        assert value in result.stdout, value
    assert "PERSOONSGEGEVENS" not in result.stderr


def test_public_word_brief_holds_no_personal_data(personal: Path, nhnorm: Runner) -> None:
    import zipfile

    public, internal = personal / "openbaar.docx", personal / "intern.docx"
    nhnorm("report", "--year", "2025", "--public", "--format", "docx", "--output", public)
    nhnorm("report", "--year", "2025", "--format", "docx", "--output", internal)

    def xml(path: Path) -> str:
        with zipfile.ZipFile(path) as archive:
            return "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))

    for value in [v for v, _, _ in PUBLIC_FINDINGS] + HIDDEN:
        assert value not in xml(public), value
    assert "Gesprek met [verwijderd] over de APV" in xml(public)
    # the brief shows actions, not every toelichting: the internal one keeps their names and owners
    for value in ["mw. Bakker", "ir. K. van der Meer", "dhr. Stil", "Karel Knip", "Sanne Schaduw"]:
        assert value in xml(internal), value


def test_negeer_silences_the_warning_but_never_the_removal(personal: Path, nhnorm: Runner) -> None:
    path = personal / "assessments" / "2025.yaml"
    text = path.read_text(encoding="utf-8").replace(
        '  "1.1":\n', '  "1.1":  # nhnorm: negeer PERSOONSGEGEVENS\n'
    )
    path.write_text(text, encoding="utf-8")
    out = nhnorm("validate").stdout
    assert "norm 1.1" not in out and "norm 1.2" in out  # only 1.1 is silenced
    result = nhnorm("report", "--year", "2025", "--public")
    assert "P. Jansen" not in result.stdout
    assert "assessments/2025.yaml:11:29: waarschuwing PERSOONSGEGEVENS-VERWIJDERD" in result.stderr


@pytest.mark.parametrize(("line_break", "shift"), [("\r", 1), ("\x85", 0), ("\u2028", 0)])
def test_negeer_after_a_raw_line_break_silences_its_own_answer(
    personal: Path, nhnorm: Runner, line_break: str, shift: int
) -> None:
    path = personal / "assessments" / "2025.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "naam: Gemeente Zeedorp", f'naam: "Gemeente{line_break}Zeedorp"'
    )
    text = text.replace('  "1.2":\n', '  # nhnorm: negeer PERSOONSGEGEVENS\n  "1.2":\n')
    path.write_bytes(text.replace('  "6.1":\n', '  "6.1":  # nhnorm: negeer GEEN-REGEL\n').encode())
    out = nhnorm("validate").stdout
    assert "norm 1.1" in out and "norm 1.2" not in out and "norm 1.3" in out
    assert f"assessments/2025.yaml:{44 + shift}:28: waarschuwing NEGEER-ONBEKEND" in out


# What each export prints: both carry toelichting, bewijs and action texts (OSCAL as remediations).
EXPORTS = {"oscal": PUBLIC_FINDINGS, "ciso-assistant": PUBLIC_FINDINGS}


@pytest.mark.parametrize("fmt", sorted(EXPORTS))
def test_public_export_holds_no_personal_data(personal: Path, nhnorm: Runner, fmt: str) -> None:
    public, internal = personal / "openbaar.out", personal / "intern.out"
    result = nhnorm("export", "--year", "2025", "--format", fmt, "--public", "-o", public)
    internal_result = nhnorm("export", "--year", "2025", "--format", fmt, "-o", internal)
    text, kept = public.read_text(encoding="utf-8"), internal.read_text(encoding="utf-8")
    for value in [v for v, _, _ in PUBLIC_FINDINGS] + HIDDEN:
        assert value not in text, value
    for value, _, _ in EXPORTS[fmt]:
        assert value in kept, value  # the internal export keeps what the public one replaced
    for value in NOT_PERSONAL:
        assert value in text
    assert text.count("[verwijderd]") >= len(EXPORTS[fmt])
    removals = [line for line in result.stderr.splitlines() if "PERSOONSGEGEVENS-VERWIJDERD" in line]
    assert removals == [
        f"assessments/2025.yaml:{line}:{column}: waarschuwing PERSOONSGEGEVENS-VERWIJDERD: "
        f"{_KIND[value]} vervangen door [verwijderd] in de openbare versie"
        for value, line, column in EXPORTS[fmt]
    ]
    assert "PERSOONSGEGEVENS" not in internal_result.stderr


_KIND = {
    value: "e-mailadres"
    if "@" in value
    else "telefoonnummer"
    if value[-1].isdigit()
    else "naam van een persoon"
    for value, _, _ in PUBLIC_FINDINGS
}


def test_public_oscal_with_replaced_link_is_valid_oscal(personal: Path, nhnorm: Runner) -> None:
    from trestle.oscal.assessment_results import AssessmentResults

    from tests.interop.test_oscal import _schema_errors

    path = personal / "openbaar.json"
    nhnorm("export", "--year", "2025", "--format", "oscal", "--public", "-o", path)
    document = json.loads(path.read_text(encoding="utf-8"))["assessment-results"]
    AssessmentResults.model_validate(document)
    assert _schema_errors("oscal_assessment-results_schema.json", path) == ""
    (memo,) = [
        o for o in document["results"][0]["observations"] if o["description"] == "Memo van [verwijderd]"
    ]
    assert memo["relevant-evidence"] == [
        {"href": "mailto:[verwijderd]", "description": "Memo van [verwijderd]"}
    ]
    assert memo["collected"] == "2025-02-01T00:00:00Z"  # the dates stay
