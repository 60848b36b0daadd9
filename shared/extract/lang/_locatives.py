"""Prepositions that put a place after them: "in Yorkshire", "w Radomiu", "u Tuzli",
"iz Kičeva", "v Olomouci", "в Казани", "aus Kassel". A single unknown name right after one
is taken for a place. Source: general knowledge of each language; prepositions that as
often stand before people or organisations ("at", "with", "na", "do", "od") are left out."""

from shared.extract.lang import words

LOCATIVE_PREPOSITIONS = words(
    """
    # en
    in
    near
    across
    # pl
    w
    we
    # bs hr sr
    u
    iz
    # cs
    v
    ve
    # ru uk
    в
    во
    у
    из
    із
    # de
    im
    aus
    """
)

# Words of owning or investing before "in"/"w": what follows is a company, not a place
# ("shares in Nvidia", "stake in Orlen", "udziały w Orlenie", "investice v ČEZ").
STAKE_WORDS = words(
    """
    # en
    shares
    stake
    stakes
    investment
    investments
    invested
    invest
    holding
    holdings
    # pl
    udziały
    udziałów
    akcje
    akcji
    inwestycja
    inwestycje
    # bs hr sr
    udio
    udjel
    dionice
    dionica
    # cs
    podíl
    akcie
    """
)
