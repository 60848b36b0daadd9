"""Documents as export records (the scored shape), and JSONL/CSV writers."""

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.db.models import Document, Entity, Fact, Mention
from shared.extract.result import Extraction
from shared.references import link_fields, make_entity_id

FIELDS = ("id", "filename", "sha256", "language", "published", "title", "status")


def iter_records(session: Session, batch: int = 500) -> Iterator[dict[str, Any]]:
    """Every document as an export dict, in id order, a batch of queries per `batch` docs.

    Documents and mentions are read as plain rows: an export of every document must
    neither load the texts nor keep each object it has seen in the session.
    """
    columns = [getattr(Document, field) for field in FIELDS]
    last_id = 0
    while True:
        query = select(*columns).where(Document.id > last_id).order_by(Document.id).limit(batch)
        documents = session.execute(query).all()
        if not documents:
            return
        ids = [d.id for d in documents]
        entities = _entities_by_document(session, ids)
        facts = _facts_by_document(session, ids)
        for document in documents:
            record = dict(document._mapping)
            record["entities"] = entities.get(document.id, [])
            record["facts"] = facts.get(document.id, [])
            yield record
        last_id = ids[-1]
        session.expunge_all()  # the batch's Fact objects: memory stays flat however many


def _entities_by_document(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    rows = session.execute(
        select(Mention.document_id, Mention.text, Mention.start, Mention.end, Entity.id,
               Entity.label, Entity.name)
        .join(Entity, Mention.entity_id == Entity.id)
        .where(Mention.document_id.in_(ids))
        .order_by(Mention.document_id, Mention.start)
    )  # fmt: skip
    grouped: dict[int, dict[str, dict[str, Any]]] = defaultdict(dict)
    for document_id, text, start, end, entity_id, label, name in rows:
        record = grouped[document_id].setdefault(
            entity_id, {"id": entity_id, "label": label, "name": name, "mentions": []}
        )
        record["mentions"].append({"text": text, "start": start, "end": end})
    return {doc: list(by_entity.values()) for doc, by_entity in grouped.items()}


def _facts_by_document(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    query = select(Fact).where(Fact.document_id.in_(ids)).order_by(Fact.document_id, Fact.start)
    grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for fact in session.scalars(query):
        grouped[fact.document_id].append(fact_record(fact))
    return grouped


def fact_record(fact: Fact) -> dict[str, Any]:
    """A fact in the export shape, with its evidence and confidence."""
    return {
        "type": fact.type,
        **fact.data,
        "evidence": fact.evidence,
        "start": fact.start,
        "end": fact.end,
        "confidence": fact.confidence,
    }


def extraction_record(extraction: Extraction) -> dict[str, Any]:
    """The entities and facts of one extraction in the export shape, without a database:
    what `factdrop eval --articles` scores."""
    ids = {entity.key: make_entity_id(entity.key) for entity in extraction.entities}
    entities = [
        {
            "id": ids[e.key],
            "label": e.label,
            "name": e.name,
            "aliases": list(e.aliases),
            "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in e.mentions],
        }
        for e in extraction.entities
    ]
    facts = [
        {"type": f.type, **link_fields(f.fields, ids)[0], "evidence": f.evidence,
         "start": f.start, "end": f.end, "confidence": f.confidence}
        for f in extraction.facts
    ]  # fmt: skip
    return {"entities": entities, "facts": facts}


def write_jsonl(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    """One row per document; entities and facts as JSON in their own columns."""
    writer = csv.writer(out)
    writer.writerow([*FIELDS, "entities", "facts"])
    count = 0
    for record in records:
        writer.writerow(
            [record[f] for f in FIELDS]
            + [json.dumps(record[k], ensure_ascii=False) for k in ("entities", "facts")]
        )
        count += 1
    return count
