"""The worker's Celery app, with its tasks and signal handlers registered."""

from shared.queue import make_app

app = make_app()

from worker import signals, tasks  # noqa: E402, F401  (they register on `app`)
