"""JSON articles: one object with the text and metadata in well-known fields."""

import json
from typing import Any

from shared.errors import PermanentError
from shared.parse.dates import normalise_date
from shared.parse.document import ParsedDoc
from shared.parse.encoding import decode, normalise

# Field names as scrapers and schema.org write them, compared lowercase without "_" or "-"
# ("publishing_date", "datePublished"). The first field present wins.
_TEXT_FIELDS = ("body", "text", "content", "maintext", "articlebody")
_TITLE_FIELDS = ("title", "headline")
_DATE_FIELDS = ("date", "published", "publishingdate", "datepublished", "publisheddate")
_URL_FIELDS = ("url", "link")


def parse_json(raw: bytes) -> ParsedDoc:
    """Parse a JSON object such as {"title": ..., "body": ..., "date": ..., "url": ...}.

    The body may be a string or paragraphs nested in lists and objects.
    """
    decoded = decode(raw)
    try:
        data = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        raise PermanentError(f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise PermanentError("JSON is not an object")
    fields = {_field_name(key): value for key, value in data.items()}
    # JSON escapes ("\r\n", "\u0000") can spell what decode() has normalised away.
    text = normalise("\n\n".join(_strings(_first(fields, _TEXT_FIELDS)))).strip()
    if not text:
        raise PermanentError("no text found in JSON object: expected a body, text or content field")
    date = _first_string(fields, _DATE_FIELDS)
    return ParsedDoc(
        text=text,
        media_type="application/json",
        title=_first_string(fields, _TITLE_FIELDS),
        published=normalise_date(date) if date else None,
        url=_first_string(fields, _URL_FIELDS),
        encoding=decoded.encoding,
    )


def _field_name(key: str) -> str:
    return key.replace("_", "").replace("-", "").lower()


def _first(fields: dict[str, Any], names: tuple[str, ...]) -> Any:
    return next((fields[name] for name in names if fields.get(name)), None)


def _first_string(fields: dict[str, Any], names: tuple[str, ...]) -> str | None:
    value = _first(fields, names)
    return (value.strip() or None) if isinstance(value, str) else None


def _strings(value: Any) -> list[str]:
    """Every non-empty string in `value`, in document order."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    return []
