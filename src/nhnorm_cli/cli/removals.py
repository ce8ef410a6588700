"""Public outputs (report, export --public, diff --public) name each piece of personal data they
replaced by [verwijderd], at its place in the file, so the author can fix the source text itself."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import stderr_console

if TYPE_CHECKING:
    from nhnorm_cli.assessments import Loaded
    from nhnorm_cli.public.fields import Fields
    from nhnorm_cli.public.publictext import Path_


def name_removals(item: Loaded, fields: Fields | None = None, only: Collection[Path_] | None = None) -> None:
    """One PERSOONSGEGEVENS-VERWIJDERD line on stderr per finding in the fields the output
    declares it prints (public/view.py; every public text when None), or only in the texts at
    `only`."""
    from nhnorm_cli.public.fields import EVERY_FIELD
    from nhnorm_cli.public.publictext import REMOVED, check_personal_data
    from nhnorm_cli.render.problems_text import print_problems

    removed = check_personal_data(item.parsed(), code=REMOVED, fields=fields or EVERY_FIELD, only=only)
    print_problems(stderr_console(), removed, current_lang())
