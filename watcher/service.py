"""The watcher's loop: events and rescans → stability → intake → settle."""

import logging
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path

from celery import Celery
from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy.exc import SQLAlchemyError

from shared.config import Settings
from shared.db.session import session_scope
from shared.errors import RefusedFile
from shared.files import is_ignored, scan
from shared.intake import ingest_bytes, read_file, refuse, resend_pending
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
        self.paths: queue.SimpleQueue[tuple[Path, bool]] = queue.SimpleQueue()
        self.overflow = threading.Event()

    def run(self, stop: threading.Event) -> None:
        self.inbox.mkdir(parents=True, exist_ok=True)
        observer = start_observer(
            self.inbox, self.paths, self.overflow, self.settings.watch_polling
        )
        log.info("watching %s", self.inbox)
        try:
            # The first pass rescans: it finds the files dropped while we were down.
            next_rescan = next_settle = time.monotonic()
            while not stop.is_set():
                now = time.monotonic()
                if now >= next_rescan or self.overflow.is_set():
                    if self.overflow.is_set():
                        log.warning("inotify overflowed, events were lost: rescanning")
                        self.overflow.clear()
                    self.guarded("rescan", self.rescan)
                    self.guarded("resend", self.resend)
                    next_rescan = now + self.settings.rescan_interval
                if now >= next_settle:
                    self.guarded("settle", self.settle)
                    next_settle = now + self.settings.settle_interval
                self.drain_events()
                for path in self.tracker.ready():
                    if stop.is_set():
                        break
                    self.intake(path)
                stop.wait(self.tick)
        finally:
            observer.stop()
            observer.join(timeout=5)

    @staticmethod
    def guarded(what: str, step: Callable[[], object]) -> None:
        """Run one step of the loop; an outage (database, broker, disk) must not stop it.

        Each step leaves the inbox as the truth: whatever it could not do, a later
        rescan, resend or settle does again.
        """
        try:
            step()
        except (SQLAlchemyError, BrokerError, OSError) as exc:
            log.error("%s failed, will try again: %s", what, exc)

    def drain_events(self) -> None:
        while True:
            try:
                path, complete = self.paths.get_nowait()
            except queue.Empty:
                return
            if not is_ignored(path, self.inbox) and not any(
                path.is_relative_to(folder) for folder in self.exclude
            ):
                self.tracker.observe(path, complete)

    def rescan(self) -> None:
        """Track every file in the inbox not already tracked: events are never trusted."""
        for path in scan(self.inbox, self.exclude):
            if path not in self.tracker:
                self.tracker.observe(path)

    def intake(self, path: Path) -> None:
        """Handle one file; a bug it triggers refuses that file instead of stopping us."""
        try:
            self.guarded(f"intake of {path.name}", lambda: self.handle(path))
        except Exception as exc:
            log.exception("internal error on %s", path)
            reason = f"internal error: {type(exc).__name__}: {exc}"
            relative = path.relative_to(self.inbox).as_posix()
            self.guarded(f"refusal of {path.name}", lambda: self.refuse(path, relative, reason))

    def handle(self, path: Path) -> None:
        """Store, queue and move one complete file; a file left in the inbox is tried again."""
        relative = path.relative_to(self.inbox).as_posix()
        try:
            data = read_file(path, self.settings.max_file_bytes)
        except FileNotFoundError:
            log.info("%s vanished before it was read", relative)
            return
        except (RefusedFile, OSError) as exc:
            self.refuse(path, relative, str(exc) if isinstance(exc, RefusedFile) else repr(exc))
            return
        intake = ingest_bytes(
            self.app, data, relative, lambda: settle.put_away(path, relative, self.settings)
        )
        log.info("%s: %s (document %s)", relative, intake.outcome, intake.document_id)

    def refuse(self, path: Path, relative: str, reason: str) -> None:
        """Record the refusal, then move the file to failed/ in the same transaction, so
        that a database outage leaves it in the inbox instead of unrecorded in failed/."""
        log.warning("%s refused: %s", relative, reason)
        with session_scope() as session:
            session.connection()  # reach the database before the file is moved
            moved_to = settle.refuse(path, relative, reason, self.settings)
            refuse(session, relative, reason, moved_to)

    def resend(self) -> None:
        sent = resend_pending(self.app, self.settings.requeue_after)
        if sent:
            log.info("sent %s pending documents", sent)

    def settle(self) -> None:
        with session_scope() as session:
            settle.settle_finished(session, self.settings)
