"""`--help` in the language of the run: nhnorm's own help texts come from the catalogue (declared in
Dutch, English from messages/), and typer's fixed words ("Usage:", "Options", "[default: text]",
"Show this message and exit.") are replaced on their way into click's help formatter."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from typer._click.core import Context
from typer._click.formatting import HelpFormatter

from nhnorm_cli.cli.language import lang_of_run
from nhnorm_cli.messages import help_text, metavars_in

# typer's type placeholders after a name (`paths... <list[Path]>`, `FILE <path>`); a choice list such
# as <nl|en> holds literal values and stays.
_TYPE_HINT = re.compile(r" <(?:int|float|str|path|bool|list\[\w+\]|int range|float range)>")
# The "[default: text; required]" tail that typer adds to an option's help.
_EXTRAS = re.compile(r"^(?P<help>.*?)\s*\[(?P<extras>[^\[\]]*)\]$", re.DOTALL)
_RANGE = re.compile(r"^x>=(\S+)$")


class _HelpFormatterInLanguage(HelpFormatter):
    def __init__(self, lang: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = lang

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, self._usage(args), prefix=help_text("Usage: ", self.lang))

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        with super().section(help_text(name, self.lang)):
            yield

    def write_text(self, text: str) -> None:
        super().write_text(help_text(text, self.lang))

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        translated = [(self._names(first), self._help(second)) for first, second in rows]
        super().write_dl(translated, col_max, col_spacing)

    def _usage(self, args: str) -> str:
        for phrase in ("[OPTIONS]", "COMMAND [ARGS]..."):
            args = args.replace(phrase, help_text(phrase, self.lang))
        return self._metavars(_TYPE_HINT.sub("", args))

    def _names(self, first: str) -> str:
        return self._metavars(_TYPE_HINT.sub("", first))

    def _metavars(self, text: str) -> str:
        return metavars_in(text, self.lang)

    def _help(self, second: str) -> str:
        match = _EXTRAS.match(second)
        if match is None:
            return help_text(second, self.lang)
        extras = "; ".join(self._extra(item.strip()) for item in match.group("extras").split(";"))
        return f"{help_text(match.group('help'), self.lang)}  [{extras}]".lstrip()

    def _extra(self, item: str) -> str:
        name, sep, value = item.partition(": ")
        if sep:
            return f"{help_text(name, self.lang)}: {value}"
        if bound := _RANGE.match(item):
            return f"{help_text('minimum', self.lang)}: {bound.group(1)}"
        return help_text(item, self.lang)


class ContextInLanguage(Context):
    """The click context of nhnorm's commands: its help formatter speaks the language of the run."""

    def make_formatter(self) -> HelpFormatter:
        return _HelpFormatterInLanguage(
            lang_of_run(self), width=self.terminal_width, max_width=self.max_content_width
        )
