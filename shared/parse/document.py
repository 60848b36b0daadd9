"""ParsedDoc: what every parser returns."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ParsedDoc:
    """The text of one article and the metadata found with it.

    `published` keeps the precision the source gives: YYYY-MM-DD, YYYY-MM or YYYY.
    """

    text: str
    media_type: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    encoding: str | None = None
