"""Rules with codes: `validate --regels`, nhnorm.toml [nhnorm.regels] and `# nhnorm: negeer`,
tested on the same corpus files as the rules themselves (tests/data/bad/warn-*.yaml)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from nhnorm_cli.messages import _TEXT
from nhnorm_cli.messages import RULE_EXPLANATIONS as EXPLANATIONS
from nhnorm_cli.rules.registry import RULES
from tests.cli.test_bad_inputs import BAD, expected
from tests.conftest import ROOT, Runner

# the SPEC §7 warnings, each with its corpus file
NEW_WARNINGS = {
    "VOLDAAN-ZONDER-ONDERBOUWING": "warn-voldaan-zonder-onderbouwing.yaml",
    "ACTIE-VERLOPEN": "warn-actie-verlopen.yaml",
    "ACTIE-NA-2027": "warn-actie-na-2027.yaml",
    "PEILDATUM-BUITEN-JAAR": "warn-peildatum-buiten-jaar.yaml",
    "VASTGESTELD-VOOR-PEILDATUM": "warn-vastgesteld-voor-peildatum.yaml",
    "BEWIJS-VERLOPEN": "warn-bewijs-verlopen.yaml",
    "BEWIJS-VEROUDERD": "warn-bewijs-verouderd.yaml",
    "GEEN-ACTIE": "warn-no-open-action.yaml",
    "ONDERDEEL-ONVOLDAAN": "warn-voldaan-onderdeel.yaml",
}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "assessments").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _messages(nhnorm: Runner, *args: str, expect: int) -> list[tuple[int, int, str, str]]:
    data = json.loads(nhnorm("validate", "--format", "json", *args, expect=expect).stdout)
    return [
        (m["regel"], m["kolom"], m["code"], m["niveau"]) for f in data["bestanden"] for m in f["meldingen"]
    ]


def _toml(project: Path, body: str) -> None:
    (project / "nhnorm.toml").write_text(body, encoding="utf-8")


@pytest.mark.parametrize("code", NEW_WARNINGS)
def test_switch_off_and_raise_in_nhnorm_toml(nhnorm: Runner, project: Path, code: str) -> None:
    target = project / "assessments" / NEW_WARNINGS[code]
    shutil.copy(BAD / NEW_WARNINGS[code], target)
    want = sorted((line, col, c, "waarschuwing") for line, col, c in expected(target))
    assert want and {c for _, _, c, _ in want} == {code}
    assert _messages(nhnorm, expect=0) == want

    _toml(project, f'[nhnorm.regels]\nuit = ["{code}"]\n')
    assert _messages(nhnorm, expect=0) == []

    _toml(project, f'[nhnorm]\ntaal = "nl"\n\n[nhnorm.regels]\nfout = [\n  "{code}",\n]\n')
    assert _messages(nhnorm, expect=1) == [(line, col, c, "fout") for line, col, c, _ in want]

    _toml(project, f'[nhnorm.regels]\nwaarschuwing = ["{code}"]\n')
    assert _messages(nhnorm, expect=0) == want


@pytest.mark.parametrize(
    "code", [c for c in NEW_WARNINGS if c not in ("PEILDATUM-BUITEN-JAAR", "VASTGESTELD-VOOR-PEILDATUM")]
)
def test_negeer_comment_silences_the_code_on_that_answer_only(
    nhnorm: Runner, project: Path, code: str
) -> None:
    target = project / "assessments" / NEW_WARNINGS[code]
    lines = (BAD / NEW_WARNINGS[code]).read_text(encoding="utf-8").split("\n")
    flagged = sorted(expected(BAD / NEW_WARNINGS[code]))
    answer_line = max(i for i, text in enumerate(lines[: flagged[0][0]]) if re.match(r'^  "\d', text))
    lines.insert(answer_line, f"  # nhnorm: negeer {code}")  # above the first flagged answer's id
    target.write_text("\n".join(lines), encoding="utf-8")
    # the others (in other answers) stay, one line further down
    left = [(line + 1, col, c, "waarschuwing") for line, col, c in flagged[1:]]
    assert _messages(nhnorm, expect=0) == left

    other = "GEEN-ACTIE" if code == "ACTIE-NA-2027" else "ACTIE-NA-2027"
    lines[answer_line] = f"  # nhnorm: negeer {other}"  # another code: nothing silenced
    target.write_text("\n".join(lines), encoding="utf-8")
    everything = [(line + 1, col, c, "waarschuwing") for line, col, c in flagged]
    assert [m for m in _messages(nhnorm, expect=0) if m[2] == code] == everything


def test_comment_on_the_id_line_and_several_codes(nhnorm: Runner, project: Path) -> None:
    text = (BAD / "warn-actie-verlopen.yaml").read_text(encoding="utf-8")
    text = text.replace(
        '  "2.1":\n', '  "2.1":  # nhnorm: negeer BEWIJS-VERLOPEN, ACTIE-VERLOPEN wacht op HR\n'
    )
    (project / "assessments" / "x.yaml").write_text(text, encoding="utf-8")
    assert _messages(nhnorm, expect=0) == []


_VAST = (
    "is een fout in de vorm van het bestand (YAML, structuur, ids) en kan niet uitgezet of anders "
    "ingesteld worden"
)
WRONG_CONFIG = {
    "unknown": (
        '[nhnorm.regels]\nuit = ["GEEN-ACTIE", "GEEN-ACTEI"]\n',
        'nhnorm.toml:2:22: fout CONFIG-REGEL-ONBEKEND: uit: regel "GEEN-ACTEI" bestaat niet; '
        '`nhnorm validate --regels` toont de codes; bedoelde u "GEEN-ACTIE"?',
    ),
    "locked-multiline": (
        '[nhnorm]\ntaal = "nl"\n[nhnorm.regels]\nwaarschuwing = [\n  "ONBEKEND-ID",\n]\n',
        f"nhnorm.toml:5:3: fout CONFIG-REGEL-VAST: waarschuwing: ONBEKEND-ID {_VAST}; "
        "haal ONBEKEND-ID hier weg",
    ),
    "locked-off": (
        '[nhnorm.regels]\nuit = ["YAML-SYNTAX"]\n',
        f"nhnorm.toml:2:8: fout CONFIG-REGEL-VAST: uit: YAML-SYNTAX {_VAST}; haal YAML-SYNTAX hier weg",
    ),
    "twice": (
        '[nhnorm.regels]\nuit = ["GEEN-ACTIE"]\nfout = ["GEEN-ACTIE"]\n',
        "nhnorm.toml:3:9: fout CONFIG-REGEL-DUBBEL: fout: GEEN-ACTIE staat ook al in uit; "
        "noem een regel in één lijst",
    ),
    "not-a-list": (
        '[nhnorm.regels]\nuit = "GEEN-ACTIE"\n',
        'nhnorm.toml:2:1: fout CONFIG-REGELS-VORM: instelling "uit" in [nhnorm.regels] moet een lijst '
        'van codes zijn, bijv. uit = ["GEEN-ACTIE"]',
    ),
    "unknown-list": (
        '[nhnorm.regels]\nuitzetten = ["GEEN-ACTIE"]\n',
        'nhnorm.toml:2:1: fout CONFIG-ONBEKEND: onbekende instelling "uitzetten"; toegestaan: uit, fout, '
        "waarschuwing",
    ),
}


@pytest.mark.parametrize("case", WRONG_CONFIG)
def test_wrong_rules_in_nhnorm_toml_are_usage_errors(nhnorm: Runner, project: Path, case: str) -> None:
    body, line = WRONG_CONFIG[case]
    shutil.copy(BAD / "warn-actie-verlopen.yaml", project / "assessments")
    _toml(project, body)
    for command in (("validate",), ("validate", "--regels"), ("score",)):
        assert nhnorm(*command, expect=2).stderr.splitlines() == [line]


def test_regels_lists_every_rule_with_its_configured_level(nhnorm: Runner, project: Path) -> None:
    _toml(project, '[nhnorm.regels]\nuit = ["ACTIE-NA-2027"]\nfout = ["GEEN-ACTIE"]\n')
    data = json.loads(nhnorm("validate", "--regels", "--format", "json").stdout)
    rows = {row["code"]: row for row in data["regels"]}
    assert list(rows) == [rule.code for rule in RULES]
    assert rows["ACTIE-NA-2027"] == {
        "code": "ACTIE-NA-2027",
        "niveau": "uit",
        "standaard": "waarschuwing",
        "instelbaar": True,
        "uitleg": "een open actie is pas na 2027 gereed (de ambitie is 2027)",
    }
    assert (rows["GEEN-ACTIE"]["niveau"], rows["GEEN-ACTIE"]["standaard"]) == ("fout", "waarschuwing")
    assert (rows["YAML-SYNTAX"]["niveau"], rows["YAML-SYNTAX"]["instelbaar"]) == ("fout", False)

    text = nhnorm("validate", "--regels", "--lang", "en").stdout.splitlines()
    assert re.match(r"^code +level +explanation$", text[0])
    shown = {line.split()[0]: line for line in text[1:] if line[:1].isupper()}
    assert re.match(
        r"^ACTIE-NA-2027 +uit \(default: waarschuwing\) +an open action is due after 2027",
        shown["ACTIE-NA-2027"],
    )
    assert re.match(r"^YAML-SYNTAX +fout \(fixed\) +the file is valid YAML$", shown["YAML-SYNTAX"])
    assert len([ln for ln in text if re.match(r"^[A-Z0-9-]+ ", ln)]) == len(RULES)
    assert text[-1].startswith("Configure in nhnorm.toml: [nhnorm.regels]")


def test_every_rule_is_explained_and_documented() -> None:
    docs = (ROOT / "docs" / "regels.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert rule.code in EXPLANATIONS and all(EXPLANATIONS[rule.code])
        assert rule.code in _TEXT, f"{rule.code} has no message text"
        assert f"`{rule.code}`" in docs, f"{rule.code} is not in docs/regels.md"
    assert set(EXPLANATIONS) == {rule.code for rule in RULES}


def test_set_follows_the_repository_levels(nhnorm: Runner, project: Path) -> None:
    shutil.copy(BAD / "warn-no-open-action.yaml", project / "assessments" / "2025.yaml")
    warned = nhnorm("set", "2.1", "--toelichting", "Nog steeds niet voor alle functies.")
    assert "waarschuwing GEEN-ACTIE: norm 2.1 is deels" in warned.stderr
    _toml(project, '[nhnorm.regels]\nuit = ["GEEN-ACTIE"]\n')
    assert "GEEN-ACTIE" not in nhnorm("set", "2.1", "--toelichting", "Besproken.").stderr
    _toml(project, '[nhnorm.regels]\nfout = ["GEEN-ACTIE"]\n')
    before = (project / "assessments" / "2025.yaml").read_bytes()
    refused = nhnorm("set", "2.2", "--toelichting", "Later.", expect=1).stderr
    assert "fout GEEN-ACTIE" in refused  # the file already breaks the repository's rule: fix it first
    assert (project / "assessments" / "2025.yaml").read_bytes() == before


@pytest.mark.parametrize("extra", [["--format", "github"], ["--strict"]])
def test_regels_refuses_options_it_would_ignore(nhnorm: Runner, project: Path, extra: list[str]) -> None:
    """The rules list has nothing to annotate or to be strict about: say so instead of ignoring it."""
    assert nhnorm("validate", "--regels", *extra, expect=2).stderr == (
        "nhnorm: fout REGELS-FORMAAT: --regels toont een lijst: "
        "gebruik --format text of json, zonder --strict\n"
    )
