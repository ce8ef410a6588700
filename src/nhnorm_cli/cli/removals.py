"""Public outputs (report, export --public, diff --public) name each piece of personal data they
replaced by [verwijderd], at its place in the file, so the author can fix the source text itself."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import stderr_console

if TYPE_CHECKING:
    from nhnorm_cli.public.publictext import Path_
    from nhnorm_cli.select.assessments import Loaded


def name_removals(
    item: Loaded, shows: Callable[[Path_], bool] | None = None, only: Collection[Path_] | None = None
) -> None:
    """One PERSOONSGEGEVENS-VERWIJDERD line on stderr per finding in the texts the output prints
    (`shows`: the fields it declares, public/fields.py; every public text when None), or only in
    the texts at `only`."""
    from nhnorm_cli.public.publictext import REMOVED, check_personal_data
    from nhnorm_cli.render.problems_text import print_problems

    removed = check_personal_data(item.parsed(), code=REMOVED, shows=shows, only=only)
    print_problems(stderr_console(), removed, current_lang())
