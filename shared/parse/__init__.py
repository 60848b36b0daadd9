"""Parsing of dropped files: bytes and a file name in, an article's text and metadata out.

`parse(raw, name)` picks the format from the extension (.txt/.text, .md/.markdown,
.html/.htm/.xhtml, .json, .pdf) or, failing that, from the content; detects the text
encoding; and returns a frozen `ParsedDoc`. Any input it cannot parse raises
`PermanentError` with a message meant for users.
"""

from shared.parse.dispatch import parse
from shared.parse.document import ParsedDoc

__all__ = ["ParsedDoc", "parse"]
