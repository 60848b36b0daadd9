"""Units of area and basis points, in every language's words for them."""

import pytest

from tests.fact_text import facts_of


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("hr", "Novi ured ima 1000 četvornih metara.", 1000, "m2"),
        ("pl", "Hala ma 500 metrów kwadratowych.", 500, "m2"),
        ("cs", "Byt má 80 metrů čtverečních.", 80, "m2"),
        ("ru", "Площадь склада 200 квадратных метров.", 200, "m2"),
        ("de", "Die Wohnung hat 120 Quadratmeter.", 120, "m2"),
        ("en", "The park covers 30 square kilometres.", 30, "km2"),
        ("de", "Die Rendite stieg um 4 Basispunkte.", 4, "bp"),
        ("en", "Yields rose 10 basis points on Monday.", 10, "bp"),
        ("de", "Die Bestände stiegen um 1,64 Mill. Barrel.", 1_640_000, "barrels"),
    ],
)
def test_area_basis_points_and_abbreviated_scales(lang, text, value, unit):
    quantities = [f.fields for f in facts_of(text, lang) if f.type == "quantity"]
    assert [(q["value"], q["unit"]) for q in quantities] == [(value, unit)]
