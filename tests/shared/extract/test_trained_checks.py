"""A trained model's entities are checked against the word knowledge. spaCy's entity ruler
stands in for the model, so that each test says exactly what the "model" found."""

import pytest
from spacy.language import Language

from shared.extract.components.classify import Classifier
from shared.extract.knowledge import get_knowledge
from shared.extract.registrations import register


def _pipeline(patterns: list[dict], lang: str) -> Language:
    import spacy

    register()
    nlp = spacy.blank(lang)
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    nlp.add_pipe("factdrop_candidates", config={"lang": lang})
    nlp.add_pipe("factdrop_classify", config={"lang": lang, "use_trained": True})
    return nlp


def _ents(patterns: list[dict], text: str, lang: str = "en") -> dict[str, tuple[str, str | None]]:
    nlp = _pipeline(patterns, lang)
    with nlp.memory_zone():
        doc = nlp(text)
        return {
            e.text: (e.label_, e._.factdrop_known.key if e._.factdrop_known else None)
            for e in doc.ents
        }


def test_the_gazetteer_corrects_a_model_that_takes_a_city_for_a_person():
    found = _ents([{"label": "PERSON", "pattern": "Valencia"}], "Fire crews in Valencia worked.")
    label, key = found["Valencia"]
    assert label == "LOC" and key.startswith("LOC:geo:")


def test_a_nationality_word_labelled_as_a_place_is_dropped():
    found = _ents([{"label": "GPE", "pattern": "Nepali"}], "The Nepali crew landed safely.")
    assert "Nepali" not in found


def test_a_person_that_holds_a_known_place_keeps_only_the_place():
    text = "Rescue teams reached Mountainous Nepal on Monday."
    found = _ents([{"label": "PERSON", "pattern": "Mountainous Nepal"}], text)
    assert found == {"Nepal": ("LOC", "LOC:country:NP")}


def test_a_leading_article_is_trimmed_from_a_model_entity():
    text = "Flights to the United Arab Emirates resumed."
    found = _ents([{"label": "GPE", "pattern": "the United Arab Emirates"}], text)
    assert found == {"United Arab Emirates": ("LOC", "LOC:country:AE")}


@pytest.mark.parametrize("name", ["Zorblax", "Quentin Varga"])
def test_a_person_the_rules_have_no_evidence_against_is_kept(name):
    found = _ents([{"label": "PERSON", "pattern": name}], f"They met {name} at noon.")
    assert found[name] == ("PER", None)


def test_a_person_with_a_digit_is_left_to_the_rules():
    found = _ents([{"label": "PERSON", "pattern": "Apollo 11"}], "They built Apollo 11 fast.")
    assert found.get("Apollo 11", ("", None))[0] != "PER"


def test_never_entity_knows_nationality_words():
    classifier = Classifier(get_knowledge("en"), get_knowledge("en"), use_trained=True)
    assert classifier._never_entity("Russian") and not classifier._never_entity("Russia")


def test_a_plural_noun_that_describes_an_organisations_people_is_trimmed():
    text = "Исследователи Новосибирского университета сообщили об открытии."
    pattern = "Исследователи Новосибирского университета"
    found = _ents([{"label": "ORG", "pattern": pattern}], text, "ru")
    assert found == {"Новосибирского университета": ("ORG", None)}


def test_an_adjective_opening_an_institutions_name_is_kept():
    text = "Государственная Дума приняла закон."
    found = _ents([{"label": "ORG", "pattern": "Государственная Дума"}], text, "ru")
    assert found == {"Государственная Дума": ("ORG", None)}
