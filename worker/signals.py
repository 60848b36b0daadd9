"""Celery signal handlers, one concern each: the attempts record, the poison cap, warm-up."""

import logging
import os
import socket
from typing import Any

from celery.signals import task_postrun, task_prerun, worker_init, worker_process_init
from sqlalchemy import func, or_, select, update

from shared.config import get_settings
from shared.db.base import utcnow
from shared.db.models import Attempt, Document
from shared.db.session import session_scope
from shared.db.store import POISON, fail
from shared.extract import get_extractor, preload
from shared.queue import INGEST_TASK

log = logging.getLogger(__name__)


def _document_id(task: Any, args: Any) -> int | None:
    if getattr(task, "name", None) != INGEST_TASK or not args:
        return None
    try:
        return int(args[0])
    except (TypeError, ValueError):
        return None


@task_prerun.connect
def close_unrecorded(task: Any, **_: Any) -> None:
    """Close this process's earlier attempts left open: it is alive, so they did not die
    with it; their finish went unrecorded (the database was away). Connected before
    `record_start` (receivers run in the order they connect), so the new attempt stays open.
    """
    if getattr(task, "name", None) != INGEST_TASK:
        return
    with session_scope() as session:
        session.execute(
            update(Attempt)
            .where(
                Attempt.finished_at.is_(None),
                Attempt.hostname == socket.gethostname(),
                Attempt.pid == os.getpid(),
            )
            .values(finished_at=utcnow(), outcome="unrecorded")
        )


@task_prerun.connect
def record_start(task_id: str, task: Any, args: Any = None, **_: Any) -> None:
    """Add an attempt row: when the task was queued, when it started, how long it waited."""
    document_id = _document_id(task, args)
    if document_id is None:
        return
    now = utcnow()
    with session_scope() as session:
        document = session.get(Document, document_id)
        if document is None:
            return
        queued_at = document.queued_at
        session.add(
            Attempt(
                document_id=document_id,
                task_id=task_id,
                retries=task.request.retries,
                queued_at=queued_at,
                started_at=now,
                wait_seconds=(now - queued_at).total_seconds() if queued_at else None,
                hostname=socket.gethostname(),
                pid=os.getpid(),
            )
        )


@task_prerun.connect
def fail_poison(task_id: str, task: Any, args: Any = None, **_: Any) -> None:
    """Fail a document whose deliveries keep killing their worker.

    Celery redelivers such a task forever (acks_late + reject_on_worker_lost), under the
    same task id. Its deaths are the attempts that started but never finished in another
    process: this process is alive, so its own unfinished attempts (a finish it could not
    record while the database was away) are not deaths. The task then finds the document
    failed and skips it.
    """
    document_id = _document_id(task, args)
    if document_id is None:
        return
    cap = get_settings().max_deliveries
    with session_scope() as session:
        died = session.scalar(
            select(func.count())
            .select_from(Attempt)
            .where(
                Attempt.document_id == document_id,
                Attempt.finished_at.is_(None),
                or_(
                    Attempt.hostname.is_distinct_from(socket.gethostname()),
                    Attempt.pid.is_distinct_from(os.getpid()),
                ),
            )
        )
        if died and died >= cap:
            reason = f"{POISON} {died} deliveries died with their worker process"
            log.error("document %s: %s", document_id, reason)
            fail(session, document_id, reason)


@task_postrun.connect
def record_finish(
    task_id: str, task: Any, args: Any = None, retval: Any = None, state: str | None = None,
    **_: Any,
) -> None:  # fmt: skip
    """Close the attempt: when it finished, how long it ran, its outcome and error."""
    if _document_id(task, args) is None:
        return
    now = utcnow()
    with session_scope() as session:
        attempt = session.scalar(
            select(Attempt)
            .where(Attempt.task_id == task_id, Attempt.finished_at.is_(None))
            .order_by(Attempt.id.desc())
            .limit(1)
        )
        if attempt is None:
            return
        session.execute(
            update(Attempt)
            .where(Attempt.id == attempt.id)
            .values(
                finished_at=now,
                duration_seconds=(now - attempt.started_at).total_seconds(),
                outcome=(state or "unknown").lower(),
                error=repr(retval) if isinstance(retval, BaseException) else None,
            )
        )


@worker_process_init.connect
def warm_up(**_: Any) -> None:
    """Build the extractor when a child starts, not on its first document."""
    from shared.extract.pipeline import built_pipelines

    get_extractor()
    log.info("child %s ready with %d pipelines built", os.getpid(), built_pipelines())


@worker_init.connect
def preload_pipelines(**_: Any) -> None:
    """Build the configured languages' pipelines in the main process, before the pool forks:
    every child, and every child that replaces one, then starts warm and shares them."""
    languages = get_settings().preload_languages
    if languages:
        seconds = preload(languages)
        log.info("preloaded %s in %.1f s", ",".join(languages), seconds)
