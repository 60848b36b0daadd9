"""PDF files: the text layer, and the PDFs we cannot read."""

import pytest

from shared.errors import PermanentError
from shared.parse import parse

PAGES = [
    ["The council approved the new budget on Tuesday.", "Spending on schools will rise."],
    ["The opposition voted against the plan."],
]


def test_parse_pdf_reads_text_layer_of_every_page(make_pdf):
    doc = parse(make_pdf(PAGES, title="Council approves budget"), "budget.pdf")

    assert doc.media_type == "application/pdf"
    assert doc.title == "Council approves budget"
    assert doc.text == (
        "The council approved the new budget on Tuesday.\nSpending on schools will rise."
        "\n\nThe opposition voted against the plan."
    )


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.9])
def test_parse_pdf_refuses_truncated_file(make_pdf, keep):
    pdf = make_pdf(PAGES)

    with pytest.raises(PermanentError, match="not valid PDF"):
        parse(pdf[: int(len(pdf) * keep)], "budget.pdf")


def test_parse_pdf_refuses_pdf_without_text_layer(make_pdf):
    with pytest.raises(PermanentError, match="no text layer"):
        parse(make_pdf([[], []]), "scan.pdf")


def test_parse_pdf_refuses_other_content_named_pdf():
    with pytest.raises(PermanentError, match="not valid PDF"):
        parse(b"This is a plain text file, not a PDF at all.", "notes.pdf")
