"""The scorer against the real development gold set, beside the repository."""

from pathlib import Path

import pytest

from shared.evaluation import load_gold, score

# tests/shared/evaluation/<this file> -> the repository root -> ../shared/eval/dev/gold
GOLD_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "dev" / "gold"


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason=f"no development gold set at {GOLD_DIR}")
def test_predictions_built_from_the_gold_score_one_everywhere(build):
    gold = load_gold(GOLD_DIR)
    report = score([build.export_from_gold(document) for document in gold], gold)

    measures = {"entities": report.entities.f1, "linking": report.linking.recall}
    measures["linking precision"] = report.linking.precision
    measures |= {f"entities {label}": c.f1 for label, c in report.entities_by_label.items()}
    measures |= {f"entities {lang}": c.f1 for lang, c in report.entities_by_language.items()}
    measures |= {f"{name} facts": counts.f1 for name, counts in report.facts.items()}
    measures |= {
        f"{name} facts, {lang}": counts.f1
        for lang, table in report.facts_by_language.items()
        for name, counts in table.items()
        if counts.f1 is not None  # a language without gold or predicted facts of a type
    }
    assert gold and report.unscored == []
    assert {name: value for name, value in measures.items() if value != 1.0} == {}
