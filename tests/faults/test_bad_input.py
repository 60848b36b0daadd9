"""Hostile and broken input: each file ends stored, or failed with a reason, without
crashing a worker and without holding up the file dropped after it."""

import os
from pathlib import Path

import pytest

from shared.language import SUPPORTED
from tests.articles import article
from tests.faults.helpers import FIXTURES, sha
from tests.faults.ledger import Ledger
from tests.faults.stack import Stack
from tests.pdf import write_pdf

pytestmark = pytest.mark.integration

POLISH = (FIXTURES / "pl_news.txt").read_text(encoding="utf-8")
# Turkish is not among the languages we extract from (written for this test).
TURKISH = (
    "Belediye meclisi salı günü yeni kütüphanenin inşasını görüşmek üzere toplandı. "
    "Projenin maliyeti geçen yıldan bu yana arttı ve birçok meclis üyesi nihai karardan "
    "önce ek açıklama istedi. Kararın gelecek ay alınması bekleniyor."
)
HALF_PDF = write_pdf([["Budget talks resume on Monday.", "The vote is due in May."]])

# name → (bytes, expected end, words the failure reason contains)
FILES: dict[str, tuple[bytes, str, str]] = {
    "empty.txt": (b"", "failed", "empty"),
    "junk.txt": (os.urandom(4096), "failed", "binary"),
    "truncated.pdf": (HALF_PDF[: len(HALF_PDF) // 2], "failed", ""),
    "no-text.html": (
        b"<html><head><title></title></head><body><div></div></body></html>",
        "failed",
        "",
    ),
    "list.json": (b"[1, 2, 3]", "failed", "object"),
    "legacy-cp1250.txt": (POLISH.encode("cp1250"), "done", ""),
    "broken-utf8.txt": (article("en").encode().replace(b". ", b". \xff\xfe ", 1), "done", ""),
    "utf16-no-bom.txt": (article("en").encode("utf-16-le"), "done", ""),
    "with spaces 'and' \"quotes\".txt": (article("en").encode(), "done", ""),
    "Ünïcödé ещё 漢字.txt": (article("ru").encode(), "done", ""),
    "-leading-dash.txt": (article("pl").encode(), "done", ""),
    "one-line.txt": ((article("en").replace("\n", " ") * 4000)[:1_000_000].encode(), "done", ""),
    "turkish.txt": (TURKISH.encode(), "done", ""),
}


@pytest.mark.parametrize("stack", ["postgresql"], indirect=True)
def test_bad_input_is_refused_or_failed_cleanly_and_the_next_file_goes_through(
    stack: Stack, ledger: Ledger, tmp_path: Path
) -> None:
    box = ledger.inbox
    logs_at_start = {name: stack.worker_log(name).stat().st_size for name in stack.workers}
    for name, (data, end, _) in FILES.items():
        ledger.drop(name, data, expect=end)
    # 200 MB (sparse, over the 10 MB limit of this stack): refused before it is read.
    huge = box.inbox / "huge.txt.part"
    with huge.open("wb") as handle:
        handle.truncate(200_000_000)
    huge.rename(box.inbox / "huge.txt")
    ledger.note("huge.txt", b"", expect="refused")
    outside = tmp_path / "outside.txt"
    outside.write_text(article("en"))
    (box.inbox / "link.txt").symlink_to(outside)
    ledger.note("link.txt", b"", expect="refused")
    # A folder moved in: its files are ingested, keeping their place under it.
    folder = tmp_path / "batch"
    folder.mkdir()
    for part in ("a", "b"):
        data = article("hr").encode()
        (folder / f"{part}.txt").write_bytes(data)
        ledger.note(f"batch/{part}.txt", data, expect="done")
    folder.rename(box.inbox / "batch")
    # A file that is gone before the watcher reads it: nothing to account for.
    vanishing = box.drop("vanishing.txt", article("en").encode())
    vanishing.unlink()
    last = article("en").encode()
    ledger.drop("after-the-bad-ones.txt", last, expect="done")
    ends = ledger.settle(timeout=120)

    assert ends["after-the-bad-ones.txt"] == "done"
    for name, (_, end, words) in FILES.items():
        if end == "failed":
            reason = (box.failed / f"{name}.error.txt").read_text()
            assert words in reason.lower(), (name, reason)
    assert "over the limit" in (box.failed / "huge.txt.error.txt").read_text()
    assert "symbolic link" in (box.failed / "link.txt.error.txt").read_text()
    assert outside.exists() and stack.service.document(sha(outside.read_bytes())) is None
    turkish = stack.service.document(sha(FILES["turkish.txt"][0]))
    assert turkish is not None and turkish.language not in SUPPORTED
    assert "vanishing.txt" not in {d.filename for d in stack.service.documents()}
    assert all(p.poll() is None for p in stack.workers.values()), "a worker crashed"
    for name, offset in logs_at_start.items():
        with stack.worker_log(name).open("rb") as log:
            log.seek(offset)
            assert b"WorkerLostError" not in log.read(), f"worker {name} lost a child"
