"""nhnorm: de Noord-Hollandse Norm Weerbare Overheid als data."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nhnorm")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"
