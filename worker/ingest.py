"""Ingest one stored document: parse → language → extract → store. No Celery here."""

import logging

from shared.analysis import analyse
from shared.db.session import session_scope
from shared.db.store import claim, finish, lock_unfinished
from shared.extract import Extractor

log = logging.getLogger(__name__)


def ingest_document(document_id: int, extractor: Extractor) -> str:
    """Process the document and store its results; returns "done" or "skipped".

    Runs in two short transactions around the slow part, so that SQLite's single writer
    is not held while spaCy works. Raises PermanentError for bad input.
    """
    with session_scope() as session:
        claimed = claim(session, document_id)
    if claimed is None:
        return "skipped"
    raw, name = claimed
    result = analyse(raw, name, extractor)
    with session_scope() as session:
        document = lock_unfinished(session, document_id)
        if document is None:  # a racing delivery of the same task finished first
            return "skipped"
        finish(session, document, result.parsed, result.language, result.extraction)
    log.info("document %s (%s) ingested: language %s", document_id, name, result.language)
    return "done"
