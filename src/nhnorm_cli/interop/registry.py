"""The export formats for other tools (see formats/registry.py), with the texts each prints."""

from __future__ import annotations

from nhnorm_cli.formats.registry import Exporter


# Both carry every text a public report prints: answers, actions and the adoption line.
def _every_public_text(path: tuple[str | int, ...]) -> bool:
    return True


EXPORTS = [
    Exporter(
        "oscal",
        "nhnorm_cli.interop.oscal_results",
        ("oscal (OSCAL assessment-results, JSON)", "oscal (OSCAL assessment-results, JSON)"),
        public=_every_public_text,
    ),
    Exporter(
        "ciso-assistant",
        "nhnorm_cli.interop.ciso_audit",
        ("ciso-assistant (audit-import, CSV)", "ciso-assistant (audit import, CSV)"),
        public=_every_public_text,
    ),
]
