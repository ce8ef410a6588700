"""A rendered Word letter made ready to send on: Dutch throughout (so Word checks the spelling in
Dutch, and a screen reader reads it in Dutch), honest document properties and no stale preview.

Applied to every letter after docxtpl has filled it, nhnorm's own template and a gemeente's own
letterhead (--templates) alike: a template made in an English Word would otherwise mark the whole
letter as English."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

LANGUAGE = "nl-NL"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Properties:
    """The letter's core properties (File > Properties in Word; the PDF's metadata on export)."""

    title: str
    subject: str
    author: str
    image_text: str = ""  # alt text for an image the template left without one (its logo)
    keywords: str = "weerbaarheid; ondermijning; zelfevaluatie; raadsinformatiebrief"
    category: str = "Raadsinformatiebrief"


def finish(document: Any, properties: Properties, *, now: datetime | None = None) -> None:
    """Language nl-NL on every style and run, the core properties, and no thumbnail."""
    set_language(document)
    _describe_images(document, properties.image_text)
    _set_properties(document, properties, now or datetime.now(UTC).replace(microsecond=0))
    _drop_thumbnail(document)


_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def _describe_images(document: Any, text: str) -> None:
    """Every image has alt text (descr) for a screen reader: a letterhead's picture that has none in
    the template is the organisation's logo."""
    for root in _story_roots(document):
        for properties in root.iter(f"{{{_WP}}}docPr"):
            if not (properties.get("descr") or "").strip() and text:
                properties.set("descr", text)


def set_language(document: Any) -> None:
    """nl-NL as the default of the document, of every style and of every run (body, headers,
    footers); East Asian and complex-script languages stay as the template set them."""
    _mark_styles(document.styles.element)
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/word/stylesWithEffects.xml":  # a plain Part: only its bytes
            root = parse_xml(part.blob)
            _mark_styles(root)
            part._blob = serialize_part_xml(root)
    for root in _story_roots(document):
        for run in root.iter(_w("r")):
            _mark(_ordered_child(run, "rPr", ()))
    settings = document.settings.element
    font_lang = settings.find(_w("themeFontLang"))
    if font_lang is not None:
        font_lang.set(_w("val"), LANGUAGE)
    proof = settings.find(_w("proofState"))
    if proof is not None:  # "spelling checked: clean" was said of the template, not of this letter
        settings.remove(proof)


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


# What may precede a child in its parent (the schema's order): an element out of order makes Word
# call the file damaged.
_BEFORE_STYLE_RPR = (
    *("name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden"),
    *("unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr"),
)
_BEFORE_LANG = (
    *("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline"),
    *("shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing"),
    *("w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText"),
    *("vertAlign", "rtl", "cs", "em"),
)


def _ordered_child(parent: Any, name: str, before: tuple[str, ...]) -> Any:
    """The child `name` of `parent`, made where the schema wants it when missing."""
    found = parent.find(_w(name))
    if found is None:
        found = parent.makeelement(_w(name), {})
        preceding = {_w(tag) for tag in before}
        parent.insert(sum(1 for child in parent if child.tag in preceding), found)
    return found


def _mark_styles(styles: Any) -> None:
    defaults = styles.find(_w("docDefaults"))
    if defaults is None:
        defaults = styles.makeelement(_w("docDefaults"), {})
        styles.insert(0, defaults)
    run_default = _ordered_child(defaults, "rPrDefault", ())
    _mark(_ordered_child(run_default, "rPr", ()))
    for style in styles.iterfind(_w("style")):
        if style.get(_w("type")) != "numbering":  # a numbering style has no run properties
            _mark(_ordered_child(style, "rPr", _BEFORE_STYLE_RPR))


def _mark(properties: Any) -> None:
    _ordered_child(properties, "lang", _BEFORE_LANG).set(_w("val"), LANGUAGE)


def _story_roots(document: Any) -> list[Any]:
    """The body and every header and footer. Through the relationships, not `section.header`:
    docxtpl puts a rendered header in place as a new part, which python-docx's own lookup
    (cached by rId) does not see."""
    stories = (RT.HEADER, RT.FOOTER)
    parts = [rel.target_part for rel in document.part.rels.values() if rel.reltype in stories]
    return [document.element.body, *(part.element for part in parts)]


def _set_properties(document: Any, properties: Properties, now: datetime) -> None:
    core = document.core_properties
    core.title = properties.title
    core.subject = properties.subject
    core.author = properties.author
    core.last_modified_by = properties.author
    core.keywords = properties.keywords
    core.category = properties.category
    core.language = LANGUAGE
    core.comments = ""  # python-docx's template says "generated by python-docx"
    core.created = core.modified = now
    core.revision = 1
    printed = core._element.find(qn("cp:lastPrinted"))
    if printed is not None:  # the template's last printing is not this letter's
        core._element.remove(printed)


def _drop_thumbnail(document: Any) -> None:
    """The preview picture is the template's (python-docx's is a blank page): without one, Word and
    file managers draw the real first page."""
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
