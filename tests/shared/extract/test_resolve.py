import pytest

from shared.extract.resolve import Mention, resolve, skeleton, stem_matches


@pytest.mark.parametrize(
    "names",
    [
        ("Tokajev", "Tokajew", "Tokayev", "Токаев"),
        ("Putin", "Путин"),
        ("Peskov", "Pieskow", "Песков"),
        ("Schumacher", "Шумахер"),
        ("Clinton", "Klinton"),
    ],
)
def test_skeleton_agrees_across_scripts_and_spellings(names):
    assert len({skeleton(name) for name in names}) == 1


@pytest.mark.parametrize(
    ("word", "base"),
    [("Putinom", "Putin"), ("Fialova", "Fiala"), ("Tokajevim", "Tokajev"), ("Babišova", "Babiš")],
)
def test_stem_matches_inflected_and_possessive_forms(word, base):
    assert stem_matches(word, base)


def _mention(text, start, label="PER", lemmas=None, weak=False):
    words = text.split()
    return Mention(label, text, start, start + len(text), words, lemmas or words, weak=weak)


def test_resolve_groups_surname_with_full_name():
    entities = resolve(
        [
            _mention("Vladimirom Putinom", 0, lemmas=["Vladimir", "Putin"]),
            _mention("Putina", 40, lemmas=["Putin"], weak=True, label="ORG"),
        ]
    )
    assert len(entities) == 1
    assert entities[0].key == "PER:ptn|v"
    assert entities[0].name == "Vladimir Putin"


def test_resolve_keeps_apart_people_sharing_a_surname():
    entities = resolve([_mention("Petr Fiala", 0), _mention("Jan Fiala", 20)])
    assert len({e.key for e in entities}) == 2


def test_resolve_surname_alone_gets_a_surname_key():
    (entity,) = resolve([_mention("Peskov", 0)])
    assert entity.key == "PER:pskv"


def test_one_word_labelled_two_ways_in_one_document_is_one_entity():
    # "Команда Феррари" (an organisation by its cue), later "болида Феррари" (a person to
    # the model): the same word names the same thing
    entities = resolve([_mention("Феррари", 10, label="ORG"), _mention("Феррари", 90)])
    assert [(e.label, len(e.mentions)) for e in entities] == [("ORG", 2)]
