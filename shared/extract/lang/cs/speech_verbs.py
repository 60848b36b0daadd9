"""Verbs of saying, as base forms and frequent inflected forms.
Source: general knowledge of the language."""

from shared.extract.lang import words

SPEECH_VERBS = words(
    """
    dodal
    dodala
    dodat
    doplnil
    doplnila
    doplnit
    konstatoval
    konstatovat
    myslet
    míní
    napsal
    napsat
    ocenil
    odpověděl
    odpovědět
    oznámil
    oznámit
    podotkl
    podotkla
    potvrdit
    poznamenal
    poznamenat
    prohlásil
    prohlásila
    prohlásit
    psát
    sdělil
    sdělila
    sdělit
    tvrdit
    tvrdí
    ujistil
    upozornil
    upozornit
    uvedl
    uvedla
    uvádí
    uvádět
    uvést
    vysvětlil
    vysvětlit
    zdůraznil
    zdůraznila
    zdůraznit
    zopakoval
    řekl
    řekla
    řeknout
    říci
    říct
    říká
    """
)
