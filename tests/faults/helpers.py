"""What the fault tests share: slow and small articles, task probes, watcher restarts."""

import sys
import uuid
from pathlib import Path

from sqlalchemy import func, select

from shared.db.models import Attempt, Document, Fact, Mention
from shared.db.session import session_scope
from tests.articles import article
from tests.conftest import Inbox, Service, sha, start_process, wait_for

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"


def slow_article(copies: int = 300) -> bytes:
    """A long article (our Polish sample repeated) that keeps a worker busy for seconds."""
    text = (FIXTURES / "pl_news.txt").read_text(encoding="utf-8")
    return f"Ref. {uuid.uuid4().hex}\n\n{text * copies}".encode()


def small_article(n: int) -> bytes:
    """A short distinct note, the kind a flood is made of."""
    return f"Note {n}. {article('en')}".encode()


def running_attempt(service: Service, data: bytes) -> Attempt:
    """Wait until a worker has started on the document with these bytes; its attempt."""

    def started() -> Attempt | None:
        with session_scope(service.database_url) as session:
            return session.scalar(
                select(Attempt)
                .join(Document, Attempt.document_id == Document.id)
                .where(Document.sha256 == sha(data), Attempt.finished_at.is_(None))
                .order_by(Attempt.id.desc())
                .limit(1)
            )

    return wait_for(started, 60, "a worker to start on the document")


def attempts(service: Service, data: bytes) -> list[Attempt]:
    with session_scope(service.database_url) as session:
        return list(
            session.scalars(
                select(Attempt)
                .join(Document, Attempt.document_id == Document.id)
                .where(Document.sha256 == sha(data))
                .order_by(Attempt.id)
            )
        )


def result_rows(service: Service, data: bytes) -> tuple[int, int, int, int]:
    """(mentions, distinct mentions, facts, distinct facts) of the document: equal pairs
    mean no result was written twice."""
    with session_scope(service.database_url) as session:
        document_id = session.scalar(select(Document.id).where(Document.sha256 == sha(data)))
        mentions = session.execute(
            select(Mention.entity_id, Mention.start, Mention.end).where(
                Mention.document_id == document_id
            )
        ).all()
        facts = session.execute(
            select(Fact.type, Fact.start, Fact.end).where(Fact.document_id == document_id)
        ).all()
        copies = select(func.count()).select_from(Document).where(Document.sha256 == sha(data))
        assert session.scalar(copies) == 1
    return len(mentions), len(set(mentions)), len(facts), len(set(facts))


def start_watcher(box: Inbox) -> None:
    """Start (or start again) the watcher of `box`, waiting until it watches."""
    log = box.root / "watcher.log"
    before = box.log().count("watching") if log.exists() else 0
    box.process = start_process([sys.executable, "-m", "watcher"], box.env, log)
    wait_for(lambda: box.log().count("watching") > before, 30, "the watcher to start")
