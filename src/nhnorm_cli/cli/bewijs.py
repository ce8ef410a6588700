"""`nhnorm bewijs`: which dated evidence has expired or expires before the next measurement."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

from nhnorm_cli.cli.configure import assessments_root
from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import (
    OrgOption,
    PathsArgument,
    TextOrJson,
    YearOption,
    date_option,
    echo,
)


def bewijs(
    paths: PathsArgument = None,
    year: YearOption = None,
    org: OrgOption = None,
    before: Annotated[
        datetime | None,
        date_option(
            "--verloopt-voor", "Bewijs dat vóór deze datum verloopt (standaard: peildatum + 1 jaar)."
        ),
    ] = None,
    output_format: Annotated[
        TextOrJson, typer.Option("--format", "-f", help="text of json.")
    ] = TextOrJson.text,
) -> None:
    """Toon het bewijs (met geldig_tot) dat verlopen is of vóór de volgende peildatum verloopt.

    \b
    Voorbeelden:
      nhnorm bewijs                          # de nieuwste zelfevaluatie van elke organisatie
      nhnorm bewijs --year 2026 --verloopt-voor 2027-04-01 --format json
    """
    from nhnorm_cli.results.renewal import expiring, latest_per_organisation
    from nhnorm_cli.select.assessments import select

    loaded = select(paths or [], year=year, org=org, root=assessments_root())
    chosen = loaded if year is not None else latest_per_organisation(loaded)
    renewal = expiring(chosen, before.date() if before else None)
    if output_format is TextOrJson.json:
        from nhnorm_cli.formats.json import json_text

        echo(json_text(renewal), nl=False)
    else:
        from nhnorm_cli.render.renewal_text import renewal_text

        echo(renewal_text(renewal, current_lang()))
