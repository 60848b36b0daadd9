"""Move files out of the inbox once their fate is known: archive/ (or deleted) once stored,
failed/ with NAME.error.txt when refused or when the worker failed the document."""

import logging
import shutil
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.config import Settings
from shared.db.base import utcnow
from shared.db.models import DONE, FAILED, Blob, Document, Drop

log = logging.getLogger(__name__)


def free_path(target: Path) -> Path:
    """`target`, or `name (2).ext`, `name (3).ext`… when taken."""
    candidate, n = target, 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = target.with_name(f"{target.stem} ({n}){target.suffix}")
    return candidate


def move_into(path: Path, folder: Path, relative: str) -> Path:
    """Move `path` to `folder/relative` (parents made, never overwriting); returns where."""
    target = free_path(folder / relative)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(path, target)  # a rename on the same disk, a copy across disks
    return target


def write_error(failed_file: Path, reason: str) -> None:
    failed_file.with_name(failed_file.name + ".error.txt").write_text(reason + "\n", "utf-8")


def put_away(path: Path, relative: str, settings: Settings) -> str | None:
    """A stored file leaves the inbox: archived or deleted, by setting."""
    if settings.after_ingest == "delete":
        path.unlink()
        return None
    return str(move_into(path, settings.archive_dir, relative))


def refuse(path: Path, relative: str, reason: str, settings: Settings) -> str:
    """A refused file goes to failed/ with its reason beside it."""
    target = move_into(path, settings.failed_dir, relative)
    write_error(target, reason)
    return str(target)


def settle_finished(session: Session, settings: Settings, limit: int = 200) -> int:
    """Close the drops whose documents are finished; failed ones go to failed/.

    The worker never touches files: this reads the outcome from the database, where any
    worker on any machine wrote it. Returns the number of files moved to failed/.
    """
    rows = session.execute(
        select(Drop, Document.status, Document.error)
        .join(Document, Drop.document_id == Document.id)
        .where(Drop.settled_at.is_(None), Document.status.in_((DONE, FAILED)))
        .order_by(Drop.id)
        .limit(limit)
    ).all()
    moved = 0
    for drop, status, error in rows:
        if status == FAILED:
            target = _failed_copy(session, drop, settings)
            write_error(target, error or "failed")
            drop.moved_to = str(target)
            moved += 1
            log.warning("%s failed: %s", drop.path, error)
        drop.settled_at = utcnow()
    return moved


def _failed_copy(session: Session, drop: Drop, settings: Settings) -> Path:
    """The file in failed/: moved from archive/, or written from the stored bytes."""
    if drop.moved_to and Path(drop.moved_to).exists():
        return move_into(Path(drop.moved_to), settings.failed_dir, drop.path)
    target = free_path(settings.failed_dir / drop.path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(session.get_one(Blob, drop.sha256).data)
    return target
