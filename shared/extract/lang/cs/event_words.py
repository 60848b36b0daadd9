"""Head words of competitions, events and awards, which are not entities (gold convention).
Source: general knowledge of the language."""

from shared.extract.lang import words

EVENT_WORDS = words(
    """
    cena
    festival
    konference
    mistrovství
    olympiáda
    pohár
    rallye
    summit
    turnaj
    závod
    forum
    """
)
