"""Scoring whole document sets: pairing, perfect and empty predictions, the report."""

import json

import pytest

from shared.evaluation import format_report, load_gold, score


@pytest.fixture
def corpus(build):
    """Two gold documents in two languages with every fact type and an entity in both."""
    kovac = build.gold_entity("PER", "Ana Kovač", "Ana Kovač", "Kovačem")
    return [
        build.gold(
            "doc_a",
            "hr",
            entities=[kovac, build.gold_entity("PER", "Ivo Brant", "Brant"),
                      build.gold_entity("LOC", "Nordvik", "Nordviku")],
            quotes=[{"speaker": "Ana Kovač", "starts_with": "We will rebuild the harbour"}],
            meetings=[{"participants": ["Ana Kovač", "Ivo Brant"], "place": "Nordvik",
                       "date": None}],
            roles=[{"person": "Ivo Brant", "role": "harbour master", "org": None}],
            quantities=[{"text": "…", "value": 12, "unit": "ships", "about": "…"}],
            dates=[{"text": "…", "value": "2025-11"}],
        ),
        build.gold(
            "doc_b",
            "de",
            entities=[kovac, build.gold_entity("ORG", "Sunvale", "Sunvale")],
            roles=[{"person": "Ana Kovač", "role": "mayor", "org": "Sunvale"}],
            quantities=[{"text": "…", "value": 1.5, "unit": "%", "about": "…"}],
        ),
    ]  # fmt: skip


def _measures(report):
    """Every precision, recall and F1 of the report that could be measured."""
    tables = [
        report.entities_by_label,
        report.entities_by_language,
        report.facts,
        *report.facts_by_language.values(),
        {"all": report.entities},
    ]
    counts = [c for table in tables for c in table.values()]
    values = [m for c in counts for m in (c.precision, c.recall, c.f1)]
    values += [report.linking.precision, report.linking.recall]
    return [value for value in values if value is not None]


def test_a_perfect_prediction_scores_one_everywhere(build, corpus):
    report = score([build.export_from_gold(document) for document in corpus], corpus)

    assert report.linking.gold_pairs == 1
    assert set(report.facts) == {"quote", "meeting", "role", "quantity", "date"}
    assert _measures(report) and all(value == 1.0 for value in _measures(report))
    assert all(
        not (d.missed_entities or d.spurious_entities or any(d.missed_facts.values()))
        for d in report.misses
    )


@pytest.mark.parametrize("exported", [[], ["doc_a", "doc_b"]], ids=["nothing", "empty"])
def test_an_empty_prediction_recalls_nothing(build, corpus, exported):
    report = score([build.exported(stem) for stem in exported], corpus)

    recalls = [report.entities.recall, report.linking.recall]
    recalls += [counts.recall for counts in report.facts.values()]
    assert recalls == [0.0] * 7
    assert report.entities.f1 == 0.0
    # Nothing was predicted, so there is no precision to speak of.
    assert report.entities.precision is None
    assert len(report.misses[0].missed_entities) == 3


def test_documents_pair_by_file_name_stem(build, corpus):
    perfect = [build.export_from_gold(document) for document in corpus]
    perfect[0]["filename"] = "inbox/doc_a.html"
    extra = build.exported("doc_z")

    report = score([extra, *reversed(perfect)], corpus)

    assert report.entities.f1 == 1.0
    assert report.unscored == ["doc_z"]


def test_two_exports_of_one_stem_are_an_error(build, corpus):
    with pytest.raises(ValueError, match="doc_a"):
        score([build.exported("doc_a"), build.exported("doc_a")], corpus)


def test_the_report_converts_to_json(build, corpus):
    report = score([build.exported("doc_a")], corpus)

    data = json.loads(json.dumps(report.to_dict()))

    assert data["entities"] == {"tp": 0, "fp": 0, "fn": 5, "precision": None, "recall": 0.0,
                                "f1": 0.0}  # fmt: skip
    assert data["facts_by_language"]["de"]["role"]["fn"] == 1
    assert data["linking"]["gold_pairs"] == 1
    assert data["misses"][1]["missed_entities"][1]["canonical"] == "Sunvale"


def test_the_text_report_has_every_table_and_misses_on_request(build, corpus):
    exported = [build.export_from_gold(corpus[0]), build.exported("doc_b")]
    report = score(exported, corpus)

    text = format_report(report, misses=False)
    with_misses = format_report(report, misses=True)

    for heading in ("Entities", "Entities by language", "Linking", "Facts", "quantity", "all"):
        assert heading in text
    assert "Sunvale" not in text
    assert "doc_b (de)" in with_misses
    assert "ORG Sunvale (Sunvale)" in with_misses
    assert "doc_a" not in with_misses.split("Misses", 1)[1]


def test_load_gold_reads_every_json_file_in_name_order(tmp_path, corpus):
    for document in reversed(corpus):
        (tmp_path / f"{document['id']}.json").write_text(json.dumps(document), encoding="utf-8")
    (tmp_path / "notes.md").write_text("not gold", encoding="utf-8")

    assert load_gold(tmp_path) == corpus
