"""Choosing the parser, and the promise that bad input only ever raises PermanentError."""

import contextlib
import random

import pytest
from celery.exceptions import SoftTimeLimitExceeded

from shared.errors import PermanentError
from shared.parse import dispatch, parse

TEXT = "Vlada je u četvrtak usvojila prijedlog zakona o obnovi zgrada.".encode()
HTML = b"<!DOCTYPE html><html><body><article><p>" + TEXT + b"</p></article></body></html>"
JSON = b'{"title": "Zakon", "body": "' + TEXT + b'"}'


@pytest.mark.parametrize(
    ("name", "raw", "media_type"),
    [
        ("vijest.TXT", TEXT, "text/plain"),
        ("vijest.text", TEXT, "text/plain"),
        ("vijest.Md", TEXT, "text/markdown"),
        ("vijest.HTML", HTML, "text/html"),
        ("vijest.htm", HTML, "text/html"),
        ("vijest.xhtml", HTML, "text/html"),
        ("vijest.Json", JSON, "application/json"),
    ],
)
def test_parse_picks_format_by_extension_in_any_case(name, raw, media_type):
    assert parse(raw, name).media_type == media_type


def test_parse_picks_pdf_by_extension(make_pdf):
    assert parse(make_pdf([["Budget approved."]]), "report.PDF").media_type == "application/pdf"


@pytest.mark.parametrize("name", ["vijest", "vijest.dat", "vijest.backup"])
@pytest.mark.parametrize(
    ("raw", "media_type"),
    [
        (TEXT, "text/plain"),
        (HTML, "text/html"),
        (b"\n  <html><body><p>" + TEXT + b"</p></body></html>", "text/html"),
        (JSON, "application/json"),
    ],
)
def test_parse_sniffs_format_of_unknown_extension(name, raw, media_type):
    assert parse(raw, name).media_type == media_type


def test_parse_sniffs_pdf_of_unknown_extension(make_pdf):
    assert parse(make_pdf([["Budget approved."]]), "download").media_type == "application/pdf"


@pytest.mark.parametrize("name", ["photo.jpg", "archive.zip", "no-extension"])
def test_parse_refuses_unsupported_binary(name):
    raw = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4

    with pytest.raises(PermanentError, match="unsupported file type"):
        parse(raw, name)


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html", "a.json", "a.pdf", "a"])
@pytest.mark.parametrize("raw", [b"", b" \n\t\r\n"])
def test_parse_refuses_empty_file_of_any_format(name, raw):
    with pytest.raises(PermanentError, match="empty file"):
        parse(raw, name)


def test_parse_turns_parser_crash_into_permanent_error():
    # json.loads gives up on deep nesting with RecursionError, not a JSON error.
    raw = b"[" * 200_000 + b"]" * 200_000

    with pytest.raises(PermanentError, match="could not parse file") as caught:
        parse(raw, "nested.json")

    assert isinstance(caught.value.__cause__, RecursionError)


def _junk(seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 2000)))


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html", "a.json", "a.pdf", "a.bin"])
@pytest.mark.parametrize(
    "raw",
    [
        *(_junk(seed) for seed in range(5)),
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>",
        b"%PDF-1.4\n" + bytes(range(256)),
        b"<html><body><p>\xff\xfe\x00</p>",
        b"<?xml version='1.0' encoding='utf-8'?><html><body><p>Tekst</p></body></html>",
        b'{"body": {"a": [1, 2, {"b": null}]}}',
        b"\xef\xbb\xbf\x00\x00\x00",
    ],
)
def test_parse_raises_only_permanent_error_for_malformed_input(name, raw):
    with contextlib.suppress(PermanentError):
        parse(raw, name)


def test_parse_lets_the_task_time_limit_through(monkeypatch):
    # Celery raises SoftTimeLimitExceeded inside whatever code is running, here a parser:
    # it is the task's time limit, not a fault of the file.
    def slow(_raw: bytes) -> None:
        raise SoftTimeLimitExceeded()

    monkeypatch.setitem(dispatch._BY_EXTENSION, ".txt", slow)

    with pytest.raises(SoftTimeLimitExceeded):
        parse(b"some text", "slow.txt")
