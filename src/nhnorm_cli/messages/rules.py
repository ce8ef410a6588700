"""The one-line explanation of every rule, shown by `validate --regels`."""

from __future__ import annotations

from nhnorm_cli.messages.core import _index

# The one-line explanation of every rule (rules/ registry), shown by `validate --regels`; the
# longer explanation of each is in docs/regels.md.
RULE_EXPLANATIONS: dict[str, tuple[str, str]] = {
    "ONLEESBAAR": ("het bestand kan niet gelezen worden", "the file cannot be read"),
    "TE-GROOT": ("een zelfevaluatie is hoogstens 10 MB", "an assessment is at most 10 MB"),
    "CODERING": ("het bestand is UTF-8", "the file is UTF-8"),
    "ONGELDIG-TEKEN": (
        "geen onzichtbare stuurtekens in de tekst",
        "no invisible control characters in the text",
    ),
    "LEEG-BESTAND": ("het bestand is niet leeg", "the file is not empty"),
    "YAML-SYNTAX": ("het bestand is geldige YAML", "the file is valid YAML"),
    "TE-DIEP": ("de YAML is niet absurd diep genest", "the YAML is not absurdly deeply nested"),
    "ALIAS": ("geen aliassen (*naam)", "no aliases (*name)"),
    "ANKER": ("geen ankers (&naam)", "no anchors (&name)"),
    "TAG": ("geen tags (!!python/..., !iets)", "no tags (!!python/..., !something)"),
    "SLEUTEL-GEEN-TEKST": ("elke sleutel is tekst", "every key is text"),
    "DUBBELE-SLEUTEL": ("geen sleutel twee keer in dezelfde mapping", "no key twice in the same mapping"),
    "GEEN-MAPPING": ("het bestand is een mapping (sleutel: waarde)", "the file is a mapping (key: value)"),
    "ID-GEEN-TEKST": ('norm-ids staan tussen aanhalingstekens ("2.10")', 'norm ids are quoted ("2.10")'),
    "ONBEKENDE-SLEUTEL": ("alleen sleutels die het formaat kent", "only keys the format knows"),
    "VERPLICHT-VELD": ("verplichte sleutels zijn aanwezig", "required keys are present"),
    "GEEN-OORDEEL": ("elk antwoord heeft een oordeel", "every answer has an oordeel"),
    "ONGELDIG-TYPE": (
        "elke waarde heeft het goede type (tekst, getal, datum, lijst)",
        "every value has the right type (text, number, date, list)",
    ),
    "ONGELDIGE-WAARDE": (
        "elke waarde komt uit de toegestane set",
        "every value is one of the allowed values",
    ),
    "LEGE-WAARDE": ("verplichte tekst is niet leeg", "required text is not empty"),
    "ONBEKENDE-NORMVERSIE": ("de normversie bestaat", "the norm version exists"),
    "ONBEKEND-ID": ("elk norm-id bestaat in de normversie", "every norm id exists in the norm version"),
    "ONBEKEND-OORDEEL": (
        "elk oordeel komt uit de schaal van de norm",
        "every oordeel is on the norm's scale",
    ),
    "ONBEKEND-ONDERDEEL": ("elk onderdeel hoort bij zijn norm", "every onderdeel belongs to its norm"),
    "NVT-ZONDER-TOELICHTING": ("nvt heeft altijd een toelichting", "nvt always has a toelichting"),
    "ONVOLLEDIG-VASTGESTELD": (
        "vastgesteld kan pas als elke norm een antwoord heeft",
        "vastgesteld only when every norm has an answer",
    ),
    "JAAR-BESTANDSNAAM": (
        "bestandsnaam 2025.yaml hoort bij jaar: 2025",
        "file name 2025.yaml goes with jaar: 2025",
    ),
    "DUBBELE-BEOORDELING": (
        "één zelfevaluatie per organisatie per jaar",
        "one assessment per organisation per year",
    ),
    "ONBEKENDE-RIEC": (
        "met een register (organisaties.yaml): het RIEC staat in riecs",
        "with a register (organisaties.yaml): the RIEC is in riecs",
    ),
    "WIJKT-AF-VAN-REGISTER": (
        "met een register: naam, soort en riec zijn die van de organisatie met deze code",
        "with a register: naam, soort and riec are those of the organisation with this code",
    ),
    "ONDERDEEL-ONVOLDAAN": (
        "voldaan terwijl een verplicht onderdeel niet voldaan is",
        "voldaan while a required onderdeel is not",
    ),
    "GEEN-ACTIE": ("onder voldaan zonder openstaande verbeteractie", "below voldaan without an open action"),
    "VOLDAAN-ZONDER-ONDERBOUWING": (
        "voldaan zonder toelichting en zonder bewijs",
        "voldaan with neither toelichting nor bewijs",
    ),
    "ACTIE-VERLOPEN": (
        "een open actie had vóór de peildatum gereed moeten zijn",
        "an open action was due before the peildatum",
    ),
    "ACTIE-NA-2027": (
        "een open actie is pas na 2027 gereed (de ambitie is 2027)",
        "an open action is due after 2027 (the ambition is 2027)",
    ),
    "PEILDATUM-BUITEN-JAAR": (
        "de peildatum valt niet in het jaar van de zelfevaluatie",
        "the peildatum is not in the assessment's year",
    ),
    "VASTGESTELD-VOOR-PEILDATUM": (
        "vastgesteld_op ligt vóór de peildatum",
        "vastgesteld_op is before the peildatum",
    ),
    "BEWIJS-VERLOPEN": (
        "bewijs was op de peildatum niet meer geldig (geldig_tot)",
        "evidence was no longer valid at the peildatum (geldig_tot)",
    ),
    "BEWIJS-VEROUDERD": (
        "bewijs van een jaarlijkse (tweejaarlijkse) activiteit is te oud",
        "evidence of a yearly (two-yearly) activity is too old",
    ),
    "PERSOONSGEGEVENS": (
        "e-mailadres, telefoonnummer, naam, BSN, IBAN of woonadres van een persoon in tekst die "
        "openbaar wordt",
        "a person's e-mail address, phone number, name, BSN, IBAN or home address in text that "
        "becomes public",
    ),
    "NEGEER-ONBEKEND": (
        "# nhnorm: negeer noemt een code die niet bestaat",
        "# nhnorm: negeer names an unknown code",
    ),
    "NEGEER-VAST": (
        "# nhnorm: negeer noemt een fout die niet uit kan",
        "# nhnorm: negeer names an error that cannot be ignored",
    ),
    "NEGEER-LEEG": (
        "# nhnorm: negeer zonder leesbare code",
        "# nhnorm: negeer without a readable code",
    ),
}


def rule_explanation(code: str, lang: str = "nl") -> str:
    return RULE_EXPLANATIONS.get(code, (code, code))[_index(lang)]
