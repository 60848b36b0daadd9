"""Idempotent writes and the reads the CLI needs. Helpers take a session and never commit."""

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from shared.db.base import utcnow
from shared.db.bulk import insert_returning_ids, insert_rows
from shared.db.models import (
    DONE,
    FAILED,
    PROCESSING,
    QUEUED,
    Blob,
    Document,
    Drop,
    Entity,
    EntityAlias,
    Fact,
    FactArgument,
    Mention,
)
from shared.extract.result import Extraction, FactResult
from shared.parse.document import ParsedDoc
from shared.references import link_fields, make_entity_id

# How a failure reason starts when the task gave up rather than the content being bad:
# retries for a transient cause ran out, or deliveries kept killing their worker. Such
# documents are the dead letters that `factdrop retry --dead` sends again.
RETRIES_EXHAUSTED = "gave up after"
POISON = "poison:"


def normalize_alias(alias: str) -> str:
    return " ".join(alias.casefold().split())[:512]


def claim(session: Session, document_id: int) -> tuple[bytes, str] | None:
    """The bytes and file name of the document to process, marked as processing; None
    when it is done, failed or gone. One UPDATE … RETURNING, no ORM object: it runs for
    every task."""
    claimed = session.execute(
        update(Document)
        .where(Document.id == document_id, Document.status.not_in((DONE, FAILED)))
        .values(status=PROCESSING)
        .returning(Document.sha256, Document.filename)
    ).first()
    if claimed is None:
        return None
    data = session.scalar(select(Blob.data).where(Blob.sha256 == claimed.sha256))
    return (data or b""), claimed.filename


def lock_unfinished(session: Session, document_id: int) -> Document | None:
    """The document, row-locked for the final write; None if a racing worker finished it."""
    document = session.get(Document, document_id, with_for_update=True, populate_existing=True)
    if document is None or document.status in (DONE, FAILED):
        return None
    return document


def finish(
    session: Session,
    document: Document,
    parsed: ParsedDoc,
    language: str | None,
    extraction: Extraction,
) -> None:
    """Store the parse and extraction results, replacing any earlier ones, and mark done."""
    document.text = parsed.text
    document.title = parsed.title
    document.url = parsed.url
    document.published = parsed.published
    document.media_type = parsed.media_type
    document.language = language
    replace_results(session, document, extraction)
    document.status = DONE
    document.error = None
    document.finished_at = utcnow()


def replace_results(session: Session, document: Document, extraction: Extraction) -> None:
    """Swap a document's mentions and facts for `extraction`'s, in the caller's transaction."""
    session.execute(delete(Mention).where(Mention.document_id == document.id))
    session.execute(delete(Fact).where(Fact.document_id == document.id))
    keys = resolve_keys(session, [entity.key for entity in extraction.entities])
    ids = {key: make_entity_id(resolved) for key, resolved in keys.items()}
    insert_rows(
        session,
        Entity.__table__,
        [
            {"id": ids[e.key], "key": keys[e.key], "label": e.label, "name": e.name,
             "attributes": e.attributes}
            for e in extraction.entities
        ],
        ignore=["id"],
    )  # fmt: skip
    aliases = {
        (ids[e.key], normalize_alias(alias)): alias
        for e in extraction.entities
        for alias in (e.name, *e.aliases)
    }
    insert_rows(
        session,
        EntityAlias.__table__,
        [{"entity_id": eid, "normalized": norm, "alias": a} for (eid, norm), a in aliases.items()],
        ignore=["entity_id", "normalized"],
    )
    mentions = [
        {"document_id": document.id, "entity_id": ids[e.key], "text": m.text,
         "start": m.start, "end": m.end}
        for e in extraction.entities
        for m in e.mentions
    ]  # fmt: skip
    insert_rows(session, Mention.__table__, mentions)
    _insert_facts(session, document.id, extraction, ids)
    document.extractor_version = extraction.version


def _insert_facts(
    session: Session, document_id: int, extraction: Extraction, ids: dict[str, str]
) -> None:
    """The facts in one statement that gives their ids, then their arguments in another:
    no ORM object per fact."""
    if not extraction.facts:
        return
    rows, arguments = [], []
    for fact in extraction.facts:
        row, named = _fact_row(document_id, fact, ids, extraction.version)
        rows.append(row)
        arguments.append(named)
    # Core, not the ORM: the ORM would split the rows into one batch per shape of None values.
    fact_ids = insert_returning_ids(session, Fact.__table__, rows)
    links = [
        {"fact_id": fact_id, "entity_id": entity_id, "role": role}
        for fact_id, named in zip(fact_ids, arguments, strict=True)
        for entity_id, role in sorted(named)
    ]
    insert_rows(session, FactArgument.__table__, links)


def resolve_keys(session: Session, keys: list[str]) -> dict[str, str]:
    """Each key, or the key it stands for across documents.

    A person named by surname alone ("PER:<surname>") is the person with that surname and a
    first name ("PER:<surname>|<initial>") when exactly one such person is known; with
    two or more, it stays apart, since it could be either of them.
    """
    resolved = {}
    for key in keys:
        resolved[key] = key
        if key.startswith("PER:") and "|" not in key:
            known = session.scalars(
                select(Entity.key).where(Entity.key.startswith(key + "|", autoescape=True)).limit(2)
            ).all()
            if len(known) == 1:
                resolved[key] = known[0]
    return resolved


def _fact_row(
    document_id: int, fact: FactResult, ids: dict[str, str], version: str
) -> tuple[dict[str, Any], set[tuple[str, str]]]:
    """A fact's row for the facts table, and the (entity id, part) pairs it names."""
    data, arguments = link_fields(fact.fields, ids)
    value = data.get("value")
    row = {
        "document_id": document_id,
        "type": fact.type,
        "text": data.get("text") or data.get("role"),
        "value": value if isinstance(value, int | float) else None,
        "unit": data.get("unit"),
        "date": data.get("date") or (value if isinstance(value, str) else None),
        "data": data,
        "evidence": fact.evidence,
        "start": fact.start,
        "end": fact.end,
        "confidence": fact.confidence,
        "extractor_version": version,
    }
    return row, arguments


def fail(session: Session, document_id: int, reason: str) -> None:
    """Mark a document failed with a reason a person can act on."""
    session.execute(
        update(Document)
        .where(Document.id == document_id)
        .values(status=FAILED, error=reason, finished_at=utcnow())
    )


def mark_queued(session: Session, document_ids: Iterable[int]) -> None:
    """Put documents back in the queue's hands (retry, reprocess): not yet sent."""
    session.execute(
        update(Document)
        .where(Document.id.in_(list(document_ids)))
        .values(status=QUEUED, error=None, queued_at=utcnow(), sent_at=None)
    )


def mark_sent(session: Session, document_id: int) -> None:
    now = utcnow()
    session.execute(
        update(Document).where(Document.id == document_id).values(sent_at=now, queued_at=now)
    )


def unsent_or_stale(stale_before: datetime, limit: int = 500) -> Select[tuple[int, str]]:
    """Documents whose task was never sent, or was sent so long ago that it must be lost."""
    waiting = Document.status.in_((QUEUED, PROCESSING))
    return (
        select(Document.id, Document.filename)
        .where(waiting, or_(Document.sent_at.is_(None), Document.sent_at < stale_before))
        .order_by(Document.id)
        .limit(limit)
    )


def reprocessable(version: str, every: bool) -> Select[tuple[int, str]]:
    """Finished documents to extract again: those of other extractor versions, or all."""
    query = select(Document.id, Document.filename).where(Document.status == DONE)
    if not every:
        query = query.where(
            or_(Document.extractor_version.is_(None), Document.extractor_version != version)
        )
    return query.order_by(Document.id)


def count_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(Document.status, func.count()).group_by(Document.status))
    return {status: count for status, count in rows}


def count_by_outcome(session: Session) -> dict[str, int]:
    """Files seen in the inbox by what became of them: stored, duplicate, refused."""
    rows = session.execute(select(Drop.outcome, func.count()).group_by(Drop.outcome))
    return {outcome: count for outcome, count in rows}


def _failed(dead_letters_only: bool) -> ColumnElement[bool]:
    """Failed documents; with `dead_letters_only`, those whose task gave up."""
    failed = Document.status == FAILED
    if not dead_letters_only:
        return failed
    reasons = (Document.error.startswith(r, autoescape=True) for r in (RETRIES_EXHAUSTED, POISON))
    return and_(failed, or_(*reasons))


def failed_documents(dead_letters_only: bool = False) -> Select[tuple[int, str]]:
    """Failed documents to send again: all, or only the dead letters."""
    query = select(Document.id, Document.filename).where(_failed(dead_letters_only))
    return query.order_by(Document.id)


def latest_failures(
    session: Session, limit: int = 10, dead_letters_only: bool = False
) -> list[Document]:
    """The most recently failed documents; with `dead_letters_only`, those whose task gave up."""
    query = (
        select(Document)
        .where(_failed(dead_letters_only))
        .order_by(Document.finished_at.desc())
        .limit(limit)
    )
    return list(session.scalars(query))


def throughput(session: Session, now: datetime, windows: Sequence[int]) -> dict[int, float]:
    """Documents finished as done per minute over each of the last `windows` minutes."""
    cutoffs = [now - timedelta(minutes=minutes) for minutes in windows]
    done = Document.status == DONE
    # Only the time range is in WHERE, so the planner walks the finished_at index over the
    # last minutes instead of every done document by the status index.
    counts = session.execute(
        select(*(func.count().filter(done, Document.finished_at >= cutoff) for cutoff in cutoffs))
        .select_from(Document)
        .where(Document.finished_at >= min(cutoffs))
    ).one()
    return {minutes: count / minutes for minutes, count in zip(windows, counts, strict=True)}


def count_dead_letters(session: Session) -> int:
    """Failed documents whose task gave up (retries exhausted, or poison)."""
    query = select(func.count()).select_from(Document).where(_failed(dead_letters_only=True))
    return session.scalar(query) or 0
