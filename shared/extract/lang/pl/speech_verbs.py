"""Verbs of saying, as base forms and frequent inflected forms.
Source: general knowledge of the language."""

from shared.extract.lang import words

SPEECH_VERBS = words(
    """
    apelować
    argumentować
    dodawać
    dodać
    informować
    komentować
    mówić
    napisać
    oceniać
    ocenić
    odpowiedzieć
    ostrzec
    ostrzegać
    oświadczyć
    pisać
    podkreślać
    podkreślić
    poinformować
    powiedzieć
    przekonywać
    przypominać
    przypomnieć
    przyznawać
    przyznać
    skomentować
    stwierdzić
    twierdzić
    tłumaczyć
    uważać
    wskazać
    wskazywać
    wyjaśniać
    wyjaśnić
    zapewniać
    zapewnić
    zapowiedzieć
    zauważać
    zauważyć
    zaznaczać
    zaznaczyć
    """
)
