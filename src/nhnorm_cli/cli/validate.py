"""`nhnorm validate`: check assessment files against SPEC §2."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from nhnorm_cli.cli.configure import assessments_root, repository, rule_policy
from nhnorm_cli.cli.language import current_lang
from nhnorm_cli.cli.options import PathsArgument, echo, stdout_console
from nhnorm_cli.errors import ExitCode, usage_error

if TYPE_CHECKING:
    from nhnorm_cli.check.validation import FileReport, Tally


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


def validate(
    paths: PathsArgument = None,
    output_format: Annotated[
        ValidateFormat, typer.Option("--format", "-f", help="text, json of github (annotaties).")
    ] = ValidateFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Waarschuwingen tellen als fout.")] = False,
    rules: Annotated[
        bool, typer.Option("--regels", help="Toon alle regels: code, niveau en uitleg (text of json).")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="AANTAL",
            help="Aantal processen (standaard: 2 bij veel bestanden).",
        ),
    ] = None,
) -> None:
    """Controleer zelfevaluaties: structuur, ids, oordelen en de regels van de norm."""
    from nhnorm_cli.check.validation import Tally, validate_files
    from nhnorm_cli.files.discovery import find_files
    from nhnorm_cli.region.settings import register_path
    from nhnorm_cli.region.validation import check_region, split_register

    lang = current_lang()
    if rules:
        if output_format is ValidateFormat.github or strict:  # nothing to annotate or to be strict about
            raise usage_error("REGELS-FORMAAT")
        _print_rules(output_format, lang)
        return
    policy = rule_policy()
    register = register_path(repository())
    files, named = split_register(find_files(paths or []), register)
    # Each file's report is written as soon as it is final and then dropped (issue 9).
    reports: Iterator[FileReport] = validate_files(
        files, strict=strict, jobs=jobs, root=assessments_root(), policy=policy
    )
    if register is not None:
        reports = check_region(reports, register, report_register=named or not paths)
    tally = Tally()
    _write(output_format, tally.counting(reports), tally, lang)
    if tally.errors:
        raise typer.Exit(int(ExitCode.INVALID))


def _write(output_format: ValidateFormat, reports: Iterator[FileReport], tally: Tally, lang: str) -> None:
    """Write each report as it comes; the summary (`tally`, complete once `reports` is) last."""
    from nhnorm_cli.render.problems_text import print_problems, summary

    if output_format is ValidateFormat.json:
        from nhnorm_cli.render.problems_json import validation_json

        for piece in validation_json(reports, lang):
            echo(piece, nl=False)
    elif output_format is ValidateFormat.github:
        from nhnorm_cli.render.problems_github import github_annotations

        for annotations in github_annotations(reports, lang):
            echo(annotations)
        echo(summary(tally, lang))
    else:
        console = stdout_console()
        print_problems(console, (p for r in reports for p in r.problems), lang)
        console.print(summary(tally, lang), highlight=False)


def _print_rules(output_format: ValidateFormat, lang: str) -> None:
    from nhnorm_cli.render.rules_text import rules_text
    from nhnorm_cli.rules.listing import rule_list

    listing = rule_list(rule_policy(), lang)
    if output_format is ValidateFormat.json:
        from nhnorm_cli.formats.json import json_text

        typer.echo(json_text(listing), nl=False)
    else:
        typer.echo(rules_text(listing, lang))
