"""The version, in one place: hatch reads it when building (pyproject.toml [tool.hatch.version]),
and `nhnorm --version` and the reports read it without importlib.metadata (a quarter of
`--version`'s import time, issue 26)."""

__version__ = "0.1.0"
