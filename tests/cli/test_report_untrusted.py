"""Reports built from untrusted input: a --templates folder from a pull request runs sandboxed, and
text in the Markdown report never becomes a Liquid (Jekyll, GitHub Pages) tag."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Runner

ESCAPES = {  # the attack and the one name the sandbox refuses
    "{{ ''.__class__.__mro__[1].__subclasses__() }}": "__class__",
    "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}": "__init__",
    "{{ joiner.__init__.__globals__['os'].system('touch PWNED') }}": "__init__",
    "{{ r.__class__.__init__.__globals__ }}": "__init__",
    "{% set x = r.themas.append(1) %}{{ x }}": "append",
    "{{ r.__dict__ }}": "__dict__",
}


@pytest.mark.parametrize(("attack", "refused"), ESCAPES.items())
def test_a_template_cannot_reach_python(
    repo: Path, tmp_path: Path, nhnorm: Runner, attack: str, refused: str
) -> None:
    own = tmp_path / "sjablonen"
    own.mkdir()
    (own / "report.md.j2").write_text(f"# Rapport\n\n{attack}\n", encoding="utf-8")
    result = nhnorm("report", "--year", "2026", "--templates", own, expect=1)
    assert result.stdout == ""
    assert result.stderr == (
        f"{own / 'report.md.j2'}:3:1: fout SJABLOON-FOUT: fout in een rapportsjabloon: "
        f"een sjabloon mag '{refused}' niet gebruiken (afgeschermd)\n"
    )
    assert not (repo / "PWNED").exists() and not Path("PWNED").exists()


def test_an_ordinary_template_still_works_in_the_sandbox(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    (tmp_path / "report.md.j2").write_text(
        "{% for t in r.themas %}{{ t.id }}={{ t.score.score | score }};{% endfor %}"
        "{{ r.organisatie | upper }}\n",
        encoding="utf-8",
    )
    out = nhnorm("report", "--year", "2026", "--templates", tmp_path).stdout
    assert out.startswith("1=") and out.rstrip().endswith("GEMEENTE ZEEDORP")


def test_a_filter_given_the_wrong_value_is_a_template_error(
    repo: Path, tmp_path: Path, nhnorm: Runner
) -> None:
    (tmp_path / "report.md.j2").write_text("{{ r.themas[0] | score }}\n", encoding="utf-8")
    err = nhnorm("report", "--year", "2026", "--templates", tmp_path, expect=1).stderr
    assert err == (
        f"{tmp_path / 'report.md.j2'}:1:1: fout SJABLOON-FOUT: fout in een rapportsjabloon: een filter of "
        "bewerking kreeg een waarde van de verkeerde soort (details: unsupported format string passed to "
        "ThemeView.__format__)\n"
    )


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("{{ site.github.token }}", "{\\{ site.github.token }}"),
        ("{% include /etc/passwd %}", "{\\% include /etc/passwd %}"),
        ("{# verborgen #}", "{\\# verborgen \\#}"),
        ("{{{ drie", "{\\{\\{ drie"),
        ("losse { accolades }", "losse { accolades }"),
    ],
)
def test_markdown_report_escapes_liquid(repo: Path, nhnorm: Runner, typed: str, shown: str) -> None:
    nhnorm("set", "--year", "2026", "1.1", "voldaan", "--toelichting", typed)
    md = nhnorm("report", "--year", "2026").stdout
    assert f"**Toelichting:** {shown}" in md
    assert "{{" not in md and "{%" not in md and "{#" not in md
