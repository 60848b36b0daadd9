"""The Celery app, its reliability settings, and sending an ingest task by name.

The watcher and the CLI send tasks by name through this module, so they never import the
worker's code (or spaCy).
"""

import os
import uuid
from pathlib import Path

from celery import Celery

from shared.config import Settings, get_settings

INGEST_TASK = "factdrop.ingest"
QUEUE = "factdrop"


def broker_url(settings: Settings) -> str:
    """The configured broker, or the private Redis socket that `factdrop up` starts."""
    if settings.broker_url:
        return settings.broker_url
    return f"redis+socket://{private_redis_socket(settings)}"


def private_redis_socket(settings: Settings) -> Path:
    return (settings.data_dir / "redis.sock").resolve()


def worker_concurrency(settings: Settings) -> int:
    """Worker child processes: the setting, else one per core and one more, since a task
    waits on the database for part of its time (commits, round trips) and the extra child
    keeps the cores busy meanwhile."""
    return settings.worker_concurrency or (os.cpu_count() or 1) + 1


def make_app(settings: Settings | None = None) -> Celery:
    """A Celery app configured for at-least-once delivery of idempotent tasks."""
    settings = settings or get_settings()
    app = Celery("factdrop", broker=broker_url(settings), set_as_current=False)
    app.conf.update(
        task_serializer="json",
        accept_content=["json"],
        task_default_queue=QUEUE,
        # Ack only when the task has run, so a crashed worker's task is delivered again...
        task_acks_late=True,
        # ...also when the child process itself is killed (OOM, SIGKILL).
        task_reject_on_worker_lost=True,
        # A worker reserves one message at a time: a slow article never holds others hostage.
        worker_prefetch_multiplier=1,
        task_time_limit=settings.task_time_limit,
        task_soft_time_limit=max(1, int(settings.task_time_limit * 0.9)),
        # Redis redelivers unacked messages after this; it must outlast the longest task
        # and the longest retry countdown, or healthy tasks would run twice.
        broker_transport_options={
            "visibility_timeout": max(
                settings.visibility_timeout,
                settings.task_time_limit + settings.retry_backoff_max + 60,
            )
        },
        worker_concurrency=worker_concurrency(settings),
        # Replace a child after N tasks: spaCy's vocabulary and caches only ever grow.
        worker_max_tasks_per_child=settings.worker_max_tasks_per_child,
        # Events from workers and senders, so Flower shows every task as it happens.
        worker_send_task_events=True,
        task_send_sent_event=True,
        # The database is the record of what happened; no result backend is needed.
        task_ignore_result=True,
        broker_connection_retry_on_startup=True,
        # On a lost broker connection, drop tasks in hand: acks_late redelivers them, and
        # ingest is idempotent.
        worker_cancel_long_running_tasks_on_connection_loss=True,
        worker_hijack_root_logger=False,
    )
    return app


def send_ingest(app: Celery, document_id: int, filename: str) -> str:
    """Queue the ingest of one stored document; returns the task id."""
    task_id = f"doc{document_id}-{uuid.uuid4().hex[:12]}"
    app.send_task(
        INGEST_TASK,
        args=[document_id],
        task_id=task_id,
        queue=QUEUE,
        # Shown by Flower in place of the bare id, so operators see which file it is.
        argsrepr=f"({document_id}, {filename!r})",
        # Fail fast when Redis is away: the document is stored, and resend_pending sends
        # it once Redis is back, so blocking the watcher on retries would gain nothing.
        retry_policy={"max_retries": 1, "interval_start": 0.1, "interval_step": 0.1},
    )
    return task_id


def queue_depth(app: Celery) -> int:
    """Messages waiting in the ingest queue (not counting those a worker holds)."""
    with app.connection_for_read() as connection:
        # One quick try: kombu's default retries would block the caller for seconds.
        connection.ensure_connection(max_retries=1, interval_start=0.1, interval_step=0.1)
        return int(connection.default_channel.client.llen(QUEUE))
