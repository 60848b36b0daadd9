"""Fixtures for the parser tests: our own sample articles and PDFs with a text layer."""

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.pdf import write_pdf

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "parse"


@pytest.fixture
def fixture_text() -> Callable[[str], str]:
    """Read a sample file from tests/fixtures/parse as text."""
    return lambda name: (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    """Build a PDF with a text layer: make_pdf([["line", ...], ...], title=...)."""
    return write_pdf
