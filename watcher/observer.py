"""Filesystem events into a queue of paths: watchdog's inotify or polling observer.

Events are hints, not the truth (inotify drops events under load), so the handler only
queues paths; the service checks them and rescans the inbox on a timer and on overflow.
"""

import logging
import queue
import threading
from pathlib import Path

from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

PATH_EVENTS = (FileCreatedEvent, FileModifiedEvent, FileClosedEvent)


class InboxHandler(FileSystemEventHandler):
    """Puts (path, complete) onto `paths` for every file created, written, closed or moved
    in; `complete` when the event says the writer is done: closed after writing, or
    renamed into the inbox."""

    def __init__(self, paths: "queue.SimpleQueue[tuple[Path, bool]]") -> None:
        self.paths = paths

    def on_any_event(self, event: FileSystemEvent) -> None:
        if isinstance(event, FileMovedEvent):
            self.paths.put((Path(str(event.dest_path)), True))
        elif isinstance(event, PATH_EVENTS):
            self.paths.put((Path(str(event.src_path)), isinstance(event, FileClosedEvent)))


class OverflowAlarm(logging.Handler):
    """Sets `event` when watchdog reports an inotify queue overflow.

    watchdog handles the overflow internally and says so only in its log, so its log is
    where we hear it.
    """

    def __init__(self, event: threading.Event) -> None:
        super().__init__(logging.WARNING)
        self.event = event

    def emit(self, record: logging.LogRecord) -> None:
        if "overflow" in record.getMessage().lower():
            self.event.set()


def start_observer(
    inbox: Path,
    paths: "queue.SimpleQueue[tuple[Path, bool]]",
    overflow: threading.Event,
    polling: bool,
) -> BaseObserver:
    """A started observer feeding `paths`; `overflow` is set whenever events were lost."""
    logging.getLogger("watchdog.observers").addHandler(OverflowAlarm(overflow))
    observer = PollingObserver(timeout=1.0) if polling else Observer()
    observer.schedule(InboxHandler(paths), str(inbox), recursive=True)
    observer.start()
    return observer
