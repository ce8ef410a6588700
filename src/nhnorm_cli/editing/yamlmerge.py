"""Assessment data -> YAML text: a fresh file, or an update of an existing one that keeps its
comments, key order and spelled-out defaults (`afgerond: false`)."""

from __future__ import annotations

from typing import Any

from nhnorm_cli.source.yamlsource import block, dump_roundtrip, load_roundtrip, quoted

_DEFAULTS: tuple[Any, ...] = (None, False, [], {})
_WIDTH = 100_000  # never fold: a long toelichting stays one line, as people write it


def _styled(value: Any, key: Any = None) -> Any:
    """Ids and the norm version in double quotes; multi-line text as a literal block."""
    if isinstance(value, dict):
        return {_styled_key(k): _styled(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_styled(v) for v in value]
    if isinstance(value, str) and key == "norm":
        return quoted(value)
    if isinstance(value, str) and "\n" in value:
        return block(value)
    return value


def _styled_key(key: Any) -> Any:
    return quoted(key) if isinstance(key, str) and key[:1].isdigit() else key


def fresh_yaml(data: dict[str, Any]) -> str:
    return dump_roundtrip(_styled(data), width=_WIDTH)


def merged_yaml(existing_text: str, data: dict[str, Any]) -> str:
    """`existing_text` changed only where `data` differs from it."""
    tree = load_roundtrip(existing_text)
    _sync(tree, data)
    return dump_roundtrip(tree, width=_WIDTH)


def _sync(old: Any, new: dict[str, Any]) -> None:
    for key in list(old):
        if key not in new and old[key] not in _DEFAULTS:
            del old[key]  # absent in the workbook; a spelled-out default may stay
    order = list(new)
    for key, value in new.items():
        if key in old:
            current = old[key]
            if isinstance(current, dict) and isinstance(value, dict):
                _sync(current, value)
            elif isinstance(current, list) and isinstance(value, list) and _same_shape(current, value):
                for old_item, new_item in zip(current, value, strict=True):
                    _sync(old_item, new_item)
            elif current != value:
                old[key] = _styled(value, key)
        elif value not in _DEFAULTS:
            old.insert(_position(old, order, key), _styled_key(key), _styled(value, key))


def _same_shape(old: list[Any], new: list[Any]) -> bool:
    """Lists of mappings of equal length are merged item by item (keeps comments on actions)."""
    return len(old) == len(new) and all(
        isinstance(o, dict) and isinstance(n, dict) for o, n in zip(old, new, strict=True)
    )


def _position(old: Any, order: list[Any], key: Any) -> int:
    """Just after the last existing key that comes before `key` in the new order."""
    before = set(order[: order.index(key)])
    position = 0
    for index, existing in enumerate(old):
        if existing in before:
            position = index + 1
    return position
