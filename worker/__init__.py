"""The worker: Celery tasks that ingest stored documents (`celery -A worker worker`).

Importing it registers the tasks and signal handlers on `app`; spaCy is loaded only when a
worker child process starts, never on import.
"""

from worker.celery_app import app

__all__ = ["app"]
