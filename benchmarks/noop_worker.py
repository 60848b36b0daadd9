"""A Celery app with one task that does nothing, for the queue's floor: the same broker
and settings as the ingest app, plus a result backend so the sender can wait."""

from shared.config import Settings
from shared.queue import broker_url, make_app

# Settings read now, not the process's cached ones: the benchmark sets the broker late.
settings = Settings()
app = make_app(settings)
app.conf.update(result_backend=broker_url(settings), task_ignore_result=False)


@app.task(name="factdrop.bench.noop")
def noop() -> None:
    """Nothing: what is measured is the round trip through Redis and a worker."""
