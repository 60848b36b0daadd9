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
