"""The floors the service is measured against: spaCy's bare tokenizer (the least NLP work
possible), a no-op Celery task (the least queue work possible), and the extractor alone,
on one core and on all the cores the service gets."""

import multiprocessing
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from celery import group

from benchmarks.corpus import Article
from benchmarks.extract_speed import tokenizer_speed
from benchmarks.load import percentile
from benchmarks.noop_worker import NOOP_TASK, make_noop_app
from shared.config import Settings
from shared.extract.extractor import RuleExtractor
from shared.redis_server import PrivateRedis


def tokenizer_words_per_second(articles: Sequence[Article]) -> float:
    return tokenizer_speed([(a.lang, a.text) for a in articles], repeat=2)


def extractor_alone(articles: Sequence[Article]) -> tuple[float, float]:
    """(documents, words) per second of the extractor, entities and facts, on one core;
    each language's pipeline is built before the clock starts."""
    seconds = _extract_all(articles, time.time())
    return len(articles) / seconds, sum(a.words for a in articles) / seconds


def extractor_on_cores(articles: Sequence[Article], processes: int) -> float:
    """Documents per second of the extractor alone in `processes` processes at once, each
    taking its share of the articles: what the cores give when all of them extract. On a
    virtual machine two processes rarely run twice as fast as one (cores that are
    hyperthreads of one, a shared cache), so the service is measured against this."""
    start_at = time.time() + 5.0  # every process has built its pipelines by then
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        shares = [(articles[i::processes], start_at) for i in range(processes)]
        seconds = pool.starmap(_extract_all, shares)
    return len(articles) / max(seconds)


def _extract_all(articles: Sequence[Article], start_at: float) -> float:
    """Seconds to extract every article, from `start_at` (pipelines built before)."""
    extractor = RuleExtractor()
    for lang in {a.lang for a in articles}:
        extractor.extract("Warm-up.", lang, None)
    time.sleep(max(0.0, start_at - time.time()))
    started = time.perf_counter()
    for article in articles:
        extractor.extract(article.text, article.lang, "2025-06-30")
    return time.perf_counter() - started


def noop_task(root: Path, concurrency: int, tasks: int = 500) -> dict[str, float]:
    """Round trip of a task that does nothing through a private Redis and a real worker:
    median and p99 milliseconds one at a time, and tasks per second all at once."""
    redis = PrivateRedis(root / "noop.sock", root / "noop")
    redis.start()
    env = dict(os.environ, FACTDROP_BROKER_URL=redis.url)
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "benchmarks.noop_worker", "worker",
         "--concurrency", str(concurrency), "--loglevel", "WARNING"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    app = make_noop_app(Settings(broker_url=redis.url))
    noop = app.signature(NOOP_TASK)
    try:
        noop.apply_async().get(timeout=60)  # the worker is up
        trips = []
        for _ in range(100):
            started = time.perf_counter()
            noop.apply_async().get(timeout=30)
            trips.append((time.perf_counter() - started) * 1000)
        trips.sort()
        started = time.perf_counter()
        group(noop.clone() for _ in range(tasks)).apply_async().get(timeout=300)
        per_second = tasks / (time.perf_counter() - started)
    finally:
        app.close()
        worker.terminate()
        worker.wait(30)
        redis.stop()
    return {"median_ms": percentile(trips, 0.5), "p99_ms": percentile(trips, 0.99),
            "tasks_per_second": per_second}  # fmt: skip
