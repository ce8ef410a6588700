"""The one JSON writer: every --format json (validate, score, diff, overview, norm) and the schemas
come out the same way: UTF-8 as is (no \\u escapes for ë), two-space indent, a final newline."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel


def json_text(data: BaseModel | Sequence[BaseModel] | dict[str, Any]) -> str:
    """A result model (SPEC §5 shape: its JSON dump), a list of them, or plain data, as JSON text."""
    return json.dumps(_plain(data), ensure_ascii=False, indent=2) + "\n"


def _plain(data: Any) -> Any:
    if isinstance(data, BaseModel):
        return data.model_dump(mode="json")
    if isinstance(data, list | tuple):
        return [_plain(item) for item in data]
    return data
