"""Abbreviations that open a sports club's name in Europe ("FC Bayern München", "HNK Hajduk
Split", "FK Crvena zvezda", "SK Slavia Praha", "ФК Зенит"): the whole run after one is the
club, whatever places or first names it holds. Source: general knowledge of club names
(Fußball-Club, Sportverein, nogometni klub, fudbalski klub, sportovní klub, klub sportowy)."""

CLUB_PREFIXES = frozenset(
    {
        "FC", "AFC", "SV", "VfB", "VfL", "TSV", "TSG", "SpVgg", "BV", "SC",
        "FK", "NK", "HNK", "GNK", "RNK", "KK", "RK", "OFK",
        "SK", "MFK", "KS", "MKS", "GKS",
        "AC", "AS", "SSC", "CF", "RC", "PFC",
        "ФК", "ПФК", "СК",
    }
)  # fmt: skip
