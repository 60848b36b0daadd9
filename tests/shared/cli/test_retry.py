"""`factdrop retry`: failed documents go back to the queue, all of them or the dead letters."""

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from shared.cli import app
from shared.db.models import Document
from shared.db.session import session_scope
from shared.queue import make_app, queue_depth


@pytest.mark.parametrize(
    ("option", "queued"), [("--dead", {"stuck.txt"}), ("--failed", {"stuck.txt", "bad.txt"})]
)
def test_retry_queues_the_selected_failed_documents(
    history: str, option: str, queued: set[str]
) -> None:
    result = CliRunner().invoke(app, ["retry", option])
    assert result.exit_code == 0, result.output
    assert f"{len(queued)} of {len(queued)} failed documents queued again" in result.output
    with session_scope(history) as session:
        rows = session.execute(select(Document.filename, Document.status, Document.error)).all()
    assert {name for name, status, _ in rows if status == "queued"} == queued
    assert all(error is None for name, _, error in rows if name in queued)
    assert queue_depth(make_app()) == len(queued)
