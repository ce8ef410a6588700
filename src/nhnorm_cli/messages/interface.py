"""The interface's own sentences and labels: command output, prompts, table labels, month names."""

from __future__ import annotations

from nhnorm_cli.messages.core import _fill, _index
from nhnorm_cli.messages.form import FORM

# The interface's own sentences and labels (not problems): command output, prompts, table labels.
# One entry per key, (Dutch, English); {..} are filled in by `text`.
_UI: dict[str, tuple[str, str]] = {
    "interne-fout": (
        "nhnorm: interne fout (een bug in nhnorm): {wat}. Draai opnieuw met --debug.",
        "nhnorm: internal error (a bug in nhnorm): {wat}. Run again with --debug.",
    ),
    "geschreven": ("{pad} geschreven", "{pad} written"),
    "afgebroken": ("Afgebroken.", "Aborted."),
    "aangemaakt": (
        "{pad} aangemaakt ({aantal} antwoorden overgenomen)",
        "{pad} created ({aantal} answers carried over)",
    ),
    "aangemaakt-leeg": (
        "{pad} aangemaakt; nog niets ingevuld: begin met `nhnorm bewerk{doel}` (in uw browser) of "
        "`nhnorm fill{doel}` (in de terminal)",
        "{pad} created; nothing filled in yet: start with `nhnorm bewerk{doel}` (in your browser) or "
        "`nhnorm fill{doel}` (in the terminal)",
    ),
    "schema-tip": (
        "Tip: schrijf het schema voor hulp in uw editor met `nhnorm schema -o schemas`.",
        "Tip: write the schema for editor support with `nhnorm schema -o schemas`.",
    ),
    "bijgewerkt": ("{pad}: bijgewerkt: {wat}", "{pad}: changed: {wat}"),
    # `nhnorm norm --versions` and `init --from` across norm versions
    "versies-titel": ("Geïnstalleerde normversies", "Installed norm versions"),
    "versies-versie": ("versie", "version"),
    "versies-familie": ("familie", "family"),
    "versies-normen": ("normen", "norms"),
    "versies-bron": ("bron", "source"),
    "versies-titel-kolom": ("titel", "title"),
    "meegeleverd": ("meegeleverd", "shipped"),
    "geen-mappings": ("Geen mappings tussen versies.", "No mappings between versions."),
    "versiewissel": (
        "Norm {van} → {naar}: antwoorden alleen overgenomen waar de norm gelijk is.",
        "Norm {van} → {naar}: answers carried over only where the norm is gelijk.",
    ),
    "opnieuw-beoordelen": ("Opnieuw beoordelen ({aantal}):", "Needs a fresh answer ({aantal}):"),
    "niets-opnieuw": ("Geen norm vraagt een nieuw antwoord.", "No norm needs a fresh answer."),
    "nieuw-in": ("nieuw in {versie}", "new in {versie}"),
    "vervallen-in": ("vervallen in {versie}", "dropped in {versie}"),
    "was": ("was {ids}", "was {ids}"),
    "relatie-van": ("{relatie} van {ids}", "{relatie} of {ids}"),
    "niets": ("niets", "nothing"),
    # `nhnorm fill`
    "fill-huidig": ("Huidig oordeel", "Current rating"),
    "fill-toelichting": ("Toelichting", "Explanation"),
    "fill-keuzes": ("{keuzes} · q = stoppen", "{keuzes} · q = stop"),
    "fill-oordeel": ("Oordeel ({enter})", "Rating ({enter})"),
    "fill-houden": ("Enter = houden: {oordeel}", "Enter = keep: {oordeel}"),
    "fill-overslaan": ("Enter = overslaan", "Enter = skip"),
    "fill-kies": ("Kies 1-{n} of een van: {keuzes}", "Choose 1-{n} or one of: {keuzes}"),
    "fill-uitleg": ("Toelichting (Enter = houden)", "Explanation (Enter = keep)"),
    "fill-uitleg-nieuw": ("Toelichting (Enter = geen)", "Explanation (Enter = none)"),
    "fill-bewijs": ("Bewijs toevoegen (Enter = geen)", "Add evidence (Enter = none)"),
    "fill-bewijs_datum": (
        "Datum van het bewijs (JJJJ-MM-DD, Enter = geen)",
        "Date of the evidence (YYYY-MM-DD, Enter = none)",
    ),
    "fill-geldig_tot": ("Geldig tot (JJJJ-MM-DD, Enter = geen)", "Valid until (YYYY-MM-DD, Enter = none)"),
    "fill-actie": ("Verbeteractie (Enter = geen)", "Improvement action (Enter = none)"),
    "fill-eigenaar": ("Eigenaar (afdeling of rol)", "Owner (department or role)"),
    "fill-gereed": ("Gereed (JJJJ-MM-DD, Enter = geen)", "Due (YYYY-MM-DD, Enter = none)"),
    "fill-prioriteit": (
        "Prioriteit (hoog, middel of laag; Enter = geen)",
        "Priority (hoog, middel or laag; Enter = none)",
    ),
    "fill-prioriteit-kies": ("Kies hoog, middel of laag", "Choose hoog, middel or laag"),
    "fill-datum": (
        "Schrijf de datum als JJJJ-MM-DD of DD-MM-JJJJ, bijv. 2026-12-31 of 31-12-2026.",
        "Write the date as YYYY-MM-DD or DD-MM-YYYY, e.g. 2026-12-31 or 31-12-2026.",
    ),
    "fill-bewijs-kop": ("Bewijs", "Evidence"),
    "fill-actie-kop": ("Actie", "Action"),
    "fill-open": ("open", "open"),
    "fill-afgerond": ("afgerond", "done"),
    "fill-nvt-reden": (
        "Bij nvt is een toelichting verplicht: waarom is deze norm niet van toepassing?",
        "nvt needs an explanation: why does this norm not apply?",
    ),
    "fill-niet-opgeslagen": (
        "{id}: onderbroken; dit antwoord is niet opgeslagen.",
        "{id}: interrupted; this answer was not saved.",
    ),
    "fill-deels-opgeslagen": (
        "{id}: onderbroken; oordeel en toelichting zijn opgeslagen, het bewijs niet.",
        "{id}: interrupted; rating and explanation were saved, the evidence was not.",
    ),
    "fill-actie-niet": (
        "{id}: onderbroken; het antwoord is opgeslagen, de verbeteractie niet.",
        "{id}: interrupted; the answer was saved, the improvement action was not.",
    ),
    # numbers and dates (render/numbers.py)
    "decimaalteken": (",", "."),
    "datum": ("{dag} {maand} {jaar}", "{iso}"),
    # `nhnorm validate`
    "gecontroleerd": (
        "{bestanden} gecontroleerd: {fouten}, {waarschuwingen}",
        "{bestanden} checked: {fouten}, {waarschuwingen}",
    ),
    "bestand": ("bestand", "file"),
    "bestand+": ("bestanden", "files"),
    "fout": ("fout", "error"),
    "fout+": ("fouten", "errors"),
    "waarschuwing": ("waarschuwing", "warning"),
    "waarschuwing+": ("waarschuwingen", "warnings"),
    # text and github output show the first 100 problems of a file, then this (issue 9)
    "niet-getoond": (
        "{pad}: nog {meldingen} niet getoond; `nhnorm validate --format json` geeft ze allemaal",
        "{pad}: {meldingen} not shown here; `nhnorm validate --format json` gives them all",
    ),
    "melding": ("melding", "problem"),
    "melding+": ("meldingen", "problems"),
    "org-aantal": ("organisatie", "organisation"),
    "org-aantal+": ("organisaties", "organisations"),
    # `nhnorm score`
    "thema": ("Thema", "Theme"),
    "score": ("Score", "Score"),
    "totaal": ("Totaal", "Total"),
    "aantal": ("aantal", "norms"),
    "beoordeeld": ("beoordeeld", "rated"),
    "voldaan": ("voldaan", "met"),
    "nvt": ("nvt", "nvt"),
    "open": ("open", "open"),
    "kop-norm": ("norm {norm}", "norm {norm}"),
    "kop-peildatum": ("peildatum {datum}", "as of {datum}"),
    # `nhnorm diff`
    "totaalscore": ("Totaalscore", "Total score"),
    "verschil": ("verschil", "change"),
    "zelfevaluatie": ("Zelfevaluatie", "Self-assessment"),
    "geen-wijzigingen": ("Geen wijzigingen in oordelen.", "No changes in ratings."),
    "geen-antwoord": ("geen antwoord", "no answer"),
    "diff-beter": ("Beter", "Better"),
    "diff-slechter": ("Slechter", "Worse"),
    "diff-nieuw": ("Nieuw beoordeeld", "Newly rated"),
    "diff-vervallen": ("Niet meer beoordeeld", "No longer rated"),
    "diff-gelijk": ("Van geen antwoord naar nvt of omgekeerd", "From no answer to nvt or back"),
    "andere-normversie": (
        "Let op: {van} is beoordeeld tegen norm {van_norm} en {naar} tegen norm {naar_norm}; normen en "
        "thema's zijn op id vergeleken.",
        "Note: {van} was rated against norm {van_norm} and {naar} against norm {naar_norm}; norms and "
        "themes were compared by id.",
    ),
    "andere-normversie-mapping": (
        "Let op: {van} is beoordeeld tegen norm {van_norm} en {naar} tegen norm {naar_norm}; normen zijn "
        "vergeleken via de mapping {mapping}; {aantal} norm(en) zijn niet één op één vergelijkbaar (≈), "
        "en de scores gaan over verschillende sets normen.",
        "Note: {van} was rated against norm {van_norm} and {naar} against norm {naar_norm}; norms were "
        "compared through the mapping {mapping}; {aantal} norm(s) do not compare like for like (≈), and "
        "the scores cover different sets of norms.",
    ),
    "achteruitgang": ("nhnorm: achteruitgang: {wat}", "nhnorm: regression: {wat}"),
    "lager-beoordeeld": ("{aantal} norm lager beoordeeld ({ids})", "{aantal} norm(s) rated lower ({ids})"),
    "lager-beoordeeld+": ("{aantal} normen lager beoordeeld ({ids})", "{aantal} norm(s) rated lower ({ids})"),
    "lagere-totaalscore": ("totaalscore {van} → {naar}", "total score {van} → {naar}"),
    "acties-toegevoegd": ("Nieuwe acties", "New actions"),
    "acties-afgerond": ("Afgeronde acties", "Completed actions"),
    "acties-verlopen": (
        "Verlopen acties (streefdatum vóór de peildatum)",
        "Overdue actions (due before the measurement date)",
    ),
    "acties-vervallen": (
        "Vervallen acties (vorig jaar open, nu niet meer genoemd)",
        "Dropped actions (open last year, no longer listed)",
    ),
    "actie-streefdatum": ("streefdatum {datum}", "due {datum}"),
    "actie-prioriteit": ("prioriteit {prioriteit}", "priority {prioriteit}"),
    "gewijzigde-toelichting": ("Gewijzigde toelichting", "Changed toelichting"),
    "gewijzigde-toelichting-norm": (
        "Gewijzigde toelichting ({aantal} norm)",
        "Changed toelichting ({aantal} norm)",
    ),
    "gewijzigde-toelichting-normen": (
        "Gewijzigde toelichting ({aantal} normen)",
        "Changed toelichting ({aantal} norms)",
    ),
    "toelichting-was": ("was", "was"),
    "toelichting-nu": ("nu", "now"),
    "toelichting-geen": ("geen", "none"),
    # `nhnorm overview`
    "overzicht-titel": ("Noord-Hollandse Norm {norm} — {jaar}", "Noord-Hollandse Norm {norm} — {jaar}"),
    "sinds": (", verschil t.o.v. {jaar}", ", change since {jaar}"),
    "organisatie": ("Organisatie", "Organisation"),
    "Verschil": ("Verschil", "Change"),
    "themas": ("Thema's: ", "Themes: "),
    "moeilijkste": ("Moeilijkste normen (top {aantal})", "Hardest norms (top {aantal})"),
    "moeilijkste-geen": (
        "Moeilijkste normen: nog geen norm beoordeeld in een meegetelde zelfevaluatie.",
        "Hardest norms: no norm scored yet in a counted assessment.",
    ),
    "norm": ("Norm", "Norm"),
    "Voldaan": ("Voldaan", "Met"),
    "procent-voldaan": ("% voldaan", "% met"),
    "tekst": ("Tekst", "Text"),
    "voortgang": (
        "Voortgang naar de ambitie 2027 (alle normen voldaan):",
        "Progress towards the 2027 ambition (all norms met):",
    ),
    "voortgang-regel": (
        "  {groep}: {volledig} van {organisaties} organisaties volledig voldaan; {voldaan} van "
        "{beoordeeld} beoordeelde normen voldaan ({aandeel}%); gemiddelde score {gemiddeld}",
        "  {groep}: {volledig} of {organisaties} organisations fully met; {voldaan} of {beoordeeld} rated "
        "norms met ({aandeel}%); average score {gemiddeld}",
    ),
    "alle-organisaties": ("Alle organisaties", "All organisations"),
    "geen-riec": ("(geen RIEC)", "(no RIEC)"),
    "st": ("St.", "St."),
    "antw": ("Antw.", "Ans."),
    "status-legenda": (
        "St.: V = vastgesteld, C = concept; Antw.: aantal beantwoorde normen.",
        "St.: V = vastgesteld (adopted), C = concept (draft); Ans.: number of norms answered.",
    ),
    "status-legenda-register": (
        "St.: V = vastgesteld, C = concept, ! = onleesbaar of ongeldig (telt niet mee), – = ontbreekt; "
        "Antw.: aantal beantwoorde normen.",
        "St.: V = vastgesteld (adopted), C = concept (draft), ! = unreadable or invalid (not counted), "
        "– = missing; Ans.: number of norms answered.",
    ),
    "dekking-register": (
        "De cijfers staan voor {meegeteld} van de {geregistreerd} organisaties in het register; "
        "{ingeleverd} leverden een bestand in, {ontbreekt} niet.",
        "The figures stand for {meegeteld} of the {geregistreerd} organisations in the register; "
        "{ingeleverd} delivered a file, {ontbreekt} did not.",
    ),
    "dekking-zonder-register": (
        "De cijfers staan voor {meegeteld} van de {ingeleverd} organisaties met een zelfevaluatie "
        "(zonder register is niet bekend wie er ontbreekt).",
        "The figures stand for {meegeteld} of the {ingeleverd} organisations with a self-assessment "
        "(without a register nobody can tell who is missing).",
    ),
    "trend-verschilt": (
        "Niet elk jaar tellen dezelfde organisaties mee ({per_jaar}); {aantal} tellen in elk jaar mee. "
        "Een verschil tussen de jaren kan dus ook komen doordat de groep verandert.",
        "Not every year counts the same organisations ({per_jaar}); {aantal} count in every year. "
        "A change between the years can therefore also come from the group changing.",
    ),
    "weggelaten": (
        "Weggelaten, omdat ze voor minder dan {minimum} organisaties zouden staan en dus tot hen te "
        "herleiden zijn: {wat}.",
        "Left out, because they would stand for fewer than {minimum} organisations and so could be "
        "traced back to them: {wat}.",
    ),
    "weggelaten-trend": (
        "{jaar} in de ontwikkeling ({organisaties})",
        "{jaar} in the development ({organisaties})",
    ),
    "weggelaten-thema": ("thema {id} in {jaar} ({organisaties})", "theme {id} in {jaar} ({organisaties})"),
    "weggelaten-verschuivingen": (
        "de grootste verschuivingen ({jaar}: {organisaties})",
        "the largest shifts ({jaar}: {organisaties})",
    ),
    "weggelaten-verschuiving": (
        "norm {id} bij de verschuivingen ({organisaties})",
        "norm {id} among the shifts ({organisaties})",
    ),
    "riec-samengevoegd": (
        "Elke RIEC-groep telt minder dan 5 organisaties; samengevoegd tot 'overig' zouden ze de regio "
        "herhalen, dus er is geen uitsplitsing per RIEC.",
        "Every RIEC group counts fewer than 5 organisations; folded into 'overig' they would repeat the "
        "region, so there is no breakdown per RIEC.",
    ),
    "telt-vastgesteld": (
        "De cijfers van de regio tellen alleen de {aantal} vastgestelde zelfevaluaties",
        "The region's figures count only the {aantal} adopted (vastgesteld) self-assessments",
    ),
    "telt-niet-mee": (
        "; {aantal} concept(en) tellen niet mee (--met-concepten telt ze wel)",
        "; {aantal} concept(s) do not count (--met-concepten counts them)",
    ),
    "telt-alles": (
        "De cijfers van de regio tellen alle {aantal} zelfevaluaties mee, ook concepten (--met-concepten).",
        "The region's figures count all {aantal} self-assessments, concepts too (--met-concepten).",
    ),
    "anoniem": (" (regio, anoniem)", " (region, anonymous)"),
    "verdeling-titel": ("Verdeling van de oordelen per norm", "Distribution of the ratings per norm"),
    "trend-titel": ("Ontwikkeling van de regio", "Development of the region"),
    "verschuivingen-titel": (
        "Grootste verschuivingen sinds {jaar} (score van de regio per norm)",
        "Largest shifts since {jaar} (the region's score per norm)",
    ),
    "jaar": ("Jaar", "Year"),
    "organisaties": ("Organisaties", "Organisations"),
    "gemiddeld": ("Gemiddeld", "Average"),
    "procent-volledig": ("% volledig", "% full"),
    "ingeleverd-kort": ("Ingel.", "Deliv."),
    "register-kort": ("Reg.", "Reg."),
    # `nhnorm intake`
    "intake-titel": (
        "Intake implementatieoverzicht {jaar} — deadline {deadline} (stand {stand})",
        "Intake of the implementatieoverzicht {jaar} — deadline {deadline} (as of {stand})",
    ),
    "intake-totalen": (
        "{organisaties}: {vastgesteld} vastgesteld, {concept} concept, {ontbreekt} ontbreekt; "
        "{te_laat} te laat",
        "{organisaties}: {vastgesteld} adopted, {concept} draft, {ontbreekt} missing; {te_laat} late",
    ),
    "intake-totalen-onleesbaar": (
        "{organisaties}: {vastgesteld} vastgesteld, {concept} concept, {onleesbaar} onleesbaar, "
        "{ontbreekt} ontbreekt; {te_laat} te laat",
        "{organisaties}: {vastgesteld} adopted, {concept} draft, {onleesbaar} unreadable, {ontbreekt} "
        "missing; {te_laat} late",
    ),
    "intake-organisaties": ("organisatie", "organisation"),
    "intake-organisaties+": ("organisaties", "organisations"),
    "intake-code": ("Code", "Code"),
    "intake-organisatie": ("Organisatie", "Organisation"),
    "intake-riec": ("RIEC", "RIEC"),
    "intake-status": ("Status", "Status"),
    "intake-beantwoord": ("Beantwoord", "Answered"),
    "intake-vastgesteld-op": ("Vastgesteld op", "Adopted on"),
    "intake-te-laat": ("Te laat", "Late"),
    "intake-ontvangen-op": ("Ontvangen op", "Received on"),
    "status-onleesbaar": ("onleesbaar", "unreadable"),
    "status-ontbreekt": ("ontbreekt", "missing"),
    "status-concept": ("concept", "draft"),
    "status-vastgesteld": ("vastgesteld", "adopted"),
    "ja": ("ja", "yes"),
    "ingelezen": (
        "{aantal} werkboek(en): {goed} ingelezen, {fout} niet ingelezen (zie hierboven)",
        "{aantal} workbook(s): {goed} imported, {fout} not imported (see above)",
    ),
    "ingelezen-alle": ("{aantal} werkboek(en) ingelezen", "{aantal} workbook(s) imported"),
    "import-ongewijzigd": ("{werkboek} = {pad} (ongewijzigd)", "{werkboek} = {pad} (unchanged)"),
    "import-bijgewerkt": ("{werkboek} → {pad} (bijgewerkt)", "{werkboek} → {pad} (updated)"),
    "ingelezen-soorten": (
        "; {nieuw} nieuw, {ongewijzigd} ongewijzigd, {bijgewerkt} bijgewerkt",
        "; {nieuw} new, {ongewijzigd} unchanged, {bijgewerkt} updated",
    ),
    "niet-meegenomen": (
        "{aantal} bestand(en) niet meegenomen in het overzicht; herstel ze (nhnorm validate) en draai "
        "opnieuw",
        "{aantal} file(s) left out of the overview; fix them (nhnorm validate) and run it again",
    ),
    # `nhnorm bewijs`
    "bewijs-kop": (
        "{pad} · {organisatie} {jaar} · bewijs dat vóór {voor} verloopt: {aantal}",
        "{pad} · {organisatie} {jaar} · evidence expiring before {voor}: {aantal}",
    ),
    "bewijs-regel": (
        '{pad}:{regel}:{kolom}: norm {norm}: "{omschrijving}" geldig tot {tot}{staat}',
        '{pad}:{regel}:{kolom}: norm {norm}: "{omschrijving}" valid until {tot}{staat}',
    ),
    "bewijs-verlopen": (" (verlopen op de peildatum)", " (expired at the peildatum)"),
    "bewijs-niets": ("niets te vernieuwen", "nothing to renew"),
    # `nhnorm validate --regels`
    "regels-code": ("code", "code"),
    "regels-niveau": ("niveau", "level"),
    "regels-uitleg": ("uitleg", "explanation"),
    "regels-vast": (" (vast)", " (fixed)"),
    "regels-standaard": ("standaard", "default"),
    "regels-voet": (
        "Instellen in nhnorm.toml: [nhnorm.regels] uit = [...], fout = [...], waarschuwing = [...]; "
        "per antwoord: # nhnorm: negeer CODE. Uitleg per regel: docs/regels.md.",
        "Configure in nhnorm.toml: [nhnorm.regels] uit = [...], fout = [...], waarschuwing = [...]; "
        "per answer: # nhnorm: negeer CODE. Each rule explained: docs/regels.md.",
    ),
    # `nhnorm norm`
    "norm-toelichting": ("Toelichting", "Explanation"),
    "norm-herhaling": ("Herhaling: {herhaling}", "Repetition: {herhaling}"),
    "norm-onderdelen": ("Onderdelen", "Parts"),
    "kan-bepaling": ("  (kan-bepaling / niet verplicht)", "  (optional provision / not required)"),
    "voorbeeld": ("  (voorbeeld / niet verplicht)", "  (example / not required)"),
}


_MONTHS = (
    *("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"),
    *("september", "oktober", "november", "december"),
)


_UI |= FORM  # `nhnorm bewerk`'s labels, kept in their own module


def counted(number: int, key: str, lang: str = "nl") -> str:
    """`1 bestand`, `2 bestanden`: the number with the singular (key) or plural (key+) word."""
    return f"{number} {text(key if number == 1 else key + '+', lang)}"


def month_name(month: int) -> str:
    """The Dutch name of a month (1-12), for dates in reports."""
    return _MONTHS[month - 1]


def text(key: str, lang: str = "nl", **values: object) -> str:
    """An interface sentence or label in Dutch (default) or English."""
    return _fill(_UI[key][_index(lang)], {k: str(v) for k, v in values.items()})
