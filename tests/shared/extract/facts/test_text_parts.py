"""The fact layer's text helpers: sentences, numbers, month and weekday names, and the
language tables written as data."""

import pytest

from shared.extract.facts.calendar import get_calendar
from shared.extract.facts.numerals import parse_number
from shared.extract.facts.sentences import split_sentences
from shared.extract.lang import get_lang_data, number_words, relative_dates
from tests.fact_text import facts_of


def test_sentences_are_not_cut_after_initials_titles_or_ordinals() -> None:
    text = "Dr. J. Smith arrived on 11. novembra. He left.\nNew line"
    assert [s.text for s in split_sentences(text)] == [
        "Dr. J. Smith arrived on 11. novembra.",
        "He left.",
        "New line",
    ]


def test_sentence_offsets_point_into_the_text() -> None:
    text = '  "Yes," he said. Then   he left.'
    assert all(text[s.start : s.end] == s.text for s in split_sentences(text))


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("6.500", "bs", 6500),
        ("1 400", "pl", 1400),
        ("3,2", "pl", 3.2),
        ("1,46", "hr", 1.46),
        ("51,505", "en", 51505),
        ("1.5", "en", 1.5),
        ("1.5", "de", 1.5),
    ],
)
def test_numbers_are_read_in_the_language_format(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "word", "month"),
    [
        ("pl", "lipcu", 7),
        ("pl", "sierpniu", 8),
        ("cs", "června", 6),
        ("cs", "července", 7),
        ("bs", "oktobru", 10),
        ("hr", "srpnju", 7),
        ("ru", "январе", 1),
        ("en", "May", 5),
        ("en", "maybe", None),
        ("pl", "majątek", None),
    ],
)
def test_month_names_are_known_in_every_case(lang: str, word: str, month: int | None) -> None:
    assert get_calendar(get_lang_data(lang).locales).month(word) == month


@pytest.mark.parametrize(
    ("lang", "word", "weekday"),
    [("pl", "środę", 2), ("de", "Samstagabend", 5), ("ru", "вторник", 1), ("ru", "второй", None)],
)
def test_weekday_names_are_known_in_every_case(lang: str, word: str, weekday: int | None) -> None:
    assert get_calendar(get_lang_data(lang).locales).weekday(word) == weekday


def test_tables_written_as_data_are_parsed() -> None:
    assert relative_dates("# source\nlast  year = year -1") == {"last year": ("year", -1)}
    assert number_words("2 two both") == {"two": 2.0, "both": 2.0}


def test_language_without_tables_finds_numbers_and_no_meetings() -> None:
    text = "Ana met Ivo. It cost 5 million dollars on 5 May 2020."
    found = {(f.type, str(f.fields.get("value"))) for f in facts_of(text, "xx")}
    assert found == {("quantity", "5000000"), ("date", "2020-05-05")}
