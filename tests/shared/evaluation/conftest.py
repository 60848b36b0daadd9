"""Builders of small synthetic gold and exported documents for the scorer's tests."""

from typing import Any

import pytest

_FACT_LISTS = ("quotes", "meetings", "roles", "quantities", "dates")


class Build:
    """Composes the dicts the scorer reads; the `build` fixture hands it to tests."""

    @staticmethod
    def gold(stem: str = "doc_a", lang: str = "xx", entities: tuple = (), **facts: list) -> dict:
        """A gold document; the fact lists not given are empty."""
        document = {"id": stem, "lang": lang, "source_url": None, "published": None}
        return {**document, "entities": list(entities), **{key: [] for key in _FACT_LISTS}, **facts}

    @staticmethod
    def gold_entity(label: str, canonical: str, *surface: str) -> dict:
        return {"label": label, "canonical": canonical, "surface": list(surface)}

    @staticmethod
    def exported(stem: str = "doc_a", entities: tuple = (), facts: tuple = ()) -> dict:
        """An exported document in the `export --format jsonl` shape."""
        return {
            "id": 1,
            "filename": f"{stem}.txt",
            "sha256": "0" * 64,
            "language": "xx",
            "published": None,
            "title": stem,
            "status": "done",
            "entities": list(entities),
            "facts": list(facts),
        }

    @staticmethod
    def entity(entity_id: str, label: str, name: str, *mentions: str, **extra: Any) -> dict:
        """An exported entity mentioned as `mentions` (offsets are not scored)."""
        spans = [{"text": text, "start": 0, "end": len(text)} for text in mentions]
        return {"id": entity_id, "label": label, "name": name, "mentions": spans, **extra}

    @classmethod
    def export_from_gold(cls, gold: dict) -> dict:
        """What a perfect system would export for `gold`: each gold entity with its surfaces
        as mentions and its canonical name as global id, each gold fact in the export shape."""
        entities = [
            cls.entity(e["canonical"], e["label"], e["canonical"], *e["surface"])
            for e in gold["entities"]
        ]
        facts = [
            *({"type": "quote", "speaker": q["speaker"], "text": q["starts_with"]}
              for q in gold["quotes"]),
            *({"type": "meeting", **m} for m in gold["meetings"]),
            *({"type": "role", **r} for r in gold["roles"]),
            *({"type": "quantity", "text": q["text"], "value": q["value"], "unit": q["unit"]}
              for q in gold["quantities"]),
            *({"type": "date", **d} for d in gold["dates"]),
        ]  # fmt: skip
        return cls.exported(gold["id"], entities, facts)


@pytest.fixture
def build() -> type[Build]:
    return Build
