"""Russian facts, on sentences written for these tests."""

import pytest

from tests.fact_text import entity, facts_of, fields

IVANOV = entity("PER", "Сергей Иванов", "Иванов")
PETROV = entity("PER", "Петровым", "Петров")
MOSKVA = entity("LOC", "Москве")
MID = entity("ORG", "МИД")


@pytest.mark.parametrize(
    "text",
    [
        "«Переговоры прошли в конструктивном духе», — заявил Сергей Иванов.",
        "Сергей Иванов сказал: «Переговоры прошли в конструктивном духе».",
        "— Переговоры прошли в конструктивном духе, — сказал Сергей Иванов.",
    ],
)
def test_quote_is_attributed_to_the_speaker(text: str) -> None:
    quotes = facts_of(text, "ru", (IVANOV,), kind="quote")
    assert fields(quotes, "speaker") == [(IVANOV[0],)]
    assert quotes[0].fields["text"].startswith("Переговоры прошли")


def test_quote_without_a_person_is_kept_with_no_speaker_when_long() -> None:
    text = "«Переговоры прошли в конструктивном духе и продолжатся в следующем месяце»."
    assert fields(facts_of(text, "ru", kind="quote"), "speaker") == [(None,)]


def test_meeting_in_a_city_on_a_date() -> None:
    text = "19 мая 2013 года в Москве Сергей Иванов провёл переговоры с Петровым."
    meetings = facts_of(text, "ru", (IVANOV, PETROV, MOSKVA), kind="meeting")
    assert fields(meetings, "participants", "place", "date") == [
        ([IVANOV[0], PETROV[0]], MOSKVA[0], "2013-05-19")
    ]


def test_role_before_the_name() -> None:
    text = "Официальный представитель МИД Сергей Иванов ответил на вопросы."
    roles = facts_of(text, "ru", (IVANOV, MID), kind="role")
    assert fields(roles, "person", "org") == [(IVANOV[0], MID[0])]
    assert "представитель МИД" in roles[0].fields["role"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Сделка стоила 1,1 миллиарда долларов США.", 1_100_000_000, "USD"),
        ("Компания получила миллиард долларов.", 1_000_000_000, "USD"),
        ("Доля выросла до 12,5 процента.", 12.5, "%"),
        ("Трасса длиной 300 километров открыта.", 300, "km"),
        ("Он провёл в компании 13 лет.", 13, "years"),
        ("Слой становится сверхпроводящим при 30 градусах Кельвина.", 30, "K"),
        ("Днём воздух прогреется до 25 градусов Цельсия.", 25, "°C"),
    ],
)
def test_quantity_is_normalised(text: str, value: float, unit: str) -> None:
    assert fields(facts_of(text, "ru", kind="quantity"), "value", "unit") == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Соглашение подписано 19 мая 2013 года.", None, "2013-05-19"),
        ("Компания основана в 2007 году.", None, "2007"),
        ("Компанию продали в январе 2007 года.", None, "2007-01"),
        ("Решение приняли вчера.", "2024-03-15", "2024-03-14"),
        ("Встреча состоялась во вторник.", "2024-03-15", "2024-03-12"),
        ("Выборы пройдут в следующем году.", "2024-03-15", "2025"),
    ],
)
def test_date_is_normalised(text: str, published: str | None, value: str) -> None:
    assert fields(facts_of(text, "ru", published=published, kind="date"), "value") == [(value,)]


def test_a_feminine_verb_is_not_the_man_named_after_it() -> None:
    text = "«Я с этим не согласна», — сказала о Петре Иванове его жена."
    man = entity("PER", "Пётр Иванов", "Петре Иванове")
    quotes = facts_of(text, "ru", (man,), kind="quote")
    assert all(q.fields["speaker"] is None for q in quotes)  # the quote stays, or goes


def test_a_consultant_after_a_linking_verb_is_a_role() -> None:
    karp = entity("PER", "Давид Карпов")
    text = "Давид Карпов стал консультантом компании в прошлом году."
    roles = facts_of(text, "ru", (karp,), kind="role")
    assert [r.fields["role"].split()[0] for r in roles] == ["консультантом"]
