"""Plain text and Markdown: the date prefix, header lines, titles."""

import time

import pytest

from shared.errors import PermanentError
from shared.parse import parse

ARTICLE = "Tokajev je u srijedu stigao u Moskvu na razgovore s Putinom o plinskim projektima."


@pytest.mark.parametrize(
    ("prefix", "published"),
    [
        (" date 2025-11-12 ", "2025-11-12"),
        ("date 2025-11-12 ", "2025-11-12"),
        ("\n  date 2019-04 ", "2019-04"),
        (" date 2019 ", "2019"),
    ],
)
def test_parse_text_reads_date_prefix_on_the_first_line(prefix, published):
    doc = parse((prefix + ARTICLE + "\n\nDrugi odlomak.").encode(), "clanak.txt")

    assert doc.published == published
    assert doc.text == ARTICLE + "\n\nDrugi odlomak."


def test_parse_text_keeps_text_without_header_unchanged():
    raw = b"Vlada: novi zakon o obnovi\n\nSabor je izglasao zakon.\n"

    doc = parse(raw, "clanak.txt")

    assert (doc.text, doc.title, doc.published, doc.url) == (
        "Vlada: novi zakon o obnovi\n\nSabor je izglasao zakon.",
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("date: 2025-11-12", "2025-11-12"),
        ("Published: 2025-11-12T08:30:00+01:00", "2025-11-12"),
        ("DATE: 2019-04", "2019-04"),
        ("published : 12.11.2025.", "2025-11-12"),
        ("date: Wed, 12 Nov 2025 08:30:00 +0100", "2025-11-12"),
        ("date: sometime soon", None),
    ],
)
def test_parse_text_takes_metadata_from_header_lines(date_line, published):
    raw = (
        f"Title: Tokajev u Moskvi\n{date_line}\nurl: https://example.org/a/1\n"
        f"Author: Ivana Horvat\n\n{ARTICLE}"
    ).encode()

    doc = parse(raw, "clanak.txt")

    assert doc.title == "Tokajev u Moskvi"
    assert doc.url == "https://example.org/a/1"
    assert doc.published == published
    assert doc.text == ARTICLE


def test_parse_text_stops_header_at_first_line_that_is_not_a_header():
    raw = f"title: Tokajev u Moskvi\n{ARTICLE}\nurl: https://example.org/a/1".encode()

    doc = parse(raw, "clanak.txt")

    assert (doc.title, doc.url) == ("Tokajev u Moskvi", None)
    assert doc.text == f"{ARTICLE}\nurl: https://example.org/a/1"


def test_parse_text_reads_header_lines_then_date_prefix():
    raw = f"title: Tokajev u Moskvi\n\n date 2025-11-12 {ARTICLE}".encode()

    doc = parse(raw, "clanak.txt")

    assert (doc.title, doc.published, doc.text) == ("Tokajev u Moskvi", "2025-11-12", ARTICLE)


def test_parse_markdown_takes_title_from_leading_heading_and_drops_heading_marks():
    raw = (
        "---\ndate: 2024-03-14\n---\n# Sabor izglasao zakon\n\n"
        "Sabor je u četvrtak izglasao zakon.\n\n## Reakcije\n\nOporba je nezadovoljna."
    ).encode()

    doc = parse(raw, "vijest.md")

    assert doc.media_type == "text/markdown"
    assert (doc.title, doc.published) == ("Sabor izglasao zakon", "2024-03-14")
    assert doc.text == (
        "Sabor izglasao zakon\n\nSabor je u četvrtak izglasao zakon.\n\n"
        "Reakcije\n\nOporba je nezadovoljna."
    )


def test_parse_text_treats_horizontal_rule_as_text():
    raw = b"---\nPrvi dio.\n---\nDrugi dio."

    assert parse(raw, "biljeske.txt").text == "---\nPrvi dio.\n---\nDrugi dio."


def test_parse_text_refuses_header_without_text():
    with pytest.raises(PermanentError, match="no text"):
        parse(b"title: Samo naslov\ndate: 2024-01-01\n", "prazno.txt")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1250"])
def test_parse_text_handles_megabyte_single_line_quickly(encoding):
    line = " date 2025-11-12 " + "Rząd przyjął ustawę o odbudowie zniszczonych mostów. " * 20_000
    raw = line.encode(encoding)
    assert len(raw) > 1_000_000

    started = time.perf_counter()
    doc = parse(raw, "duzy.txt")
    elapsed = time.perf_counter() - started

    assert doc.published == "2025-11-12"
    assert doc.text.startswith("Rząd przyjął")
    assert elapsed < 0.5
