"""nhnorm: de Noord-Hollandse Norm Weerbare Overheid als data."""

from nhnorm_cli._version import __version__

__all__ = ["__version__"]
