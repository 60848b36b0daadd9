"""Units, currencies and scale words of every language, by the stem a word starts with.

Source: general knowledge (ISO 4217 codes, SI symbols, the usual words and abbreviations).
Time units are plural ("years") as the export writes them; a value of one takes the
singular.
"""

import re

SCALES = {
    1e9: "mld mlrd miliard milijard milliard mrd млрд миллиард милијард мільярд billion bn",
    1e6: "mln milion milijun miljon million mio mill млн миллион милион мільйон",
    1e3: "tys tisuć hiljad хиљад тыс тысяч тисяч thousand tausend tisíc",
}

UNITS = {
    "USD": "$ usd dolar dollar dol. долл доллар долар",
    "EUR": "€ eur euro eura evra evro евро евра",
    "PLN": "zł złot zlot pln",
    "GBP": "£ gbp funt pound",
    "CHF": "chf frank франк",
    "RUB": "rub rubl рубл",
    "UAH": "uah гривн",
    "CZK": "czk kč korun",
    "HRK": "hrk kun",
    "RSD": "rsd dinar динар",
    "RON": "ron lej lei leu",
    "KZT": "kzt tenge тенге",
    "CNY": "cny yuan juan юан",
    "JPY": "jpy yen иен",
    "%": "% proc. procent procenat prozent percent posto odsto посто одсто процен процент відсот",
    "km/h": "km/h км/ч",
    "km2": "km² km2 км²",
    "m2": "m² m2 м² quadratmet qm",
    "bp": "basispunkt basis bazn базисн",
    "km": "km км kilomet километ кілометр",
    "kg": "kg кг kilogram kilo килограмм",
    "t": "t ton tun тонн тон",
    "g": "g gram грамм",
    "m": "m м metr meter metar метр метар метара",
    "ha": "ha hektar гектар",
    "l": "l litr liter литр",
    "MW": "mw мвт megavat megawat",
    "GW": "gw гвт gigavat gigawat",
    "MWh": "mwh",
    "GWh": "gwh",
    "TWh": "twh",
    "barrels": "barrel baryłek barel баррел",
    "years": "godin god. lat lata let roku roky rok год лет года годин jahr year",
    "months": "miesiąc miesięc mjesec mesec месяц месец monat month měsíc měsíců",
    "weeks": "tydzień tygodni tygodnie tjed nedelj sedmic недел недељ седмиц woche week týd",
    "days": "dzień dni dnia dan dana день дня дней tag tage tagen day den dny dní",
    "hours": "godzin sat sati час часа часов stund hour hodin",
}
# Stems that match only a whole word: as prefixes they would swallow ordinary words.
WHOLE_WORDS = frozenset(
    {
        "$", "€", "£", "%", "g", "t", "m", "м", "l", "km", "kg", "ha", "mw", "gw", "dan",
        "dana", "rok", "lat", "lata", "let", "tag", "tage", "tagen", "sat", "sati", "den",
        "dni", "eur", "euro", "eura", "evra", "evro", "евро", "lei", "leu", "ron", "kč", "час",
        "часа", "часов", "mill", "qm", "m2",
    }
)  # fmt: skip
# Words that square a unit of length, before or after it: "četvornih metara", "metrów
# kwadratowych", "square kilometres", "metrů čtverečních".
SQUARING = ("četvorn", "kvadrat", "kwadrat", "квадрат", "square", "čtvereč")


# Degrees, and the scale that makes them a unit of temperature: "30 градусов Кельвина",
# "20 stupňů Celsia", "5 stopni Celsjusza", "10 Grad Celsius", "50 degrees Fahrenheit".
DEGREES = ("градус", "stup", "stop", "stepen", "grad", "degree")
TEMPERATURE_SCALES = {
    "celsi": "°C",  # Celsius, Celsia
    "celsj": "°C",  # Celsjusza
    "celz": "°C",  # Celzija
    "цельси": "°C",
    "kelvin": "K",
    "кельвин": "K",
    "fahrenheit": "°F",
    "фаренгейт": "°F",
}


def temperature_scale(degrees: str, scale: str) -> str | None:
    """The unit of "<degrees> <scale>" ("градусов Кельвина" -> "K"), or None."""
    if not degrees.casefold().startswith(DEGREES):
        return None
    folded = scale.casefold()
    return next(
        (unit for stem, unit in TEMPERATURE_SCALES.items() if folded.startswith(stem)), None
    )


def squares(word: str) -> bool:
    """Whether the word makes a unit of length a unit of area."""
    return word.casefold().startswith(SQUARING)


def _index(table: dict[str, str] | dict[float, str]) -> dict[str, object]:
    return {stem.casefold(): key for key, stems in table.items() for stem in stems.split()}


_SCALES = _index(SCALES)
_UNITS = _index(UNITS)
_LONGEST = max(len(stem) for stem in (*_SCALES, *_UNITS))


def _lookup(table: dict[str, object], word: str) -> object | None:
    """The entry of the longest stem the word starts with (whole words must be equal)."""
    folded = word.casefold()
    bare = folded.rstrip(".")  # a sentence's stop is not the word's ("euro.")
    for candidate in (folded, bare):
        if candidate in table:
            return table[candidate]
    for size in range(min(len(folded), _LONGEST), 0, -1):
        stem = folded[:size]
        if stem in table and stem not in WHOLE_WORDS:
            return table[stem]
    return None


def scale_of(word: str) -> float | None:
    """The multiplier a scale word stands for ("mld" -> 1e9), or None."""
    found = _lookup(_SCALES, word)
    return float(found) if isinstance(found, float) else None


def unit_of(word: str) -> str | None:
    """The unit a word names ("kilometara" -> "km", "odsto" -> "%"), or None."""
    found = _lookup(_UNITS, word)
    return found if isinstance(found, str) else None


# A word that may be a scale word: the quick test before `scale_of`.
SCALE_WORD = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(s) for s in sorted(_SCALES, key=len, reverse=True))
    + r")\w*",
    re.IGNORECASE,
)


def singular(unit: str, value: float) -> str:
    """ "years" for 2, "year" for 1."""
    return (
        unit[:-1] if value == 1 and unit in ("years", "months", "weeks", "days", "hours") else unit
    )
