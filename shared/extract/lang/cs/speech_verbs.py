"""Verbs of saying, as base forms and frequent inflected forms.
Source: general knowledge of the language."""

from shared.extract.lang import words

SPEECH_VERBS = words(
    """
    dodat
    konstatovat
    myslet
    míní
    napsat
    odpovědět
    oznámit
    potvrdit
    poznamenat
    prohlásit
    psát
    sdělit
    tvrdit
    upozornit
    uvádět
    uvést
    vysvětlit
    zdůraznit
    řeknout
    říci
    říct
    """
)
