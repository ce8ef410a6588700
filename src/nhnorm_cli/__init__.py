"""nhnorm: de Noord-Hollandse Norm Weerbare Overheid als data."""

from typing import Any


def __getattr__(name: str) -> Any:
    # importlib.metadata costs ~80 ms; only `nhnorm --version` needs it
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nhnorm")
    except PackageNotFoundError:  # running from a source tree without installing
        return "0.0.0"
