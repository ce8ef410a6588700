"""`nhnorm overview` output, exactly, for three organisations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import factories
from tests.conftest import Runner

IDS = factories.IDS


@pytest.fixture
def three(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    everything = dict.fromkeys(IDS, "voldaan")
    factories.write_document(
        tmp_path, "alfa", factories.assessment("Gemeente Alfa", 2026, everything, riec="RIEC NH")
    )
    half = {rid: ("voldaan" if i % 2 == 0 else "niet") for i, rid in enumerate(IDS)}
    factories.write_document(
        tmp_path, "beta", factories.assessment("Gemeente Beta", 2026, half, riec="RIEC NH")
    )
    factories.write_document(
        tmp_path, "beta", factories.assessment("Gemeente Beta", 2025, dict.fromkeys(IDS, "niet"))
    )
    theme_6 = {"6.1": "deels", "6.2": "nvt"}
    factories.write_document(
        tmp_path, "gamma", factories.assessment("Provincie Gamma", 2026, theme_6, soort="provincie")
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_markdown(nhnorm: Runner, three: Path) -> None:
    md = nhnorm("overview", "--year", "2026", "--met-concepten", "--format", "md").stdout
    # Beta: norms 1.1, 1.3, 1.5, 2.2, … (even positions) voldaan, the others niet.
    # 6.1: Alfa voldaan (3), Beta niet (0), Gamma deels (1): 4 of 9 points -> 44,4.
    assert md == (
        "# Overzicht Noord-Hollandse Norm 1.0 — 2026\n"
        "\n"
        "Thema's: 1. Bewustwording & Organisatie; 2. Integriteit & Veilige Werkomgeving; "
        "3. Veilige Publieke Taak; 4. Informatiepositie & Informatiebeveiliging; "
        "5. Beleid & Handhaving; 6. Communicatie.\n"
        "\n"
        "De cijfers van de regio tellen alle 3 zelfevaluaties mee, ook concepten (--met-concepten).\n"
        "\n"
        "## Scores per organisatie t.o.v. 2025\n"
        "\n"
        "| Organisatie | Status | Beantwoord | 1 | 2 | 3 | 4 | 5 | 6 | Totaal | Verschil |\n"
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        "| Gemeente Alfa | concept | 47 | 100,0 | 100,0 | 100,0 | 100,0 | 100,0 | 100,0 | 100,0 | – |\n"
        "| Gemeente Beta | concept | 47 | 60,0 | 45,5 | 50,0 | 57,1 | 50,0 | 50,0 | 51,1 | +51,1 |\n"
        "| Provincie Gamma | concept | 2 | – | – | – | – | – | 33,3 | 33,3 | – |\n"
        "\n"
        "## Voortgang naar de ambitie 2027\n"
        "\n"
        "| Groep | Organisaties | Volledig voldaan | Normen voldaan | Gemiddelde score |\n"
        "| --- | ---: | ---: | ---: | ---: |\n"
        "| Alle organisaties | 3 | 1 (33,3%) | 71 van 95 (74,7%) | 61,5 |\n"
        "| RIEC NH | 2 | 1 (50,0%) | 71 van 94 (75,5%) | 75,6 |\n"
        "| (geen RIEC) | 1 | 0 (0,0%) | 0 van 1 (0,0%) | 33,3 |\n"
        "\n"
        "## Normen, moeilijkste eerst\n"
        "\n"
        "| Norm | Voldaan | Grotendeels | Deels | Niet | Beoordeeld | Nvt | Open | % voldaan | Score |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        + "".join(
            f"| {rid} | 1 | 0 | 1 | 1 | 3 | 0 | 0 | 33,3 | 44,4 |\n" if rid == "6.1" else "" for rid in IDS
        )
        + "".join(
            f"| {rid} | 1 | 0 | 0 | 1 | 2 | 0 | 1 | 50,0 | 50,0 |\n"
            for i, rid in enumerate(IDS)
            if i % 2 and rid != "6.1"
        )
        + "".join(
            # 6.2: Gamma answered nvt; the others Gamma left open.
            f"| {rid} | 2 | 0 | 0 | 0 | 2 | {int(rid == '6.2')} | {int(rid != '6.2')} | 100,0 | 100,0 |\n"
            for i, rid in enumerate(IDS)
            if i % 2 == 0
        )
    )


def test_json(nhnorm: Runner, three: Path) -> None:
    data = json.loads(nhnorm("overview", "--year", "2026", "--met-concepten", "--format", "json").stdout)
    gamma = data["organisaties"][2]
    assert gamma == {
        "slug": "gamma",
        "organisatie": "Provincie Gamma",
        "soort": "provincie",
        "riec": None,
        "status": "concept",
        "beantwoord": 2,
        "meegeteld": True,
        "totaal": {"score": 33.3, "aantal": 47, "beoordeeld": 1, "voldaan": 0, "nvt": 1, "open": 45},
        "vorig": None,
        "verschil": None,
        "themas": [{"id": str(i), "score": None, "vorig": None, "verschil": None} for i in range(1, 6)]
        + [{"id": "6", "score": 33.3, "vorig": None, "verschil": None}],
        "volledig_voldaan": False,
    }
    assert data["themas"][0] == {"id": "1", "titel": "Bewustwording & Organisatie"}
    assert (data["jaar"], data["vorig_jaar"], data["norm"]) == (2026, 2025, "1.0")
    # Alfa 47 voldaan, Beta 24 of 47, Gamma 0 of 1 scored; totals 100, 51.1 and 33.3.
    assert data["voortgang"] == {
        "organisaties": 3,
        "volledig_voldaan": 1,
        "aandeel_volledig_voldaan": 33.3,
        "normen_beoordeeld": 95,
        "normen_voldaan": 71,
        "aandeel_normen_voldaan": 74.7,
        "gemiddelde_score": 61.5,
    }
    assert data["per_riec"][0] == {
        "riec": "RIEC NH",
        "organisaties": 2,
        "volledig_voldaan": 1,
        "aandeel_volledig_voldaan": 50.0,
        "normen_beoordeeld": 94,
        "normen_voldaan": 71,
        "aandeel_normen_voldaan": 75.5,
        "gemiddelde_score": 75.6,
    }
    assert data["normen"][0] == {
        "id": "6.1",
        "thema": "6",
        "tekst": factories.NORM.requirement("6.1").tekst,  # type: ignore[union-attr]
        "organisaties": 3,
        "beoordeeld": 3,
        "voldaan": 1,
        "nvt": 0,
        "open": 0,
        "aandeel_voldaan": 33.3,
        "score": 44.4,
        "verdeling": {"voldaan": 1, "grotendeels": 0, "deels": 1, "niet": 1, "nvt": 0},
    }
    beta = data["organisaties"][1]
    assert (beta["totaal"]["score"], beta["vorig"], beta["verschil"]) == (51.1, 0.0, 51.1)
    assert [n["id"] for n in data["normen"]][:2] == ["6.1", "1.2"]
    assert list(data) == [
        "jaar",
        "vorig_jaar",
        "norm",
        "met_concepten",
        "anoniem",
        "themas",
        "organisaties",
        "normen",
        "voortgang",
        "per_riec",
    ]


def test_html_is_self_contained(nhnorm: Runner, three: Path) -> None:
    nhnorm("overview", "--year", "2026", "--met-concepten", "--format", "html", "--output", "overzicht.html")
    html = (three / "overzicht.html").read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert "@page { size: A4 landscape" in html
    # Beta's theme 2 (45,5) sits in the 40–60 band; Alfa's 100,0 in the top band with dark text.
    assert 'style="background-color: #21918c; color: #000000">45,5</td>' in html
    assert 'style="background-color: #fde725; color: #000000">100,0</td>' in html
    again = nhnorm(
        "overview",
        "--year",
        "2026",
        "--met-concepten",
        "--format",
        "html",
        "--output",
        "overzicht.html",
        expect=2,
    )
    assert "BESTAAT-AL" in again.stderr
    nhnorm(
        "overview",
        "--year",
        "2026",
        "--met-concepten",
        "--format",
        "md",
        "--output",
        "overzicht.html",
        "--force",
    )
    assert (three / "overzicht.html").read_text(encoding="utf-8").startswith("# Overzicht")


def test_html_escapes_names(nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = factories.assessment("Gemeente <script>x</script>", 2026, {"1.1": "voldaan"})
    factories.write_document(tmp_path, "x", data)
    monkeypatch.chdir(tmp_path)
    html = nhnorm("overview", "--year", "2026", "--met-concepten", "--format", "html").stdout
    assert "<script>" not in html and "Gemeente &lt;script&gt;x&lt;/script&gt;" in html


def test_markdown_escapes_names(nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # assessment text is untrusted: a name must not become a link, an image, a cell or HTML
    data = factories.assessment("[klik](http://x) | <b>#1</b>", 2026, {"1.1": "voldaan"}, riec="RIEC *NH*")
    factories.write_document(tmp_path, "x", data)
    monkeypatch.chdir(tmp_path)
    lines = nhnorm("overview", "--year", "2026", "--met-concepten", "--format", "md").stdout.splitlines()
    name = "\\[klik\\](http://x) \\| &lt;b&gt;\\#1&lt;/b&gt;"
    assert any(line.startswith(f"| {name} | ") for line in lines)
    assert any(line.startswith("| RIEC \\*NH\\* | 1 | ") for line in lines)


def test_html_uses_own_templates_first(nhnorm: Runner, three: Path) -> None:
    own = three / "huisstijl"
    own.mkdir()
    (own / "overview.html.j2").write_text(
        "{{ o.organisaties | length }} organisaties, gemiddeld {{ o.voortgang.gemiddelde_score | getal }}"
        " {{ '<b>' }}\n",
        encoding="utf-8",
    )
    shown = "3 organisaties, gemiddeld 61,5 &lt;b&gt;\n"
    assert (
        nhnorm("overview", "--year", "2026", "--met-concepten", "--format", "html", "--templates", own).stdout
        == shown
    )
    (three / "nhnorm.toml").write_text('[nhnorm]\ntemplates = "huisstijl"\n', encoding="utf-8")
    assert nhnorm("overview", "--year", "2026", "--met-concepten", "--format", "html").stdout == shown
    err = nhnorm(
        "overview",
        "--year",
        "2026",
        "--met-concepten",
        "--format",
        "html",
        "--templates",
        "geen-map",
        expect=2,
    ).stderr
    assert "PAD-BESTAAT-NIET" in err


def test_text_to_file(nhnorm: Runner, three: Path) -> None:
    nhnorm("overview", "--year", "2026", "--met-concepten", "--output", "overzicht.txt")
    text = (three / "overzicht.txt").read_text(encoding="utf-8")
    assert "\x1b" not in text
    assert text.startswith("Noord-Hollandse Norm 1.0 — 2026, verschil t.o.v. 2025")
    beta = next(line for line in text.splitlines() if "Gemeente Beta" in line)
    assert beta.split() == [
        "Gemeente",
        "Beta",
        "C",
        "47",
        "60,0",
        "45,5",
        "50,0",
        "57,1",
        "50,0",
        "50,0",
        "51,1",
        "+51,1",
    ]


def test_csv_cells_never_become_formulas(
    nhnorm: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = factories.assessment('=HYPERLINK("http://x","klik")', 2026, {"1.1": "voldaan"}, riec="@riec")
    factories.write_document(tmp_path, "x", data)
    monkeypatch.chdir(tmp_path)
    rows = nhnorm("overview", "--year", "2026", "--met-concepten", "--format", "csv").stdout.splitlines()
    assert rows[1].startswith('x,"\'=HYPERLINK(""http://x"",""klik"")",gemeente,\'@riec,concept,1,ja,100.0,')


def test_a_broken_file_is_left_out_loudly(nhnorm: Runner, three: Path) -> None:
    """One organisation's broken file does not hide the region: the others are shown, the broken
    and duplicate files are named on stderr, and the exit code says the overview is incomplete."""
    broken = three / "assessments" / "delta" / "2026.yaml"
    broken.parent.mkdir()
    broken.write_text('norm: "1.0"\njaar: 2026\nstatus: klaar\n', encoding="utf-8")
    copy = three / "assessments" / "alfa" / "2026-kopie.yaml"
    copy.write_text((three / "assessments" / "alfa" / "2026.yaml").read_text(encoding="utf-8"), "utf-8")
    result = nhnorm("overview", "--year", "2026", "--met-concepten", "--format", "json", expect=1)
    data = json.loads(result.stdout)
    assert [o["slug"] for o in data["organisaties"]] == ["alfa", "beta", "gamma"]
    assert "assessments/delta/2026.yaml:1:1: fout VERPLICHT-VELD" in result.stderr
    assert "assessments/delta/2026.yaml:3:9: fout ONGELDIGE-WAARDE" in result.stderr
    assert "assessments/alfa/2026.yaml" in result.stderr  # named as the first of the duplicate pair
    assert "DUBBELE-BEOORDELING" in result.stderr
    assert result.stderr.rstrip().endswith(
        "2 bestand(en) niet meegenomen in het overzicht; herstel ze (nhnorm validate) en draai opnieuw"
    )


def test_only_broken_files_is_an_error_not_a_usage_error(nhnorm: Runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "assessments" / "x").mkdir(parents=True)
    (tmp_path / "assessments" / "x" / "2026.yaml").write_text("a: [\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = nhnorm("overview", "--year", "2026", "--met-concepten", expect=1)
    assert "assessments/x/2026.yaml:2:1: fout YAML-SYNTAX" in result.stderr


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "Moeilijkste normen: nog geen norm beoordeeld in een meegetelde zelfevaluatie."),
        ("en", "Hardest norms: no norm scored yet in a counted assessment."),
    ],
)
def test_before_anything_is_adopted_there_are_no_hardest_norms(
    nhnorm: Runner, three: Path, lang: str, said: str
) -> None:
    # only concepts: nothing counts, so a top 10 of "0/0 – –" rows would only look like data
    out = nhnorm("overview", "--year", "2026", "--lang", lang).stdout
    assert "0/0" not in out and said in out.splitlines()
    assert "0/0" not in nhnorm("overview", "--year", "2026", "--anoniem").stdout


def test_the_hardest_norms_are_only_norms_someone_scored(nhnorm: Runner, three: Path) -> None:
    # with the concepts counted, Gamma alone answered theme 6; every norm was scored by Alfa and Beta
    out = nhnorm("overview", "--year", "2026", "--met-concepten").stdout
    assert "0/0" not in out and "Moeilijkste normen (top 10)" in out


@pytest.mark.parametrize(
    ("args", "warned"),
    [
        (["--met-concepten"], "3 organisaties"),  # three counted: each is a third of every figure
        ([], ""),  # none counted: no figure to trace back
    ],
)
def test_an_anonymous_overview_of_fewer_than_five_says_it_can_be_traced(
    nhnorm: Runner, three: Path, args: list[str], warned: str
) -> None:
    result = nhnorm("overview", "--year", "2026", "--anoniem", *args)
    expected = (
        f"nhnorm: waarschuwing KLEINE-REGIO: --anoniem telt {warned}; bij minder dan 5 zijn de cijfers "
        "van de regio tot de organisaties te herleiden\n"
    )
    assert result.stderr == (expected if warned else "")
    assert "Gemeente Alfa" not in result.stdout


def test_a_named_overview_of_a_small_region_does_not_warn(nhnorm: Runner, three: Path) -> None:
    assert nhnorm("overview", "--year", "2026", "--met-concepten").stderr == ""
