"""Every rule nhnorm checks, in the order `validate --regels` lists them. A new rule is a module in
rules/ with a Rule constant, added to RULES here (and its texts: messages/, its one-line
explanation in RULE_EXPLANATIONS and its message in _TEXT; docs/regels.md)."""

from __future__ import annotations

from nhnorm_cli.errors import Severity
from nhnorm_cli.rules.acties import ACTIE_NA_2027, ACTIE_VERLOPEN, GEEN_ACTIE
from nhnorm_cli.rules.base import Rule
from nhnorm_cli.rules.bewijs import BEWIJS_VERLOPEN, BEWIJS_VEROUDERD
from nhnorm_cli.rules.onderbouwing import VOLDAAN_ZONDER_ONDERBOUWING
from nhnorm_cli.rules.onderdelen import ONDERDEEL_ONVOLDAAN
from nhnorm_cli.rules.peildatum import PEILDATUM_BUITEN_JAAR, VASTGESTELD_VOOR_PEILDATUM
from nhnorm_cli.rules.persoonsgegevens import PERSOONSGEGEVENS

# SPEC §2: reading the file, its structure and its ids. Always errors; carried out by yamlsource.py,
# the models (modelerrors.py), checks.py and validation.py.
LOCKED = (
    # reading the file
    "ONLEESBAAR", "TE-GROOT", "CODERING", "ONGELDIG-TEKEN", "LEEG-BESTAND", "YAML-SYNTAX", "TE-DIEP",
    "ALIAS", "ANKER", "TAG", "SLEUTEL-GEEN-TEKST", "DUBBELE-SLEUTEL", "GEEN-MAPPING",
    # the structure of an assessment
    "ID-GEEN-TEKST", "ONBEKENDE-SLEUTEL", "VERPLICHT-VELD", "GEEN-OORDEEL", "ONGELDIG-TYPE",
    "ONGELDIGE-WAARDE", "LEGE-WAARDE",
    # against the norm
    "ONBEKENDE-NORMVERSIE", "ONBEKEND-ID", "ONBEKEND-OORDEEL", "ONBEKEND-ONDERDEEL",
    "NVT-ZONDER-TOELICHTING", "ONVOLLEDIG-VASTGESTELD", "JAAR-BESTANDSNAAM", "DUBBELE-BEOORDELING",
    # against the region's register (SPEC §6), when the repository has one: region/validation.py
    "ONBEKENDE-RIEC", "WIJKT-AF-VAN-REGISTER",
)  # fmt: skip

# `# nhnorm: negeer` comments that name no rule that can be ignored.
NEGEER_ONBEKEND = Rule("NEGEER-ONBEKEND", Severity.WARNING)
NEGEER_VAST = Rule("NEGEER-VAST", Severity.WARNING)
NEGEER_LEEG = Rule("NEGEER-LEEG", Severity.WARNING)  # a directive in which no code can be read

RULES: tuple[Rule, ...] = (
    *(Rule(code, Severity.ERROR, locked=True) for code in LOCKED),
    ONDERDEEL_ONVOLDAAN,
    GEEN_ACTIE,
    VOLDAAN_ZONDER_ONDERBOUWING,
    ACTIE_VERLOPEN,
    ACTIE_NA_2027,
    PEILDATUM_BUITEN_JAAR,
    VASTGESTELD_VOOR_PEILDATUM,
    BEWIJS_VERLOPEN,
    BEWIJS_VEROUDERD,
    PERSOONSGEGEVENS,
    NEGEER_ONBEKEND,
    NEGEER_VAST,
    NEGEER_LEEG,
)
BY_CODE = {rule.code: rule for rule in RULES}
ANSWER_RULES = tuple(rule for rule in RULES if rule.answer_check is not None)
FILE_RULES = tuple(rule for rule in RULES if rule.file_check is not None)
BATCH_RULES = tuple(rule for rule in RULES if rule.answers_check is not None)
