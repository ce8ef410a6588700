"""The installed package carries its data: the norm, the templates and the JSON Schemas are found
through importlib.resources inside nhnorm_cli, whether installed editable or as a wheel."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

from nhnorm_cli.files.resources import norm_dir, schemas_dir, templates_dir
from nhnorm_cli.formats.schemas import SCHEMA_FILES
from nhnorm_cli.versions.norms import available_versions, load_norm


def test_norm_is_packaged() -> None:
    resource = files("nhnorm_cli") / "norm" / "1.0.yaml"
    assert resource.is_file()
    assert resource.read_text(encoding="utf-8").count('  - id: "') >= 6
    assert (norm_dir() / "1.0.yaml").read_bytes() == resource.read_bytes()
    assert "1.0" in available_versions()
    assert len(load_norm("1.0").requirements) == 47


def test_templates_are_packaged() -> None:
    folder = files("nhnorm_cli") / "templates"
    assert folder.is_dir() and templates_dir().is_dir()
    assert any(entry.is_file() for entry in folder.iterdir())
    assert (templates_dir() / "report.docx").read_bytes().startswith(b"PK")  # the Word template


def test_schemas_are_packaged() -> None:
    for name in SCHEMA_FILES.values():
        resource = files("nhnorm_cli") / "schemas" / name
        schema = json.loads(resource.read_text(encoding="utf-8"))
        assert schema["$schema"].startswith("https://json-schema.org/")
        assert (schemas_dir() / name).read_bytes() == resource.read_bytes()


def test_data_is_found_from_another_directory(tmp_path: Path) -> None:
    """Not by accident relative to the working directory: run from an empty folder."""
    code = (
        "from nhnorm_cli.versions.norms import load_norm;"
        "from nhnorm_cli.files.resources import schemas_dir, templates_dir;"
        "print(len(load_norm('1.0').requirements), (schemas_dir() / 'assessment.schema.json').is_file(),"
        " templates_dir().is_dir())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["47", "True", "True"]


REPO = Path(__file__).resolve().parent.parent
DATA_FOLDERS = ("norm", "templates", "schemas")  # symlinked into src/nhnorm_cli/


def test_wheel_ships_every_data_file_and_nothing_stray(tmp_path: Path) -> None:
    """Build the real wheel (as `pip install .` does) and compare it with the repository: every file
    under norm/ (mappings too), templates/ and schemas/ is inside it, and no leftover such as a
    merge's `.orig` file ships next to the modules."""
    from hatchling.builders.wheel import WheelBuilder

    wheel = Path(next(iter(WheelBuilder(str(REPO)).build(directory=str(tmp_path), versions=["standard"]))))
    with zipfile.ZipFile(wheel) as archive:
        shipped = {name for name in archive.namelist() if not name.startswith("nhnorm-")}
    expected_data = {
        f"nhnorm_cli/{path.relative_to(REPO).as_posix()}"
        for folder in DATA_FOLDERS
        for path in (REPO / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path != REPO / "templates" / "nhnorm.yml"
    }
    assert "nhnorm_cli/templates/nhnorm.yml" not in shipped  # the GitLab CI component is no package data
    assert any(name.startswith("nhnorm_cli/norm/mappings/") for name in expected_data)
    assert expected_data <= shipped, sorted(expected_data - shipped)
    modules = {
        f"nhnorm_cli/{path.relative_to(REPO / 'src' / 'nhnorm_cli').as_posix()}"
        for path in (REPO / "src" / "nhnorm_cli").rglob("*.py")
    }
    assert shipped - expected_data - modules == set()


def test_the_gitlab_component_is_no_report_template() -> None:
    """templates/nhnorm.yml sits beside the report templates only because GitLab's catalog wants
    components in templates/: a report template can never include or extend it."""
    from jinja2 import TemplateNotFound

    from nhnorm_cli.render import jinja

    assert (REPO / "templates" / "nhnorm.yml").is_file()
    env = jinja.environment(html=False)
    for name in ("nhnorm.yml", "nhnorm/nhnorm.yml"):
        with pytest.raises(TemplateNotFound):
            env.get_template(name)
    assert "{% extends" in env.loader.get_source(env, "nhnorm/report.html.j2")[0]  # type: ignore[union-attr]
