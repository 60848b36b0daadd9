"""Words other than verbs that attribute speech to a person (według X, zdaniem X).
Source: general knowledge of the language."""

from shared.extract.lang import words

ATTRIBUTION_WORDS = words(
    """
    według
    zdaniem
    """
)
