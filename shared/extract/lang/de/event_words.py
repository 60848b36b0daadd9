"""Head words of competitions, events and awards, which are not entities (gold convention).
Source: general knowledge of the language."""

from shared.extract.lang import words

EVENT_WORDS = words(
    """
    derby
    europameisterschaft
    festival
    gipfel
    konferenz
    meisterschaft
    olympia
    pokal
    preis
    rennen
    turnier
    weltmeisterschaft
    forum
    """
)
