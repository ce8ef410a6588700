"""`nhnorm init`: the path and text of a new assessment, fresh or carried over from a year before."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from nhnorm_cli.config import find_root
from nhnorm_cli.editing.answers import verify
from nhnorm_cli.editing.notes import Notes, loose_comments
from nhnorm_cli.editing.scaffold import Header, carry_over, generated_lines, new_assessment
from nhnorm_cli.errors import NhnormError, usage_error
from nhnorm_cli.files.discovery import DEFAULT_DIR, check_org, display_path
from nhnorm_cli.models.assessment import Organisation
from nhnorm_cli.models.norm import Norm
from nhnorm_cli.models.results import CrossNote
from nhnorm_cli.models.values import FIRST_YEAR, LAST_YEAR
from nhnorm_cli.select.assessments import Loaded, select, single
from nhnorm_cli.select.workspace import SCHEMA, new_file, schema_reference
from nhnorm_cli.versions.crossing import notes, predecessors
from nhnorm_cli.versions.mapping import load_mapping
from nhnorm_cli.versions.norms import latest_version, load_norm


@dataclass(frozen=True)
class NewYear:
    path: Path
    text: str
    carried: int  # answers taken over from the previous year
    schema_found: bool
    # from a year of another norm version: every new norm that needs a fresh answer
    to_answer: list[CrossNote] = field(default_factory=list)
    versions: tuple[str, str] | None = None  # (old, new) when the norm version changed


def check_year(year: int) -> None:
    """ONGELDIG-JAAR (exit 2) before any position could point into a file that is never written."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise usage_error("ONGELDIG-JAAR", jaar=year)


def peildatum_for(year: int, given: date | None, today: date) -> date:
    """The peildatum `init` writes: the one given, which must lie in `year` (PEILDATUM-BUITEN-JAAR
    is never written), else today moved into `year` (1 January ahead of it, 31 December after)."""
    check_year(year)
    if given is not None:
        if given.year != year:
            raise usage_error("PEILDATUM-NIET-IN-JAAR", peildatum=given.isoformat(), jaar=year)
        return given
    return min(max(today, date(year, 1, 1)), date(year, 12, 31))


def prepare(
    year: int,
    *,
    peildatum: date,
    source_year: int | None = None,
    org: str | None = None,
    naam: str | None = None,
    soort: str | None = None,
    code: str | None = None,
    riec: str | None = None,
    output: Path | None = None,
    assessments: Path = DEFAULT_DIR,
) -> NewYear:
    """Everything `init` writes; raises BESTAAT-AL (exit 2) rather than ever replacing a file."""
    check_org(org)
    check_year(year)
    norm = load_norm(latest_version())
    previous = _previous(assessments, source_year, org) if source_year is not None else None
    if output is not None:
        target = output
    elif previous is not None:  # next to last year's file, whatever the layout
        target = previous.path.parent / f"{year}.yaml"
    else:
        target = new_file(year, org, assessments)
    if target.exists():
        raise usage_error("JAAR-BESTAAT-AL", pad=display_path(target))
    known = previous.assessment.organisatie if previous else _known_organisation(assessments, org)
    if naam is not None and not naam.strip():
        naam = None  # --naam "": as if not given (a blank name would make an invalid file)
    if naam is None and known is None:
        raise usage_error("GEEN-NAAM")
    root = find_root()
    header = Header(
        naam=naam or known.naam,  # type: ignore[union-attr]
        soort=soort or (known.soort if known else "gemeente"),
        jaar=year,
        peildatum=peildatum,
        schema=schema_reference(target, root),
        code=code or (known.code if known and not naam else None),
        riec=riec or (known.riec if known else None),
        bron=previous.display if previous else None,
    )
    renamed: dict[str, str] | None = None
    to_answer: list[CrossNote] = []
    versions = None
    if previous is not None and previous.norm.versie != norm.versie:
        versions = (previous.norm.versie, norm.versie)
        renamed, to_answer = _across_versions(*versions, norm)
    carried = carry_over(previous.parsed().text, norm, renamed) if previous else {}
    own = _own_comments(previous.parsed().text, norm, previous.norm, renamed) if previous else None
    text = new_assessment(norm, header, carried, own)
    verify(text, display_path(target))
    return NewYear(target, text, len(carried), (root / SCHEMA).is_file(), to_answer, versions)


def _across_versions(old: str, new: str, norm: Norm) -> tuple[dict[str, str], list[CrossNote]]:
    """Answers move along `gelijk` mappings only; every other new norm needs a fresh answer."""
    mapping = load_mapping(old, new)
    if mapping is None:
        raise usage_error("GEEN-VERSIEMAPPING", van=old, naar=new)
    renamed = {p.old_ids[0]: p.new_id for p in predecessors(mapping, norm) if p.like_for_like}
    fresh = [n for n in notes(mapping, norm) if not n.gelijkwaardig and n.relatie != "vervallen"]
    return renamed, fresh


def _own_comments(previous: str, norm: Norm, old: Norm, renamed: dict[str, str] | None) -> Notes:
    """Last year's own comments; what either norm version generates is not the user's. Across
    versions a comment moves with its norm's new id, or to the end when the norm has none."""
    versions = [norm] if old.versie == norm.versie else [norm, old]
    generated = set().union(*(generated_lines(version) for version in versions))
    found = loose_comments(previous, versions, generated)
    return found if renamed is None else found.moved(renamed)


def _previous(assessments: Path, year: int, org: str | None) -> Loaded:
    return single(select([assessments], year=year, org=org, root=assessments))


def _known_organisation(assessments: Path, org: str | None) -> Organisation | None:
    """The organisation as its latest assessment names it, so a new year needs no --naam."""
    try:
        found = select([assessments], org=org, root=assessments)
    except NhnormError:
        return None
    if len({item.slug for item in found}) != 1:
        return None
    return found[-1].assessment.organisatie
