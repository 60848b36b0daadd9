"""Words other than verbs that attribute speech to a person (podle X, podle slov X).
Source: general knowledge of the language."""

from shared.extract.lang import words

ATTRIBUTION_WORDS = words(
    """
    podle
    slov
    """
)
