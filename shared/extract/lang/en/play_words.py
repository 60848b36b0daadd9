"""Words that, right next to a town's name in a sports report, make it the club: a verb of
play before it ("beat Leeds"), a preposition of play ("against Leeds"), or a noun of the
club after it ("Leeds manager", "Leeds's debut"). Source: general knowledge of the language."""

from shared.extract.lang import words

PLAY_WORDS = words(
    """
    against
    beat
    beating
    beats
    boss
    captain
    debut
    defeated
    drew
    face
    faced
    faces
    facing
    fans
    game
    hosted
    hosting
    lost
    manager
    midfielder
    over
    player
    players
    side
    squad
    striker
    team
    thrashed
    v
    vs
    win
    wins
    """
)
