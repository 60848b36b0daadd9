"""Words other than verbs that attribute speech to a person (за словами X, на думку X).
Source: general knowledge of the language."""

from shared.extract.lang import words

ATTRIBUTION_WORDS = words(
    """
    словами
    думку
    """
)
