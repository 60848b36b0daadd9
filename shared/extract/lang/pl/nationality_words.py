"""Nouns for a member of a nation, which begin no name: "Francuz Jean Dupont" is Jean
Dupont. SGJP marks most of them (a capitalised common noun, see `morph.py`); these are
what it lacks. Source: general knowledge of the language."""

from shared.extract.lang import words

NATIONALITY_WORDS = words(
    """
    amerykanin amerykanka amerykanie
    brytyjczyk brytyjka brytyjczycy
    ukrainiec ukrainka ukraińcy
    """.replace(" ", "\n")
)
