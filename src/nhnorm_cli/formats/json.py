"""The one JSON writer: every --format json (validate, score, diff, overview, norm) and the schemas
come out the same way: UTF-8 as is (no \\u escapes for ë), two-space indent, a final newline."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pydantic import BaseModel


def json_text(data: BaseModel | Sequence[BaseModel] | dict[str, Any]) -> str:
    """A result model (SPEC §5 shape: its JSON dump), a list of them, or plain data, as JSON text."""
    return json.dumps(_plain(data), ensure_ascii=False, indent=2) + "\n"


def json_list_text(key: str, items: Iterable[BaseModel]) -> Iterator[str]:
    """json_text({key: [items]}) byte for byte, in pieces as the items come (one per item), so a long
    list is written as it is made instead of held whole (validate over a region, issue 9)."""
    head = "{\n  " + json.dumps(key, ensure_ascii=False) + ": ["
    separator = head + "\n    "
    for item in items:
        # An item sits two levels deep: four more spaces on each of its lines. Splitting on "\n"
        # alone is safe: JSON strings hold no raw newline (str.splitlines would also split at the
        # U+2028 and U+0085 json.dumps leaves raw in a string).
        yield separator + json_text(item).rstrip("\n").replace("\n", "\n    ")
        separator = ",\n    "
    yield head + "]\n}\n" if separator.startswith("{") else "\n  ]\n}\n"


def _plain(data: Any) -> Any:
    if isinstance(data, BaseModel):
        return data.model_dump(mode="json")
    if isinstance(data, list | tuple):
        return [_plain(item) for item in data]
    return data
