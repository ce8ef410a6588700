"""Selecting by path before parsing (issue 9) gives exactly what reading every file gave, on a
small region with the awkward layouts; where it differs, it differs on purpose (tested apart)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from nhnorm_cli.errors import NhnormError, usage_error
from nhnorm_cli.files.discovery import display_path, find_files, folder_slug, folder_slugs, raw_slug
from nhnorm_cli.results.scoring import score_assessment
from nhnorm_cli.select import assessments
from nhnorm_cli.select.assessments import Loaded, _checked, organisation_years, select, select_years
from nhnorm_cli.source import yamlsource
from nhnorm_cli.source.yamlsource import Document, read_document
from tests.factories import uniform, write_year


def _full_scan_select(paths: Sequence[Path], *, year: int | None, org: str | None) -> list[Loaded]:
    """assessments.select before issue 9: every file read, then filtered by its content."""
    chosen: list[tuple[Path, Document]] = []
    for path in find_files(paths):
        try:
            document = read_document(path, display_path(path))
        except NhnormError:
            if year is not None and path.stem.isdigit() and int(path.stem) != year:
                continue
            raise
        data = document.data if isinstance(document.data, dict) else {}
        if year is not None and data.get("jaar") != year:
            continue
        if org is not None and raw_slug(path, data) != org:
            continue
        chosen.append((path, document))
    if not chosen:
        raise usage_error("GEEN-SELECTIE", selectie="")
    loaded = [_checked(path, document, None) for path, document in chosen]
    return sorted(loaded, key=lambda item: (item.slug, item.assessment.jaar))


def _outcome(run: Any, **kwargs: Any) -> object:
    try:
        return [(item.display, item.slug, item.assessment.jaar) for item in run(**kwargs)]
    except NhnormError as exc:
        return exc.exit_code, [(p.location.path, p.location.line, p.code) for p in exc.problems]


@pytest.fixture
def region(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three organisations in folders, one nested a level deeper, a .yml file, a copy under another
    name, a file whose name is no year, a misnamed year without a proper one, a hidden folder, a
    file outside any assessments folder, and a one-organisation file directly in assessments/ (slug
    from its name)."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "assessments"
    for slug, naam in (("aadorp", "Gemeente Aadorp"), ("beedorp", "Gemeente Beedorp")):
        for jaar in (2024, 2025, 2026):
            write_year(root / slug, uniform("deels"), naam=naam, jaar=jaar)
    write_year(root / "regio" / "ceedorp", uniform("voldaan"), naam="Gemeente Ceedorp", jaar=2025)
    yml = write_year(root / "ceedorp-oud", uniform("niet"), naam="Gemeente Ceedorp", jaar=2024)
    yml.rename(yml.with_suffix(".yml"))
    shutil.copy(root / "beedorp" / "2025.yaml", root / "beedorp" / "2025-kopie.yaml")
    write_year(root / "deedorp", uniform("deels"), naam="Gemeente Deedorp", jaar=2026)
    (root / "deedorp" / "2026.yaml").rename(root / "deedorp" / "zelfevaluatie.yaml")
    misnamed = write_year(root / "eedorp", uniform("deels"), naam="Gemeente Eedorp", jaar=2026)
    misnamed.rename(root / "eedorp" / "2025.yaml")
    write_year(root / ".oud", uniform("deels"), naam="Gemeente Aadorp", jaar=2025)
    write_year(root, uniform("grotendeels"), naam="Gemeente Eigen Map", jaar=2025)
    write_year(tmp_path / "elders", uniform("deels"), naam="Gemeente Aadorp", jaar=2026)
    return tmp_path


YEARS = [None, 2023, 2024, 2025, 2026, 2030]
ORGS = ["aadorp", "beedorp", "ceedorp", "ceedorp-oud", "deedorp", "eedorp", "gemeente-eigen-map", "onbekend"]


@pytest.mark.parametrize("org", ORGS)
@pytest.mark.parametrize("year", YEARS)
def test_select_by_path_is_a_full_scan(region: Path, year: int | None, org: str) -> None:
    for paths in ([], [Path("assessments")], [Path("assessments"), Path("elders")]):
        fast = _outcome(select, paths=paths, year=year, org=org)
        full = _outcome(_full_scan_select, paths=paths, year=year, org=org)
        assert fast == full, (paths, fast, full)


def test_a_broken_file_of_the_organisation_stops_it_either_way(region: Path) -> None:
    (region / "assessments" / "aadorp" / "2023.yaml").write_text(
        "norm: '1.0'\njaar: [kapot\n", encoding="utf-8"
    )
    assert _outcome(select, paths=[], year=2025, org="aadorp") == [
        ("assessments/aadorp/2025.yaml", "aadorp", 2025)
    ]
    fast = _outcome(select, paths=[], year=None, org="aadorp")
    assert fast == _outcome(_full_scan_select, paths=[], year=None, org="aadorp")
    assert fast == (1, [("assessments/aadorp/2023.yaml", 3, "YAML-SYNTAX")])


def test_a_misnamed_year_is_reported_not_missed(region: Path) -> None:
    # eedorp has no 2026.yaml, only 2025.yaml that says 2026: read after all, and named
    codes = _outcome(select, paths=[], year=2026, org="eedorp")
    assert codes == (1, [("assessments/eedorp/2025.yaml", 5, "JAAR-BESTANDSNAAM")])


def test_another_organisations_broken_file_no_longer_blocks(region: Path) -> None:
    # a full scan stopped at beedorp's broken file; by path it is never opened for aadorp
    (region / "assessments" / "beedorp" / "2025.yaml").write_text("jaar: [\n", encoding="utf-8")
    assert _outcome(_full_scan_select, paths=[], year=2025, org="aadorp")[0] == 1  # type: ignore[index]
    assert _outcome(select, paths=[], year=2025, org="aadorp") == [
        ("assessments/aadorp/2025.yaml", "aadorp", 2025)
    ]


def test_a_misnamed_file_beside_the_right_one_is_left_to_validate(region: Path) -> None:
    # aadorp/2024.yaml that says 2025 next to aadorp/2025.yaml: a full scan stopped on it; by path
    # it belongs to 2024 (validate reports JAAR-BESTANDSNAAM), and 2025 is aadorp/2025.yaml
    source = region / "assessments" / "aadorp" / "2024.yaml"
    source.write_text(
        source.read_text(encoding="utf-8").replace("jaar: 2024", "jaar: 2025"), encoding="utf-8"
    )
    assert _outcome(_full_scan_select, paths=[], year=2025, org="aadorp")[0] == 1  # type: ignore[index]
    assert _outcome(select, paths=[], year=2025, org="aadorp") == [
        ("assessments/aadorp/2025.yaml", "aadorp", 2025)
    ]


def test_the_years_of_an_organisation(region: Path) -> None:
    loaded, unusable = organisation_years([], "beedorp")
    assert [(i.display, i.assessment.jaar) for i in loaded] == [
        ("assessments/beedorp/2024.yaml", 2024),
        ("assessments/beedorp/2025-kopie.yaml", 2025),
        ("assessments/beedorp/2025.yaml", 2025),
        ("assessments/beedorp/2026.yaml", 2026),
    ]
    assert unusable == []
    (region / "assessments" / "aadorp" / "2023.yaml").write_text("jaar: [kapot\n", encoding="utf-8")
    assert organisation_years([], "aadorp")[1] == ["assessments/aadorp/2023.yaml"]  # its own, broken
    assert organisation_years([], "beedorp")[1] == []  # another organisation's folder is not read
    assert [i.display for i in organisation_years([], "gemeente-eigen-map")[0]] == ["assessments/2025.yaml"]


def test_known_files_are_not_read_again(region: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    current = select([], year=2025, org="beedorp")
    reads: list[str] = []
    real = yamlsource.read_document
    monkeypatch.setattr(assessments, "read_document", lambda p, d=None: reads.append(str(p)) or real(p, d))
    organisation_years([], "beedorp", known=current)
    # its other years, and the file directly in assessments/ whose slug only its naam can tell
    assert sorted(reads) == [
        "assessments/2025.yaml",
        "assessments/beedorp/2024.yaml",
        "assessments/beedorp/2026.yaml",
    ]


def test_folder_slugs_agree_with_folder_slug(region: Path) -> None:
    files = find_files([Path("assessments"), Path("elders")])
    linked = region / "assessments" / "aadorp" / "link.yaml"
    os.symlink(region / "assessments" / "beedorp" / "2024.yaml", linked)
    files = [*files, linked]
    assert folder_slugs(files) == [folder_slug(p) for p in files]
    assert folder_slug(linked) == "beedorp"  # a linked file belongs where its target is


def test_find_files_lists_what_rglob_listed(region: Path) -> None:
    root = region / "assessments"
    (root / "a-b").mkdir()
    (root / "a-b" / "2025.yaml").write_text("x: 1\n", encoding="utf-8")
    (root / "a").mkdir()
    (root / "a" / "b.yaml").write_text("x: 1\n", encoding="utf-8")
    (root / "HOOFD.YAML").write_text("x: 1\n", encoding="utf-8")
    os.symlink(root / "aadorp", root / "gelinkte-map")  # not descended into, like rglob
    os.symlink(root / "nergens.yaml", root / "kapotte-link.yaml")
    os.symlink(root / "beedorp" / "2024.yaml", root / "link.yaml")
    before = [
        p
        for p in sorted(Path("assessments").rglob("*"))
        if p.suffix in {".yaml", ".yml"}
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to("assessments").parts)
    ]
    assert find_files([Path("assessments")]) == before


def test_the_overview_keeps_data_not_trees(region: Path) -> None:
    selection = select_years([], (2025, 2024))
    kept = selection.years[2025]
    assert [i.slug for i in kept] == ["aadorp", "beedorp", "ceedorp", "gemeente-eigen-map"]
    assert all(item.document is None for year in selection.years.values() for item in year)
    answer = kept[0].assessment.antwoorden["1.1"]
    assert (answer.toelichting, answer.bewijs, answer.acties) == (None, [], [])
    answers = [
        a for year in selection.years.values() for item in year for a in item.assessment.antwoorden.values()
    ]
    assert len({id(a.model_fields_set) for a in answers}) == 1  # one set for all: 15 MiB of a region
    for item in kept:  # the figures are those of the whole file
        whole = select([], year=2025, org=item.slug)[0]
        assert score_assessment(item.norm, item.assessment) == score_assessment(whole.norm, whole.assessment)
    # the copy sorts first ("2025-" before "2025."), so 2025.yaml is the second file of 2025
    assert [(p.location.path, p.location.line, p.code) for p in selection.left_out] == [
        ("assessments/beedorp/2025.yaml", 5, "DUBBELE-BEOORDELING"),
    ]
