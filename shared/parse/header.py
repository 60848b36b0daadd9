"""Metadata written at the top of a plain-text article, split off from its text.

Two forms are understood, and may follow each other:

* header lines, optionally fenced by "---" lines as in Markdown front matter::

      title: Tokajev u Moskvi
      date: 2025-11-12
      url: https://example.org/tokajev

  Keys are case-insensitive; the block ends at the first blank line or the first line
  that is not a known "key: value" line.
* the date prefix our sources write, with the article on the same line::

      date 2025-11-12 Tokajev je stigao u Moskvu ...
"""

import re
from dataclasses import dataclass

from shared.parse.dates import normalise_date

# Known keys and the field each fills; None: recognised as header, value not kept.
_KEYS: dict[str, str | None] = {
    "title": "title",
    "url": "url",
    "link": "url",
    "date": "published",
    "published": "published",
    "author": None,
    "source": None,
    "lang": None,
    "language": None,
}
_HEADER_LINE = re.compile(rf"\s*({'|'.join(_KEYS)})\s*:\s*(.*?)\s*", re.IGNORECASE)
_DATE_PREFIX = re.compile(r"\s*date\s+(\d{4}(?:-\d{2}){0,2})\s+")
_FENCE = "---"
# A header is short; looking further would split a whole large file into lines.
_MAX_HEADER_LINES = 30


@dataclass(frozen=True)
class Header:
    """What the header said; any field may be missing."""

    title: str | None = None
    published: str | None = None
    url: str | None = None


def split_header(text: str) -> tuple[Header, str]:
    """Return the metadata at the top of `text` and the text without it.

    >>> split_header(" date 2019-04 Vlada je usvojila ...")
    (Header(title=None, published='2019-04', url=None), 'Vlada je usvojila ...')
    """
    fields, body = _header_lines(text.lstrip())
    if "published" not in fields and (match := _DATE_PREFIX.match(body)):
        fields["published"] = normalise_date(match.group(1))
        body = body[match.end() :]
    return Header(**{key: value or None for key, value in fields.items()}), body


def _header_lines(text: str) -> tuple[dict[str, str | None], str]:
    lines = text.split("\n", _MAX_HEADER_LINES)
    # With the text split at most _MAX_HEADER_LINES times, the last piece may hold the rest.
    end = min(len(lines), _MAX_HEADER_LINES)
    fenced = lines[0].strip() == _FENCE
    fields: dict[str, str | None] = {}
    index = int(fenced)
    while index < end and (match := _HEADER_LINE.fullmatch(lines[index])):
        key, value = match.group(1).lower(), match.group(2)
        if (field := _KEYS[key]) is not None:
            fields.setdefault(field, normalise_date(value) if field == "published" else value)
        index += 1
    if fenced:
        if index == 1 or index == end or lines[index].strip() != _FENCE:
            return {}, text  # a "---" rule, not front matter
        index += 1
    return fields, "\n".join(lines[index:])
