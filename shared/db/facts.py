"""The query behind `factdrop facts`: stored facts, filtered by type, entity, date and
language, with the names of the entities they name."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from shared.db.models import Document, Entity, EntityAlias, Fact, FactArgument
from shared.db.store import normalize_alias


@dataclass(frozen=True)
class FactFilter:
    """Which facts to list; None means any. Dates are compared as YYYY[-MM[-DD]] text."""

    types: Sequence[str] = ()
    entity: str | None = None  # an entity id ("e3f…") or any of its names
    since: str | None = None
    until: str | None = None
    language: str | None = None
    limit: int | None = None


def entity_ids(session: Session, entity: str) -> list[str]:
    """The ids of the entities `entity` names: itself when it is an id, else every entity
    with that name or alias (case and accents as stored aliases are normalised)."""
    if session.get(Entity, entity) is not None:
        return [entity]
    return list(
        session.scalars(
            select(EntityAlias.entity_id)
            .where(EntityAlias.normalized == normalize_alias(entity))
            .distinct()
        )
    )


def fact_query(session: Session, where: FactFilter) -> Select[tuple[Fact, Document]]:
    """The facts matching `where`, newest document first, in text order within one."""
    # A fact's own date (a date or a dated meeting) else its document's publication date.
    when = func.coalesce(Fact.date, Document.published)
    query = select(Fact, Document).join(Document, Fact.document_id == Document.id)
    if where.types:
        query = query.where(Fact.type.in_(where.types))
    if where.language:
        query = query.where(Document.language == where.language)
    if where.since:
        query = query.where(when >= where.since)
    if where.until:
        # --until 2025-11 takes in every day of November 2025.
        query = query.where(
            or_(when <= where.until, func.substr(when, 1, len(where.until)) == where.until)
        )
    if where.entity is not None:
        ids = entity_ids(session, where.entity)
        query = query.where(
            Fact.id.in_(select(FactArgument.fact_id).where(FactArgument.entity_id.in_(ids)))
        )
    query = query.order_by(Document.published.desc(), Document.id.desc(), Fact.start)
    return query.limit(where.limit) if where.limit else query


def list_facts(session: Session, where: FactFilter) -> list[dict[str, Any]]:
    """The matching facts as plain records: the export fields (entity ids), the names of
    those entities, the evidence, offsets, confidence, extractor version and document."""
    rows = session.execute(fact_query(session, where)).all()
    names = _entity_names(session, [fact.id for fact, _ in rows])
    return [
        {
            "id": fact.id,
            "type": fact.type,
            **fact.data,
            "names": names.get(fact.id, {}),
            "evidence": fact.evidence,
            "start": fact.start,
            "end": fact.end,
            "confidence": fact.confidence,
            "extractor_version": fact.extractor_version,
            "document": {
                "id": document.id,
                "filename": document.filename,
                "language": document.language,
                "published": document.published,
            },
        }
        for fact, document in rows
    ]


def _entity_names(session: Session, fact_ids: list[int]) -> dict[int, dict[str, str]]:
    if not fact_ids:
        return {}
    rows = session.execute(
        select(FactArgument.fact_id, Entity.id, Entity.name)
        .join(Entity, FactArgument.entity_id == Entity.id)
        .where(FactArgument.fact_id.in_(fact_ids))
    )
    names: dict[int, dict[str, str]] = {}
    for fact_id, entity_id, name in rows:
        names.setdefault(fact_id, {})[entity_id] = name
    return names
