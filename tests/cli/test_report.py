"""`nhnorm report`: golden reports of the examples, plus targeted checks on generated data."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from nhnorm_cli.source.yamlsource import read_document
from tests.conftest import Golden, Runner
from tests.factories import action, bare_answer, uniform, write_year


def normalise(text: str) -> str:
    """Replace what changes between runs: nhnorm's version and the generation date."""
    text = re.sub(r"nhnorm \d+\.\d+\S*? op \d{1,2} [a-z]+ \d{4}", "nhnorm <versie> op <datum>", text)
    return re.sub(r'content="nhnorm [^"]+"', 'content="nhnorm <versie>"', text)


@pytest.mark.parametrize(
    ("golden_name", "args"),
    [
        ("report_zeedorp_2025.md", ["--year", "2025"]),
        ("report_zeedorp_2026.html", ["--year", "2026", "--format", "html"]),
        ("report_zeedorp_2026_public.md", ["--year", "2026", "--public"]),
    ],
)
def test_golden_reports(
    repo: Path, nhnorm: Runner, golden: Golden, golden_name: str, args: list[str]
) -> None:
    golden(golden_name, normalise(nhnorm("report", *args).stdout))


@pytest.mark.parametrize("args", [[], ["--public"], ["--format", "html"]])
def test_an_onderdeel_lists_its_items(repo: Path, nhnorm: Runner, args: list[str]) -> None:
    # 5.2.a ends in "voor"; what it is for are the items under it in the norm
    out = nhnorm("report", "--year", "2026", *args).stdout
    assert (
        "Exploitatievergunningstelsel met eis ‘niet in enig opzicht van slecht levensgedrag zijn’ voor: "
        "(Horeca-)inrichtingen zowel commercieel als paracommercieel; Seks- en escortbedrijven; "
        "Coffeeshops; Evenementen; Shisha lounge; Speelautomatenhallen/ kansspelautomaten"
    ) in out


def test_2026_is_compared_with_2025(repo: Path, nhnorm: Runner) -> None:
    md = nhnorm("report", "--year", "2026").stdout
    assert "Totaalscore: **65,1** (2025 → 2026: 58,5 → 65,1, verschil +6,6)." in md
    assert "| 3. Veilige Publieke Taak | 63,3 | 66,7 | −3,4 |" in md
    html = nhnorm("report", "--year", "2026", "--format", "html").stdout
    assert "58,5 → 65,1" in html


def _confidential_and_owners(path: Path) -> tuple[list[str], list[str]]:
    data = read_document(path).data
    secret = [
        text
        for a in data["antwoorden"].values()
        if a.get("vertrouwelijk")
        for text in [
            a.get("toelichting"),
            *a.get("bewijs", []),
            *(x["omschrijving"] for x in a.get("acties", [])),
        ]
        if text
    ]
    owners = [
        x["eigenaar"] for a in data["antwoorden"].values() for x in a.get("acties", []) if x.get("eigenaar")
    ]
    return secret, owners


@pytest.mark.parametrize("output_format", ["md", "html"])
@pytest.mark.parametrize("year", [2025, 2026])
def test_public_report_of_the_examples_leaves_out_confidential_text_and_owners(
    repo: Path, nhnorm: Runner, year: int, output_format: str
) -> None:
    secret, owners = _confidential_and_owners(repo / "assessments" / "zeedorp" / f"{year}.yaml")
    # Department names may also occur in public toelichting; people's names (initial + surname) may not.
    people = [o for o in owners if re.match(r"[A-Z]\. ", o)]
    assert secret and people  # the examples hold both, so this test can fail
    internal = nhnorm("report", "--year", year, "--format", output_format).stdout
    public = nhnorm("report", "--year", year, "--format", output_format, "--public").stdout
    plain = public.replace("&#39;", "'").replace("\\", "")
    assert all(s[:40] not in plain for s in secret)
    assert all(p not in plain for p in people)
    if output_format == "md":
        rows = [line for line in public.splitlines() if re.match(r"\| (\d+ \w+ \d{4}|–)", line)]
        assert rows and {row.rsplit("|", 2)[1].strip() for row in rows} <= {"belegd", "nog niet belegd"}
    assert any(p in internal.replace("\\", "").replace("&#39;", "'") for p in people)  # shown internally
    assert "Openbare versie" in public and "Openbare versie" not in internal
    assert "INTERN — niet openbaar" in internal and "INTERN" not in public
    assert "Toelichting en bewijs zijn vertrouwelijk en niet opgenomen in deze openbare versie." in public


def test_public_report_of_generated_data(tmp_path: Path, nhnorm: Runner) -> None:
    antwoorden = {
        "1.1": bare_answer(
            "deels",
            toelichting="Kluiscode 4321",
            bewijs=["Rapport pentest"],
            vertrouwelijk=True,
            acties=[action("Deur vervangen", eigenaar="P. Pietersen", gereed=date(2025, 6, 1))],
        ),
        "1.2": bare_answer(
            "niet",
            toelichting="Openbare uitleg",
            acties=[action("Beleid schrijven", eigenaar="K. Klaassen (jurist)")],
        ),
        "1.3": bare_answer("niet", acties=[action("Zonder eigenaar")]),
    }
    write_year(tmp_path / "a", antwoorden)
    for fmt in ("md", "html"):
        out = nhnorm("report", "--year", "2025", "--public", "--format", fmt, tmp_path / "a").stdout
        for leaked in ("Kluiscode", "pentest", "Deur vervangen", "Pietersen", "Klaassen"):
            assert leaked not in out
        assert "Openbare uitleg" in out and "Beleid schrijven" in out
        # an owner is "belegd" (as eigenaarschap is belegd in norm 1.1), never named
        assert out.count("nog niet belegd") == 1 and out.count("belegd") == 3


ATTACK = "<script>alert(1)</script>\n| pipes | in **md** `code`\n# kop"


def test_untrusted_text_is_escaped(tmp_path: Path, nhnorm: Runner) -> None:
    antwoorden = {
        "1.1": bare_answer(
            "deels",
            toelichting=ATTACK,
            bewijs=[ATTACK, "https://example.org/besluit"],
            acties=[action(ATTACK, eigenaar=ATTACK, gereed=date(2025, 6, 1))],
        ),
    }
    write_year(tmp_path / "a", antwoorden, naam="Gemeente <b>Proef</b> | dorp")
    html = nhnorm("report", "--year", "2025", "--format", "html", tmp_path / "a").stdout
    assert "<script" not in html and "<b>" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 4
    assert "https://example.org/besluit" in html and not re.search(r"(href|src)=\"?https?:", html)
    md = nhnorm("report", "--year", "2025", tmp_path / "a").stdout
    assert "<script" not in md and "<b>" not in md
    row = next(line for line in md.splitlines() if line.startswith("| – | 1 juni 2025"))
    cells = re.split(r"(?<!\\)\|", row)
    assert len(cells) == 7  # 5 cells between the outer pipes: nothing broke out of its cell
    assert (
        cells[4]
        .strip()
        .startswith("&lt;script&gt;alert(1)&lt;/script&gt;<br>\\| pipes \\| in \\*\\*md\\*\\*")
    )
    assert "\n# kop" not in md and "\\# kop" in md
    assert (
        "**Toelichting:** &lt;script&gt;alert(1)&lt;/script&gt;  \n\\| pipes \\| in \\*\\*md\\*\\* \\`code\\`"
        in md
    )


def test_overdue_actions_are_marked(tmp_path: Path, nhnorm: Runner) -> None:
    antwoorden = {
        "1.1": bare_answer("deels", acties=[action("Te laat", gereed=date(2025, 3, 1))]),
        "1.2": bare_answer("deels", acties=[action("Op tijd", gereed=date(2025, 4, 1))]),
    }
    write_year(tmp_path / "a", antwoorden, peildatum=date(2025, 3, 15))
    md = nhnorm("report", "--year", "2025", tmp_path / "a").stdout
    assert "| 1 maart 2025 **verlopen** | 1.1 | Te laat |" in md
    assert "| 1 april 2025 | 1.2 | Op tijd |" in md
    assert "- Te laat (streefdatum 1 maart 2025, **verlopen**)" in md
    html = nhnorm("report", "--year", "2025", "--format", "html", tmp_path / "a").stdout
    assert html.count('<span class="verlopen">verlopen</span>') == 2  # in the action plan and at norm 1.1


def test_dated_evidence_is_shown_and_expired_marked(tmp_path: Path, nhnorm: Runner) -> None:
    bewijs = [
        {"omschrijving": "Beleid *oud*", "datum": date(2023, 1, 10), "geldig_tot": date(2025, 3, 1)},
        {"omschrijving": "Beleid nieuw", "geldig_tot": date(2025, 3, 15), "link": "Z-1"},
        "Verslag",
    ]
    write_year(tmp_path / "a", {"2.1": bare_answer("voldaan", bewijs=bewijs)}, peildatum=date(2025, 3, 15))
    md = nhnorm("report", "--year", "2025", tmp_path / "a").stdout
    assert "- Beleid \\*oud\\* (10 januari 2023, geldig tot 1 maart 2025, **verlopen**)\n" in md
    assert "- Beleid nieuw (geldig tot 15 maart 2025; Z-1)\n- Verslag\n" in md
    html = nhnorm("report", "--year", "2025", "--format", "html", tmp_path / "a").stdout
    assert (
        '<li>Beleid *oud* <span class="zacht">(10 januari 2023, geldig tot 1 maart 2025, '
        '<span class="verlopen">verlopen</span>)</span></li>'
    ) in html
    assert "<li>Verslag</li>" in html


def test_user_templates_override_blocks(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    own = tmp_path / "huisstijl"
    own.mkdir()
    (own / "report.md.j2").write_text(
        '{% extends "nhnorm/report.md.j2" %}{% block voet %}Gemeente Zeedorp, team Veiligheid{% endblock %}\n'
    )
    (own / "base.html.j2").write_text(
        '{% extends "nhnorm/base.html.j2" %}'
        '{% block logo %}<svg role="img" aria-label="Logo Zeedorp"><title>Logo</title></svg>{% endblock %}'
        "{% block huisstijl %}:root { --accent: #005a9c; }{% endblock %}"
    )
    md = nhnorm("report", "--year", "2025", "--templates", own).stdout
    assert md.endswith("---\n\nGemeente Zeedorp, team Veiligheid\n") and "## Actieplan" in md
    html = nhnorm("report", "--year", "2025", "--format", "html", "--templates", own).stdout
    assert 'aria-label="Logo Zeedorp"' in html and "--accent: #005a9c;" in html and "Op weg naar 2027" in html


def test_html_loads_nothing_from_a_network(repo: Path, nhnorm: Runner) -> None:
    html = nhnorm("report", "--year", "2026", "--format", "html").stdout
    assert "http://" not in html and "https://" not in html
    assert not re.search(r"<(script|link|img|iframe|object)\b|url\(|@import|src=", html)
    assert '<html lang="nl">' in html and html.count("<title") == 1 + 3  # the page and three charts
    assert 'class="thema"' in html and "@page" in html and "size: A4" in html


def test_several_organisations_need_org(
    tmp_path: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_year(tmp_path / "assessments" / "noorddorp", uniform("deels"), naam="Gemeente Noorddorp")
    write_year(tmp_path / "assessments" / "zuiddorp", uniform("voldaan"), naam="Gemeente Zuiddorp")
    write_year(tmp_path / "assessments" / "zuiddorp", uniform("niet"), naam="Gemeente Zuiddorp", jaar=2024)
    monkeypatch.chdir(tmp_path)
    err = nhnorm("report", "--year", "2025", expect=2).stderr
    assert "MEERDERE-ORGANISATIES" in err and "noorddorp, zuiddorp" in err
    north = nhnorm("report", "--year", "2025", "--org", "noorddorp").stdout
    assert "Gemeente Noorddorp" in north and "Zuiddorp" not in north and "Gewijzigde oordelen" not in north
    south = nhnorm("report", "--year", "2025", "--org", "zuiddorp").stdout
    assert "Totaalscore: **100,0** (2024 → 2025: 0,0 → 100,0, verschil +100,0)." in south


def test_nothing_for_the_year_is_a_usage_error(repo: Path, nhnorm: Runner) -> None:
    assert "GEEN-SELECTIE" in nhnorm("report", "--year", "2031", expect=2).stderr


def test_output_file_is_never_overwritten_without_force(repo: Path, nhnorm: Runner) -> None:
    target = repo / "rapport.html"
    result = nhnorm("report", "--year", "2026", "--format", "html", "--output", target)
    assert result.stdout == "" and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert result.stderr == f"{target} geschreven\n"  # as overview, export and import say it
    target.write_text("eigen aantekeningen")
    assert "BESTAAT-AL" in nhnorm("report", "--year", "2026", "--output", target, expect=2).stderr
    assert target.read_text() == "eigen aantekeningen"
    nhnorm("report", "--year", "2026", "--output", target, "--force")
    assert target.read_text(encoding="utf-8").startswith("# Weerbare Overheid 2026")
    assert [p.name for p in repo.iterdir() if p.name.startswith(".")] == []  # no temp file left behind


def test_output_to_a_folder_is_a_usage_error(repo: Path, nhnorm: Runner) -> None:
    err = nhnorm("report", "--year", "2026", "--output", repo, "--force", expect=2).stderr
    assert "UITVOER-IS-MAP" in err and "rapport-2026.md" in err


def test_an_error_in_a_user_template_points_at_it(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    (tmp_path / "report.md.j2").write_text("# Rapport\n\n{% if r.jaar %}\nNooit gesloten\n", encoding="utf-8")
    err = nhnorm("report", "--year", "2026", "--templates", tmp_path, expect=1).stderr
    assert re.search(r"report\.md\.j2:\d+:1: fout SJABLOON-FOUT: fout in een rapportsjabloon: ", err)
    (tmp_path / "report.md.j2").write_text("{{ r.bestaat_niet }}\n", encoding="utf-8")
    err = nhnorm("report", "--year", "2026", "--templates", tmp_path, expect=1).stderr
    assert "SJABLOON-FOUT" in err and "bestaat_niet" in err


def test_missing_templates_folder_is_a_usage_error(repo: Path, nhnorm: Runner) -> None:
    assert (
        "PAD-BESTAAT-NIET" in nhnorm("report", "--year", "2026", "--templates", "geen-map", expect=2).stderr
    )


def test_an_empty_assessment_still_reports(tmp_path: Path, nhnorm: Runner) -> None:
    write_year(tmp_path / "a", {}, jaar=2024)
    write_year(tmp_path / "a", {}, jaar=2025)
    md = nhnorm("report", "--year", "2025", tmp_path / "a").stdout
    assert "Totaalscore: **–** (2024 → 2025: – → –, verschil –)." in md
    assert "| Nog niet beoordeeld | 47 |" in md and "### Zonder geplande actie (47)" in md
    html = nhnorm("report", "--year", "2025", "--format", "html", tmp_path / "a").stdout
    assert "Nog niet beoordeeld (47)" in html and "<polyline" not in html


def test_a_broken_other_year_costs_only_that_year(tmp_path: Path, nhnorm: Runner) -> None:
    folder = tmp_path / "assessments" / "proefdorp"
    write_year(folder, uniform("niet"), jaar=2023)
    write_year(folder, uniform("deels"), jaar=2025)
    (folder / "2024.yaml").write_text("norm: '1.0'\njaar: 2024\nantwoorden: [kapot\n", encoding="utf-8")
    write_year(tmp_path / "assessments" / "ander", uniform("voldaan"), naam="Gemeente Ander", jaar=2024)
    result = nhnorm("report", "--year", "2025", "--org", "proefdorp", tmp_path / "assessments")
    assert "(2023 → 2025: 0,0 → 33,3, verschil +33,3)" in result.stdout
    assert "| 2023 | 0,0 |" in result.stdout and "| 2024 |" not in result.stdout
    assert result.stderr.count("NIET-IN-VERGELIJKING") == 1 and "2024.yaml:1:1: waarschuwing" in result.stderr


def test_a_second_file_for_the_same_year_is_an_error(
    tmp_path: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    # report and export used to take the first of two files silently; now they name the second
    folder = tmp_path / "assessments" / "noorddorp"
    write_year(folder, uniform("deels"), naam="Gemeente Noorddorp")
    (folder / "kopie.yaml").write_text((folder / "2025.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    shown = (
        "assessments/noorddorp/kopie.yaml:1:1: fout DUBBELE-BEOORDELING: Gemeente Noorddorp heeft voor 2025 "
        "al een zelfevaluatie: assessments/noorddorp/2025.yaml"
    )
    assert shown in nhnorm("report", "--year", "2025", expect=1).stderr
    assert shown in nhnorm("export", "--year", "2025", "--output", "x.xlsx", expect=1).stderr
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.parametrize(
    "target", ["assessments/zeedorp/2026.yaml", "assessments/zeedorp/2025.yaml", "assessments/nieuw.yml"]
)
def test_report_never_writes_over_an_assessment(repo: Path, nhnorm: Runner, target: str) -> None:
    """With --force it replaced the adopted YAML with the internal report (issue 25)."""
    before = {p: p.read_bytes() for p in (repo / "assessments").rglob("*.yaml")}
    err = nhnorm("report", "--year", "2026", "--output", target, "--force", expect=2).stderr
    assert err == (
        f"nhnorm: fout UITVOER-IS-ZELFEVALUATIE: --output {target} is een zelfevaluatie; het rapport zou die "
        "vervangen (ook met --force); kies een ander bestand, bijv. rapport.md\n"
    )
    assert {p: p.read_bytes() for p in (repo / "assessments").rglob("*.yaml")} == before
    assert not (repo / "assessments" / "nieuw.yml").exists()
