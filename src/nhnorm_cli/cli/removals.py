"""Public outputs (report, export --public) name each piece of personal data they replaced by
[verwijderd], at its place in the file, so the author can fix the source text itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import stderr_console

if TYPE_CHECKING:
    from nhnorm_cli.select.assessments import Loaded


def name_removals(item: Loaded, shows: Callable[[tuple[str | int, ...]], bool] | None = None) -> None:
    """One PERSOONSGEGEVENS-VERWIJDERD line on stderr per finding in the text the output prints
    (`shows`: a path inside the file; every public text when None)."""
    from nhnorm_cli.publictext import REMOVED, check_personal_data
    from nhnorm_cli.render.problems_text import print_problems

    removed = check_personal_data(item.parsed(), code=REMOVED, shows=shows)
    print_problems(stderr_console(), removed, current_lang())
