"""Stems of compass-point and position adjectives that make a part of a known place
("Northern England", "Zachodnie Bałkany", "Zapadni Balkan", "Severní Morava", "Южная
Африка"): such a name is a place even when only its last word is in the gazetteer.
Source: general knowledge of each language, matched as prefixes of the lowercase word."""

COMPASS_STEMS = (
    # en
    "north",
    "south",
    "east",
    "west",
    "central",
    "upper",
    "lower",
    # pl
    "północn",
    "południow",
    "wschodni",
    "zachodni",
    "środkow",
    # bs hr sr
    "sjevern",
    "sjeveroistočn",
    "sjeverozapadn",
    "severoistočn",
    "severozapadn",
    "jugoistočn",
    "jugozapadn",
    "severn",
    "južn",
    "istočn",
    "zapadn",
    "središnj",
    "srednj",
    "centraln",
    # cs
    "severní",
    "jižní",
    "východní",
    "západní",
    "střední",
    # ru uk
    "северн",
    "южн",
    "восточн",
    "западн",
    "центральн",
    "північн",
    "південн",
    "східн",
    "західн",
    # de
    "nord",
    "süd",
    "ost",
    "west",
    "mittel",
)

# The compass points as nouns: capitalised inside a sentence, they name a part of the world
# ("na Zachód", "the West", "на Восток"). German capitalises every noun: left out.
COMPASS_NOUNS = frozenset(
    {
        "west", "east",
        "zachód", "wschód",
        "zapad", "istok",
        "západ", "východ",
        "запад", "восток",
        "захід", "схід",
    }
)  # fmt: skip
