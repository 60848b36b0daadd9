"""A Celery app with one task that does nothing, for the queue's floor: the same broker
and settings as the ingest app, plus a result backend so the sender can wait."""

from celery import Celery

from shared.config import Settings, get_settings
from shared.queue import broker_url, make_app

NOOP_TASK = "factdrop.bench.noop"


def make_noop_app(settings: Settings) -> Celery:
    """The ingest app's settings and broker, with results kept so a sender can wait."""
    app = make_app(settings)
    app.conf.update(result_backend=broker_url(settings), task_ignore_result=False)
    return app


app = make_noop_app(get_settings())


@app.task(name=NOOP_TASK)
def noop() -> None:
    """Nothing: what is measured is the round trip through Redis and a worker."""
