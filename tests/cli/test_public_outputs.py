"""Every public output (report md, html and docx, OSCAL, CISO Assistant CSV, diff md, text and
json) searched for every planted piece of personal data, disguised as an attacker would; the
internal outputs keep them, and what is not personal stays in both. set and fill warn as they
write, and validate points at each disguised finding in every YAML scalar style."""

from __future__ import annotations

import html
import json
import re
import unicodedata
import zipfile
from pathlib import Path

import pytest
from rich.prompt import Prompt

from tests.conftest import Runner

# Personal data as it is written in the files (the planted values).
PLANTED = [
    "Kees de Boer",
    "Marieke Bosma",
    "Ahmed El Amrani",
    "Jan Willem van den Berg",
    "Wytske de Jong",
    "Radjesh Ramdin",
    "Ayşe Demir",
    "M. Yılmaz",
    "dhr. Şahin",
    "P. Nguyễn",
    "D. Ĳsselmuiden",
    "K. O'Brien",
    "A. el-Idrissi",
    "K. van ’t Hof",
    "P. JANSEN",
    "MEVROUW DE VRIES",
    "de Heer Pietersen",
    "P.  Visser",
    "06.12.34.56.78",
    "+31612345678",
    "06 - 1234 5678",
    "06–87654321",
    "jan(at)zeedorp.nl",
    "piet [at] zeedorp [dot] nl",
    "klaas＠zeedorp.nl",
    "p.deboer AT zeedorp punt nl",
    "k.smit at zeedorp dot nl",
    "k.smit(a)zeedorp.nl",
    "0 6 1 2 3 4 5 6 7 8",
    "ka\u200brel@zeedorp.nl",
    "joke%40zeedorp.nl",
    "Ans\u00adje Smit",
    "111222333",
    "NL20 INGB 0001 2345 67",
    "Dorpsstraat 12, 1234 AB",
]
# In a vertrouwelijk answer and in owners: never in a public output at all.
HIDDEN = ["Sanne Geheim", "Karel Knip", "Truus Verborgen"]
# Not personal: kept by every output that prints the text.
KEPT = [
    "Team Communicatie",
    "Wet Bibob",
    "Den Helder",
    "088 123 4567",
    "veiligheid@gemeente.nl",
    "Dr. Schaepmanplein",
    "J.P. Coenstraat",
    "Team O.O.V. Noord",
    "NL91 ABNA 0417 1643 00",  # the organisation's own account, listed in nhnorm.toml
]
# Each planted value in a YAML scalar style of its own, cycling through the five.
STYLES = ["plain", "single", "double", "folded", "literal"]


def _scalar(text: str, style: str, indent: str) -> str:
    if style == "single":
        return "'" + text.replace("'", "''") + "'"
    if style == "double":
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if style in ("folded", "literal"):
        return (">-" if style == "folded" else "|-") + "\n" + indent + "  " + text
    return "Tekst: " + text if text[0] in "[{&*!|>'\"%@`#,?:-" else text


def _file(year: int) -> str:
    lines = [
        'norm: "1.0"',
        "organisatie:",
        "  naam: Gemeente Zeedorp",
        "  soort: gemeente",
        "  riec: RIEC Noord-Holland",
        f"jaar: {year}",
        f"peildatum: {year}-03-28",
        "status: concept",
        "antwoorden:",
    ]
    ids = [f"{t}.{n}" for t, n in [(1, 1), (1, 2), (1, 3), (1, 4), (1, 5)] + [(2, n) for n in range(1, 12)]]
    ids += [f"3.{n}" for n in range(1, 11)] + [f"4.{n}" for n in range(1, 8)]
    ids += [f"5.{n}" for n in range(1, 13)]
    for i, value in enumerate(PLANTED):
        style = STYLES[i % len(STYLES)]
        lines += [
            f'  "{ids[i]}":',
            "    oordeel: deels",
            f"    toelichting: {_scalar(f'Overleg {year} met {value} over de aanpak', style, '    ')}",
            "    bewijs:",
            f"      - {_scalar(f'Verslag van {value}', 'double', '      ')}",
            "    acties:",
            f"      - omschrijving: {_scalar(f'Afspraak {year} met {value} maken', 'single', '        ')}",
            "        eigenaar: Team Veiligheid",
            f"        gereed: {year}-12-31",
        ]
    kept = " en ".join(KEPT)
    lines += [
        f'  "{ids[len(PLANTED)]}":',
        "    oordeel: deels",
        f"    toelichting: 'Stand {year}: {kept}; afgestemd met @veiligheid-team.'",
        "    acties:",
        f"      - omschrijving: 'Uitvoeren {year}: {kept}'",
        "        eigenaar: Karel Knip",
        f"        gereed: {year}-12-31",
        f'  "{ids[len(PLANTED) + 1]}":',
        "    oordeel: voldaan",
        "    vertrouwelijk: true",
        f"    toelichting: Beveiliger Sanne Geheim {year}",
        "    bewijs:",
        "      - Rapport van Truus Verborgen",
        "    acties:",
        f"      - omschrijving: Gesprek met Truus Verborgen {year}",
        "        eigenaar: Sanne Geheim",
        f"        gereed: {year}-12-31",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def two_years(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "assessments" / "zeedorp"
    folder.mkdir(parents=True)
    for year in (2025, 2026):
        (folder / f"{year}.yaml").write_text(_file(year), encoding="utf-8")
    (tmp_path / "nhnorm.toml").write_text('[nhnorm]\niban = ["NL91 ABNA 0417 1643 00"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _readable(output: str) -> str:
    """An output as a reader sees it: HTML and XML entities and Markdown escapes undone, spaces
    collapsed as a browser shows them."""
    return re.sub(r"[ \t\u00a0]+", " ", re.sub(r"\\(.)", r"\1", html.unescape(output)))


def _forms(value: str) -> set[str]:
    """The value as written and as seen (NFKC, invisible characters dropped)."""
    seen = unicodedata.normalize("NFKC", re.sub("[\u200b\u00ad]", "", value))
    return {re.sub(" +", " ", form) for form in (value, seen)}


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
    return re.sub(r"<[^>]+>", "", xml)


def _outputs(nhnorm: Runner, root: Path, public: bool) -> dict[str, str]:
    flag = ["--public"] if public else []
    kind = "openbaar" if public else "intern"
    out: dict[str, str] = {}
    for fmt in ("md", "html"):
        out[f"report {fmt}"] = nhnorm("report", "--year", "2026", "--format", fmt, *flag).stdout
    docx = root / f"{kind}.docx"
    nhnorm("report", "--year", "2026", "--format", "docx", "--output", docx, *flag)
    out["report docx"] = _docx_text(docx)
    for fmt, name in (("oscal", "oscal.json"), ("ciso-assistant", "ciso.csv")):
        path = root / f"{kind}-{name}"
        nhnorm("export", "--year", "2026", "--format", fmt, "-o", path, *flag)
        out[fmt] = path.read_text(encoding="utf-8")
    for fmt in ("md", "text", "json"):
        out[f"diff {fmt}"] = nhnorm("diff", "--from", "2025", "--to", "2026", "--format", fmt, *flag).stdout
    return out


def test_no_public_output_holds_a_planted_value(two_years: Path, nhnorm: Runner) -> None:
    public = {name: _readable(text) for name, text in _outputs(nhnorm, two_years, True).items()}
    internal = {name: _readable(text) for name, text in _outputs(nhnorm, two_years, False).items()}
    for name, text in public.items():
        for value in PLANTED + HIDDEN:
            assert not any(form in text for form in _forms(value)), (name, value)
        assert "[verwijderd]" in text, name
        for value in KEPT:
            if value in internal[name]:
                assert value in text, (name, value)
    for name, text in internal.items():
        # the internal outputs print the planted text: the public test above is not vacuous
        missing = [v for v in PLANTED if re.sub(" +", " ", v) not in text]
        assert not missing, (name, missing)


def test_public_diff_md_neutralises_mentions_and_names_its_removals(two_years: Path, nhnorm: Runner) -> None:
    result = nhnorm("diff", "--from", "2025", "--to", "2026", "--format", "md", "--public")
    assert "@\u200bveiligheid-team" in result.stdout  # the mention made inert (render/mdtext.py)
    assert "[vertrouwelijk]" in _readable(result.stdout)
    removals = [line for line in result.stderr.splitlines() if "PERSOONSGEGEVENS-VERWIJDERD" in line]
    # every planted value, in the toelichting and the action of each year (the diff prints both)
    assert len(removals) == 4 * len(PLANTED)
    assert {line.split(":")[0] for line in removals} == {
        "assessments/zeedorp/2025.yaml",
        "assessments/zeedorp/2026.yaml",
    }
    internal = nhnorm("diff", "--from", "2025", "--to", "2026", "--format", "md").stdout
    assert "@\u200bveiligheid-team" in internal and "Sanne Geheim" in internal


def test_public_diff_json_keeps_its_shape(two_years: Path, nhnorm: Runner) -> None:
    data = json.loads(nhnorm("diff", "--from", "2025", "--to", "2026", "-f", "json", "--public").stdout)
    assert set(data) >= {"van", "naar", "totaal", "themas", "wijzigingen"}
    assert all(change["naar"] != "Beveiliger Sanne Geheim 2026" for change in data["toelichtingen"])


def test_validate_points_at_each_finding_in_every_scalar_style(two_years: Path, nhnorm: Runner) -> None:
    # json: every finding (the text shows the first 100 of a file)
    out = json.loads(nhnorm("validate", "assessments/zeedorp/2026.yaml", "--format", "json").stdout)
    lines = _file(2026).splitlines()
    found = {}
    for problem in out["bestanden"][0]["meldingen"]:
        match = re.match(r".*?\"(.*)\" zou", problem["bericht"])
        if problem["code"] == "PERSOONSGEGEVENS" and match:
            row, column, value = problem["regel"], problem["kolom"], match.group(1)
            at = lines[row - 1][column - 1 :]
            # a single-quoted scalar writes ' as ''
            assert at.startswith((value, value.replace("'", "''"))), (value, lines[row - 1])
            found[value] = found.get(value, 0) + 1
    for value in PLANTED:  # the toelichting, the bewijs and the action
        assert found.get(value) == 3, (value, found.get(value))
    assert not any(kept in found for kept in KEPT)


def test_set_warns_as_it_writes(two_years: Path, nhnorm: Runner) -> None:
    result = nhnorm(
        "set", "6.1", "deels", "--year", "2026", "--toelichting", "Contact: Kees de Boer, 06.12.34.56.78",
        "--actie", "Gesprek met Ayşe Demir",
    )  # fmt: skip
    warned = [line for line in result.stderr.splitlines() if "PERSOONSGEGEVENS" in line]
    assert [line.split('"')[1] for line in warned] == ["Kees de Boer", "06.12.34.56.78", "Ayşe Demir"]
    assert all("norm 6.1" in line for line in warned)  # only about the answer it wrote


def test_fill_warns_as_it_writes(two_years: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    replies = iter(["deels", "Navraag bij Marieke Bosma.", "", "", "q"])
    monkeypatch.setattr(Prompt, "ask", lambda *a, **k: next(replies))
    result = nhnorm("fill", "--year", "2026", "--vanaf", "6.2")
    assert 'naam van een persoon "Marieke Bosma"' in result.stderr


def test_the_organisations_own_account_is_kept_and_another_removed(two_years: Path, nhnorm: Runner) -> None:
    report = nhnorm("report", "--year", "2026", "--public").stdout
    assert "NL91 ABNA 0417 1643 00" in report and "NL20 INGB 0001 2345 67" not in report
    (two_years / "nhnorm.toml").unlink()
    assert "NL91 ABNA 0417 1643 00" not in nhnorm("report", "--year", "2026", "--public").stdout
