"""The trained-model path, on a tiny pipeline that the test trains and saves itself."""

import random

import pytest
import spacy
from spacy.training import Example

from shared.extract.extractor import RuleExtractor
from shared.extract.labels import map_label
from shared.extract.pipeline import make_nlp
from shared.extract.resolve import resolve

TRAIN = [
    ("Zorblax visited the harbour.", [(0, 7, "PERSON")]),
    ("Yesterday Zorblax spoke again.", [(10, 17, "PERSON")]),
    ("They met Zorblax at noon.", [(9, 16, "PERSON")]),
    ("Quirnet hired two engineers.", [(0, 7, "ORG")]),
    ("Shares of Quirnet fell.", [(10, 17, "ORG")]),
]


@pytest.fixture(scope="module")
def trained_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    random.seed(0)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for _, spans in TRAIN:
        for _, _, label in spans:
            ner.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": s}) for t, s in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("model") / "tiny_en"
    nlp.to_disk(path)
    return str(path)


@pytest.mark.parametrize(
    ("label", "ours"),
    [("PERSON", "PER"), ("GPE", "LOC"), ("ORG", "ORG"), ("persName", "PER"), ("NORP", None)],
)
def test_map_label_turns_trained_labels_into_ours(label, ours):
    assert map_label(label) == ours


def test_trained_pipeline_runs_before_our_components(trained_model):
    nlp = make_nlp("en", trained_model)
    assert nlp.pipe_names[0] == "ner"
    assert nlp.pipe_names[-1] == "factdrop_classify"


def test_trained_entities_are_mapped_and_kept(trained_model):
    nlp = make_nlp("en", trained_model)
    with nlp.memory_zone():
        doc = nlp("They met Zorblax at noon in Paris.")
        labels = {span.text: span.label_ for span in doc.ents}
        mentions = RuleExtractor.mentions(doc, "en")
    assert labels.get("Zorblax") == "PER"
    assert labels.get("Paris") == "LOC"  # the rules add what the model did not find
    assert {e.label for e in resolve(mentions)} == {"PER", "LOC"}
