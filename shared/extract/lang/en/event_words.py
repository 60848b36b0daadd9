"""Head words of competitions, events and awards, which are not entities (gold convention).
Source: general knowledge of the language."""

from shared.extract.lang import words

EVENT_WORDS = words(
    """
    award
    champions
    championship
    championships
    conference
    cup
    derby
    festival
    marathon
    olympic
    olympics
    prix
    prize
    rally
    summit
    tournament
    trophy
    forum
    """
)
