import pytest


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("Президент Касым-Жомарт Токаев прибыл в Москву.", "Касым-Жомарт Токаев", "PER"),
        ("Президент Касым-Жомарт Токаев прибыл в Москву.", "Москву", "LOC"),
        ("Компания Google купила стартап из Лондона.", "Google", "ORG"),
    ],
)
def test_names_are_found_with_their_label(found, text, mention, label):
    assert found(text, "ru").get(mention) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Однако переговоры продолжились в мае.", "Однако"),
        ("Поэтому Иван Смирнов уехал.", "Поэтому"),
    ],
)
def test_sentence_initial_words_are_not_names(found, text, word):
    assert not any(word in mention for mention in found(text, "ru"))


def test_an_institution_goes_on_after_po(found):
    text = "Министерство по чрезвычайным ситуациям сообщило о пожаре."
    assert found(text, "ru") == {"Министерство по чрезвычайным ситуациям": "ORG"}


def test_a_first_name_that_is_also_a_word_keeps_a_person_whose_surname_is_a_town(found):
    text = "Сергей Лавров встретился с госсекретарем США Марко Рубио в четверг."
    assert found(text, "ru").get("Марко Рубио") == "PER"


def test_a_surname_in_an_oblique_case_gets_its_base_form(entities):
    text = "По словам пресс-секретаря Дмитрия Пескова, встреча прошла. Он говорил с Анной Ивановой."
    names = {e.name for e in entities(text, "ru")}
    assert {"Дмитрий Песков", "Анна Иванова"} <= names


def test_a_temperature_scale_is_no_person(found):
    assert found("Температура выросла с 15 до 30 градусов Кельвина.", "ru") == {}


def test_an_institution_named_after_a_place_holds_the_place(found):
    text = "Правительство Казахстана одобрило план."
    assert found(text, "ru") == {"Правительство Казахстана": "ORG"}


def test_a_country_naming_a_currency_is_no_place(found):
    assert found("Сделка стоила 1,1 миллиарда долларов США.", "ru") == {}


def test_a_body_of_the_state_before_its_country_is_the_institution(found):
    text = "Об этом сообщило правительство Казахстана."
    assert found(text, "ru") == {"правительство Казахстана": "ORG"}
