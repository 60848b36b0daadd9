"""Words other than verbs that attribute speech to a person (…, so X; laut X; X zufolge).
Source: general knowledge of the language."""

from shared.extract.lang import words

ATTRIBUTION_WORDS = words(
    """
    so
    laut
    zufolge
    """
)
