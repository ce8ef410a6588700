"""The export formats for other tools (see formats/registry.py), with the texts each prints."""

from __future__ import annotations

from nhnorm_cli.formats.registry import Exporter
from nhnorm_cli.public.fields import EVERY_FIELD, shows

# Both carry every text a public report prints (public/fields.py): the organisation, the answers'
# toelichting and bewijs, the actions (OSCAL: as remediations) and the adoption line.
_every_public_text = shows(EVERY_FIELD)


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
