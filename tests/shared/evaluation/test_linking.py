"""Linking: the same real-world entity should carry one global id in every document."""

import pytest

from shared.evaluation import score


def _report(build, gold_names, predicted):
    """Score one LOC entity per document: `gold_names[i]` in gold, `predicted[i]` an
    (id, name) exported for it or None."""
    gold = [
        build.gold(f"doc_{i}", entities=[build.gold_entity("LOC", name, name)])
        for i, name in enumerate(gold_names)
    ]
    exported = [
        build.exported(f"doc_{i}", entities=[build.entity(p[0], "LOC", p[1])] if p else [])
        for i, p in enumerate(predicted)
    ]
    return score(exported, gold).linking


@pytest.mark.parametrize(
    ("gold_names", "predicted", "precision", "recall"),
    [
        pytest.param(
            ["Nordvik", "Nordvik"], [("e1", "Nordvik"), ("e1", "NORDVIK")], 1.0, 1.0,
            id="same id for the same entity",
        ),
        pytest.param(
            ["Nordvik", "Nordvik"], [("e1", "Nordvik"), ("e2", "Nordvik")], None, 0.0,
            id="split into two ids",
        ),
        pytest.param(
            ["Nordvik", "Vell"], [("e1", "Nordvik"), ("e1", "Vell")], 0.0, None,
            id="two entities merged under one id",
        ),
        pytest.param(
            ["Nordvik", "Nordvik", "Nordvik"], [("e1", "Nordvik"), ("e1", "Nordvik"), None],
            1.0, 1 / 3, id="an unmatched gold entity is a miss",
        ),
        pytest.param(
            ["Nordvik", "Nordvik", "Vell"],
            [("e1", "Nordvik"), ("e1", "Nordvik"), ("e1", "Vell")],
            1 / 3, 1.0, id="one good pair among three sharing an id",
        ),
    ],
)  # fmt: skip
def test_linking_precision_and_recall_across_documents(
    build, gold_names, predicted, precision, recall
):
    linking = _report(build, gold_names, predicted)

    assert linking.precision == pytest.approx(precision)
    assert linking.recall == pytest.approx(recall)


def test_an_id_shared_within_one_document_is_not_a_linking_pair(build):
    gold = build.gold(
        entities=[
            build.gold_entity("LOC", "Nordvik", "Nordvik"),
            build.gold_entity("LOC", "Vell", "Vell"),
        ]
    )
    exported = build.exported(
        entities=[build.entity("e1", "LOC", "Nordvik"), build.entity("e1", "LOC", "Vell")]
    )

    linking = score([exported], [gold]).linking

    assert (linking.gold_pairs, linking.predicted_pairs, linking.agreeing_pairs) == (0, 0, 0)
