import pytest


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("Президент Володимир Коваленко прибув до Києва.", "Володимир Коваленко", "PER"),
        ("Президент Володимир Коваленко прибув до Києва.", "Києва", "LOC"),
    ],
)
def test_names_are_found_with_their_label(found, text, mention, label):
    assert found(text, "uk").get(mention) == label
