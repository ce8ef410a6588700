"""Dutch and English text for everything nhnorm says; chosen at render time (--lang, NHNORM_LANG).

One module per kind of text: problems (every problem code), library (the libraries' own words),
interface (output, prompts, labels), rules (`validate --regels`), help (the command line's help)."""

from __future__ import annotations

from nhnorm_cli.messages.core import LANGUAGES
from nhnorm_cli.messages.help import help_entries, help_text, metavar_text, metavars_in
from nhnorm_cli.messages.interface import counted, month_name, text
from nhnorm_cli.messages.problems import _TEXT, message
from nhnorm_cli.messages.rules import RULE_EXPLANATIONS, rule_explanation

__all__ = [
    "LANGUAGES",
    "RULE_EXPLANATIONS",
    "_TEXT",
    "counted",
    "help_entries",
    "help_text",
    "message",
    "metavar_text",
    "metavars_in",
    "month_name",
    "rule_explanation",
    "text",
]
