"""The closed value sets of an assessment, defined once: the pydantic models use them, and so do the
command line (choices of --soort, --status) and the workbook import, without importing pydantic."""

from __future__ import annotations

import re
from typing import Literal, get_args

Soort = Literal["gemeente", "provincie"]
Status = Literal["concept", "vastgesteld"]
SOORTEN: tuple[str, ...] = get_args(Soort)
STATUSSEN: tuple[str, ...] = get_args(Status)
Prioriteit = Literal["hoog", "middel", "laag"]  # of an action; the action plan puts hoog first
PRIORITEITEN: tuple[str, ...] = get_args(Prioriteit)

CBS_CODE = r"^(GM\d{4}|PV\d{2})$"  # GM + 4 digits (gemeente) or PV + 2 digits (provincie)
CBS_CODE_PATTERN = re.compile(CBS_CODE)
FIRST_YEAR, LAST_YEAR = 2000, 2100
