"""`nhnorm set` and `nhnorm fill`: answers change in place; nothing else in the file does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from rich.prompt import Prompt

from nhnorm_cli.models.assessment import Evidence
from nhnorm_cli.select.assessments import load_assessment
from tests.conftest import Runner

HAND_WRITTEN = """\
# Onze eigen kop: zelfevaluatie Testdorp
norm: "1.0"
jaar: 2025        # het meetjaar
organisatie:
  soort: gemeente
  naam: Gemeente Testdorp
status: concept
peildatum: 2025-01-15
antwoorden:
  # eerst thema 2, zo hebben we het afgesproken
  "2.1":
    toelichting: Vastgesteld in 2023.   # nog checken
    oordeel: voldaan
  "4.2":
    oordeel: deels
    acties:
      - omschrijving: Nieuwe training
        afgerond: false
"""


@pytest.fixture
def hand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "assessments" / "2025.yaml"
    path.parent.mkdir()
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    return path


def test_set_keeps_comments_and_key_order(nhnorm: Runner, hand: Path) -> None:
    nhnorm(
        "set",
        "2.1",
        "grotendeels",
        "--actie",
        "Beleid actualiseren",
        "--eigenaar",
        "HR",
        "--gereed",
        "2025-11-30",
    )
    text = hand.read_text(encoding="utf-8")
    expected = HAND_WRITTEN.replace(
        "    oordeel: voldaan\n",
        "    oordeel: grotendeels\n"
        "    acties:\n"
        "      - omschrijving: Beleid actualiseren\n"
        "        eigenaar: HR\n"
        "        gereed: 2025-11-30\n"
        "        afgerond: false\n",
    )
    assert text == expected


def test_set_gives_an_action_its_priority_and_changes_it(nhnorm: Runner, hand: Path) -> None:
    nhnorm(
        "set",
        "2.1",
        "deels",
        "--actie",
        "Beleid actualiseren",
        "--gereed",
        "2025-11-30",
        "--prioriteit",
        "laag",
    )
    nhnorm("set", "2.1", "--actie", "Beleid actualiseren", "--prioriteit", "hoog", "--eigenaar", "HR")
    assert HAND_WRITTEN.replace(
        "    oordeel: voldaan\n",
        "    oordeel: deels\n"
        "    acties:\n"
        "      - omschrijving: Beleid actualiseren\n"
        "        eigenaar: HR\n"
        "        gereed: 2025-11-30\n"
        "        prioriteit: hoog\n"
        "        afgerond: false\n",
    ) == hand.read_text(encoding="utf-8")
    assert "ACTIE-ONTBREEKT" in nhnorm("set", "2.1", "--prioriteit", "hoog", expect=2).stderr
    assert "--prioriteit" in nhnorm("set", "2.1", "--actie", "x", "--prioriteit", "dringend", expect=2).stderr


def test_new_answer_lands_in_norm_order(nhnorm: Runner, hand: Path) -> None:
    nhnorm("set", "3.4", "niet", "--toelichting", "Nog geen beleid.", "--actie", "Beleid opstellen")
    nhnorm("set", "6.1", "voldaan", "--bewijs", "Communicatieplan 2025", "--bewijs", "Intranet")
    nhnorm("set", "1.1", "nvt", "--toelichting", "Geen driehoek: gemeenschappelijke regeling.")
    answers = load_assessment(hand).assessment.antwoorden
    assert list(answers) == ["1.1", "2.1", "3.4", "4.2", "6.1"]
    assert answers["6.1"].bewijs == ["Communicatieplan 2025", "Intranet"]
    assert answers["3.4"].acties[0].omschrijving == "Beleid opstellen"
    text = hand.read_text(encoding="utf-8")
    assert text.startswith(HAND_WRITTEN.split("antwoorden:")[0])
    assert "    toelichting: Vastgesteld in 2023.   # nog checken\n" in text
    # the inserted answer sits under its own statement
    assert text.index("# 3.4 ") < text.index('"3.4":') < text.index('"4.2":')


def test_set_updates_only_given_fields(nhnorm: Runner, hand: Path) -> None:
    nhnorm("set", "2.1", "--vertrouwelijk")
    answer = load_assessment(hand).assessment.antwoorden["2.1"]
    assert (answer.oordeel, answer.toelichting, answer.vertrouwelijk) == (
        "voldaan",
        "Vastgesteld in 2023.",
        True,
    )
    nhnorm("set", "2.1", "--openbaar")
    assert load_assessment(hand).assessment.antwoorden["2.1"].vertrouwelijk is False


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("1.1", "nvt"), "NVT-ZONDER-TOELICHTING"),
        (("--status", "vastgesteld"), "ONVOLLEDIG-VASTGESTELD"),
    ],
)
def test_invalid_change_exits_1_and_leaves_the_file_byte_identical(
    nhnorm: Runner, hand: Path, args: tuple[str, ...], code: str
) -> None:
    before = hand.read_bytes()
    result = nhnorm("set", *args, expect=1)
    assert f"fout {code}:" in result.stderr
    assert "NIET-OPGESLAGEN" in result.stderr
    assert hand.read_bytes() == before


def test_usage_errors(nhnorm: Runner, hand: Path) -> None:
    assert "NIEUW-ZONDER-OORDEEL" in nhnorm("set", "1.1", "--toelichting", "x", expect=2).stderr
    assert "ONBEKENDE-NORM" in nhnorm("set", "7.1", "voldaan", expect=2).stderr
    assert "NIETS-TE-WIJZIGEN" in nhnorm("set", expect=2).stderr
    assert "ACTIE-ONTBREEKT" in nhnorm("set", "2.1", "--eigenaar", "HR", expect=2).stderr
    assert hand.read_text(encoding="utf-8") == HAND_WRITTEN


def test_fill_saves_every_answer_and_stops_on_q(
    nhnorm: Runner, hand: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(
        [
            "1",
            "Driehoek is belegd.",
            "Notulen driehoek",
            "",
            "",
            "4",
            "",
            "",
            "Plan maken",
            "Veiligheid",
            "31-01-2026",
            "dringend",  # not a priority: asked again
            "Hoog",
            "q",
        ]
    )
    monkeypatch.setattr(Prompt, "ask", lambda *a, **k: next(answers))
    assert "Kies hoog, middel of laag" in nhnorm("fill", "--open").stdout
    saved = load_assessment(hand).assessment.antwoorden
    assert saved["1.1"].oordeel == "voldaan" and saved["1.1"].toelichting == "Driehoek is belegd."
    assert saved["1.1"].bewijs == ["Notulen driehoek"]
    assert saved["1.2"].oordeel == "niet"
    assert [(a.omschrijving, a.eigenaar, str(a.gereed), a.prioriteit) for a in saved["1.2"].acties] == [
        ("Plan maken", "Veiligheid", "2026-01-31", "hoog")
    ]
    assert "1.3" not in saved


@pytest.mark.parametrize("stop", [EOFError, KeyboardInterrupt])
def test_fill_interrupted_after_two_answers_keeps_both(
    nhnorm: Runner, hand: Path, monkeypatch: pytest.MonkeyPatch, stop: type[BaseException]
) -> None:
    replies = ["grotendeels", "Bijna.", "", "Actie A", "", "", "", "deels", "", "", "Actie B", "", "", ""]

    def ask(*args: object, **kwargs: object) -> str:
        if not replies:
            raise stop
        return replies.pop(0)

    monkeypatch.setattr(Prompt, "ask", ask)
    result = nhnorm("fill", "--vanaf", "1.4", expect=130 if stop is KeyboardInterrupt else 0)
    saved = load_assessment(hand).assessment.antwoorden
    assert (saved["1.4"].oordeel, saved["1.4"].toelichting) == ("grotendeels", "Bijna.")
    assert (saved["1.5"].oordeel, saved["1.5"].acties[0].omschrijving) == ("deels", "Actie B")
    assert "bijgewerkt: 1.4, 1.5" in result.stdout


def test_fill_asks_for_dated_evidence(nhnorm: Runner, hand: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    replies = iter(
        ["voldaan", "Elk jaar.", "Verslag bijeenkomst", "12-13-2025", "12-11-2025", "1-1-2027", "q"]
    )
    monkeypatch.setattr(Prompt, "ask", lambda *a, **k: next(replies))
    result = nhnorm("fill", "--vanaf", "2.3")
    assert "Schrijf de datum als JJJJ-MM-DD of DD-MM-JJJJ" in result.stdout  # month 13: asked again
    [item] = load_assessment(hand).assessment.antwoorden["2.3"].bewijs
    assert item == Evidence(
        omschrijving="Verslag bijeenkomst", datum=date(2025, 11, 12), geldig_tot=date(2027, 1, 1)
    )


def test_fill_reasks_until_valid(nhnorm: Runner, hand: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prompts: list[str] = []
    replies = iter(["x", "5", "", "Niet van toepassing: geen eigen ambtenaren.", "q"])

    def ask(prompt: str, **kwargs: object) -> str:
        prompts.append(prompt.split("?")[0].split(" (")[0])
        return next(replies)

    monkeypatch.setattr(Prompt, "ask", ask)
    result = nhnorm("fill")
    # an nvt without toelichting asks for the toelichting again, not for the oordeel
    assert prompts == [
        "Oordeel",
        "Oordeel",
        "Toelichting",
        "Toelichting",
        "Oordeel",  # no evidence is asked for nvt
    ]
    assert "Kies 1-5 of een van: voldaan, grotendeels, deels, niet, nvt" in result.stdout
    assert "Bij nvt is een toelichting verplicht" in result.stdout
    answer = load_assessment(hand).assessment.antwoorden["1.1"]
    assert (answer.oordeel, answer.toelichting) == ("nvt", "Niet van toepassing: geen eigen ambtenaren.")


def test_actions_done_and_onderdelen(nhnorm: Runner, hand: Path) -> None:
    nhnorm("set", "4.2", "--afgerond", "nieuwe TRAINING", "--actie", "Tweede training", "--eigenaar", "HR")
    nhnorm(
        "set", "1.3", "deels", "--onderdeel", "1.3.a=voldaan", "--onderdeel", "1.3.b=niet", "--actie", "Plan"
    )
    answers = load_assessment(hand).assessment.antwoorden
    assert [(a.omschrijving, a.afgerond) for a in answers["4.2"].acties] == [
        ("Nieuwe training", True),
        ("Tweede training", False),
    ]
    assert answers["1.3"].onderdelen == {"1.3.a": "voldaan", "1.3.b": "niet"}
    before = hand.read_bytes()
    assert "ONBEKENDE-ACTIE" in nhnorm("set", "4.2", "--afgerond", "training", expect=2).stderr  # two match
    assert "ONGELDIG-ONDERDEEL" in nhnorm("set", "1.3", "--onderdeel", "1.3.a", expect=2).stderr
    assert "ONBEKEND-ONDERDEEL" in nhnorm("set", "1.3", "--onderdeel", "1.4.a=voldaan", expect=1).stderr
    assert hand.read_bytes() == before


def test_comment_at_column_one_inside_an_answer_survives(nhnorm: Runner, hand: Path) -> None:
    hand.write_text(
        HAND_WRITTEN.replace("    oordeel: voldaan\n", "# zie notulen\n    oordeel: voldaan\n"), "utf-8"
    )
    nhnorm("set", "2.1", "--toelichting", "Herzien in 2025.")
    assert "# zie notulen\n" in hand.read_text(encoding="utf-8")
    assert load_assessment(hand).assessment.antwoorden["2.1"].toelichting == "Herzien in 2025."


def test_latest_year_is_edited_even_when_an_old_year_is_broken(nhnorm: Runner, hand: Path) -> None:
    old = hand.with_name("2024.yaml")
    old.write_text(HAND_WRITTEN.replace("jaar: 2025", "jaar: 2024").replace("voldaan", "klaar"), "utf-8")
    nhnorm("set", "6.1", "voldaan")
    assert "6.1" in load_assessment(hand).assessment.antwoorden
    result = nhnorm("set", "6.1", "voldaan", "--year", "2024", expect=1)
    assert "2024.yaml" in result.stderr and "ONBEKEND-OORDEEL" in result.stderr


@pytest.mark.parametrize(
    ("lang", "first_prompt", "current"),
    [
        ("nl", "Oordeel (Enter = houden: voldaan)", "Huidig oordeel: voldaan"),
        ("en", "Rating (Enter = keep: voldaan)", "Current rating: voldaan"),
    ],
)
def test_fill_shows_the_norm_and_asks_in_the_chosen_language(
    nhnorm: Runner, hand: Path, monkeypatch: pytest.MonkeyPatch, lang: str, first_prompt: str, current: str
) -> None:
    prompts: list[str] = []

    def ask(prompt: str, **kwargs: object) -> str:
        prompts.append(prompt)
        return "q"

    monkeypatch.setattr(Prompt, "ask", ask)
    result = nhnorm("fill", "--vanaf", "2.1", "--lang", lang)
    assert prompts == [first_prompt]
    # the choices on a line of their own, so that neither wraps in an 80-column terminal
    stop = "q = stoppen" if lang == "nl" else "q = stop"
    assert f"1 voldaan · 2 grotendeels · 3 deels · 4 niet · 5 nvt · {stop}" in result.stdout.splitlines()
    assert "2.1 · Integriteit & Veilige Werkomgeving" in result.stdout
    assert "Wij hebben een integriteitsbeleid vastgesteld." in result.stdout
    assert current in result.stdout
    assert hand.read_text(encoding="utf-8") == HAND_WRITTEN


@pytest.mark.parametrize("args", [("2.1", "voldan"), ("1.3", "deels", "--onderdeel", "1.3.a=voldan")])
def test_an_unknown_oordeel_is_named_as_typed_and_nothing_is_written(
    nhnorm: Runner, hand: Path, args: tuple[str, ...]
) -> None:
    before = hand.read_bytes()
    result = nhnorm("set", *args, expect=1)
    assert result.stderr.strip() == (
        'nhnorm: fout ONBEKEND-OORDEEL: oordeel "voldan" bestaat niet; kies uit voldaan, '
        'grotendeels, deels, niet, nvt; bedoelde u "voldaan"?'
    )
    assert hand.read_bytes() == before


def _colleague_at(prompt_start: str, replies: list[str], edit: Callable[[], None]) -> Callable[..., str]:
    """A Prompt.ask that runs `edit` (someone else changing the file) when `prompt_start` is asked."""

    def ask(prompt: str, **kwargs: object) -> str:
        if prompt.startswith(prompt_start):
            edit()
        if not replies:
            raise EOFError
        return replies.pop(0)

    return ask


def test_fill_keeps_a_change_made_while_it_waited(
    nhnorm: Runner, hand: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def colleague() -> None:
        text = hand.read_text(encoding="utf-8")
        text = text.replace("    oordeel: deels\n", "    oordeel: grotendeels\n")  # 4.2, by `set`
        hand.write_text(
            text.replace("antwoorden:\n", "antwoorden:\n  # opmerking van een collega\n"), "utf-8"
        )

    replies = ["voldaan", "Belegd.", "", "q"]
    monkeypatch.setattr(Prompt, "ask", _colleague_at("Toelichting", replies, colleague))
    nhnorm("fill", "--vanaf", "1.1")
    text = hand.read_text(encoding="utf-8")
    assert "  # opmerking van een collega\n" in text
    answers = load_assessment(hand).assessment.antwoorden
    assert (answers["1.1"].oordeel, answers["1.1"].toelichting) == ("voldaan", "Belegd.")
    assert answers["4.2"].oordeel == "grotendeels"


def test_fill_does_not_write_over_an_answer_changed_while_it_waited(
    nhnorm: Runner, hand: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def colleague() -> None:
        text = hand.read_text(encoding="utf-8")
        hand.write_text(text.replace("Vastgesteld in 2023.", "Herzien in 2025 door een collega."), "utf-8")

    replies = ["deels", "Mijn versie.", "", "q"]
    monkeypatch.setattr(Prompt, "ask", _colleague_at("Toelichting", replies, colleague))
    result = nhnorm("fill", "--vanaf", "2.1")
    assert result.stderr.startswith(
        "assessments/2025.yaml:11:3: fout INTUSSEN-GEWIJZIGD: het antwoord op norm 2.1 is intussen door "
        "iemand anders gewijzigd; uw antwoord is niet opgeslagen, bekijk het nieuwe antwoord\n"
    )
    assert "Toelichting: Herzien in 2025 door een collega." in result.stdout  # shown again, new text
    answer = load_assessment(hand).assessment.antwoorden["2.1"]
    assert (answer.oordeel, answer.toelichting) == ("voldaan", "Herzien in 2025 door een collega.")


@pytest.mark.parametrize(
    ("replies", "saved", "said"),
    [
        (
            ["deels", "Half af.", "", "Actie X"],
            ("deels", "Half af."),
            "het antwoord is opgeslagen, de verbeteractie niet",
        ),
        (
            ["deels", "Half af."],
            ("deels", "Half af."),
            "oordeel en toelichting zijn opgeslagen, het bewijs niet",
        ),
        (["deels"], ("voldaan", "Vastgesteld in 2023."), "dit antwoord is niet opgeslagen"),
    ],
)
@pytest.mark.parametrize("stop", [EOFError, KeyboardInterrupt, "q", " Q "])  # q stops at every question
def test_fill_interrupted_mid_answer_keeps_what_was_complete(
    nhnorm: Runner,
    hand: Path,
    monkeypatch: pytest.MonkeyPatch,
    replies: list[str],
    saved: tuple[str, str],
    said: str,
    stop: type[BaseException] | str,
) -> None:
    pending = list(replies)
    asked_after_q = []

    def ask(*args: object, **kwargs: object) -> str:
        if pending:
            return pending.pop(0)
        if isinstance(stop, str):
            assert not asked_after_q, "q did not stop fill"
            asked_after_q.append(stop)
            return stop
        raise stop

    monkeypatch.setattr(Prompt, "ask", ask)
    result = nhnorm("fill", "--vanaf", "2.1", expect=130 if stop is KeyboardInterrupt else 0)
    answer = load_assessment(hand).assessment.antwoorden["2.1"]
    assert (answer.oordeel, answer.toelichting) == saved
    assert f"2.1: onderbroken; {said}." in result.stdout
    assert not answer.acties


def test_fill_shows_evidence_and_actions(nhnorm: Runner, hand: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Prompt, "ask", lambda *a, **k: "q")
    result = nhnorm("fill", "--vanaf", "4.2")
    assert "Actie: Nieuwe training (open)" in result.stdout


def test_set_takes_oordelen_in_any_case_and_dutch_dates(nhnorm: Runner, hand: Path) -> None:
    nhnorm("set", "1.3", "Deels", "--onderdeel", "1.3.a=VOLDAAN", "--actie", "Plan", "--gereed", "31-12-2026")
    answer = load_assessment(hand).assessment.antwoorden["1.3"]
    assert (answer.oordeel, answer.onderdelen, str(answer.acties[0].gereed)) == (
        "deels",
        {"1.3.a": "voldaan"},
        "2026-12-31",
    )
    assert "gereed: 2026-12-31\n" in hand.read_text(encoding="utf-8")


def test_set_riec_and_code(nhnorm: Runner, hand: Path) -> None:
    nhnorm("set", "--code", "gm0400", "--riec", "RIEC Noord-Holland")
    assert "  naam: Gemeente Testdorp\n  code: GM0400\n  riec: RIEC Noord-Holland\nstatus:" in hand.read_text(
        encoding="utf-8"
    )
    before = hand.read_bytes()
    result = nhnorm("set", "--code", "0400", expect=2)
    assert result.stderr.strip() == (
        'nhnorm: fout ONGELDIGE-CODE: --code "0400" is geen CBS-code; '
        "schrijf bijv. GM0400 (gemeente) of PV27 (provincie)"
    )
    assert hand.read_bytes() == before


def test_a_rejected_set_points_nowhere_and_says_the_file_was_not_changed(nhnorm: Runner, hand: Path) -> None:
    result = nhnorm("set", "1.1", "nvt", expect=1)
    assert result.stderr.splitlines() == [
        "nhnorm: fout NIET-OPGESLAGEN: assessments/2025.yaml is niet gewijzigd: met deze wijziging zou het "
        "bestand ongeldig worden",
        "nhnorm: fout NVT-ZONDER-TOELICHTING: "
        + result.stderr.splitlines()[1].split("NVT-ZONDER-TOELICHTING: ")[1],
    ]


def test_set_dated_evidence_and_renew_it(nhnorm: Runner, hand: Path) -> None:
    nhnorm(
        "set", "2.3", "voldaan", "--bewijs", "Verslag bijeenkomst|2025-11-12|2026-11-12", "--bewijs", "Agenda"
    )
    assert load_assessment(hand).assessment.antwoorden["2.3"].bewijs == [
        Evidence(omschrijving="Verslag bijeenkomst", datum=date(2025, 11, 12), geldig_tot=date(2026, 11, 12)),
        "Agenda",
    ]
    nhnorm("set", "2.3", "--bewijs", "Verslag bijeenkomst | 2026-11-10 | | https://intranet/verslag")
    [renewed, plain] = load_assessment(hand).assessment.antwoorden["2.3"].bewijs
    assert renewed == Evidence(
        omschrijving="Verslag bijeenkomst", datum=date(2026, 11, 10), link="https://intranet/verslag"
    )
    assert plain == "Agenda"
    text = hand.read_text(encoding="utf-8")
    assert "      - omschrijving: Verslag bijeenkomst\n        datum: 2026-11-10\n" in text


def test_set_evidence_with_a_bad_date_changes_nothing(nhnorm: Runner, hand: Path) -> None:
    before = hand.read_bytes()
    out = nhnorm("set", "2.3", "voldaan", "--bewijs", "Verslag | 12-13-2025", expect=2)
    assert (
        'fout ONGELDIG-BEWIJS: bewijs "Verslag | 12-13-2025": datum "12-13-2025" is geen datum '
        "(JJJJ-MM-DD of DD-MM-JJJJ)" in out.stderr
    )
    assert hand.read_bytes() == before


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", 'fout ONGELDIG-BEWIJS: bewijs "||||": de omschrijving ontbreekt; schrijf omschrijving |'),
        ("en", 'fout ONGELDIG-BEWIJS: evidence "||||": the omschrijving is missing; write omschrijving |'),
    ],
)
def test_set_evidence_of_only_separators(nhnorm: Runner, hand: Path, lang: str, expected: str) -> None:
    """Five empty fields once became the omschrijving " | "; the reason follows --lang."""
    before = hand.read_bytes()
    out = nhnorm("--lang", lang, "set", "2.3", "voldaan", "--bewijs", "||||", expect=2)
    assert expected in out.stderr
    assert hand.read_bytes() == before


def test_set_evidence_with_a_compact_date_is_refused_as_an_option_is(nhnorm: Runner, hand: Path) -> None:
    before = hand.read_bytes()
    out = nhnorm("set", "2.3", "voldaan", "--bewijs", "Verslag | 20250101", expect=2)
    assert 'datum "20250101" is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)' in out.stderr
    assert hand.read_bytes() == before
    refused = nhnorm("set", "2.3", "--gereed", "20250101", expect=2)
    assert '--gereed: "20250101" is geen datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ' in refused.stderr


def test_fill_warns_about_a_missing_action_only_when_none_was_given(
    nhnorm: Runner, hand: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 1.1 gets an action at the prompt after its answer: no GEEN-ACTIE for it (the warning would be
    # stale); 1.2 gets none: warned once, after the question.
    replies = iter(
        ["deels", "Half.", "", "Agenda maken", "Veiligheid", "", "", "deels", "Ook half.", "", "", "q"]
    )
    monkeypatch.setattr(Prompt, "ask", lambda *a, **k: next(replies))
    result = nhnorm("fill")
    assert [line.split(": ", 1)[1] for line in result.stderr.splitlines()] == [
        "waarschuwing GEEN-ACTIE: norm 1.2 is deels maar heeft geen openstaande actie; voeg een actie toe "
        '(nhnorm set 1.2 --actie "...")'
    ]
    assert load_assessment(hand).assessment.antwoorden["1.1"].acties[0].omschrijving == "Agenda maken"


def test_fill_shows_dated_evidence_as_it_is_typed(
    nhnorm: Runner, hand: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nhnorm("set", "2.1", "--bewijs", "Collegebesluit | 2024-12-10 | 2026-12-10")
    monkeypatch.setattr(Prompt, "ask", lambda *a, **k: "q")
    result = nhnorm("fill", "--vanaf", "2.1")
    assert "Bewijs: Collegebesluit | 2024-12-10 | 2026-12-10" in result.stdout
    assert "datetime" not in result.stdout


@pytest.mark.parametrize(
    ("lang", "start", "expected"),
    [
        ("nl", "1.1", "Toelichting (Enter = geen)"),  # nothing to keep yet
        ("nl", "2.1", "Toelichting (Enter = houden)"),  # "Vastgesteld in 2023." stays on Enter
        ("en", "1.1", "Explanation (Enter = none)"),
        ("en", "2.1", "Explanation (Enter = keep)"),
    ],
)
def test_fill_says_what_enter_does_to_the_toelichting(
    nhnorm: Runner, hand: Path, monkeypatch: pytest.MonkeyPatch, lang: str, start: str, expected: str
) -> None:
    prompts: list[str] = []
    replies = iter(["voldaan", "q"])

    def ask(prompt: str, **kwargs: object) -> str:
        prompts.append(prompt)
        return next(replies)

    monkeypatch.setattr(Prompt, "ask", ask)
    nhnorm("fill", "--vanaf", start, "--lang", lang)
    assert prompts[1] == expected


def test_set_peildatum_changes_only_that_line(nhnorm: Runner, hand: Path) -> None:
    result = nhnorm("set", "--peildatum", "28-03-2025")
    assert result.stdout == "assessments/2025.yaml: bijgewerkt: peildatum\n" and result.stderr == ""
    assert hand.read_text(encoding="utf-8") == HAND_WRITTEN.replace("2025-01-15", "2025-03-28")


def test_set_peildatum_outside_the_year_is_saved_with_its_warning(nhnorm: Runner, hand: Path) -> None:
    result = nhnorm("set", "--peildatum", "2026-01-05")
    assert result.stderr == (
        "assessments/2025.yaml:8:12: waarschuwing PEILDATUM-BUITEN-JAAR: peildatum 2026-01-05 valt niet in "
        "jaar 2025; kies een datum in 2025\n"
    )
    assert load_assessment(hand).assessment.peildatum == date(2026, 1, 5)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "waarschuwing PEILDATUM-BUITEN-JAAR: peildatum 9999-12-31 valt niet in jaar 2025"),
        ("en", "waarschuwing PEILDATUM-BUITEN-JAAR: peildatum 9999-12-31 is not in year 2025"),  # stable word
    ],
)
def test_a_far_peildatum_is_never_saved_without_a_word(
    nhnorm: Runner, hand: Path, lang: str, said: str
) -> None:
    """Decided (issue 25): like any date outside the year, saved with its warning, as validate
    would say it; `init` never writes one."""
    result = nhnorm("set", "--peildatum", "9999-12-31", "--lang", lang)
    assert result.stderr.startswith(f"assessments/2025.yaml:8:12: {said}")
    assert load_assessment(hand).assessment.peildatum == date(9999, 12, 31)
    assert "PEILDATUM-BUITEN-JAAR" in nhnorm("validate", expect=None).stdout


def test_the_peildatum_of_an_adopted_assessment_is_locked(nhnorm: Runner, repo: Path) -> None:
    adopted = repo / "assessments" / "zeedorp" / "2025.yaml"
    before = adopted.read_bytes()
    assert "VASTGESTELD" in nhnorm("set", "--peildatum", "2025-03-31", "--year", "2025", expect=1).stderr
    assert adopted.read_bytes() == before
    nhnorm("set", "--peildatum", "2025-03-31", "--year", "2025", "--status", "concept")  # reopened first
    assert load_assessment(adopted).assessment.peildatum == date(2025, 3, 31)


def test_set_without_org_in_a_region_does_not_pick_the_one_with_the_newest_year(
    tmp_path: Path, nhnorm: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only beedorp has 2026: `set` used to edit its file without being told (issue 25)."""
    from tests.factories import uniform, write_year

    monkeypatch.chdir(tmp_path)
    write_year(tmp_path / "assessments" / "aadorp", uniform("deels"), naam="Gemeente Aadorp", jaar=2025)
    write_year(tmp_path / "assessments" / "beedorp", uniform("deels"), naam="Gemeente Beedorp", jaar=2026)
    before = {p: p.read_bytes() for p in (tmp_path / "assessments").rglob("*.yaml")}
    err = nhnorm("set", "1.1", "voldaan", expect=2).stderr
    assert err == (
        "nhnorm: fout MEERDERE-ORGANISATIES: meerdere organisaties gevonden (aadorp, beedorp); "
        "kies er een met --org\n"
    )
    assert {p: p.read_bytes() for p in (tmp_path / "assessments").rglob("*.yaml")} == before
    nhnorm("set", "1.1", "voldaan", "--org", "beedorp")
