"""What an export format is, for the registries of the families that write them (workbook/registry.py,
interop/registry.py): a name, the module that writes it, its help words, and what it publishes.

A registry holds names and module paths only, so listing the formats (the command line's choices,
its help) imports no writer: openpyxl and the OSCAL models load when their format is chosen."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from nhnorm_cli.models.assessment import Assessment
    from nhnorm_cli.models.norm import Norm

# A path into an assessment file (("antwoorden", "1.1", "toelichting"), …): which of its texts an
# output prints, so that `--public` can name every personal datum it left out at its line.
Shows = Callable[[tuple[str | int, ...]], bool]


@dataclass(frozen=True)
class ExportOptions:
    public: bool = False  # for the council: no confidential text, no names of staff
    excel: bool = False  # a CSV that Dutch Excel opens in columns
    generated: datetime | None = None  # the moment of the export (OSCAL's last-modified)


class Writer(Protocol):
    def __call__(self, norm: Norm, assessment: Assessment, options: ExportOptions) -> bytes: ...


@dataclass(frozen=True)
class Exporter:
    """One export format. `module` defines `export(norm, assessment, options) -> bytes`;
    `public` says which texts its `--public` form prints (None: it has no public form)."""

    name: str
    module: str
    help: tuple[str, str]  # (Dutch, English): "xlsx (Excel, met keuzelijsten)"
    public: Shows | None = None
    max_cell: int | None = None  # characters a cell holds (Excel: 32,767); a longer text is refused

    def writer(self) -> Writer:
        return importlib.import_module(self.module).export  # type: ignore[no-any-return]


def choices_help(exporters: Iterable[Exporter], lang: int) -> str:
    """ "a, b of c." in Dutch (lang 0), "a, b or c." in English (lang 1), from the formats' own words."""
    words = [exporter.help[lang] for exporter in exporters]
    last = (" of ", " or ")[lang]
    return (", ".join(words[:-1]) + last + words[-1] if len(words) > 1 else "".join(words)) + "."
