"""Intake: store a file's bytes by SHA-256, add its Document and Drop rows, then queue it.

The bytes are committed to the database before the task is sent, so a worker anywhere can
ingest the document without the inbox's disk, and a broker outage loses nothing: a document
whose task was never sent is sent again later (see `resend_pending`).
"""

import errno
import hashlib
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from celery import Celery
from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.db.base import utcnow
from shared.db.bulk import insert_rows
from shared.db.models import DUPLICATE, QUEUED, REFUSED, STORED, Blob, Document, Drop
from shared.db.session import session_scope
from shared.db.store import mark_sent, unsent_or_stale
from shared.errors import RefusedFile
from shared.queue import queue_depth, send_ingest

log = logging.getLogger(__name__)

# A time no task was sent before: as `stale_before`, it selects only never-sent documents.
NEVER = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Intake:
    """What became of one file: stored (new document), duplicate (of one) or refused."""

    outcome: str
    drop_id: int
    document_id: int | None = None
    reason: str | None = None


def read_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing symlinks, non-regular files and files over `max_bytes`
    before reading them. FileNotFoundError propagates: the file vanished."""
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        raise RefusedFile("symbolic link: not followed")
    if not stat.S_ISREG(info.st_mode):
        raise RefusedFile("not a regular file")
    if info.st_size > max_bytes:
        raise RefusedFile(f"{info.st_size} bytes is over the limit of {max_bytes} bytes")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # replaced by a symlink since the lstat
            raise RefusedFile("symbolic link: not followed") from exc
        raise
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # grew since the lstat
        raise RefusedFile(f"over the limit of {max_bytes} bytes")
    return data


def store(session: Session, data: bytes, name: str) -> Intake:
    """Store `data` dropped as `name` unless its content is already stored."""
    sha256 = hashlib.sha256(data).hexdigest()
    earlier = session.scalar(
        select(Drop).where(Drop.sha256 == sha256, Drop.path == name, Drop.moved_to.is_(None))
    )
    if earlier is not None:  # read again after a crash before the file was moved: same drop
        return Intake(outcome=earlier.outcome, drop_id=earlier.id, document_id=earlier.document_id)
    blob = {"sha256": sha256, "size": len(data), "data": data}
    insert_rows(session, Blob.__table__, [blob], ignore=["sha256"])
    insert_rows(
        session,
        Document.__table__,
        [{"sha256": sha256, "filename": Path(name).name, "size": len(data), "status": QUEUED,
          "queued_at": utcnow(), "created_at": utcnow(), "updated_at": utcnow()}],
        ignore=["sha256"],
    )  # fmt: skip
    document_id, first_drop = session.execute(
        select(Document.id, Drop.id)
        .outerjoin(Drop, Drop.document_id == Document.id)
        .where(Document.sha256 == sha256)
        .order_by(Drop.id)
        .limit(1)
    ).one()
    outcome = STORED if first_drop is None else DUPLICATE
    drop = Drop(path=name, sha256=sha256, document_id=document_id, outcome=outcome)
    session.add(drop)
    session.flush()
    return Intake(outcome=outcome, drop_id=drop.id, document_id=document_id)


def refuse(session: Session, name: str, reason: str, moved_to: str | None) -> Intake:
    """Record a file that was not stored, and why."""
    drop = Drop(path=name, outcome=REFUSED, reason=reason, moved_to=moved_to, settled_at=utcnow())
    session.add(drop)
    session.flush()
    return Intake(outcome=REFUSED, drop_id=drop.id, reason=reason)


def queue_document(app: Celery, document_id: int, filename: str) -> bool:
    """Send the task and note it was sent. False when the broker is down: the document
    stays unsent and `resend_pending` sends it later."""
    if not _send(app, document_id, filename):
        return False
    with session_scope() as session:
        mark_sent(session, document_id)
    return True


def _send(app: Celery, document_id: int, filename: str) -> bool:
    try:
        send_ingest(app, document_id, filename)
    except (BrokerError, OSError) as exc:
        log.warning("broker unreachable, document %s will be sent later: %s", document_id, exc)
        return False
    return True


def ingest_bytes(
    app: Celery, data: bytes, name: str, put_away: Callable[[], str | None] | None = None
) -> Intake:
    """Store and queue one file's content, in that order; then `put_away` (the watcher's:
    archive or delete the file) and note where the file went, in the transaction that
    notes the task sent. Should the process stop before it, the document is sent again
    (a task is idempotent) and the file is not lost: it is in the database."""
    with session_scope() as session:
        intake = store(session, data, name)
    sent = (
        intake.outcome == STORED
        and intake.document_id is not None
        and _send(app, intake.document_id, Path(name).name)
    )
    moved_to: str | None = None
    try:
        if put_away is not None:
            moved_to = put_away() or ""  # "": deleted
    finally:
        if sent or moved_to is not None:
            with session_scope() as session:
                if sent and intake.document_id is not None:
                    mark_sent(session, intake.document_id)
                if moved_to is not None:
                    session.get_one(Drop, intake.drop_id).moved_to = moved_to
    return intake


def resend_pending(app: Celery, stale_after: float) -> int:
    """Send the tasks of documents never sent, or sent over `stale_after` seconds ago and
    still unfinished (their task was lost). Returns how many were sent.

    Stale tasks are taken as lost only while the queue is empty: in a backlog, a document
    sent long ago is most likely still waiting its turn, and sending it again would only
    grow the backlog.
    """
    try:
        backlog = queue_depth(app)
    except (BrokerError, OSError) as exc:
        log.warning("broker unreachable, pending documents will be sent later: %s", exc)
        return 0
    stale_before = utcnow() - timedelta(seconds=stale_after) if backlog == 0 else NEVER
    with session_scope() as session:
        pending = session.execute(unsent_or_stale(stale_before)).all()
    sent = 0
    for document_id, filename in pending:
        if not queue_document(app, document_id, filename):
            break
        sent += 1
    return sent
