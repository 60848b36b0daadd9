"""The readable text form of a report."""

from typing import Any

from .metrics import Counts
from .misses import DocumentMisses
from .report import Report

_LONGEST_VALUE = 80  # characters of a fact field shown before "…": quotes can be paragraphs


def format_report(report: Report, misses: bool = False) -> str:
    """Tables of precision, recall and F1 (entities per label and language, linking, facts
    per type); with `misses`, then every document's missed and spurious items."""
    lines = [_header("Entities")]
    lines += [_row(label, counts) for label, counts in report.entities_by_label.items()]
    lines += [_row("all", report.entities), "", _header("Entities by language")]
    lines += [_row(lang, counts) for lang, counts in report.entities_by_language.items()]
    linking = report.linking
    lines += [
        "",
        f"{'Linking':<24}{'P':>7}{'R':>7}  gold pairs {linking.gold_pairs}, "
        f"predicted pairs {linking.predicted_pairs}, agreeing {linking.agreeing_pairs}",
        f"{'  across documents':<24}{_measure(linking.precision)}{_measure(linking.recall)}",
        "",
        _header("Facts"),
    ]
    lines += [_row(name, counts) for name, counts in report.facts.items()]
    if report.unscored:
        lines += ["", f"Not scored (no gold file): {', '.join(report.unscored)}"]
    if misses:
        found = [line for document in report.misses for line in _document_misses(document)]
        lines += ["", "Misses", *(found or ["  none"])]
    return "\n".join(lines)


def _header(title: str) -> str:
    return f"{title:<24}{'P':>7}{'R':>7}{'F1':>7}{'TP':>7}{'FP':>7}{'FN':>7}"


def _row(name: str, counts: Counts) -> str:
    measures = _measure(counts.precision) + _measure(counts.recall) + _measure(counts.f1)
    return f"  {name:<22}{measures}{counts.tp:>7}{counts.fp:>7}{counts.fn:>7}"


def _measure(value: float | None) -> str:
    # "-" rather than 0: nothing to measure is not a score of zero.
    return f"{'-' if value is None else f'{value:.3f}':>7}"


def _document_misses(document: DocumentMisses) -> list[str]:
    sections = {
        "missed entities": [
            f"{e['label']} {e['canonical']} ({', '.join(e['surface'])})"
            for e in document.missed_entities
        ],
        "spurious entities": [
            f"{e['label']} {e['name']} ({', '.join(e['mentions'])})"
            for e in document.spurious_entities
        ],
        **{f"missed {name} facts": facts for name, facts in document.missed_facts.items()},
        **{f"spurious {name} facts": facts for name, facts in document.spurious_facts.items()},
    }
    lines = []
    for title, items in sections.items():
        if items:
            lines += [f"  {title}:", *(f"    {_item(item)}" for item in items)]
    return [f"{document.id} ({document.lang})", *lines] if lines else []


def _item(item: str | dict[str, Any]) -> str:
    if isinstance(item, str):
        return item
    return "; ".join(f"{field}={_value(value)}" for field, value in item.items())


def _value(value: Any) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= _LONGEST_VALUE else text[: _LONGEST_VALUE - 1] + "…"
