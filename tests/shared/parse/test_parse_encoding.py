"""Decoding: Unicode with and without a byte-order mark, legacy code pages, bad input."""

import codecs
import unicodedata

import pytest

from shared.errors import PermanentError
from shared.parse.encoding import decode

LEGACY_CASES = [
    ("pl_news.txt", "cp1250"),
    ("pl_news.txt", "iso8859_2"),
    ("hr_news.txt", "cp1250"),
    ("hr_news.txt", "iso8859_2"),
    ("ru_news.txt", "cp1251"),
    ("ru_news.txt", "koi8_r"),
    ("sr_cyrillic_news.txt", "cp1251"),
]


@pytest.mark.parametrize(("fixture", "codepage"), LEGACY_CASES)
def test_decode_detects_legacy_code_page_of_article(fixture_text, fixture, codepage):
    text = fixture_text(fixture).strip()

    decoded = decode(text.encode(codepage))

    assert decoded.text == text
    assert decoded.encoding == codecs.lookup(codepage).name


@pytest.mark.parametrize(("fixture", "codepage"), LEGACY_CASES)
@pytest.mark.parametrize("paragraph", [0, 1])
def test_decode_detects_legacy_code_page_of_single_paragraph(
    fixture_text, fixture, codepage, paragraph
):
    text = fixture_text(fixture).split("\n\n")[paragraph].strip()

    assert decode(text.encode(codepage)).text == text


@pytest.mark.parametrize(
    ("bom", "codec", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    ],
)
def test_decode_follows_byte_order_mark(fixture_text, bom, codec, encoding):
    text = fixture_text("hr_news.txt").strip()

    decoded = decode(bom + text.encode(codec))

    assert decoded.text == text
    assert decoded.encoding == encoding


def test_decode_reads_utf8_without_bom(fixture_text):
    text = fixture_text("ru_news.txt").strip()

    assert decode(text.encode("utf-8")) == (text, "utf-8")


@pytest.mark.parametrize("bad_bytes", [b"\xff", b"\xe6\xb9", b"\xc5"])
def test_decode_replaces_invalid_utf8_in_the_middle_instead_of_guessing_code_page(
    fixture_text, bad_bytes
):
    first, second = fixture_text("pl_news.txt").strip().split("\n\n")
    raw = first.encode("utf-8") + b" " + bad_bytes + b" " + second.encode("utf-8")

    decoded = decode(raw)

    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith(first)
    assert decoded.text.endswith(second)
    assert "\ufffd" in decoded.text


def test_decode_uses_declared_charset():
    raw = "Žena je rekla: šuma.".encode("iso8859_2")

    assert decode(raw, declared="ISO-8859-2") == ("Žena je rekla: šuma.", "iso8859-2")


@pytest.mark.parametrize("declared", ["utf-8", "x-unknown-charset", "koi8-r", "iso-8859-1"])
def test_decode_ignores_declared_charset_the_bytes_contradict(fixture_text, declared):
    text = fixture_text("pl_news.txt").strip()

    assert decode(text.encode("cp1250"), declared=declared).encoding == "cp1250"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"Prvi red\r\ndrugi red\rtreci red", "Prvi red\ndrugi red\ntreci red"),
        (
            b"Vlada je\x00 odlucila da zakon stupa na snagu u sijecnju.",
            "Vlada je odlucila da zakon stupa na snagu u sijecnju.",
        ),
        (unicodedata.normalize("NFD", "Šćepan Ćurčić").encode("utf-8"), "Šćepan Ćurčić"),
    ],
)
def test_decode_normalises_newlines_nul_and_composition(raw, expected):
    assert decode(raw).text == expected


@pytest.mark.parametrize(
    "raw", [b"", b"  \n\t \r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")]
)
def test_decode_refuses_empty_input(raw):
    with pytest.raises(PermanentError, match="empty file"):
        decode(raw)


@pytest.mark.parametrize(
    "raw",
    [
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20,
        b"Vlada\x00\x00\x00\x00\x01\x02\x03\x04 je" * 50,
    ],
    ids=["all-bytes", "png-header", "text-with-many-controls"],
)
def test_decode_refuses_binary_junk(raw):
    with pytest.raises(PermanentError, match="not a text file"):
        decode(raw)


@pytest.mark.parametrize("fixture", ["hr_news.txt", "ru_news.txt", "sr_cyrillic_news.txt"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_detects_utf16_without_byte_order_mark(fixture_text, fixture, codec):
    text = fixture_text(fixture).strip()

    decoded = decode(text.encode(codec))

    assert decoded.text == text
    assert decoded.encoding == codec


def test_decode_refuses_binary_with_utf16_like_zero_bytes():
    # Little-endian 16-bit counters: one byte in two is zero, but the values are controls.
    raw = b"".join(n.to_bytes(2, "little") for n in range(0, 2000, 7))

    with pytest.raises(PermanentError, match="binary"):
        decode(raw)
