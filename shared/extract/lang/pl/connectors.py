"""Lowercase words that may stand inside a name, with the honorifics that follow "im." in
the patron of an institution ("Szpital im. prof. Adama Grucy", "Szkoła im. św. Jadwigi").
Source: general knowledge of the language."""

from shared.extract.lang import words

CONNECTORS = words(
    """
    im.
    im. abp.
    im. bp.
    im. dr.
    im. gen.
    im. kard.
    im. ks.
    im. prof.
    im. św.
    na rzecz
    """
)
