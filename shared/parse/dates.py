"""Publication dates as found in files, normalised to the precision the source gives."""

import re
from datetime import date
from email.utils import parsedate

# ISO 8601: "2025-11-12", "2025-11-12T08:30:00+01:00", "2025-11-12 08:30", "2019-04", "2019".
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}\S*)?)?)?")
# As written in our region: "12.11.2025", "12. 11. 2025."
_DAY_FIRST = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?")


def normalise_date(value: str) -> str | None:
    """Return `value` as "YYYY-MM-DD", "YYYY-MM" or "YYYY", keeping the source's precision.

    Accepts ISO 8601 dates and datetimes (the time is dropped), "DD.MM.YYYY" and e-mail
    (RFC 2822) dates. Returns None for anything else or an impossible date.

        >>> normalise_date("2025-11-12T08:30:00Z"), normalise_date("2019-04")
        ('2025-11-12', '2019-04')
    """
    value = value.strip()
    parts: tuple[str | int | None, ...]
    if match := _ISO.fullmatch(value):
        parts = match.group(1, 2, 3)
    elif match := _DAY_FIRST.fullmatch(value):
        parts = match.group(3, 2, 1)
    elif parsed := parsedate(value):
        parts = parsed[:3]
    else:
        return None
    year, month, day = (None if part is None else int(part) for part in parts)
    try:
        date(year or 0, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"
