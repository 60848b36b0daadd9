"""The `factdrop.ingest` task: decode the id, call ingest_document, map errors to outcomes."""

import logging
import random

from celery import Task
from celery.exceptions import SoftTimeLimitExceeded
from redis.exceptions import ConnectionError as RedisConnectionError
from sqlalchemy.exc import InterfaceError, OperationalError

from shared.config import get_settings
from shared.db.session import session_scope
from shared.db.store import RETRIES_EXHAUSTED, fail
from shared.errors import PermanentError, TransientError
from shared.extract import get_extractor
from shared.queue import INGEST_TASK
from worker.celery_app import app
from worker.ingest import ingest_document

log = logging.getLogger(__name__)

# Causes outside the document that usually pass: retried with backoff.
TRANSIENT = (TransientError, OperationalError, InterfaceError, RedisConnectionError, OSError)


def backoff(retries: int) -> float:
    """Seconds before retry number `retries + 1`: doubling, capped, with jitter."""
    cap = get_settings().retry_backoff_max
    return min(cap, 2.0**retries) * random.uniform(0.5, 1.0)


def record_failure(document_id: int, reason: str) -> None:
    with session_scope() as session:
        fail(session, document_id, reason)


@app.task(name=INGEST_TASK, bind=True)
def ingest(self: Task, document_id: int) -> str:
    """Ingest one stored document; idempotent, so a redelivery is harmless."""
    settings = get_settings()
    try:
        return ingest_document(int(document_id), get_extractor())
    except PermanentError as exc:
        record_failure(document_id, str(exc))
        raise
    except SoftTimeLimitExceeded as exc:
        record_failure(document_id, f"took longer than {settings.task_time_limit} s")
        raise PermanentError("time limit exceeded") from exc
    except TRANSIENT as exc:
        if self.request.retries >= settings.max_retries:
            reason = f"{RETRIES_EXHAUSTED} {self.request.retries} retries: {exc}"
            record_failure(document_id, reason)
            raise
        # Celery's own cap (3 by default) would re-raise before ours and leave the
        # document unfinished: ours is the only cap.
        raise self.retry(
            exc=exc,
            countdown=backoff(self.request.retries),
            max_retries=settings.max_retries,
            argsrepr=self.request.argsrepr,  # Flower keeps showing the file name
        ) from exc
    except Exception as exc:
        # A bug, not bad luck: fail this document so the queue moves on, keep the trace.
        log.exception("internal error on document %s", document_id)
        record_failure(document_id, f"internal error: {type(exc).__name__}: {exc}")
        raise
