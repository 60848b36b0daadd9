import pytest


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("Predsednik Marko Petrović boravio je u Beogradu.", "Marko Petrović", "PER"),
        ("Predsednik Marko Petrović boravio je u Beogradu.", "Beogradu", "LOC"),
        ("Председник Марко Петровић боравио је у Београду.", "Марко Петровић", "PER"),
        ("Председник Марко Петровић боравио је у Београду.", "Београду", "LOC"),
    ],
)
def test_names_are_found_in_both_scripts(found, text, mention, label):
    assert found(text, "sr").get(mention) == label


def test_both_scripts_resolve_to_one_key(entities):
    latin = {e.key for e in entities("Marko Petrović je stigao u Beograd.", "sr")}
    cyrillic = {e.key for e in entities("Марко Петровић је стигао у Београд.", "sr")}
    assert latin == cyrillic
