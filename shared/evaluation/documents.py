"""Reading gold files and pairing exported documents with them by file-name stem."""

import json
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePath
from typing import Any


def load_gold(directory: str | Path) -> list[dict[str, Any]]:
    """Every `<stem>.json` gold file of `directory`, in file-name order."""
    paths = sorted(Path(directory).glob("*.json"))
    return [json.loads(path.read_text(encoding="utf-8")) for path in paths]


def pair_documents(
    predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]
) -> tuple[list[tuple[Mapping[str, Any], Mapping[str, Any] | None]], list[str]]:
    """Pair each gold document with the exported document of the same file-name stem.

    Returns (gold, predicted or None) in gold order, and the stems of exported documents
    that have no gold file (they are not scored). A gold document nothing was exported for
    stays in, with None: everything in it counts as missed.
    """
    by_stem: dict[str, Mapping[str, Any]] = {}
    for document in predicted:
        stem = PurePath(document["filename"]).stem
        if stem in by_stem:
            raise ValueError(f"two exported documents have the file-name stem {stem!r}")
        by_stem[stem] = document
    pairs = [(document, by_stem.pop(document["id"], None)) for document in gold]
    return pairs, sorted(by_stem)
