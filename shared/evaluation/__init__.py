"""Scoring `factdrop export` output against gold annotations (`factdrop eval`).

The rules are those of the gold set's README (`shared/eval/README.md` beside the project):
entities match on label and a shared normalised string, one to one; linking compares global
ids across documents; each fact type has its own matching rule. Only the standard library
is imported.

    gold = load_gold("../shared/eval/dev/gold")
    report = score(exported_documents, gold)
    print(format_report(report, misses=True))
"""

from .documents import load_gold
from .linking import LinkingScore
from .metrics import Counts
from .misses import DocumentMisses
from .report import Report
from .scoring import score
from .text import format_report

__all__ = [
    "Counts",
    "DocumentMisses",
    "LinkingScore",
    "Report",
    "format_report",
    "load_gold",
    "score",
]
