"""Lowercase particles inside personal names in many languages ("Ursula von der Leyen",
"Rafael van der Vaart", "Mohammed bin Salman"), joined into a name in every language's text
when a capitalised name word follows. Source: general knowledge of naming customs; words
that are ordinary words in our languages ("de", "da", "do", "den") are left out."""

from shared.extract.lang import words

NAME_PARTICLES = words(
    """
    von
    van
    der
    ter
    bin
    ibn
    al
    del
    della
    """
)
