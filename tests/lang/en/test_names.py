import pytest


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("The company said Jane Whitaker would lead the team in Chicago.", "Jane Whitaker", "PER"),
        ("The company said Jane Whitaker would lead the team in Chicago.", "Chicago", "LOC"),
        ("Shares of Northwind Airlines fell on Monday.", "Northwind Airlines", "ORG"),
        ("Talks with the UN continued in Geneva.", "UN", "ORG"),
    ],
)
def test_names_are_found_with_their_label(found, text, mention, label):
    assert found(text, "en").get(mention) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Russian officials met in March.", "Russian"),
        ("Police said the fire started on Tuesday.", "Police"),
        ("Police said the fire started on Tuesday.", "Tuesday"),
    ],
)
def test_demonyms_days_and_sentence_starts_are_not_names(found, text, word):
    assert word not in found(text, "en")
