"""Which predicted entities match which gold entities, and how that is counted."""

import pytest

from shared.evaluation import score

KOVAC = ("PER", "Ana Kovač", "Ana Kovač", "Ane Kovač", "Kovačem")


@pytest.mark.parametrize(
    ("gold_entity", "label", "name", "mentions", "aliases", "matches"),
    [
        pytest.param(KOVAC, "PER", "Ana Kovač", (), (), True, id="exact canonical"),
        pytest.param(KOVAC, "PER", "Kovač", ("Kovačem",), (), True, id="inflected surface"),
        pytest.param(KOVAC, "PER", "A. K.", (), ("Ana Kovač",), True, id="alias"),
        pytest.param(KOVAC, "PERSON", "Ane Kovač", (), (), True, id="PERSON counts as PER"),
        pytest.param(KOVAC, "PER", "ANE KOVAČ", (), (), True, id="case"),
        pytest.param(KOVAC, "PER", "Ana  Kovač.", (), (), True, id="punctuation and spaces"),
        pytest.param(KOVAC, "ORG", "Ana Kovač", (), (), False, id="label mismatch"),
        pytest.param(KOVAC, "PER", "Kovač", (), (), False, id="part of a name is not a match"),
        pytest.param(
            ("PER", "Jean-Luc Marel", "Jean-Luc Marel"), "PER", "Jean Luc Marel", (), (), True,
            id="hyphen",
        ),
        pytest.param(
            ("PER", "Jean-Luc Marel", "Jean–Luc Marel"), "PER", "jean luc marel", (), (), True,
            id="en dash",
        ),
        pytest.param(
            ("LOC", "Nordvik", "Nordvik"), "GPE", "Ｎｏｒｄｖｉｋ", (), (), True, id="NFKC width",
        ),
        pytest.param(
            ("ORG", "Fjord Office", "Fjord Office"), "ORGANIZATION", "Ｆｊｏｒｄ Oﬃce", (), (),
            True, id="NFKC ligature",
        ),
        pytest.param(
            ("LOC", "Vell Bay", "Vell Bay"), "LOCATION", "Vell Bay", (), (), True,
            id="LOCATION counts as LOC",
        ),
    ],
)  # fmt: skip
def test_a_prediction_matches_on_label_and_a_shared_string(
    build, gold_entity, label, name, mentions, aliases, matches
):
    gold = build.gold(entities=[build.gold_entity(*gold_entity)])
    predicted = build.entity("e1", label, name, *mentions, aliases=list(aliases))

    report = score([build.exported(entities=[predicted])], [gold])

    assert report.entities.tp == int(matches)
    assert (report.entities.fp, report.entities.fn) == ((0, 0) if matches else (1, 1))


def test_labels_outside_per_org_loc_are_not_scored(build):
    gold = build.gold(entities=[build.gold_entity("LOC", "Nordvik", "Nordvik")])
    exported = build.exported(
        entities=[
            build.entity("e1", "GPE", "Nordvik"),
            build.entity("e2", "DATE", "Monday"),
            build.entity("e3", "MONEY", "Nordvik"),
        ]
    )

    report = score([exported], [gold])

    assert (report.entities.tp, report.entities.fp, report.entities.fn) == (1, 0, 0)


def test_two_predictions_cannot_both_match_one_gold_entity(build):
    gold = build.gold(entities=[build.gold_entity(*KOVAC)])
    exported = build.exported(
        entities=[build.entity("e1", "PER", "Ana Kovač"), build.entity("e2", "PER", "Kovačem")]
    )

    report = score([exported], [gold])

    assert (report.entities.tp, report.entities.fp, report.entities.fn) == (1, 1, 0)


def test_pairing_is_a_maximum_matching_not_first_come(build):
    # Taken in order, the first gold entity could grab the only prediction the second can use.
    gold = build.gold(
        entities=[
            build.gold_entity("ORG", "Sunvale Energy", "Sunvale", "SVE"),
            build.gold_entity("ORG", "Sunvale Holding", "Sunvale"),
        ]
    )
    exported = build.exported(
        entities=[build.entity("e1", "ORG", "Sunvale"), build.entity("e2", "ORG", "SVE")]
    )

    report = score([exported], [gold])

    assert (report.entities.tp, report.entities.fp, report.entities.fn) == (2, 0, 0)


def test_among_candidates_the_one_sharing_more_strings_is_paired(build):
    gold = build.gold(
        entities=[build.gold_entity("PER", "Ana Kovač", "Ana Kovač", "Kovačem", "Ane")],
        roles=[{"person": "Ana Kovač", "role": "mayor", "org": None}],
    )
    exported = build.exported(
        entities=[
            build.entity("e1", "PER", "Ane"),
            build.entity("e2", "PER", "Ana Kovač", "Kovačem"),
        ],
        facts=[{"type": "role", "person": "e2", "role": "mayor", "org": None}],
    )

    report = score([exported], [gold])

    assert report.misses[0].spurious_entities[0]["name"] == "Ane"
    assert report.facts["role"].tp == 1


def test_counts_are_kept_per_label_and_per_language(build):
    gold = [
        build.gold(
            "doc_a",
            "hr",
            entities=[
                build.gold_entity("PER", "Ana Kovač", "Ana Kovač"),
                build.gold_entity("LOC", "Nordvik", "Nordvik"),
            ],
        ),
        build.gold("doc_b", "de", entities=[build.gold_entity("ORG", "Sunvale", "Sunvale")]),
    ]
    exported = [
        build.exported("doc_a", entities=[build.entity("e1", "PERSON", "Ana Kovač")]),
        build.exported("doc_b", entities=[build.entity("e2", "ORG", "Sunvale"),
                                          build.entity("e3", "GPE", "Elsewhere")]),
    ]  # fmt: skip

    report = score(exported, gold)

    by_label = {label: (c.tp, c.fp, c.fn) for label, c in report.entities_by_label.items()}
    assert by_label == {"LOC": (0, 1, 1), "ORG": (1, 0, 0), "PER": (1, 0, 0)}
    by_language = {lang: (c.tp, c.fp, c.fn) for lang, c in report.entities_by_language.items()}
    assert by_language == {"de": (1, 1, 0), "hr": (1, 0, 1)}
    assert report.entities_by_language["hr"].precision == 1.0
    assert report.entities_by_language["hr"].recall == 0.5
    assert (report.entities.tp, report.entities.fp, report.entities.fn) == (2, 1, 1)


def test_misses_name_the_missed_gold_and_spurious_predicted_entities(build):
    gold = build.gold(entities=[build.gold_entity(*KOVAC)])
    exported = build.exported(entities=[build.entity("e1", "GPE", "Vell", "Vellu", "Vellu")])

    misses = score([exported], [gold]).misses[0]

    assert misses.missed_entities == [
        {"label": "PER", "canonical": "Ana Kovač", "surface": ["Ana Kovač", "Ane Kovač", "Kovačem"]}
    ]
    assert misses.spurious_entities == [{"label": "LOC", "name": "Vell", "mentions": ["Vellu"]}]
