"""Celery signal handlers: the attempts record and the poison cap (one transaction before
each ingest task, one after it), and the warm-up of pipelines."""

import gc
import logging
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from celery.signals import task_postrun, task_prerun, worker_init, worker_process_init
from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

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


@dataclass(frozen=True)
class _Open:
    attempt_id: int
    started_at: datetime


# This process's attempts not closed yet, by task id. One left open when the next task
# starts had its finish go unrecorded (the database was away): the process is alive, so
# it did not die with it. Kept in memory so that closing them needs no scan of the table.
_open: dict[str, _Open] = {}


@task_prerun.connect
def start_attempt(task_id: str, task: Any, args: Any = None, **_: Any) -> None:
    """One transaction before each ingest task: close this process's unrecorded attempts,
    add an attempt row (when the task was queued, when it started, how long it waited),
    and fail the document if its deliveries keep killing their worker."""
    document_id = _document_id(task, args)
    if document_id is None:
        return
    now = utcnow()
    with session_scope() as session:
        if _open:
            session.execute(
                update(Attempt)
                .where(Attempt.id.in_([o.attempt_id for o in _open.values()]))
                .values(finished_at=now, outcome="unrecorded")
            )
        document = session.get(Document, document_id)
        attempt = None
        if document is not None:
            attempt = Attempt(
                document_id=document_id,
                task_id=task_id,
                retries=task.request.retries,
                queued_at=document.queued_at,
                started_at=now,
                wait_seconds=(now - document.queued_at).total_seconds()
                if document.queued_at
                else None,
                hostname=socket.gethostname(),
                pid=os.getpid(),
            )
            session.add(attempt)
            session.flush()
            _fail_poison(session, document_id)
    _open.clear()
    if attempt is not None:
        _open[task_id] = _Open(attempt.id, now)


def _fail_poison(session: Session, document_id: int) -> None:
    """Fail a document whose deliveries keep killing their worker.

    Celery redelivers such a task forever (acks_late + reject_on_worker_lost), under the
    same task id. Its deaths are the attempts that started but never finished in another
    process: this process is alive, so its own unfinished attempts (a finish it could not
    record while the database was away) are not deaths. The task then finds the document
    failed and skips it.
    """
    cap = get_settings().max_deliveries
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
    if _document_id(task, args) is None or task_id not in _open:
        return
    attempt, now = _open[task_id], utcnow()
    with session_scope() as session:
        session.execute(
            update(Attempt)
            .where(Attempt.id == attempt.attempt_id)
            .values(
                finished_at=now,
                duration_seconds=(now - attempt.started_at).total_seconds(),
                outcome=(state or "unknown").lower(),
                error=repr(retval) if isinstance(retval, BaseException) else None,
            )
        )
    del _open[task_id]  # only once recorded: else the next task closes it as unrecorded


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
    # The pipelines live as long as the process: the children's garbage collector need
    # not walk them on every full collection (nor copy their pages by touching them).
    gc.freeze()
