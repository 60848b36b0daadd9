"""A database that has been running for a while: fill it with stored documents, cloned
from documents the service itself stored (their text, mentions and facts), spread over
many distinct entities, with bulk inserts (going through the queue would take hours)."""

import hashlib
import time
from datetime import UTC, datetime

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session, selectinload

from shared.db.bulk import insert_rows
from shared.db.models import Blob, Document, Entity, Fact, FactArgument, Mention
from shared.db.session import session_scope
from shared.references import make_entity_id

VARIANTS = 30  # each template entity stands for this many distinct real-world ones
CHUNK = 500


def _templates(session: Session) -> list[Document]:
    query = (
        select(Document)
        .where(Document.status == "done")
        .options(selectinload(Document.mentions), selectinload(Document.facts).selectinload(
            Fact.arguments))
    )  # fmt: skip
    return list(session.scalars(query))


def _template_entities(session: Session, templates: list[Document]) -> list[Entity]:
    ids = {m.entity_id for d in templates for m in d.mentions}
    ids |= {a.entity_id for d in templates for f in d.facts for a in f.arguments}
    return list(session.scalars(select(Entity).where(Entity.id.in_(ids))))


def prefill(database_url: str, count: int) -> float:
    """Add `count` stored documents; returns the seconds it took."""
    started = time.perf_counter()
    with session_scope(database_url) as session:
        templates = _templates(session)
        # Each template entity becomes VARIANTS distinct ones, keyed like the resolver's.
        variant_of = {}
        for entity in _template_entities(session, templates):
            rows = []
            for variant in range(VARIANTS):
                key = f"{entity.key}~{variant}"
                variant_of[entity.id, variant] = make_entity_id(key)
                rows.append({"id": make_entity_id(key), "key": key, "label": entity.label,
                             "name": entity.name, "attributes": {}})  # fmt: skip
            insert_rows(session, Entity.__table__, rows, ignore=["id"])
        document_id = int(session.scalar(select(func.max(Document.id))) or 0)
        fact_id = int(session.scalar(select(func.max(Fact.id))) or 0)
    for first in range(0, count, CHUNK):
        with session_scope(database_url) as session:
            blobs, documents, mentions, facts, arguments = [], [], [], [], []
            for n in range(first, min(count, first + CHUNK)):
                template = templates[n % len(templates)]
                document_id += 1
                variant = n % VARIANTS
                sha = hashlib.sha256(f"prefill {n}".encode()).hexdigest()
                data = template.text.encode() if template.text else b""
                now = datetime.now(UTC)
                blobs.append({"sha256": sha, "size": len(data), "data": data})
                documents.append({
                    "id": document_id, "sha256": sha, "filename": f"prefill_{n:06d}.txt",
                    "size": len(data), "media_type": "text/plain", "language": template.language,
                    "published": template.published, "title": template.title,
                    "text": template.text, "status": "done",
                    "extractor_version": template.extractor_version, "created_at": now,
                    "updated_at": now, "queued_at": now, "sent_at": now, "finished_at": now,
                })  # fmt: skip
                mentions += [
                    {"document_id": document_id, "entity_id": variant_of[m.entity_id, variant],
                     "text": m.text, "start": m.start, "end": m.end}
                    for m in template.mentions
                ]  # fmt: skip
                for fact in template.facts:
                    fact_id += 1
                    facts.append({
                        "id": fact_id, "document_id": document_id, "type": fact.type,
                        "text": fact.text, "value": fact.value, "unit": fact.unit,
                        "date": fact.date, "data": fact.data, "evidence": fact.evidence,
                        "start": fact.start, "end": fact.end, "confidence": fact.confidence,
                        "extractor_version": fact.extractor_version,
                    })  # fmt: skip
                    arguments += [
                        {"fact_id": fact_id, "entity_id": variant_of[a.entity_id, variant],
                         "role": a.role}
                        for a in fact.arguments
                    ]  # fmt: skip
            for model, batch in ((Blob, blobs), (Document, documents), (Mention, mentions),
                                 (Fact, facts), (FactArgument, arguments)):  # fmt: skip
                if batch:
                    session.execute(insert(model), batch)
    _advance_sequences(database_url)
    return time.perf_counter() - started


def _advance_sequences(database_url: str) -> None:
    """PostgreSQL's id sequences past the ids given explicitly above."""
    if not database_url.startswith("postgresql"):
        return
    with session_scope(database_url) as session:
        for table in ("documents", "facts"):
            session.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            ))  # fmt: skip
