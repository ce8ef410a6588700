"""A bug in nhnorm is exit 3 with one line; --debug (or NHNORM_DEBUG=1) adds the traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from nhnorm_cli.check import validation
from tests.conftest import Runner


def _boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("kapot")


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validation, "validate_files", _boom)


def test_internal_error_is_one_line(nhnorm: Runner, repo: Path, broken: None) -> None:
    result = nhnorm("validate", expect=3)
    assert result.stderr.strip() == (
        "nhnorm: interne fout (een bug in nhnorm): RuntimeError: kapot. Draai opnieuw met --debug."
    )


def test_debug_shows_traceback(nhnorm: Runner, repo: Path, broken: None) -> None:
    result = nhnorm("--debug", "validate", expect=3)
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert 'raise RuntimeError("kapot")' in result.stderr
    assert result.stderr.strip().endswith("RuntimeError: kapot. Draai opnieuw met --debug.")


def test_debug_flag_does_not_stick(nhnorm: Runner, repo: Path, broken: None) -> None:
    nhnorm("--debug", "validate", expect=3)
    assert "Traceback" not in nhnorm("validate", expect=3).stderr


def test_a_failure_while_building_the_cli_is_one_line_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import typer.main

    from nhnorm_cli.cli import main

    monkeypatch.setattr(typer.main, "get_command", _boom)
    monkeypatch.setenv("NHNORM_LANG", "en")
    with pytest.raises(SystemExit) as caught:
        main()
    assert caught.value.code == 3
    assert capsys.readouterr().err == (
        "nhnorm: internal error (a bug in nhnorm): RuntimeError: kapot. Run again with --debug.\n"
    )


def test_the_language_of_the_run_reaches_the_boundary(nhnorm: Runner, repo: Path, broken: None) -> None:
    result = nhnorm("validate", "--lang", "en", expect=3)
    assert result.stderr.strip() == (
        "nhnorm: internal error (a bug in nhnorm): RuntimeError: kapot. Run again with --debug."
    )
