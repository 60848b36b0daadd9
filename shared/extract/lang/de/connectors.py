"""Lowercase words that may stand inside a name. Source: general knowledge of the language."""

from shared.extract.lang import words

CONNECTORS = words(
    """
    de
    der
    des
    für
    van
    von
    zu
    """
)
