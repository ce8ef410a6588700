"""`nhnorm diff`: compare two years of one organisation (SPEC §4–5)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from nhnorm_cli.cli.configure import assessments_root
from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import OrgOption, echo, stderr_console, stdout_console
from nhnorm_cli.errors import ExitCode


class DiffFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


def diff_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="OUD NIEUW | PAD",
            help="Twee bestanden (oud, nieuw); met --from/--to: mappen of bestanden om in te zoeken.",
            show_default=False,
        ),
    ] = None,
    from_year: Annotated[
        int | None,
        typer.Option("--from", metavar="JAAR", help="Het oude jaar (zonder --from: het jaar vóór --to)."),
    ] = None,
    to_year: Annotated[
        int | None,
        typer.Option("--to", metavar="JAAR", help="Het nieuwe jaar (zonder --to: het jaar na --from)."),
    ] = None,
    org: OrgOption = None,
    output_format: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="text, json of md (voor een pull request).")
    ] = DiffFormat.text,
    fail_on_regression: Annotated[
        bool,
        typer.Option(
            "--fail-on-regression",
            help="Eindig met code 1 bij achteruitgang: een norm met een lager oordeel dan eerst, of een "
            "lagere totaalscore. Een nieuw of vervallen antwoord telt alleen mee via de totaalscore.",
        ),
    ] = False,
) -> None:
    """Vergelijk twee zelfevaluaties van één organisatie: score per thema en elke gewijzigde norm.

    \b
    Voorbeelden:
      nhnorm diff assessments/2025.yaml assessments/2026.yaml
      nhnorm diff --from 2025 --to 2026 --org zeedorp
      nhnorm diff --to 2026 --format md --fail-on-regression
    """
    from nhnorm_cli.render.diff_parts import regression_text
    from nhnorm_cli.results.diff import diff_assessments, regression
    from nhnorm_cli.select.comparison import choose_pair
    from nhnorm_cli.versions.mapping import load_mapping

    lang = current_lang()
    before, after = choose_pair(paths or [], from_year, to_year, org, assessments_root())
    old_version, new_version = before.norm.versie, after.norm.versie
    mapping = load_mapping(old_version, new_version) if old_version != new_version else None
    result = diff_assessments(
        after.norm, before.assessment, after.assessment, old_norm=before.norm, mapping=mapping
    )
    norms = (after.norm, before.norm)
    if output_format is DiffFormat.json:
        from nhnorm_cli.formats.json import json_text

        echo(json_text(result), nl=False)
    elif output_format is DiffFormat.md:
        from nhnorm_cli.render.diff_md import diff_markdown

        echo(diff_markdown(result, norms, lang), nl=False)
    else:
        from nhnorm_cli.render.diff_text import print_diff

        print_diff(stdout_console(soft_wrap=False), result, norms, lang)
    found = regression(result)
    if fail_on_regression and found:
        stderr_console().print(regression_text(found, result, lang), markup=False)
        raise typer.Exit(int(ExitCode.INVALID))
