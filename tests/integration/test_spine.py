"""A file's whole path, on real processes: watcher → Redis → Celery worker → database."""

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from shared.config import Settings
from shared.db.models import Attempt
from shared.db.session import session_scope
from shared.queue import make_app, send_ingest
from tests.articles import article
from tests.conftest import EVAL_ARTICLES, Inbox, Service, sha, wait_for

pytestmark = pytest.mark.integration


def test_dropped_file_becomes_stored_document_and_leaves_inbox(inbox: Inbox) -> None:
    data = ("title: Talks on tax rules\n\n" + article("en")).encode()
    path = inbox.drop("talks.txt", data)
    document = inbox.service.wait_finished(sha(data))
    assert document.status == "done", document.error
    assert document.language == "en"
    assert document.title == "Talks on tax rules"
    assert document.filename == "talks.txt"
    inbox.wait_gone(path)
    assert (inbox.archive / "talks.txt").read_bytes() == data


def test_file_present_before_watcher_starts_is_ingested(service: Service, tmp_path: Path) -> None:
    box = Inbox(tmp_path, service)
    data = article("pl").encode()
    (box.inbox / "waiting.txt").write_bytes(data)
    box.start()
    try:
        assert service.wait_finished(sha(data)).language == "pl"
    finally:
        assert box.stop() == 0


def test_half_written_file_is_not_read_early(inbox: Inbox) -> None:
    whole = article("hr").encode()
    path = inbox.inbox / "slow.txt"
    with path.open("wb") as handle:
        for start in range(0, len(whole), 40):  # a slow copy: 40 bytes every 0.1 s
            handle.write(whole[start : start + 40])
            handle.flush()
            time.sleep(0.1)
    document = inbox.service.wait_finished(sha(whole))
    assert document.text is not None and document.text.endswith(whole.decode().strip()[-30:])
    inbox.wait_gone(path)
    stored = [d for d in inbox.service.documents() if d.filename == "slow.txt"]
    assert [d.sha256 for d in stored] == [sha(whole)], "a partial copy was stored"


def test_same_content_twice_is_one_document_reported_as_duplicate(inbox: Inbox) -> None:
    data = article("ru").encode()
    first = inbox.drop("first.txt", data)
    inbox.service.wait_finished(sha(data))
    inbox.wait_gone(first)
    second = inbox.drop("second name.txt", data)
    inbox.wait_gone(second)
    assert len(inbox.service.documents(sha256=sha(data))) == 1
    status = json.loads(inbox.service.run_cli("status", "--json").stdout)
    assert status["files"]["duplicate"] >= 1


def test_bad_file_goes_to_failed_with_reason_and_next_file_goes_through(inbox: Inbox) -> None:
    junk = bytes(range(256)) * 20
    bad = inbox.drop("junk.txt", junk)
    good_data = article("en").encode()
    inbox.drop("good.txt", good_data)
    assert inbox.service.wait_finished(sha(good_data)).status == "done"
    failed = inbox.service.wait_finished(sha(junk))
    assert failed.status == "failed" and failed.error
    inbox.wait_gone(bad)
    reason = inbox.failed / "junk.txt.error.txt"
    wait_for(reason.exists, 30, "the error file")
    assert (inbox.failed / "junk.txt").read_bytes() == junk
    assert failed.error in reason.read_text()


def test_symlink_is_refused_without_being_followed(inbox: Inbox, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(article("en"))
    link = inbox.inbox / "link.txt"
    link.symlink_to(outside)
    inbox.wait_gone(link)
    assert "symbolic link" in (inbox.failed / "link.txt.error.txt").read_text()
    assert inbox.service.document(sha(outside.read_bytes())) is None
    assert outside.exists()


def test_export_writes_one_object_per_document_in_the_scored_shape(inbox: Inbox) -> None:
    data = article("pl").encode()
    inbox.drop("export-me.txt", data)
    document = inbox.service.wait_finished(sha(data))
    result = inbox.service.run_cli("export", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    record = next(r for r in records if r["sha256"] == sha(data))
    assert set(record) == {
        "id", "filename", "sha256", "language", "published", "title", "status", "entities",
        "facts",
    }  # fmt: skip
    assert record["id"] == document.id
    assert (record["filename"], record["language"], record["status"]) == (
        "export-me.txt",
        "pl",
        "done",
    )


@pytest.fixture
def reference(name: str) -> Path:
    """A reference article from ../shared/eval, skipping (before any watcher starts) if absent."""
    source = EVAL_ARTICLES / name
    if not source.exists():
        pytest.skip(f"{source} is not beside the repository")
    return source


@pytest.mark.parametrize(
    ("name", "language"), [("seed_000_bs.txt", "bs"), ("seed_004_pl.txt", "pl")]
)
def test_reference_articles_get_their_language_and_date(
    reference: Path, inbox: Inbox, name: str, language: str
) -> None:
    data = reference.read_bytes()
    inbox.drop(name, data)
    document = inbox.service.wait_finished(sha(data))
    assert document.status == "done", document.error
    assert document.language == language
    if language == "bs":
        assert document.published == "2025-11-12"
        assert document.text is not None and not document.text.lstrip().startswith("date")


def test_task_sent_twice_leaves_one_result(inbox: Inbox) -> None:
    data = article("en").encode()
    inbox.drop("twice.txt", data)
    document = inbox.service.wait_finished(sha(data))

    app = make_app(Settings(broker_url=inbox.service.env["FACTDROP_BROKER_URL"]))
    send_ingest(app, document.id, "twice.txt")

    def attempts() -> list[Attempt]:
        with session_scope(inbox.service.database_url) as session:
            rows = session.scalars(select(Attempt).where(Attempt.document_id == document.id))
            return [a for a in rows if a.finished_at is not None]

    finished = wait_for(lambda: len(attempts()) >= 2 and attempts(), 30, "the second attempt")
    assert all(a.outcome == "success" for a in finished)
    assert finished[0].wait_seconds is not None and finished[0].duration_seconds is not None
    again = inbox.service.document(sha(data))
    assert again is not None and again.finished_at == document.finished_at
