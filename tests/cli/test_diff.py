"""`nhnorm diff` end to end on generated assessments: text, JSON, Markdown, CI exit codes, usage."""

# ruff: noqa: E501  (expected terminal lines are compared whole, at 100 columns)

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Runner
from tests.factories import write_assessment

OLD = {"1.1": "voldaan", "1.2": "voldaan", "1.3": "voldaan", "1.4": "deels", "1.5": "nvt", "6.1": "niet"}
NEW = {"1.1": "voldaan", "1.2": "grotendeels", "1.3": "voldaan", "1.4": "voldaan", "6.1": "nvt"}
NEW |= {"6.2": "deels", "2.10": "niet"}
# OLD: theme 1 (9 + 1) / 12 = 83.3, theme 6 0 / 3 = 0.0, total 10 / 15 = 66.7
# NEW: theme 1 (3 + 2 + 3 + 3) / 12 = 91.7, theme 2 0 / 3 = 0.0, theme 6 1 / 3 = 33.3,
#      total 12 / 18 = 66.7
FILES = ("assessments/testdorp/2025.yaml", "assessments/testdorp/2026.yaml")


@pytest.fixture
def testdorp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_assessment(tmp_path, "testdorp", OLD, jaar=2025)
    write_assessment(tmp_path, "testdorp", NEW, jaar=2026)
    return tmp_path


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def test_text(nhnorm: Runner, testdorp: Path) -> None:
    assert _lines(nhnorm("diff", *FILES).stdout) == [
        "Gemeente Testdorp: 2025 → 2026",
        "Totaalscore: 66,7 → 66,7 (0,0)",
        "",
        "Thema                                        2025  2026  verschil",
        "─" * 68,
        "1 Bewustwording & Organisatie                83,3  91,7      +8,4  ▲",
        "2 Integriteit & Veilige Werkomgeving            –   0,0         –",
        "3 Veilige Publieke Taak                         –     –         –",
        "4 Informatiepositie & Informatiebeveiliging     –     –         –",
        "5 Beleid & Handhaving                           –     –         –",
        "6 Communicatie                                0,0  33,3     +33,3  ▲",
        "",
        "Beter (1)",
        "  ▲ 1.4   deels → voldaan        Wij benaderen ondermijningsvraagstukken zoveel mogelijk integraal.…",
        "",
        "Slechter (1)",
        "  ▼ 1.2   voldaan → grotendeels  Wij besteden periodiek en structureel aandacht aan ondermijnende c…",
        "",
        "Nieuw beoordeeld (2)",
        "  + 2.10  geen antwoord → niet   Wij nemen in de overeenkomst met ingehuurde medewerkers waarbij ge…",
        "  + 6.2   geen antwoord → deels  Wij communiceren zelf en samen met partners in het vergroten van o…",
        "",
        "Niet meer beoordeeld (1)",
        "  − 6.1   niet → nvt             Wij hebben een interne en externe communicatiestrategie gericht op…",
        "",
        "Van geen antwoord naar nvt of omgekeerd (1)",
        "  · 1.5   nvt → geen antwoord    Wij werken samen met relevante publieke- en private partners in de…",
        "",
        "Gewijzigde toelichting (4): 1.5, 2.10, 6.1, 6.2",
    ]


def test_same_file_has_no_changes(nhnorm: Runner, testdorp: Path) -> None:
    lines = _lines(nhnorm("diff", FILES[0], FILES[0]).stdout)
    assert lines[1] == "Totaalscore: 66,7 → 66,7 (0,0)"
    assert lines[-1] == "Geen wijzigingen in oordelen."


def test_json_exact(nhnorm: Runner, testdorp: Path) -> None:
    data = json.loads(nhnorm("diff", *FILES, "--format", "json").stdout)
    none = {"van": None, "naar": None, "verschil": None}
    assert data == {
        "van": {"organisatie": "Gemeente Testdorp", "jaar": 2025, "norm": "1.0"},
        "naar": {"organisatie": "Gemeente Testdorp", "jaar": 2026, "norm": "1.0"},
        "totaal": {"van": 66.7, "naar": 66.7, "verschil": 0.0},
        "themas": [
            {"id": "1", "van": 83.3, "naar": 91.7, "verschil": 8.4},
            {"id": "2", "van": None, "naar": 0.0, "verschil": None},
            {"id": "3", **none},
            {"id": "4", **none},
            {"id": "5", **none},
            {"id": "6", "van": 0.0, "naar": 33.3, "verschil": 33.3},
        ],
        "wijzigingen": [
            {"id": "1.2", "van": "voldaan", "naar": "grotendeels", "richting": "slechter"},
            {"id": "1.4", "van": "deels", "naar": "voldaan", "richting": "beter"},
            {"id": "1.5", "van": "nvt", "naar": None, "richting": "gelijk"},
            {"id": "2.10", "van": None, "naar": "niet", "richting": "nieuw"},
            {"id": "6.1", "van": "niet", "naar": "nvt", "richting": "vervallen"},
            {"id": "6.2", "van": None, "naar": "deels", "richting": "nieuw"},
        ],
        "acties": {"toegevoegd": [], "afgerond": [], "verlopen": [], "vervallen": []},
        "toelichtingen": [
            {"id": "1.5", "van": "Deze gemeente heeft geen eigen haven.", "naar": None},
            {"id": "2.10", "van": None, "naar": "Zie het jaarplan."},
            {"id": "6.1", "van": "Zie het jaarplan.", "naar": "Deze gemeente heeft geen eigen haven."},
            {"id": "6.2", "van": None, "naar": "Zie het jaarplan."},
        ],
    }


def test_markdown(nhnorm: Runner, testdorp: Path) -> None:
    assert nhnorm("diff", *FILES, "--format", "md").stdout.splitlines() == [
        "### Zelfevaluatie Gemeente Testdorp: 2025 → 2026",
        "",
        "**Totaalscore:** 66,7 → 66,7 (0,0)",
        "",
        "| Thema | 2025 | 2026 | Verschil |",
        "|:--|--:|--:|--:|",
        "| 1 Bewustwording & Organisatie | 83,3 | 91,7 | ▲ +8,4 |",
        "| 2 Integriteit & Veilige Werkomgeving | – | 0,0 | – |",
        "| 3 Veilige Publieke Taak | – | – | – |",
        "| 4 Informatiepositie & Informatiebeveiliging | – | – | – |",
        "| 5 Beleid & Handhaving | – | – | – |",
        "| 6 Communicatie | 0,0 | 33,3 | ▲ +33,3 |",
        "| **Totaal** | **66,7** | **66,7** | **0,0** |",
        "",
        "#### Beter (1)",
        "",
        "- ▲ **1.4** deels → voldaan: Wij benaderen ondermijningsvraagstukken zoveel mogelijk integraal. Alle …",
        "",
        "#### Slechter (1)",
        "",
        "- ▼ **1.2** voldaan → grotendeels: Wij besteden periodiek en structureel aandacht aan ondermijnende "
        "criminaliteit …",
        "",
        "#### Nieuw beoordeeld (2)",
        "",
        "- \\+ **2.10** geen antwoord → niet: Wij nemen in de overeenkomst met ingehuurde medewerkers waarbij "
        "geen eed- en …",
        "- \\+ **6.2** geen antwoord → deels: Wij communiceren zelf en samen met partners in het vergroten van "
        "onze …",
        "",
        "#### Niet meer beoordeeld (1)",
        "",
        "- − **6.1** niet → nvt: Wij hebben een interne en externe communicatiestrategie gericht op de …",
        "",
        "#### Van geen antwoord naar nvt of omgekeerd (1)",
        "",
        "- · **1.5** nvt → geen antwoord: Wij werken samen met relevante publieke- en private partners in de "
        "aanpak van …",
        "",
        "<details>",
        "<summary>Gewijzigde toelichting (4 normen)</summary>",
        "",
        "**1.5**",
        "",
        "- was: Deze gemeente heeft geen eigen haven.",
        "- nu: _geen_",
        "",
        "**2.10**",
        "",
        "- was: _geen_",
        "- nu: Zie het jaarplan.",
        "",
        "**6.1**",
        "",
        "- was: Zie het jaarplan.",
        "- nu: Deze gemeente heeft geen eigen haven.",
        "",
        "**6.2**",
        "",
        "- was: _geen_",
        "- nu: Zie het jaarplan.",
        "",
        "</details>",
    ]


def test_markdown_escapes_untrusted_names(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    naam = "Gemeente <img src=x> | `rm` *vet* [link](http://x)\\"
    write_assessment(tmp_path, "kwaad", {"1.1": "deels"}, naam=naam, jaar=2025)
    write_assessment(tmp_path, "kwaad", {"1.1": "voldaan"}, naam=naam, jaar=2026)
    heading = nhnorm("diff", "--from", "2025", "--format", "md").stdout.splitlines()[0]
    assert heading == (
        "### Zelfevaluatie Gemeente &lt;img src=x&gt; \\| \\`rm\\` \\*vet\\* \\[link\\](http://x)\\\\: "
        "2025 → 2026"
    )


def test_fail_on_regression(nhnorm: Runner, testdorp: Path) -> None:
    result = nhnorm("diff", *FILES, "--fail-on-regression", "--format", "json", expect=1)
    assert json.loads(result.stdout)["totaal"]["verschil"] == 0.0  # the output is still complete
    assert result.stderr.strip() == "nhnorm: achteruitgang: 1 norm lager beoordeeld (1.2)"
    nhnorm("diff", *FILES)  # without the flag a regression is no failure


def test_no_regression_passes(nhnorm: Runner, testdorp: Path) -> None:
    write_assessment(testdorp, "testdorp", OLD | {"1.4": "voldaan", "2.1": "voldaan"}, jaar=2027)
    result = nhnorm("diff", "--from", "2025", "--to", "2027", "--fail-on-regression")
    assert result.stderr == ""


def test_lower_total_is_a_regression(nhnorm: Runner, testdorp: Path) -> None:
    # Only a new answer, niet: no norm is worse, but the total goes 66,7 -> 10 / 18 = 55,6.
    write_assessment(testdorp, "testdorp", OLD | {"2.1": "niet"}, jaar=2027)
    result = nhnorm("diff", "--from", "2025", "--to", "2027", "--fail-on-regression", expect=1)
    assert result.stderr.strip() == "nhnorm: achteruitgang: totaalscore 66,7 → 55,6"


def test_to_alone_compares_with_the_year_before(nhnorm: Runner, testdorp: Path) -> None:
    assert nhnorm("diff", "--to", "2026").stdout.splitlines()[0] == "Gemeente Testdorp: 2025 → 2026"
    assert nhnorm("diff", "--from", "2025").stdout.splitlines()[0] == "Gemeente Testdorp: 2025 → 2026"


def test_missing_year_names_the_option(nhnorm: Runner, testdorp: Path) -> None:
    result = nhnorm("diff", "--from", "2026", expect=2)
    assert result.stderr.strip() == (
        "nhnorm: fout GEEN-SELECTIE: geen zelfevaluatie gevonden voor --to 2027; "
        "er zijn zelfevaluaties voor 2025, 2026"
    )
    result = nhnorm("diff", "--from", "2025", "--org", "niemand", expect=2)
    assert result.stderr.strip() == (
        "nhnorm: fout GEEN-SELECTIE: geen zelfevaluatie gevonden voor --from 2025 --org niemand"
    )


def test_several_organisations_need_org(nhnorm: Runner, testdorp: Path) -> None:
    write_assessment(testdorp, "anderdorp", {"1.1": "niet"}, naam="Gemeente Anderdorp", jaar=2025)
    write_assessment(testdorp, "anderdorp", {"1.1": "deels"}, naam="Gemeente Anderdorp", jaar=2026)
    result = nhnorm("diff", "--from", "2025", "--to", "2026", expect=2)
    assert result.stderr.strip() == (
        "nhnorm: fout MEERDERE-ORGANISATIES: meerdere organisaties gevonden (anderdorp, testdorp); "
        "kies er een met --org"
    )
    chosen = nhnorm("diff", "--from", "2025", "--to", "2026", "--org", "anderdorp", "--format", "json")
    assert json.loads(chosen.stdout)["wijzigingen"] == [
        {"id": "1.1", "van": "niet", "naar": "deels", "richting": "beter"}
    ]


def test_different_organisations_are_refused(nhnorm: Runner, testdorp: Path) -> None:
    other = write_assessment(testdorp, "anderdorp", {"1.1": "niet"}, naam="Gemeente Anderdorp", jaar=2026)
    result = nhnorm("diff", FILES[0], str(other.relative_to(testdorp)), expect=2)
    assert result.stderr.strip() == (
        "nhnorm: fout ANDERE-ORGANISATIE: assessments/testdorp/2025.yaml (Gemeente Testdorp) en "
        "assessments/anderdorp/2026.yaml (Gemeente Anderdorp) gaan over verschillende organisaties; "
        "vergelijk twee jaren van dezelfde organisatie"
    )


def test_same_cbs_code_is_the_same_organisation(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    old = write_assessment(tmp_path, "a", {"1.1": "niet"}, naam="Gemeente Oud", code="GM0001", jaar=2025)
    new = write_assessment(tmp_path, "a", {"1.1": "deels"}, naam="Gemeente Nieuw", code="GM0001", jaar=2026)
    nhnorm("diff", str(old), str(new))
    other = write_assessment(tmp_path, "b", {"1.1": "deels"}, naam="Gemeente Oud", code="GM0002", jaar=2026)
    assert "ANDERE-ORGANISATIE" in nhnorm("diff", str(old), str(other), expect=2).stderr


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ((FILES[0],), "DIFF-ARGUMENTEN"),
        ((FILES[0], FILES[1], FILES[0]), "DIFF-ARGUMENTEN"),
        ((FILES[0], "nergens.yaml"), "PAD-BESTAAT-NIET"),
        (("--from", "2019"), "GEEN-SELECTIE"),
        (("--from", "2025", "--org", "niemand"), "GEEN-SELECTIE"),
    ],
)
def test_usage_errors(nhnorm: Runner, testdorp: Path, args: tuple[str, ...], code: str) -> None:
    result = nhnorm("diff", *args, expect=2)
    assert result.stdout == ""
    assert result.stderr.startswith(f"nhnorm: fout {code}: ")


def test_invalid_file_exits_1(nhnorm: Runner, testdorp: Path) -> None:
    path = testdorp / FILES[1]
    path.write_text(path.read_text(encoding="utf-8").replace('"1.2"', '"1.99"'), encoding="utf-8")
    result = nhnorm("diff", *FILES, expect=1)
    assert "assessments/testdorp/2026.yaml:" in result.stderr and "ONBEKEND-ID" in result.stderr


def test_examples(nhnorm: Runner, repo: Path) -> None:
    data = json.loads(nhnorm("diff", "--from", "2025", "--to", "2026", "--format", "json").stdout)
    assert (data["van"]["jaar"], data["naar"]["jaar"]) == (2025, 2026)
    assert all(c["van"] != c["naar"] for c in data["wijzigingen"])


def test_actions_followed_up(nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Added, completed, overdue and dropped actions in text, JSON and Markdown; a changed
    toelichting that tries to close the <details> block stays text."""
    from datetime import date

    from tests.factories import action, bare_answer, write_year

    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "assessments"
    write_year(
        folder,
        {
            "1.1": bare_answer(
                "deels", toelichting="Oud", acties=[action("Plan maken", gereed=date(2025, 6, 1))]
            ),
            "1.2": bare_answer("niet", acties=[action("Budget regelen"), action("Vergeten actie")]),
        },
        jaar=2025,
    )
    write_year(
        folder,
        {
            "1.1": bare_answer(
                "voldaan",
                toelichting="Nieuw </details> <script>x</script>",
                acties=[action("Plan maken", gereed=date(2025, 6, 1), afgerond=True)],
            ),
            "1.2": bare_answer(
                "deels",
                acties=[
                    action("Budget regelen", gereed=date(2026, 1, 15)),
                    {"omschrijving": "Training geven", "gereed": date(2026, 9, 1), "prioriteit": "hoog"},
                ],
            ),
        },
        jaar=2026,
    )
    data = json.loads(nhnorm("diff", "--from", "2025", "--to", "2026", "--format", "json").stdout)
    assert data["acties"] == {
        "toegevoegd": [
            {"norm": "1.2", "omschrijving": "Training geven", "gereed": "2026-09-01", "prioriteit": "hoog"}
        ],
        "afgerond": [
            {"norm": "1.1", "omschrijving": "Plan maken", "gereed": "2025-06-01", "prioriteit": None}
        ],
        "verlopen": [
            {"norm": "1.2", "omschrijving": "Budget regelen", "gereed": "2026-01-15", "prioriteit": None}
        ],
        "vervallen": [{"norm": "1.2", "omschrijving": "Vergeten actie", "gereed": None, "prioriteit": None}],
    }
    text = _lines(nhnorm("diff", "--from", "2025", "--to", "2026").stdout)
    assert "  + 1.2  Training geven (streefdatum 1 september 2026, prioriteit hoog)" in text
    assert "  ✓ 1.1  Plan maken (streefdatum 1 juni 2025)" in text
    assert "  ! 1.2  Budget regelen (streefdatum 15 januari 2026)" in text
    assert "  − 1.2  Vergeten actie" in text
    md = nhnorm("diff", "--from", "2025", "--to", "2026", "--format", "md").stdout
    assert "#### Afgeronde acties (1)\n\n- ✓ **1.1** Plan maken (streefdatum 1 juni 2025)" in md
    assert md.count("</details>") == 1 and "<script>" not in md
    assert "- nu: Nieuw &lt;/details&gt; &lt;script&gt;x&lt;/script&gt;" in md


def test_a_long_action_wraps_under_its_text(nhnorm: Runner, repo: Path) -> None:
    # at 100 columns many example actions need two lines; the second starts under the text
    lines = _lines(nhnorm("diff", "--from", "2025", "--to", "2026").stdout)
    start = lines.index("Afgeronde acties (15)")
    section = lines[start + 1 : lines.index("", start)]
    assert section[:2] == [
        "  ✓ 1.2   Ondermijning en weerbaarheid als vast kwartaalagendapunt opnemen in het directieoverleg",
        "          (streefdatum 30 september 2025)",
    ]
    assert all(line.startswith(("  ✓ ", "          ")) and len(line) <= 100 for line in section)


def test_diff_markdown_mentions_nobody(repo: Path, nhnorm: Runner) -> None:
    """`diff -f md` is posted as a pull-request comment; "@team" there would notify the team."""
    nhnorm("set", "--year", "2026", "1.2", "deels", "--actie", "Met @beveiliging en @org/ciso afstemmen")
    md = nhnorm("diff", "--from", "2025", "--to", "2026", "--format", "md").stdout
    assert "Met @\u200bbeveiliging en @\u200borg/ciso afstemmen" in md
    assert "@beveiliging" not in md and "@org" not in md
