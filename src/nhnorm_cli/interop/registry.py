"""The export formats for other tools (see formats/registry.py), with the texts each prints."""

from __future__ import annotations

from nhnorm_cli.formats.registry import Exporter


# OSCAL carries the toelichting and bewijs of answers; neither export prints the adoption line.
def _oscal_shows(path: tuple[str | int, ...]) -> bool:
    return path[0] == "antwoorden" and path[2] in ("toelichting", "bewijs")


# CISO Assistant also carries the actions of answers.
def _ciso_shows(path: tuple[str | int, ...]) -> bool:
    return path[0] == "antwoorden"


EXPORTS = [
    Exporter(
        "oscal",
        "nhnorm_cli.interop.oscal_results",
        ("oscal (OSCAL assessment-results, JSON)", "oscal (OSCAL assessment-results, JSON)"),
        public=_oscal_shows,
    ),
    Exporter(
        "ciso-assistant",
        "nhnorm_cli.interop.ciso_audit",
        ("ciso-assistant (audit-import, CSV)", "ciso-assistant (audit import, CSV)"),
        public=_ciso_shows,
    ),
]
