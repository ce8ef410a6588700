"""Templates from a gemeente's repository or a pull request are untrusted code (issue 25): they get
data and nothing else, and a runaway template stops with SJABLOON-FOUT instead of a traceback,
a full memory or a job that never ends."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, Runner

PICKLE = "cos\\nsystem\\n(S'touch {marker}'\\ntR."


def _exploit(marker: Path) -> str:
    """The attack of issue 25: pydantic's parse_raw unpickles bytes that run a shell command."""
    payload = PICKLE.format(marker=marker)
    return f'{{{{ r.parse_raw("{payload}", content_type="application/pickle", allow_pickle=True) }}}}'


def _report_md(nhnorm: Runner, folder: Path, *, expect: int = 1) -> str:
    return nhnorm("report", "--year", "2026", "--templates", folder, expect=expect).stderr


def _own(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "huisstijl"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


REFUSED = "een sjabloon mag '{}' niet gebruiken (afgeschermd)"


@pytest.mark.parametrize(
    ("name", "args", "expression"),
    [
        ("report.md.j2", ("report", "--year", "2026"), "r"),
        ("report.html.j2", ("report", "--year", "2026", "--format", "html"), "r"),
        ("report.html.j2", ("report", "--year", "2026", "--format", "html"), "r.themas[0].normen[0]"),
        ("overview.html.j2", ("overview", "--year", "2026", "--format", "html"), "o"),
    ],
)
def test_parse_raw_does_not_run_a_command(
    repo: Path, tmp_path: Path, nhnorm: Runner, name: str, args: tuple[str, ...], expression: str
) -> None:
    marker = tmp_path / "marker"
    attack = _exploit(marker).replace("r.parse_raw", f"{expression}.parse_raw")
    folder = _own(tmp_path, name, attack + "\n")
    result = nhnorm(*args, "--templates", folder, expect=1)
    assert not marker.exists()
    assert result.stderr == f"{folder / name}:1:1: fout SJABLOON-FOUT: fout in een rapportsjabloon: " + (
        REFUSED.format("parse_raw") + "\n"
    )


def test_templates_in_nhnorm_toml_run_no_command(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    """A pull request that adds a template folder and names it in nhnorm.toml runs in CI."""
    marker = tmp_path / "marker"
    _own(repo, "report.md.j2", _exploit(marker) + "\n")
    (repo / "nhnorm.toml").write_text('[nhnorm]\ntemplates = "huisstijl"\n', encoding="utf-8")
    err = nhnorm("report", "--year", "2026", expect=1).stderr
    assert "SJABLOON-FOUT" in err and "parse_raw" in err
    assert not marker.exists()


def test_parse_file_reads_no_file(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    secret = tmp_path / "geheim.json"
    secret.write_text('{"wachtwoord": "hunter2"}', encoding="utf-8")
    folder = _own(tmp_path, "report.md.j2", f'{{{{ r.samenvatting.parse_file("{secret}") }}}}\n')
    err = _report_md(nhnorm, folder)
    assert "hunter2" not in err and REFUSED.format("parse_file") in err


# The attacker's cases: every one is refused at the template line with its own words, none is exit 3.
ATTACKS = {
    "model_dump": ("{{ r.model_dump() }}", REFUSED.format("model_dump")),
    "model_validate_json": ("{{ r.model_validate_json('{}') }}", REFUSED.format("model_validate_json")),
    "copy": ("{{ r.copy(update={'organisatie': 'x'}) }}", REFUSED.format("copy")),
    "model_fields": ("{{ r.model_fields }}", REFUSED.format("model_fields")),
    "construct": ("{{ r.themas[0].construct() }}", REFUSED.format("construct")),
    "schema_json": ("{{ r.schema_json() }}", REFUSED.format("schema_json")),
    "attr filter": ("{{ r|attr('parse_raw') }}", REFUSED.format("parse_raw")),
    "subscript": ("{{ r['parse_file']('/etc/passwd') }}", REFUSED.format("parse_file")),
    "map attribute": ("{{ r.themas|map(attribute='parse_raw')|first }}", REFUSED.format("parse_raw")),
    "format field": ("{{ '{0.parse_raw}'.format(r) }}", REFUSED.format("parse_raw")),
    "date method": ("{{ r.peildatum.fromtimestamp(0) }}", REFUSED.format("fromtimestamp")),
    "str encode": ("{{ r.organisatie.encode() }}", REFUSED.format("encode")),
    "str ljust": ("{{ r.organisatie.ljust(10**9) }}", REFUSED.format("ljust")),
    "list append": ("{% set x = r.themas.append(1) %}{{ x }}", REFUSED.format("append")),
    "mro": ("{{ ''.__class__.__mro__ }}", REFUSED.format("__class__")),
    "globals": ("{{ cycler.__init__.__globals__ }}", REFUSED.format("__init__")),
    "lipsum gone": (
        "{{ lipsum(10**9) }}",
        "'lipsum' bestaat niet; is de naam goed gespeld? (een sjabloon krijgt r, de rapportgegevens)",
    ),
    "repeat text": (
        "{{ 'a' * 1000000000000 }}",
        "een waarde wordt langer dan 20 miljoen tekens (of een lijst langer dan 100.000)",
    ),
    "repeat list": (
        "{{ ([1] * 10000000)|length }}",
        "een waarde wordt langer dan 20 miljoen tekens (of een lijst langer dan 100.000)",
    ),
    "power": ("{{ 2 ** 1000000000 }}", "een getal wordt groter dan een rapport ooit nodig heeft"),
    "doubling": (
        "{% set a = 'x' * 1000000 %}" + "{% set a = a ~ a %}" * 30 + "{{ a|length }}",
        "een waarde wordt langer dan 20 miljoen tekens (of een lijst langer dan 100.000)",
    ),
    "center": (
        "{{ 'a'|center(10**12) }}",
        "een waarde wordt langer dan 20 miljoen tekens (of een lijst langer dan 100.000)",
    ),
    "format width": (
        "{{ '%0999999999d'|format(1) }}",
        "een breedte in een opmaaktekst is groter dan 10.000 of komt uit een argument (%*d, {0:{1}})",
    ),
    "star width": (
        "{{ '%*d' % (10**9, 1) }}",
        "een breedte in een opmaaktekst is groter dan 10.000 of komt uit een argument (%*d, {0:{1}})",
    ),
    "nested width": (
        "{{ '{0:{1}}'.format(1, 10**9) }}",
        "een breedte in een opmaaktekst is groter dan 10.000 of komt uit een argument (%*d, {0:{1}})",
    ),
    "self include": (
        '{% include "report.md.j2" %}',
        "het sjabloon roept zichzelf eindeloos aan ({% include %} of {% extends %} van zichzelf, of een "
        "macro die zichzelf blijft aanroepen)",
    ),
    "self extends": (
        '{% extends "report.md.j2" %}',
        "het sjabloon roept zichzelf eindeloos aan ({% include %} of {% extends %} van zichzelf, of een "
        "macro die zichzelf blijft aanroepen)",
    ),
    "recursive macro": (
        "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(1) }}",
        "het sjabloon roept zichzelf eindeloos aan ({% include %} of {% extends %} van zichzelf, of een "
        "macro die zichzelf blijft aanroepen)",
    ),
    "branching macro": (
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}",
        "het sjabloon rekent te lang (meer dan 5 miljoen stappen; een lus in een lus in een lus?)",
    ),
    "nested loops": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "het sjabloon rekent te lang (meer dan 5 miljoen stappen; een lus in een lus in een lus?)",
    ),
    "recursive loop": (
        "{% for x in range(1000) recursive %}{% if x is number %}{{ loop(range(100000)|map('string')) }}"
        "{% endif %}{% endfor %}",
        "het sjabloon rekent te lang (meer dan 5 miljoen stappen; een lus in een lus in een lus?)",
    ),
    "output": (
        "{% set a = 'x' * 10000000 %}{% for i in range(100) %}{{ a }}{% endfor %}",
        "het sjabloon maakt meer dan 100 miljoen tekens tekst",
    ),
    "block set": (
        "{% set a = 'x' * 10000000 %}{% set b %}{% for i in range(100) %}{{ a }}{% endfor %}{% endset %}",
        "het sjabloon maakt meer dan 100 miljoen tekens tekst",
    ),
    "not callable": ("{{ r.organisatie.upper.__call__() }}", REFUSED.format("__call__")),
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("attack", "detail"), ATTACKS.values(), ids=list(ATTACKS))
def test_attacker_corpus(repo: Path, tmp_path: Path, nhnorm: Runner, attack: str, detail: str) -> None:
    folder = _own(tmp_path, "report.md.j2", attack + "\n")
    err = _report_md(nhnorm, folder)
    where = folder / "report.md.j2"
    assert err == f"{where}:1:1: fout SJABLOON-FOUT: fout in een rapportsjabloon: {detail}\n"


def test_data_methods_still_work(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    """What templates rightly use keeps working: fields, dict.get and items, text methods, macros,
    loops with loop.*, namespace(), cycler(), joiner(), super() and an imported macro."""
    folder = _own(
        tmp_path,
        "macros.j2",
        "{% macro groet(naam) %}Hallo {{ naam }}{% endmacro %}",
    )
    _own(
        tmp_path,
        "report.md.j2",
        '{% import "macros.j2" as m %}{% set ns = namespace(n=0) %}{% set c = cycler("a", "b") %}'
        "{% set j = joiner('|') %}"
        "{% for t in r.themas %}{% set ns.n = ns.n + loop.index %}{{ j() }}{{ c.next() }}{{ t.id }}"
        "{% endfor %};{{ ns.n }};{{ r.trend[0].themas.get('1') is not none }};"
        "{{ r.theme_titles.items()|list|length }};{{ r.organisatie.upper().split()|join('-') }};"
        "{{ r.peildatum.year }};{{ m.groet('Zeedorp') }};{{ '{}-{}'.format('a', 'b') }};{{ '%03d' % 7 }}\n",
    )
    out = nhnorm("report", "--year", "2026", "--templates", folder).stdout
    assert out == ("a1\\|b2\\|a3\\|b4\\|a5\\|b6;21;True;6;GEMEENTE-ZEEDORP;2026;Hallo Zeedorp;a-b;007\n")


def test_super_and_self_blocks(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    folder = _own(
        tmp_path,
        "base.html.j2",
        '{% extends "nhnorm/base.html.j2" %}{% block huisstijl %}{{ super() }}:root{--x:1}{% endblock %}',
    )
    html = nhnorm("report", "--year", "2026", "--format", "html", "--templates", folder).stdout
    assert ":root{--x:1}" in html


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
@pytest.mark.parametrize("how", ["include", "template"])
def test_a_link_in_the_folder_is_not_followed(repo: Path, tmp_path: Path, nhnorm: Runner, how: str) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("hunter2\n", encoding="utf-8")
    folder = tmp_path / "huisstijl"
    folder.mkdir()
    if how == "include":
        (folder / "geheim").symlink_to(secret)
        (folder / "report.md.j2").write_text('{% include "geheim" %}\n', encoding="utf-8")
        where, name = f"{folder / 'report.md.j2'}:1:1", "geheim"
    else:
        (folder / "report.md.j2").symlink_to(secret)
        where, name = "nhnorm", "report.md.j2"
    result = nhnorm("report", "--year", "2026", "--templates", folder, expect=1)
    assert "hunter2" not in result.stdout + result.stderr
    assert result.stderr == (
        f"{where}: fout SJABLOON-FOUT: fout in een rapportsjabloon: {name} in de sjablonenmap is een "
        "koppeling (symlink); nhnorm leest alleen gewone bestanden in de map zelf\n"
    )


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_linked_sub_folder_is_not_followed(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    outside = tmp_path / "buiten"
    outside.mkdir()
    (outside / "x.j2").write_text("hunter2", encoding="utf-8")
    folder = _own(tmp_path, "report.md.j2", '{% include "deel/x.j2" %}\n')
    (folder / "deel").symlink_to(outside, target_is_directory=True)
    err = _report_md(nhnorm, folder)
    assert "deel/x.j2 in de sjablonenmap is een koppeling (symlink)" in err and "hunter2" not in err


@pytest.mark.parametrize("name", ["../geheim.txt", "/etc/passwd", "a/../../geheim.txt", "C:\\\\x"])
def test_a_path_out_of_the_folder_is_refused(repo: Path, tmp_path: Path, nhnorm: Runner, name: str) -> None:
    (tmp_path / "geheim.txt").write_text("hunter2", encoding="utf-8")
    folder = _own(tmp_path, "report.md.j2", f'{{% include "{name}" %}}\n')
    err = _report_md(nhnorm, folder)
    assert "hunter2" not in err and "SJABLOON-FOUT" in err and "Traceback" not in err


def test_a_fifo_in_the_folder_is_not_read(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes")
    folder = _own(tmp_path, "report.md.j2", '{% include "pijp.j2" %}\n')
    os.mkfifo(folder / "pijp.j2")
    assert "pijp.j2 in de sjablonenmap is geen gewoon bestand" in _report_md(nhnorm, folder)


# Word templates: docxtpl parses with lxml; every broken or hostile part is worded.
def _docx_with(document: bytes | None = None, *, extra: bytes = b"") -> bytes:
    with zipfile.ZipFile(ROOT / "templates" / "report.docx") as shipped:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as new:
            for info in shipped.infolist():
                data = shipped.read(info)
                if info.filename == "word/document.xml":
                    body = data.replace(b"</w:body>", extra + b"</w:body>")
                    data = document if document is not None else body
                new.writestr(info, data)
    return out.getvalue()


def _docx_without(part: str) -> bytes:
    with zipfile.ZipFile(ROOT / "templates" / "report.docx") as shipped:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as new:
            for info in shipped.infolist():
                if info.filename != part:
                    new.writestr(info, shipped.read(info))
    return out.getvalue()


def _paragraph(text: str) -> bytes:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()


_SHIPPED_DOCUMENT = zipfile.ZipFile(ROOT / "templates" / "report.docx").read("word/document.xml")
_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
)
DOCX_CASES = {
    "billion laughs": (
        _docx_with(_LAUGHS),
        "word/document.xml bevat een DTD of entiteiten (<!DOCTYPE>, <!ENTITY>); Word schrijft die nooit",
    ),
    "truncated": (
        _docx_with(_SHIPPED_DOCUMENT[:5000]),
        "word/document.xml is geen geldige XML (regel 2, kolom",
    ),
    "include": (
        _docx_with(extra=_paragraph('{%p include "x" %}')),
        "{% include %}, {% extends %} en {% import %} werken niet in een Word-sjabloon",
    ),
    "parse_raw": (_docx_with(extra=_paragraph("{{ r.parse_raw('x') }}")), REFUSED.format("parse_raw")),
    "repeat": (
        _docx_with(extra=_paragraph("{{ 'a' * 1000000000000 }}")),
        "een waarde wordt langer dan 20 miljoen tekens",
    ),
    "recursive macro": (
        _docx_with(extra=_paragraph("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}")),
        "het sjabloon roept zichzelf eindeloos aan",
    ),
    "wrong value": (
        _docx_with(extra=_paragraph("{{ r.themas[0]|score }}")),
        "een filter of bewerking kreeg een waarde van de verkeerde soort",
    ),
    "no document": (
        _docx_without("word/document.xml"),
        "er zit geen word/document.xml in",
    ),
}


@pytest.mark.parametrize(("content", "detail"), DOCX_CASES.values(), ids=list(DOCX_CASES))
def test_a_hostile_word_template_is_worded(
    repo: Path, tmp_path: Path, nhnorm: Runner, content: bytes, detail: str
) -> None:
    folder = tmp_path / "huisstijl"
    folder.mkdir()
    (folder / "report.docx").write_bytes(content)
    out = tmp_path / "brief.docx"
    args = ("report", "--year", "2026", "--format", "docx", "--templates", folder, "--output", out)
    err = nhnorm(*args, expect=1).stderr
    assert err.startswith(f"{folder / 'report.docx'}:1:1: fout SJABLOON-FOUT: fout in een rapportsjabloon: ")
    assert detail in err and err.count("\n") == 1
    assert not out.exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_linked_word_template_is_not_read(repo: Path, tmp_path: Path, nhnorm: Runner) -> None:
    folder = tmp_path / "huisstijl"
    folder.mkdir()
    (folder / "report.docx").symlink_to(ROOT / "templates" / "report.docx")
    out = tmp_path / "brief.docx"
    args = ("report", "--year", "2026", "--format", "docx", "--templates", folder, "--output", out)
    assert "is een koppeling (symlink)" in nhnorm(*args, expect=1).stderr
    assert not out.exists()
