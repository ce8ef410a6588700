"""The report as a Word document (a raadsinformatiebrief) from a docxtpl template: the user's
`report.docx` (--templates) first, else nhnorm's own (built by scripts/make_report_docx.py).

The template is rendered in Jinja's sandbox, strict, with every value XML-escaped and stripped of
characters XML cannot hold, so no text from an assessment can break the document or run code."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import TemplateError

from nhnorm_cli.errors import Location, NhnormError, Problem
from nhnorm_cli.files import resources
from nhnorm_cli.models.report import ActionView, ChangeView, ReportData
from nhnorm_cli.render import jinja, report_parts
from nhnorm_cli.render.docxcheck import DocxTemplateRefused, check_docx_template
from nhnorm_cli.render.sandbox import DataSandbox, memory_ceiling
from nhnorm_cli.render.templatefolder import TemplateFileError, read_template_bytes, template_file

TEMPLATE = "report.docx"
# XML 1.0 allows tab, line feed and carriage return below U+0020; docxtpl would also turn a
# bell or form feed from the text into a paragraph or page break.
_NOT_XML = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")


def _xml_safe(value: Any) -> Any:
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


@dataclass(frozen=True)
class Letter:
    """What the letter says about itself: the griffie's kenmerk (zaaknummer), the responsible
    portefeuillehouder and the sender (default: the college, or Gedeputeerde Staten)."""

    kenmerk: str | None = None
    portefeuillehouder: str | None = None
    afzender: str | None = None


def sender(data: ReportData) -> str:
    """The body that sends a raadsinformatiebrief: the college of the gemeente, or GS."""
    if data.soort == "provincie":
        return f"Gedeputeerde Staten van {_place(data.organisatie, 'Provincie ')}"
    return f"Het college van burgemeester en wethouders van {_place(data.organisatie, 'Gemeente ')}"


def _place(name: str, prefix: str) -> str:
    """ "Gemeente Zeedorp" -> "Zeedorp": the college is "van Zeedorp", not "van Gemeente Zeedorp"."""
    return name[len(prefix) :] if name.lower().startswith(prefix.lower()) and name[len(prefix) :] else name


def _signatories(data: ReportData, letter: Letter) -> list[str]:
    """Who signs for the default sender; an own --afzender signs as written."""
    if letter.afzender:
        return []
    return ["de secretaris,", "de voorzitter," if data.soort == "provincie" else "de burgemeester,"]


def _changes(data: ReportData) -> tuple[list[ChangeView], list[ChangeView]]:
    """The changed oordelen: the norms that went down first, then every other change."""
    changes = data.samenvatting.wijzigingen
    return [c for c in changes if c.richting == "slechter"], [c for c in changes if c.richting != "slechter"]


_DIRECTION = {
    "beter": "verbeterd",
    "slechter": "achteruitgegaan",
    "nieuw": "nieuw beoordeeld",
    "vervallen": "niet meer beoordeeld",
    "gelijk": "gelijk",
}


def _owner(action: ActionView, public: bool) -> str:
    if not action.eigenaar_bekend:
        return "nog niet belegd"
    return "belegd" if public or action.eigenaar is None else action.eigenaar


def environment() -> DataSandbox:
    return jinja.sandbox(autoescape=True, finalize=_xml_safe)


def _template_bytes(templates: Path | None) -> tuple[bytes, str]:
    """The user's report.docx (a regular file in the folder, never through a link), else nhnorm's."""
    own = template_file(templates, TEMPLATE) if templates is not None else None
    if own is not None:
        return read_template_bytes(own, TEMPLATE), str(own)
    return (resources.templates_dir() / TEMPLATE).read_bytes(), TEMPLATE


def render_report_docx(
    data: ReportData, templates: Path | None = None, *, generated: str = "", letter: Letter | None = None
) -> bytes:
    """The report as .docx bytes; a broken template is a SJABLOON-FOUT naming the file."""
    from docxtpl import DocxTemplate  # python-docx and lxml: only for this format
    from lxml.etree import LxmlError

    from nhnorm_cli.render.docx_finish import Properties, finish

    letter = letter or Letter()
    try:
        raw, name = _template_bytes(templates)
    except TemplateFileError as exc:
        raise _template_error(str(templates / TEMPLATE if templates else TEMPLATE), str(exc)) from None
    went_down, other_changes = _changes(data)
    marks = [report_parts.PUBLIC if data.openbaar else report_parts.INTERNAL]
    if data.status != "vastgesteld":
        marks.append(report_parts.CONCEPT)
    context = {
        "r": data,
        "s": data.samenvatting,
        "vorig": data.samenvatting.vorig_jaar,
        "aan": "Provinciale Staten" if data.soort == "provincie" else "De gemeenteraad",
        "merken": " · ".join(marks),
        "merk_intern": report_parts.INTERNAL,
        "gegenereerd": generated,
        "vaststelling": report_parts.adoption,
        "weggelaten_uit_openbaar": report_parts.left_out,
        "eigenaar": lambda action: _owner(action, data.openbaar),
        "kenmerk": letter.kenmerk,
        "portefeuillehouder": letter.portefeuillehouder,
        "afzender": letter.afzender or sender(data),
        "ondertekening": _signatories(data, letter),
        "achteruit": went_down,
        "andere_wijzigingen": other_changes,
        "richting": _DIRECTION,
        "nieuw_open": sum(1 for a in data.actieplan if a.nieuw),
        "volgend_jaar": data.jaar + 1,
    }
    env = environment()
    env.register(*(value for value in context.values() if callable(value)))
    title = f"Raadsinformatiebrief zelfevaluatie Weerbare Overheid {data.jaar}: {data.organisatie}"
    subject = f"Uitkomst zelfevaluatie {data.norm_titel} {data.jaar}"
    try:
        check_docx_template(raw)
        template = DocxTemplate(io.BytesIO(raw))
        with memory_ceiling():
            template.render(context, jinja_env=env, autoescape=True)
        finish(template.docx, Properties(title, subject, data.organisatie, f"Logo {data.organisatie}"))
        out = io.BytesIO()
        template.save(out)
    except DocxTemplateRefused as exc:
        raise _template_error(name, exc.reason, **exc.params) from None
    except TemplateError as exc:  # the limits of the sandbox (TemplateLimitError) included
        raise _template_error(name, str(exc)) from None
    except RecursionError:
        raise _template_error(name, "TemplateLimit: recursion") from None
    except MemoryError:
        raise _template_error(name, "TemplateLimit: memory") from None
    except (zipfile.BadZipFile, KeyError, ValueError, LxmlError) as exc:
        # not a Word document docxtpl can fill, or tags that leave no valid XML
        raise _template_error(name, "geen-word", fout=str(exc)) from None
    except (TypeError, AttributeError, LookupError, ArithmeticError) as exc:
        # {%p include %}: a Word template has no other templates; else a filter given a wrong value
        detail = "docx-include" if "no loader" in str(exc) else f"{type(exc).__name__}: {exc}"
        raise _template_error(name, detail) from None
    return out.getvalue()


def _template_error(name: str, detail: str, **params: object) -> NhnormError:
    return NhnormError(Problem(Location(name), "SJABLOON-FOUT", params={"detail": detail, **params}))
