"""Every file a fault test drops, and the check that each is accounted for exactly once:
as a stored document, as a duplicate of one, or as a failure with a reason in failed/ and
in the database."""

import hashlib
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from shared.db.base import utcnow
from shared.db.models import DONE, DUPLICATE, FAILED, REFUSED, STORED, Document, Drop
from shared.db.session import session_scope
from tests.conftest import Inbox


@dataclass
class Totals:
    """The suite's figures, printed at its end."""

    faults: int = 0
    dropped: int = 0
    accounted: int = 0
    lost: int = 0
    duplicated: int = 0
    figures: list[str] = field(default_factory=list)  # measurements worth printing


@dataclass
class Dropped:
    relative: str
    sha256: str
    expect: str | None  # "done", "failed", "refused", "duplicate", or None: any end


@dataclass
class Ledger:
    """The files one test dropped into `inbox`, checked with `settle()`."""

    inbox: Inbox
    totals: Totals
    files: dict[str, Dropped] = field(default_factory=dict)
    # Drops before this belong to earlier tests on the same database.
    since: datetime = field(default_factory=utcnow)
    counted: set[str] = field(default_factory=set)  # already in the totals

    def fault(self, count: int = 1) -> None:
        self.totals.faults += count

    def note(self, relative: str, data: bytes, expect: str | None = None) -> None:
        """Count a file put into the inbox by other means than `drop`."""
        assert relative not in self.files, f"{relative} dropped twice by the test itself"
        self.files[relative] = Dropped(relative, hashlib.sha256(data).hexdigest(), expect)

    def drop(self, relative: str, data: bytes, expect: str | None = None) -> Path:
        self.note(relative, data, expect)
        return self.inbox.drop(relative, data)

    def settle(self, timeout: float = 90.0) -> dict[str, str]:
        """Wait until every file is accounted for; count the lost and duplicated ones.

        Returns each file's end: "done", "failed", "refused" or "duplicate". Fails the
        test when a file is lost, counted twice, or ends other than expected.
        """
        deadline = time.monotonic() + timeout
        while True:
            began = time.monotonic()
            ends, lost, duplicated = self._audit()
            if not lost or time.monotonic() > deadline:
                break
            # A large audit costs CPU the service needs: poll no more than half the time.
            time.sleep(max(0.3, time.monotonic() - began))
        new = set(self.files) - self.counted  # a test may settle more than once
        self.totals.dropped += len(new)
        self.totals.accounted += len(new & set(ends))
        self.totals.lost += len(new & lost)
        self.totals.duplicated += len(new & duplicated)
        self.counted |= new
        assert not lost, f"{len(lost)} files not accounted for, e.g. {sorted(lost)[:5]}"
        assert not duplicated, f"files counted twice: {sorted(duplicated)[:5]}"
        wrong = {
            name: (ends[name], f.expect)
            for name, f in self.files.items()
            if f.expect is not None and ends[name] != f.expect
        }
        assert not wrong, f"(end, expected): {wrong}"
        return ends

    def _audit(self) -> tuple[dict[str, str], set[str], set[str]]:
        with session_scope(self.inbox.service.database_url) as session:
            drops = session.execute(
                select(Drop, Document.status)
                .outerjoin(Document, Drop.document_id == Document.id)
                .where(Drop.path.in_(list(self.files)), Drop.received_at >= self.since)
            ).all()
        by_path: dict[str, list[tuple[Drop, str | None]]] = {}
        for drop, status in drops:
            by_path.setdefault(drop.path, []).append((drop, status))
        ends: dict[str, str] = {}
        duplicated = {path for path, rows in by_path.items() if len(rows) > 1}
        for path, file in self.files.items():
            rows = by_path.get(path, [])
            if len(rows) == 1 and (end := self._end(file, *rows[0])) is not None:
                ends[path] = end
        return ends, set(self.files) - set(ends) - duplicated, duplicated

    def _end(self, file: Dropped, drop: Drop, status: str | None) -> str | None:
        """The file's end once it is settled on disk and in the database, else None."""
        if (self.inbox.inbox / file.relative).exists() or drop.settled_at is None:
            return None
        if drop.outcome == REFUSED:
            return REFUSED if self._failed_with_reason(file, drop.reason) else None
        if drop.sha256 != file.sha256 or status not in (DONE, FAILED):
            return None
        if status == FAILED:
            return FAILED if self._failed_with_reason(file, None) else None
        if drop.outcome == DUPLICATE:
            return DUPLICATE
        return DONE if drop.outcome == STORED else None

    def _failed_with_reason(self, file: Dropped, reason: str | None) -> bool:
        reason_file = self.inbox.failed / f"{file.relative}.error.txt"
        if not reason_file.exists():
            return False
        return reason is None or reason in reason_file.read_text()
