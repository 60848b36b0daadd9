"""Which files in a folder are candidates for intake: the names to ignore, and a full scan.

Shared by the watcher (inbox scans) and `factdrop ingest` (backfill of a folder)."""

import os
from collections.abc import Iterator
from pathlib import Path

# Names that browsers, copy tools and editors give to files still being written.
TEMPORARY_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp")


def is_ignored(path: Path, inbox: Path) -> bool:
    """Hidden (any part starts with a dot) or temporary names are left alone."""
    try:
        parts = path.relative_to(inbox).parts
    except ValueError:
        return True
    name = path.name
    return (
        any(part.startswith(".") for part in parts)
        or name.endswith("~")
        or name.lower().endswith(TEMPORARY_SUFFIXES)
    )


def scan(inbox: Path, exclude: tuple[Path, ...] = ()) -> Iterator[Path]:
    """Every candidate file below `inbox`, without following directory symlinks.

    Symlinks to files are yielded, so that intake can refuse them with a reason.
    """
    for root, dirs, files in os.walk(inbox):
        here = Path(root)
        dirs[:] = [d for d in dirs if not d.startswith(".") and here / d not in exclude]
        for name in files:
            path = here / name
            if not is_ignored(path, inbox):
                yield path
