"""Head words of competitions, events and awards, which are not entities (gold convention).
Source: general knowledge of the language."""

from shared.extract.lang import words

EVENT_WORDS = words(
    """
    festiwal
    grand
    igrzyska
    konferencja
    mistrzostwa
    nagroda
    olimpiada
    prix
    puchar
    rajd
    szczyt
    turniej
    wyścig
    forum
    """
)
