"""Is a worker alive? Judged by progress (tasks started and finished), not by its process.

A worker can keep its process, and even answer Celery's ping, while it has stopped taking
tasks (Celery has open reports of this after a Redis reconnect). So the check is: when
tasks are waiting (messages in the queue, or documents not yet finished), this host must
have started or finished one within the window.

`python -m worker.liveness [WINDOW_SECONDS]` exits 0 when live and 1 when stalled, for a
container health check; the window defaults to the task time limit plus a minute.
"""

import socket
import sys
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shared.config import get_settings
from shared.db.base import utcnow
from shared.db.models import PROCESSING, QUEUED, Attempt
from shared.db.session import session_scope
from shared.db.store import count_by_status
from shared.queue import make_app, queue_depth


def last_progress(session: Session, hostname: str) -> datetime | None:
    """When a task last started or finished on `hostname`."""
    started, finished = session.execute(
        select(func.max(Attempt.started_at), func.max(Attempt.finished_at)).where(
            Attempt.hostname == hostname
        )
    ).one()
    return max((t for t in (started, finished) if t is not None), default=None)


def unfinished_documents(session: Session) -> int:
    """Documents queued or in hand: the work waiting, even when no message shows it (a
    frozen worker may have popped a message from Redis without acknowledging it yet)."""
    counts = count_by_status(session)
    return counts.get(QUEUED, 0) + counts.get(PROCESSING, 0)


def stalled(backlog: int, progress: datetime | None, window: float, now: datetime) -> str | None:
    """Why a worker with this last progress looks stuck, or None when it looks alive."""
    if backlog == 0:
        return None  # nothing to do is not a stall
    if progress is None or now - progress > timedelta(seconds=window):
        since = "ever" if progress is None else f"{(now - progress).total_seconds():.0f} s"
        return f"{backlog} tasks waiting, no task started or finished here for {since}"
    return None


def main(argv: list[str]) -> int:
    settings = get_settings()
    window = float(argv[0]) if argv else settings.task_time_limit + 60.0
    with session_scope() as session:
        backlog = max(queue_depth(make_app(settings)), unfinished_documents(session))
        progress = last_progress(session, socket.gethostname())
    reason = stalled(backlog, progress, window, utcnow())
    print(reason or f"live: {backlog} tasks waiting, last progress {progress}")
    return 1 if reason else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
