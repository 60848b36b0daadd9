"""Head nouns of places. Source: general knowledge of the language."""

from shared.extract.lang import words

LOC_WORDS = words(
    """
    airport
    bay
    bridge
    canal
    corridor
    county
    district
    field
    island
    lake
    mountains
    peninsula
    province
    region
    river
    sea
    square
    stadium
    street
    valley
    castle
    palace
    cape
    mount
    mountain
    gulf
    strait
    ocean
    desert
    coast
    canyon
    harbour
    harbor
    avenue
    road
    """
)
