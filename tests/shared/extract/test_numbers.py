import pytest

from shared.extract.components.numbers import SPAN_KEY
from shared.extract.pipeline import make_nlp


@pytest.mark.parametrize(
    ("lang", "text", "expected", "label"),
    [
        ("pl", "Umowę podpisano 5 maja 2021 w Gdańsku.", "5 maja 2021", "DATE"),
        ("hr", "Sastanak je održan u srpnju 2009. godine.", "srpnju 2009", "DATE"),
        ("ru", "Сделка закрыта 19 мая 2013 года.", "19 мая 2013", "DATE"),
        ("en", "The company paid $1.1 billion for the startup.", "$1.1 billion", "MONEY"),
        ("pl", "Program kosztuje 3,2 mld euro.", "3,2 mld euro", "MONEY"),
        ("de", "Die Aktie stieg um 5 Prozent.", "5 Prozent", "PERCENT"),
        ("bs", "Ruta je duga oko 6.500 kilometara.", "6.500 kilometara", "QUANTITY"),
    ],
)
def test_numbers_marks_dates_money_percent_and_quantities(lang, text, expected, label):
    nlp = make_nlp(lang)
    with nlp.memory_zone():
        doc = nlp(text)
        spans = {(span.text, span.label_) for span in doc.spans[SPAN_KEY]}
        entities = {span.text for span in doc.ents}
    assert (expected, label) in spans
    assert expected not in entities  # numeric spans never become entities
