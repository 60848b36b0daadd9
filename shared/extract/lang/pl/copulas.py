"""Verbs that link a person to a role ("X został rzecznikiem"), in frequent forms.
Source: general knowledge of the language."""

from shared.extract.lang import words

COPULAS = words(
    """
    jest
    był
    była
    byli
    zostaje
    został
    została
    zostanie
    pozostaje
    pełni
    """
)
