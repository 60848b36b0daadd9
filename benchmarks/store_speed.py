"""Milliseconds to store one document's extraction (entities, aliases, mentions, facts),
the database's share of an ingest, on SQLite and, when one is reachable, PostgreSQL.

    .venv/bin/python -m benchmarks.store_speed [--documents N] [--postgres URL]

Extracts N synthetic articles once, then times `finish()` for each in its own transaction
into a fresh database, as the worker does, and prints the median and the 95th percentile.
"""

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from benchmarks.corpus import corpus
from shared.db.migrate import upgrade
from shared.db.models import Blob, Document
from shared.db.session import session_scope
from shared.db.store import finish
from shared.extract.extractor import RuleExtractor
from shared.parse.document import ParsedDoc

PUBLISHED = "2025-11-12"


def _documents(url: str, count: int) -> list[int]:
    """`count` documents in state "started", as a worker finds them."""
    ids = []
    with session_scope(url) as session:
        for n in range(count):
            sha = f"{n:064x}"
            session.add(Blob(sha256=sha, size=0, data=b""))
            document = Document(sha256=sha, filename=f"{n}.txt", size=0, status="started")
            session.add(document)
            session.flush()
            ids.append(document.id)
    return ids


def time_store(url: str, extractions: list, texts: list[str]) -> list[float]:
    """Seconds of each document's storing transaction."""
    upgrade(url)
    seconds = []
    for document_id, extraction, body in zip(
        _documents(url, len(extractions)), extractions, texts, strict=True
    ):
        parsed = ParsedDoc(text=body, media_type="text/plain", published=PUBLISHED)
        started = time.perf_counter()
        with session_scope(url) as session:
            finish(session, session.get_one(Document, document_id), parsed, "pl", extraction)
        seconds.append(time.perf_counter() - started)
    return seconds


def _report(name: str, seconds: list[float]) -> None:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[int(len(ms) * 0.95) - 1]
    print(f"{name:<12} median {statistics.median(ms):6.1f} ms   p95 {p95:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1/postgres")
    args = parser.parse_args()
    articles = corpus(args.documents, seed=random.randrange(1000))
    extractor = RuleExtractor()
    extractions = [extractor.extract(a.text, a.lang, PUBLISHED) for a in articles]
    texts = [a.text for a in articles]
    facts = sum(len(e.facts) for e in extractions) / len(extractions)
    mentions = sum(len(m.mentions) for e in extractions for m in e.entities) / len(extractions)
    print(f"{len(articles)} documents, {mentions:.0f} mentions and {facts:.0f} facts each")
    with tempfile.TemporaryDirectory() as folder:
        _report("SQLite", time_store(f"sqlite:///{Path(folder) / 'store.db'}", extractions, texts))
    engine = create_engine(args.postgres)
    try:
        with engine.connect() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS bench_store CASCADE"))
            connection.execute(text("CREATE SCHEMA bench_store"))
            connection.commit()
    except Exception as error:  # no server: SQLite's figure stands alone
        print(f"PostgreSQL   not measured ({type(error).__name__})")
        return
    url = f"{args.postgres}?options=-csearch_path%3Dbench_store"
    _report("PostgreSQL", time_store(url, extractions, texts))


if __name__ == "__main__":
    main()
