"""Places that CLDR and geonames do not list by name: country abbreviations used in the
press, and large regions. Source: general knowledge of each language's usage."""

# Abbreviation as written -> ISO 3166 country code.
COUNTRY_ABBREVIATIONS: dict[str, str] = {
    "USA": "US",
    "US": "US",
    "U.S.": "US",
    "SAD": "US",
    "САД": "US",
    "США": "US",
    "SAD-a": "US",
    "UK": "GB",
    "UAE": "AE",
    "ZEA": "AE",
    "ОАЭ": "AE",
    "BiH": "BA",
    "БиХ": "BA",
    "RF": "RU",
    "РФ": "RU",
    "ČR": "CZ",
    "RP": "PL",
    "SR": "RS",
    "DRK": "CD",
    "NRD": "DE",
    "RFN": "DE",
    "ChRL": "CN",
    "KNR": "CN",
    "КНР": "CN",
}

# English name -> names in our languages (nominative).
REGIONS: dict[str, tuple[str, ...]] = {
    "Balkans": ("Balkan", "Bałkany", "Balkán", "Balkan", "Балканы", "Балкан", "Балкани"),
    "Caucasus": ("Kavkaz", "Kaukaz", "Kaukasus", "Кавказ"),
    "Middle East": (
        "Bliski istok",
        "Bliski Istok",
        "Bliski Wschód",
        "Blízký východ",
        "Nahost",
        "Naher Osten",
        "Ближний Восток",
        "Близький Схід",
        "Middle East",
    ),
    "Far East": ("Daleki istok", "Daleki Wschód", "Dálný východ", "Дальний Восток"),
    "Western world": ("Zapad", "Zachód", "Západ", "Запад", "Захід"),
    "Eurasia": ("Euroazija", "Evroazija", "Eurazja", "Eurasie", "Eurasien", "Евразия"),
    "Siberia": ("Sibir", "Syberia", "Sibiř", "Sibirien", "Сибирь", "Сибір"),
    "Crimea": ("Krim", "Krym", "Krim", "Крым", "Крим"),
    "Scandinavia": ("Skandinavija", "Skandynawia", "Skandinávie", "Skandinavien", "Скандинавия"),
    "Baltic states": ("Baltik", "Pribaltika", "Bałtyk", "Pobaltí", "Baltikum", "Прибалтика"),
    "Kosovo": ("Kosovo", "Kosowo", "Косово"),
    "Republika Srpska": ("Republika Srpska", "Република Српска"),
    "Federation of Bosnia and Herzegovina": ("Federacija BiH", "Federacija Bosne i Hercegovine"),
}
