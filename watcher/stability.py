"""Tell when a file is complete: its writer said so (closed it, or renamed it into the
inbox), or its size and mtime stayed unchanged for a quiet period."""

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    since: float


class StabilityTracker:
    """Files being watched until they stop changing. The clock is injectable for tests."""

    def __init__(self, quiet_period: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.quiet_period = quiet_period
        self.clock = clock
        self._seen: dict[Path, _Seen] = {}

    def __contains__(self, path: object) -> bool:
        return path in self._seen

    def __len__(self) -> int:
        return len(self._seen)

    def observe(self, path: Path, complete: bool = False) -> None:
        """Start watching `path`, or note that it changed. A `complete` file (closed after
        writing, or renamed in) is ready at the next check if it has not changed again."""
        self._check(path)
        seen = self._seen.get(path)
        if complete and seen is not None:
            seen.since = min(seen.since, self.clock() - self.quiet_period)

    def forget(self, path: Path) -> None:
        self._seen.pop(path, None)

    def ready(self) -> list[Path]:
        """Paths unchanged for the quiet period, no longer tracked once returned.
        Paths that vanished are dropped silently."""
        done = [path for path in list(self._seen) if self._check(path)]
        for path in done:
            del self._seen[path]
        return done

    def _check(self, path: Path) -> bool:
        now = self.clock()
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            self._seen.pop(path, None)
            return False
        seen = self._seen.get(path)
        if seen is None or (seen.size, seen.mtime_ns) != (info.st_size, info.st_mtime_ns):
            self._seen[path] = _Seen(info.st_size, info.st_mtime_ns, now)
            return False
        return now - seen.since >= self.quiet_period
