"""Words of sports reports, counted to tell a report from a passing mention.
Source: general knowledge of the language."""

from shared.extract.lang import words

SPORTS_WORDS = words(
    """
    championship
    coach
    cup
    defeat
    draw
    fans
    game
    goal
    goals
    goalkeeper
    league
    manager
    match
    midfielder
    penalty
    scored
    season
    squad
    stadium
    striker
    team
    title
    win
    """
)
