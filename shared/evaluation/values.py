"""How the values of quantity and date facts compare: units, tolerance, date forms."""

import re
import unicodedata

# Units of measure (case-folded, after NFKC: "m²" is "m2", "℃" is "°c") whose quantities must
# agree in unit as well as value. Currencies are recognised by their ISO 4217 code instead.
# Any other unit names what is counted ("leaders", "border crossings"), and counts are
# matched on the value alone.
_MEASUREMENT_UNITS = frozenset(
    {
        "%", "bp", "pp",
        "mm", "cm", "m", "km", "m2", "km2", "ha", "m3", "l",
        "mg", "g", "kg", "t",
        "w", "kw", "mw", "gw", "wh", "kwh", "mwh", "gwh", "twh",
        "km/h", "m/s", "mph",
        "k", "°c", "°f",
        "s", "min", "h",
        "second", "seconds", "minute", "minutes", "hour", "hours",
        "day", "days", "week", "weeks", "month", "months", "year", "years",
    }
)  # fmt: skip
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def _unit_key(unit: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", unit or "").casefold().split())


def is_measurement(unit: str | None) -> bool:
    """Whether `unit` is a unit of measure or a currency rather than a counted noun."""
    text = (unit or "").strip()
    return bool(_CURRENCY_CODE.fullmatch(text)) or _unit_key(text) in _MEASUREMENT_UNITS


def quantities_agree(
    predicted_value: object, predicted_unit: str | None, gold_value: float, gold_unit: str | None
) -> bool:
    """The predicted value is within 1 % of the gold one and, when the gold unit is a
    measure or currency, the units are the same (case aside)."""
    # bool is an int, but True is not a quantity.
    if not isinstance(predicted_value, int | float) or isinstance(predicted_value, bool):
        return False
    if abs(predicted_value - gold_value) > 0.01 * abs(gold_value):
        return False
    return not is_measurement(gold_unit) or _unit_key(predicted_unit) == _unit_key(gold_unit)


def normalise_date(value: str | None) -> str | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` with zero-padded parts; other text only trimmed."""
    if value is None:
        return None
    text = value.strip()
    match = _DATE.fullmatch(text)
    if not match:
        return text
    return "-".join(f"{int(part):02d}" for part in match.groups() if part is not None)
