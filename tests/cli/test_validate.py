"""`nhnorm validate` end to end, in-process."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Runner

# The examples' one warning, documented in README (validate): the toelichting itself says it is late.
EXAMPLE_WARNING = (
    'assessments/zeedorp/2026.yaml:78:17: waarschuwing ACTIE-VERLOPEN: actie "Paragraaf '
    "ondermijningsrisico's toevoegen aan het format collegeadvies\" bij norm 1.4 had op 2025-10-31 gereed "
    "moeten zijn (peildatum 2026-03-20); rond haar af of kies een nieuwe datum"
)


def test_examples_are_valid(nhnorm: Runner, repo: Path) -> None:
    result = nhnorm("validate")
    assert result.stdout.splitlines() == [
        EXAMPLE_WARNING,
        "2 bestanden gecontroleerd: 0 fouten, 1 waarschuwing",
    ]


def test_json_shape(nhnorm: Runner, repo: Path) -> None:
    data = json.loads(nhnorm("validate", "--format", "json").stdout)
    assert data == {
        "bestanden": [
            {"pad": "assessments/zeedorp/2025.yaml", "geldig": True, "meldingen": []},
            {
                "pad": "assessments/zeedorp/2026.yaml",
                "geldig": True,
                "meldingen": [
                    {
                        "niveau": "waarschuwing",
                        "code": "ACTIE-VERLOPEN",
                        "regel": 78,
                        "kolom": 17,
                        "bericht": EXAMPLE_WARNING.split("ACTIE-VERLOPEN: ")[1],
                    }
                ],
            },
        ]
    }


def test_error_line_format_and_exit(nhnorm: Runner, repo: Path) -> None:
    target = repo / "assessments" / "zeedorp" / "2026.yaml"
    target.write_text(
        target.read_text(encoding="utf-8").replace("oordeel: voldaan", "oordeel: voldan", 1), encoding="utf-8"
    )
    result = nhnorm("validate", expect=1)
    line = next(ln for ln in result.stdout.splitlines() if "ONBEKEND-OORDEEL" in ln)
    path, lineno, column, rest = line.split(":", 3)
    assert path == "assessments/zeedorp/2026.yaml"
    assert target.read_text(encoding="utf-8").splitlines()[int(lineno) - 1][int(column) - 1 :] == "voldan"
    assert rest == (
        ' fout ONBEKEND-OORDEEL: oordeel "voldan" bestaat niet; kies uit voldaan, '
        'grotendeels, deels, niet, nvt; bedoelde u "voldaan"?'
    )


def test_english(nhnorm: Runner, repo: Path) -> None:
    (repo / "assessments" / "x.yaml").write_text("- a\n", encoding="utf-8")
    result = nhnorm("validate", "--lang", "en", expect=1)
    assert (
        "assessments/x.yaml:1:1: fout GEEN-MAPPING: an assessment must be a mapping (key: value), not a list"
    ) in result.stdout
    assert result.stdout.strip().endswith("3 files checked: 1 error, 1 warning")


def test_missing_path_is_usage_error(nhnorm: Runner, repo: Path) -> None:
    result = nhnorm("validate", "nergens.yaml", expect=2)
    assert "nhnorm: fout PAD-BESTAAT-NIET: nergens.yaml bestaat niet" in result.stderr


def test_no_assessments_folder(nhnorm: Runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = nhnorm("validate", expect=2)
    assert result.stderr == (
        "nhnorm: fout GEEN-BESTANDEN: geen zelfevaluaties gevonden in assessments; "
        'begin er een met nhnorm init --year JJJJ --naam "..."\n'
    )
    for command in (["set", "1.1", "voldaan"], ["bewerk", "--geen-browser"], ["fill"], ["report"]):
        assert nhnorm(*command, expect=2).stderr.startswith("nhnorm: fout GEEN-BESTANDEN: "), command


def test_unknown_option_is_usage_error(nhnorm: Runner, repo: Path) -> None:
    nhnorm("validate", "--bogus", expect=2)


def test_help_lists_every_command_in_the_yearly_order(nhnorm: Runner) -> None:
    lines = nhnorm("--help").stdout.split("Opdrachten:")[1].splitlines()
    names = [line.split()[0] for line in lines if line.startswith("  ") and line.split()]
    assert names == ["validate", "score", "diff", "report", "init", "set", "fill", "bewerk", "bewijs",
                     "intake", "overview", "export", "import", "norm", "schema"]  # fmt: skip
