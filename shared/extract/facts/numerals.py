"""Numbers as written in each language: digits with its separators, and number words."""

import re

# Digits with thousands groups ("6.500", "1 400", "51,505") or a decimal part ("3,2").
NUMBER = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_GROUPS = re.compile(r"[\u00a0\u202f ]")
# Languages writing 1,400.5 rather than 1.400,5 or 1 400,5.
_POINT_DECIMAL = frozenset({"en"})


def parse_number(text: str, lang: str) -> float:
    """The value of a number written in language `lang` ("6.500" -> 6500, "3,2" -> 3.2)."""
    digits = _GROUPS.sub("", text)
    thousands, decimal = (",", ".") if lang in _POINT_DECIMAL else (".", ",")
    if digits.count(thousands) == 1 and thousands in digits and decimal not in digits:
        whole, part = digits.split(thousands)
        if len(part) != 3:  # "1.5" in a comma-decimal language is still one and a half
            return float(f"{whole}.{part}")
    return float(digits.replace(thousands, "").replace(decimal, "."))
