"""The newest years by path (issue 26): `report` and `diff` without a year choose what reading every
file chose, on the small region with the awkward layouts, and read only the organisation's files;
where they differ, they differ on purpose (tested apart)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from nhnorm_cli.errors import NhnormError, usage_error
from nhnorm_cli.files import discovery
from nhnorm_cli.files.discovery import display_path, find_files, raw_slug
from nhnorm_cli.select.assessments import one_organisation_slugs, organisation_years, select, single
from nhnorm_cli.select.comparison import choose_pair, pair_from_years
from nhnorm_cli.select.newest import newest_years
from nhnorm_cli.source import yamlsource
from nhnorm_cli.source.yamlsource import read_document
from tests.conftest import Runner
from tests.core.test_selection_by_path import ORGS
from tests.core.test_selection_by_path import region as region  # the fixture
from tests.factories import uniform, write_year


def _full_scan_years(paths: Sequence[Path], org: str | None, count: int) -> list[int]:
    """newest.newest_years before issue 26: every file read for its jaar and organisation."""
    years: dict[int, set[str]] = {}
    for path in find_files(paths):
        try:
            data: object = read_document(path, display_path(path)).data
        except NhnormError:
            data = {}
        year = data.get("jaar") if isinstance(data, dict) else None
        if not isinstance(year, int):
            year = int(path.stem) if path.stem.isdigit() and len(path.stem) == 4 else None
        slug = raw_slug(path, data, None)
        if year is None or (org is not None and (slug or path.parent.name) != org):
            continue
        years.setdefault(year, set()).add(slug or "")
    one_organisation_slugs({slug for slugs in years.values() for slug in slugs if slug})
    return sorted(years, reverse=True)[:count]


def _report_full(paths: Sequence[Path], org: str | None) -> object:
    found = _full_scan_years(paths, org, 1)
    if not found:
        raise usage_error("GEEN-SELECTIE", selectie="")
    current = single(select(paths, year=found[0], org=org))
    return current, organisation_years(paths, current.slug, known=[current])


def _report_fast(paths: Sequence[Path], org: str | None) -> object:
    found = newest_years(paths, org, None, 1)
    if not found.years:
        raise usage_error("GEEN-SELECTIE", selectie="")
    current = single(select(paths, year=found.years[0], org=org, scanned=found.scanned, by_name=True))
    return current, organisation_years(paths, current.slug, known=[current], scanned=found.scanned)


def _diff_full(paths: Sequence[Path], org: str | None) -> object:
    found = _full_scan_years(paths, org, 2)
    if len(found) < 2:
        raise usage_error("DIFF-TWEE-JAREN", gevonden=found or "-")
    return pair_from_years(paths, found[1], found[0], org)


def _diff_fast(paths: Sequence[Path], org: str | None) -> object:
    return choose_pair(paths, None, None, org)


def _shown(value: object) -> object:
    """What a command shows of its selection: files, slugs and years, or the error."""
    if isinstance(value, tuple):
        return tuple(_shown(part) for part in value)
    if isinstance(value, list):
        return [_shown(part) for part in value]
    display = getattr(value, "display", None)
    if display is not None:
        return (display, value.slug, value.assessment.jaar)  # type: ignore[attr-defined]
    return value


def _outcome(
    run: Callable[[Sequence[Path], str | None], object], paths: Sequence[Path], org: str | None
) -> Any:
    try:
        return _shown(run(paths, org))
    except NhnormError as exc:
        return exc.exit_code, [(p.location.path, p.location.line, p.code, p.params) for p in exc.problems]


PATHS = ([], [Path("assessments")], [Path("assessments"), Path("elders")], [Path("assessments/aadorp")])


@pytest.mark.parametrize("org", [None, *ORGS])
def test_newest_by_path_is_a_full_scan(region: Path, org: str | None) -> None:
    for paths in PATHS:
        for fast, full in ((_report_fast, _report_full), (_diff_fast, _diff_full)):
            if (org, fast) == ("eedorp", _diff_fast):
                continue  # its one file is misnamed: test_the_name_gives_the_year
            assert _outcome(fast, paths, org) == _outcome(full, paths, org), (paths, fast.__name__)


def test_one_organisation_repository(region: Path) -> None:
    # assessments/<jaar>.yaml: the slug comes from organisatie.naam, so these files are read
    for jaar in (2024, 2026):
        write_year(region / "assessments", uniform("deels"), naam="Gemeente Eigen Map", jaar=jaar)
    for org in (None, "gemeente-eigen-map", "aadorp"):
        for fast, full in ((_report_fast, _report_full), (_diff_fast, _diff_full)):
            assert _outcome(fast, [], org) == _outcome(full, [], org), org
        files = [Path("assessments/2024.yaml"), Path("assessments/2026.yaml")]  # diff: OLD NEW
        assert _outcome(_report_fast, files, org) == _outcome(_report_full, files, org), org
    assert _outcome(_diff_fast, [], "gemeente-eigen-map") == (
        ("assessments/2025.yaml", "gemeente-eigen-map", 2025),
        ("assessments/2026.yaml", "gemeente-eigen-map", 2026),
    )


def test_a_folder_of_broken_files_names_no_organisation(region: Path) -> None:
    # only files that say who they are count as organisations, as when every file was read
    for path in find_files([Path("assessments")]):
        if "aadorp" not in path.parts:
            path.unlink()
    (region / "assessments" / "kapot").mkdir()
    (region / "assessments" / "kapot" / "2027.yaml").write_text("jaar: [\n", encoding="utf-8")
    for run in (_report_fast, _report_full):
        assert _outcome(run, [], None)[1][0][2] == "YAML-SYNTAX"  # the newest, broken, is reported
    (region / "assessments" / "kapot" / "2027.yaml").write_text("jaar: 2027\n", encoding="utf-8")
    assert _outcome(_report_fast, [], None) == _outcome(_report_full, [], None)
    write_year(region / "assessments" / "kapot", uniform("deels"), naam="Gemeente Kapot", jaar=2020)
    assert _outcome(_diff_fast, [], None) == _outcome(_diff_full, [], None)
    assert _outcome(_diff_fast, [], None)[1][0][2] == "MEERDERE-ORGANISATIES"


def test_the_name_gives_the_year(region: Path) -> None:
    # eedorp's only file, 2025.yaml, says 2026: one year either way, named as the file is
    assert _outcome(_diff_full, [], "eedorp")[1][0][3] == {"gevonden": [2026]}
    assert _outcome(_diff_fast, [], "eedorp")[1][0][3] == {"gevonden": [2025]}
    # aadorp/2026.yaml that says 2025: reading every file took 2025 and reported it silently; the
    # file is named 2026, so it is the newest and its JAAR-BESTANDSNAAM stops the command
    source = region / "assessments" / "aadorp" / "2026.yaml"
    source.write_text(
        source.read_text(encoding="utf-8").replace("jaar: 2026", "jaar: 2025"), encoding="utf-8"
    )
    assert _outcome(_report_full, [], "aadorp")[0] == ("assessments/aadorp/2025.yaml", "aadorp", 2025)
    for run in (_report_fast, _diff_fast):
        assert _outcome(run, [], "aadorp") == (
            1,
            [
                (
                    "assessments/aadorp/2026.yaml",
                    5,
                    "JAAR-BESTANDSNAAM",
                    {"bestand": "2026.yaml", "jaar": 2025},
                )
            ],
        )


def _walks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders find_files walks."""
    walked: list[Path] = []
    real = discovery.yaml_files
    monkeypatch.setattr(discovery, "yaml_files", lambda folder: walked.append(folder) or real(folder))
    return walked


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    real = yamlsource.parse_document

    def counting(raw: bytes, path: str) -> yamlsource.Document:
        parsed.append(path)
        return real(raw, path)

    monkeypatch.setattr(yamlsource, "parse_document", counting)
    return parsed


@pytest.fixture
def big_region(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for index in range(12):
        for jaar in (2023, 2024, 2025, 2026):
            naam = f"Gemeente Dorp {index:02d}"
            write_year(tmp_path / "assessments" / f"dorp-{index:02d}", uniform("deels"), naam=naam, jaar=jaar)
    return tmp_path


def test_diff_without_years_parses_its_own_two_files(
    nhnorm: Runner, big_region: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed, walked = _parses(monkeypatch), _walks(monkeypatch)
    assert nhnorm("diff", "--org", "dorp-03").stdout.startswith("Gemeente Dorp 03: 2025 → 2026\n")
    assert sorted(parsed) == ["assessments/dorp-03/2025.yaml", "assessments/dorp-03/2026.yaml"]
    assert walked == [Path("assessments")]  # once for the years and both files
    walked.clear()
    nhnorm("diff", "--org", "dorp-03", "--from", "2024")
    assert walked == [Path("assessments")]


def test_report_without_a_year_parses_each_own_file_once(
    nhnorm: Runner, big_region: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = big_region / "assessments" / "dorp-05" / "kopie-2022.yaml"
    copy.write_text(
        (big_region / "assessments" / "dorp-05" / "2023.yaml")
        .read_text(encoding="utf-8")
        .replace("jaar: 2023", "jaar: 2022"),
        encoding="utf-8",
    )
    parsed, walked = _parses(monkeypatch), _walks(monkeypatch)
    assert nhnorm("report", "--org", "dorp-05").stdout.startswith(
        "# Weerbare Overheid 2026: Gemeente Dorp 05"
    )
    own = sorted(str(p.relative_to(big_region)) for p in (big_region / "assessments" / "dorp-05").iterdir())
    assert sorted(parsed) == own  # the copy, whose year only its content tells, read once too
    assert walked == [Path("assessments")]
