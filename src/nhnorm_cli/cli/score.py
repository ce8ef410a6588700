"""`nhnorm score`: the score per theme and in total (SPEC §3) as a table, JSON or CSV."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from nhnorm_cli.cli.configure import assessments_root
from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import ExcelOption, OrgOption, PathsArgument, YearOption, echo, stdout_console


class ScoreFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


def score(
    paths: PathsArgument = None,
    year: YearOption = None,
    org: OrgOption = None,
    output_format: Annotated[
        ScoreFormat, typer.Option("--format", "-f", help="text (tabel), json of csv.")
    ] = ScoreFormat.text,
    excel: ExcelOption = False,
) -> None:
    """Toon de score per thema en in totaal: 100 × punten / (3 × beoordeelde normen), nvt telt niet mee.

    \b
    Voorbeelden:
      nhnorm score --year 2025
      nhnorm score --year 2025 --format csv > scores-2025.csv
    """
    from nhnorm_cli.results.scoring import score_assessment
    from nhnorm_cli.select.assessments import select

    loaded = select(paths or [], year=year, org=org, root=assessments_root())
    results = [score_assessment(item.norm, item.assessment) for item in loaded]
    if output_format is ScoreFormat.json:
        from nhnorm_cli.formats.json import json_text

        echo(json_text(results[0] if len(results) == 1 else results), nl=False)
    elif output_format is ScoreFormat.csv:
        from nhnorm_cli.formats.csvsafe import CsvStyle
        from nhnorm_cli.render.score_csv import scores_csv

        slugs = zip(results, (i.slug for i in loaded), strict=True)
        echo(scores_csv(slugs, CsvStyle(excel=excel)), nl=False)
    else:
        from nhnorm_cli.render.score_text import print_scores

        pairs = [(r, i.assessment) for r, i in zip(results, loaded, strict=True)]
        print_scores(stdout_console(soft_wrap=False), pairs, current_lang())
