import dataclasses

import pytest

from shared.extract import get_extractor
from shared.extract.result import EntityResult, Extraction


def test_get_extractor_returns_the_rule_extractor():
    assert get_extractor().version.startswith("factdrop-rules-")


def test_extract_returns_plain_dataclasses(extractor):
    extraction = extractor.extract(
        "Premier Donald Tusk spotkał się w Berlinie z kanclerzem.", "pl", None
    )
    assert isinstance(extraction, Extraction)
    for entity in extraction.entities:
        assert isinstance(entity, EntityResult)
        for value in dataclasses.astuple(entity):
            assert type(value).__module__ == "builtins"


def test_extract_offsets_point_at_the_mentions(extractor):
    text = "Kanzler Olaf Scholz reiste am Montag nach Paris."
    for entity in extractor.extract(text, "de", None).entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kazahstanski predsjednik Kasim-Žomart Tokajev stigao je u Moskvu.", "bs"),
        ("Prezydent Kazachstanu Kasym-Żomart Tokajew udał się do Moskwy.", "pl"),
        ("President Kassym-Jomart Tokayev arrived in Moscow on Tuesday.", "en"),
        ("Президент Касым-Жомарт Токаев прибыл в Москву.", "ru"),
    ],
)
def test_extract_links_one_person_and_one_city_across_languages(extractor, text, lang):
    keys = {e.key for e in extractor.extract(text, lang, None).entities}
    assert "LOC:geo:524901" in keys
    assert any(key.startswith("PER:tkv|k") for key in keys)


def test_extract_gives_places_their_geonames_attributes(extractor):
    (moscow,) = [
        e
        for e in extractor.extract("Delegacija je otputovala u Moskvu.", "hr", None).entities
        if e.label == "LOC"
    ]
    assert moscow.name == "Moscow"
    assert moscow.attributes["country"] == "RU"
    assert {"latitude", "longitude", "geonameid"} <= set(moscow.attributes)


def test_extract_unknown_language_uses_the_neutral_default(extractor):
    assert isinstance(extractor.extract("Bonjour de Paris.", "fr", None), Extraction)
