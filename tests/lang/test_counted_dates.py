"""Dates counted from the publication date ("eight years ago", "za pięć dni"), in every
language, and the count inside one is no quantity."""

import pytest

from tests.fact_text import facts_of

PUBLISHED = "2024-05-02"


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "value"),
    [
        ("en", "The club was founded eight years ago.", "eight years ago", "2016"),
        ("en", "The vote will take place in three days.", "in three days", "2024-05-05"),
        (
            "de",
            "Vor zwei Wochen wurde der Vertrag unterschrieben.",
            "Vor zwei Wochen",
            "2024-04-18",
        ),
        ("pl", "Fabrykę otwarto dwa lata temu.", "dwa lata temu", "2022"),
        ("pl", "Wyniki poznamy za pięć dni.", "za pięć dni", "2024-05-07"),
        ("hr", "Tvornica je otvorena prije dvije godine.", "prije dvije godine", "2022"),
        ("sr", "Fabrika je otvorena pre 10 dana.", "pre 10 dana", "2024-04-22"),
        ("cs", "Továrna byla otevřena před třemi lety.", "před třemi lety", "2021"),
        ("ru", "Завод открыли три года назад.", "три года назад", "2021"),
        ("uk", "Завод відкрили через 5 днів після виборів.", "через 5 днів", "2024-05-07"),
    ],
)
def test_a_counted_date_is_resolved_and_counts_nothing(lang, text, phrase, value):
    facts = facts_of(text, lang, published=PUBLISHED)
    dates = [(f.fields["text"], f.fields["value"]) for f in facts if f.type == "date"]
    assert dates == [(phrase, value)]
    assert [f for f in facts if f.type == "quantity"] == []


def test_without_a_publication_date_a_counted_date_is_left_out():
    facts = facts_of("The club was founded eight years ago.", "en")
    assert [f for f in facts if f.type == "date"] == []
