import logging
import queue
import threading
from pathlib import Path

from watchdog.events import FileClosedEvent, FileCreatedEvent, FileMovedEvent

from watcher.observer import InboxHandler, OverflowAlarm


def test_overflow_alarm_fires_on_watchdog_overflow_warning() -> None:
    event = threading.Event()
    logger = logging.getLogger("watchdog.observers.inotify_c.test")
    alarm = OverflowAlarm(event)
    logger.addHandler(alarm)
    try:
        logger.warning("Inotify queue overflowed; filesystem events were lost")
    finally:
        logger.removeHandler(alarm)
    assert event.is_set()


def test_inbox_handler_queues_paths_and_whether_the_writer_is_done() -> None:
    paths: queue.SimpleQueue[tuple[Path, bool]] = queue.SimpleQueue()
    handler = InboxHandler(paths)
    handler.dispatch(FileCreatedEvent("/in/a.txt"))
    handler.dispatch(FileClosedEvent("/in/b.txt"))
    handler.dispatch(FileMovedEvent("/in/c.part", "/in/c.txt"))
    seen = [paths.get_nowait() for _ in range(paths.qsize())]
    assert seen == [
        (Path("/in/a.txt"), False),
        (Path("/in/b.txt"), True),
        (Path("/in/c.txt"), True),
    ]
