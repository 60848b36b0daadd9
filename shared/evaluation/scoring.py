"""Scoring exported documents against gold files: the entry point of `factdrop eval`."""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from .documents import pair_documents
from .entities import EntityAlignment, align_entities
from .facts import score_facts
from .linking import score_linking
from .metrics import Counts
from .misses import DocumentMisses, document_misses
from .report import Report


def score(predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]) -> Report:
    """Score exported documents (the `export --format jsonl` shape) against gold documents.

    Documents pair by file-name stem; a gold document without an exported one scores as an
    empty prediction, an exported one without gold is listed in `Report.unscored`.
    """
    pairs, unscored = pair_documents(predicted, gold)
    by_label: defaultdict[str, Counts] = defaultdict(Counts)
    by_language: defaultdict[str, Counts] = defaultdict(Counts)
    facts: defaultdict[str, Counts] = defaultdict(Counts)
    facts_by_language: defaultdict[str, defaultdict[str, Counts]] = defaultdict(
        lambda: defaultdict(Counts)
    )
    alignments: list[EntityAlignment] = []
    misses: list[DocumentMisses] = []
    for gold_document, predicted_document in pairs:
        exported = predicted_document or {}
        lang = gold_document["lang"]
        entities = align_entities(exported.get("entities", []), gold_document["entities"])
        for label, counts in entities.counts_by_label().items():
            by_label[label] += counts
            by_language[lang] += counts
        fact_scores = score_facts(exported.get("facts", []), gold_document, entities)
        for name, fact_score in fact_scores.items():
            facts[name] += fact_score.counts
            facts_by_language[lang][name] += fact_score.counts
        alignments.append(entities)
        misses.append(document_misses(gold_document, exported, entities, fact_scores))
    return Report(
        entities=sum(by_label.values(), Counts()),
        entities_by_label=dict(sorted(by_label.items())),
        entities_by_language=dict(sorted(by_language.items())),
        linking=score_linking(alignments),
        facts=dict(facts),
        facts_by_language={lang: dict(table) for lang, table in sorted(facts_by_language.items())},
        misses=misses,
        unscored=unscored,
    )
