"""The watcher's loop: events and rescans → stability → intake → settle."""

import logging
import queue
import threading
import time
from pathlib import Path

from celery import Celery
from sqlalchemy.exc import SQLAlchemyError

from shared.config import Settings
from shared.db.session import session_scope
from shared.errors import RefusedFile
from shared.files import is_ignored, scan
from shared.intake import ingest_bytes, read_file, record_move, refuse, resend_pending
from watcher import settle
from watcher.observer import start_observer
from watcher.stability import StabilityTracker

log = logging.getLogger(__name__)


class Watcher:
    """Watches `settings.inbox` until `stop` is set; finishes the file in hand first."""

    def __init__(self, settings: Settings, app: Celery, tick: float = 0.1) -> None:
        self.settings = settings
        self.app = app
        self.tick = tick
        self.inbox = settings.inbox.resolve()
        self.exclude = (settings.archive_dir.resolve(), settings.failed_dir.resolve())
        self.tracker = StabilityTracker(settings.quiet_period)
        self.paths: queue.SimpleQueue[Path] = queue.SimpleQueue()
        self.overflow = threading.Event()

    def run(self, stop: threading.Event) -> None:
        self.inbox.mkdir(parents=True, exist_ok=True)
        observer = start_observer(
            self.inbox, self.paths, self.overflow, self.settings.watch_polling
        )
        log.info("watching %s", self.inbox)
        try:
            self.rescan()  # files dropped while we were down
            next_rescan = next_settle = time.monotonic()
            while not stop.is_set():
                now = time.monotonic()
                if now >= next_rescan or self.overflow.is_set():
                    self.overflow.clear()
                    self.rescan()
                    resend_pending(self.app, self.settings.requeue_after)
                    next_rescan = now + self.settings.rescan_interval
                if now >= next_settle:
                    self.settle()
                    next_settle = now + self.settings.settle_interval
                self.drain_events()
                for path in self.tracker.ready():
                    if stop.is_set():
                        break
                    self.handle(path)
                stop.wait(self.tick)
        finally:
            observer.stop()
            observer.join(timeout=5)

    def drain_events(self) -> None:
        while True:
            try:
                path = self.paths.get_nowait()
            except queue.Empty:
                return
            if not is_ignored(path, self.inbox) and not any(
                path.is_relative_to(folder) for folder in self.exclude
            ):
                self.tracker.observe(path)

    def rescan(self) -> None:
        """Track every file in the inbox not already tracked: events are never trusted."""
        for path in scan(self.inbox, self.exclude):
            if path not in self.tracker:
                self.tracker.observe(path)

    def handle(self, path: Path) -> None:
        """Store, queue and move one complete file; no error may stop the loop."""
        relative = path.relative_to(self.inbox).as_posix()
        try:
            data = read_file(path, self.settings.max_file_bytes)
        except FileNotFoundError:
            log.info("%s vanished before it was read", relative)
            return
        except (RefusedFile, OSError) as exc:
            self.refuse(path, relative, str(exc) if isinstance(exc, RefusedFile) else repr(exc))
            return
        try:
            intake = ingest_bytes(self.app, data, relative)
        except SQLAlchemyError as exc:
            # The file stays in the inbox; the next rescan tries it again.
            log.error("database unavailable, %s stays in the inbox: %s", relative, exc)
            return
        try:
            moved_to = settle.put_away(path, relative, self.settings)
        except OSError as exc:
            log.error("stored %s but could not move it: %s", relative, exc)
            return
        record_move(intake.drop_id, moved_to)
        log.info("%s: %s (document %s)", relative, intake.outcome, intake.document_id)

    def refuse(self, path: Path, relative: str, reason: str) -> None:
        log.warning("%s refused: %s", relative, reason)
        try:
            moved_to = settle.refuse(path, relative, reason, self.settings)
        except OSError as exc:
            log.error("could not move refused %s: %s", relative, exc)
            moved_to = None
        with session_scope() as session:
            refuse(session, relative, reason, moved_to)

    def settle(self) -> None:
        with session_scope() as session:
            settle.settle_finished(session, self.settings)
