"""Operating the service: polling mode, backfill, retry of failed documents, status."""

import json
from pathlib import Path

import pytest

from tests.articles import article
from tests.conftest import Inbox, Service, sha

pytestmark = pytest.mark.integration


def test_polling_mode_ingests_dropped_file(service: Service, tmp_path: Path) -> None:
    box = Inbox(tmp_path, service)
    box.env["FACTDROP_WATCH_POLLING"] = "1"
    box.env["FACTDROP_RESCAN_INTERVAL"] = "600"  # the polling observer must do the noticing
    box.start()
    try:
        data = article("hr").encode()
        box.drop("polled.txt", data)
        assert service.wait_finished(sha(data)).status == "done"
    finally:
        assert box.stop() == 0


def test_ingest_backfills_a_folder_and_leaves_files_in_place(
    service: Service, tmp_path: Path
) -> None:
    folder = tmp_path / "backlog"
    (folder / "sub").mkdir(parents=True)
    texts = [article("en").encode(), article("pl").encode()]
    (folder / "one.txt").write_bytes(texts[0])
    (folder / "sub" / "two.txt").write_bytes(texts[1])
    (folder / "skip.txt.part").write_bytes(b"partial")
    result = service.run_cli("ingest", str(folder))
    assert result.returncode == 0, result.stderr
    assert "2 stored" in result.stdout
    for data in texts:
        assert service.wait_finished(sha(data)).status == "done"
    assert (folder / "one.txt").exists() and (folder / "sub" / "two.txt").exists()


def test_retry_failed_queues_failed_documents_again(service: Service, tmp_path: Path) -> None:
    junk = b"\x00\x01\x02 not an article " * 50
    (tmp_path / "junk.txt").write_bytes(junk)
    service.run_cli("ingest", str(tmp_path / "junk.txt"))
    first = service.wait_finished(sha(junk))
    assert first.status == "failed"
    result = service.run_cli("retry", "--failed")
    assert result.returncode == 0, result.stderr
    again = service.wait_refinished(first)
    assert again.status == "failed" and again.error == first.error


def test_status_json_reports_documents_queue_and_workers(service: Service) -> None:
    result = service.run_cli("status", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {
        "documents", "files", "queue_depth", "workers", "failures",
        "throughput_per_minute", "dead_letters",
    }  # fmt: skip
    assert isinstance(report["queue_depth"], int)
    assert any(name.startswith(f"test-{service.backend}@") for name in report["workers"])


def test_reprocess_all_extracts_finished_documents_again(service: Service, tmp_path: Path) -> None:
    data = article("en").encode()
    (tmp_path / "again.txt").write_bytes(data)
    service.run_cli("ingest", str(tmp_path / "again.txt"))
    first = service.wait_finished(sha(data))
    result = service.run_cli("reprocess", "--all")
    assert result.returncode == 0, result.stderr
    again = service.wait_refinished(first)
    assert again.status == "done"
