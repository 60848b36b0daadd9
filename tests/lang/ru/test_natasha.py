"""natasha's Russian NER as an entity source (skipped when natasha is not installed)."""

import pytest

from shared.extract.pipeline import make_nlp

pytest.importorskip("natasha")


def test_the_russian_pipeline_runs_natasha_before_our_components():
    assert make_nlp("ru").pipe_names[0] == "factdrop_natasha"


def test_other_languages_do_not_run_natasha():
    assert "factdrop_natasha" not in make_nlp("uk").pipe_names


def test_natasha_finds_a_person_the_rules_alone_would_call_unknown(found):
    text = "Вчера Аркадий Тимофеевич Смолин выступил на заседании в Казани."
    result = found(text, "ru")
    assert result.get("Аркадий Тимофеевич Смолин") == "PER"
    assert result.get("Казани") == "LOC"


def test_natasha_places_still_carry_the_gazetteer_key(entities):
    moscow = [
        e for e in entities("Делегация прибыла в Москву во вторник.", "ru") if e.label == "LOC"
    ]
    assert [e.name for e in moscow] == ["Moscow"]


def test_a_place_in_an_events_name_is_no_place_but_the_place_alone_is(extractor):
    text = "Алонсо выиграл Гран-при Монако. Потом он вернулся в Монако."
    places = [
        m.start
        for e in extractor.extract(text, "ru", None).entities
        for m in e.mentions
        if e.label == "LOC"
    ]
    assert places == [text.rindex("Монако")]
