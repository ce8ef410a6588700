"""A fictitious norm 1.1 with its mapping, installed through NHNORM_NORM_PATH for one test."""

from __future__ import annotations

from pathlib import Path

import pytest

from nhnorm_cli.files.resources import NORM_PATH_ENV
from tests.interop.norm11 import install


@pytest.fixture
def norm11(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder holding 1.1.yaml and mappings/1.0--1.1.yaml, on NHNORM_NORM_PATH."""
    folder = install(tmp_path / "extra-norm")
    monkeypatch.setenv(NORM_PATH_ENV, str(folder))
    return folder
