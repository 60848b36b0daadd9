"""Bytes to text: find the encoding, decode, normalise.

The rules, in order:

1. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE). Without one, text that
   has NUL bytes and every other byte from a handful of values (the high bytes of UTF-16
   code units of one or two scripts) is UTF-16 when it decodes cleanly to printable text.
2. Bytes that are valid UTF-8 are UTF-8: legacy text with accented letters is almost never
   valid UTF-8 by accident.
3. A charset the document declares (an HTML meta tag) is used if it decodes cleanly and,
   for the code pages codepages.py can judge, reads as plausible text.
4. Mostly-UTF-8 text with a few invalid bytes (a bad paste, a truncated character) is
   decoded as UTF-8 with U+FFFD for the bad bytes, so one bad byte cannot turn a whole
   article into mojibake. "Mostly" means the valid multi-byte characters outnumber the
   invalid sequences; in legacy text accidental valid sequences are rare.
5. Otherwise the legacy code pages of our languages (codepages.py) are scored and the
   most plausible wins; if even that one looks wrong, charset-normalizer guesses from
   every code page it knows.

Binary data (many control bytes) is refused rather than decoded.
"""

import codecs
import unicodedata
from collections import Counter
from typing import NamedTuple

from charset_normalizer import from_bytes

from shared.errors import PermanentError
from shared.parse import codepages

# UTF-32 first: its little-endian mark begins with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Browsers read these labels as windows-1252 (WHATWG Encoding Standard), and so do we:
# pages labelled latin-1 are in practice written in cp1252.
_DECLARED_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}

# Bytes text does not contain: the C0 controls other than tab, line and page breaks
# (\n \v \f \r) and escape (terminal colour codes).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_MAX_CONTROL_SHARE = 0.05

# UTF-16 text of one or two scripts uses a few high bytes (0x00 for Latin, 0x04 for
# Cyrillic…); these many distinct values must cover nearly all of one parity's bytes.
_UTF16_HIGH_BYTES = 3
_UTF16_HIGH_SHARE = 0.95
_WHITESPACE = frozenset("\t\n\v\f\r")


class Decoded(NamedTuple):
    """Normalised text and the name of the encoding it was decoded from."""

    text: str
    encoding: str


def decode(raw: bytes, declared: str | None = None) -> Decoded:
    """Decode `raw` following the rules in the module docstring.

    Args:
        raw: the file's bytes.
        declared: a charset label the document itself gives, if any.

    Returns:
        The text with NUL characters removed, newlines as "\\n", in Unicode NFC form.

    Raises:
        PermanentError: the input is empty, whitespace only, or binary.
    """
    text, encoding = _decode(raw, declared)
    text = normalise(text)
    if not text.strip():
        raise PermanentError("empty file")
    return Decoded(text, encoding)


def normalise(text: str) -> str:
    """Remove NUL characters, turn every newline into "\\n" and compose to Unicode NFC."""
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def looks_binary(raw: bytes) -> bool:
    """True if `raw` has more control bytes than any text file would."""
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    return controls > _MAX_CONTROL_SHARE * len(raw)


def _decode(raw: bytes, declared: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(encoding, errors="replace"), encoding
    utf16 = _decode_utf16_without_bom(raw)
    if utf16 is not None:
        return utf16
    if looks_binary(raw):
        raise PermanentError("not a text file: the content is binary")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared_text = _decode_declared(raw, declared)
    if declared_text is not None:
        return declared_text
    if _mostly_utf8(raw):
        return raw.decode("utf-8", errors="replace"), "utf-8"
    codepage = codepages.guess(raw)
    if codepage is not None and codepages.plausible(raw, codepage):
        return raw.decode(codepage), codepage
    match = from_bytes(raw).best()
    if match is None:
        raise PermanentError("not a text file: no known encoding decodes it")
    return str(match), codecs.lookup(match.encoding).name


def _decode_utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    if len(raw) < 4 or len(raw) % 2 or b"\x00" not in raw:
        return None
    for encoding, high in (("utf-16-le", raw[1::2]), ("utf-16-be", raw[0::2])):
        common = Counter(high).most_common(_UTF16_HIGH_BYTES)
        if sum(count for _, count in common) < _UTF16_HIGH_SHARE * len(high):
            continue
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _printable(text):
            return text, encoding
    return None


def _printable(text: str) -> bool:
    """No control, unassigned, private-use or surrogate characters: real text, not data."""
    return not any(
        unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs") and char not in _WHITESPACE
        for char in text
    )


def _decode_declared(raw: bytes, declared: str | None) -> tuple[str, str] | None:
    if not declared:
        return None
    try:
        encoding = codecs.lookup(declared.strip()).name
        encoding = _DECLARED_ALIASES.get(encoding, encoding)
        text = raw.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None  # an unknown label, or one the bytes contradict
    # A page whose meta tag could be read was not written in UTF-16 or UTF-32; and a
    # label wrong for the text (latin-1 on a Polish page) reads as mojibake.
    if encoding.startswith("utf-") or (
        encoding in codepages.CANDIDATES and not codepages.plausible(raw, encoding)
    ):
        return None
    return text, encoding


def _mostly_utf8(raw: bytes) -> bool:
    text = raw.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - raw.count("\ufffd".encode())
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    return multibyte > invalid
