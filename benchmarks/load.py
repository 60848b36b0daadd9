"""Drop articles into a running stack and time them: all at once (throughput) or at a
steady rate (latency from the file's arrival to its stored row)."""

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.corpus import Article
from benchmarks.stack import Stack


@dataclass(frozen=True)
class Burst:
    documents: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.documents / self.seconds


def _drop(stack: Stack, article: Article) -> float:
    """Write the file as a scraper should (temporary name, then rename); its arrival time."""
    partial = stack.inbox / f".{article.name}.part"
    partial.write_text(article.text, "utf-8")
    os.rename(partial, stack.inbox / article.name)
    return time.time()


def burst(stack: Stack, articles: Sequence[Article], timeout: float = 1800.0) -> Burst:
    """Every article dropped at once; until the last one is stored."""
    before = stack.finished()
    started = time.time()
    for article in articles:
        _drop(stack, article)
    stack.wait_finished(before + len(articles), timeout)
    names = {a.name for a in articles}
    last = max(at.timestamp() for name, at in stack.finish_times().items() if name in names)
    return Burst(len(articles), last - started)


def steady(stack: Stack, articles: Sequence[Article], rate: float) -> list[float]:
    """Articles dropped `rate` per second; each one's seconds from arrival to stored row."""
    before = stack.finished()
    arrived = {}
    start = time.monotonic()
    for i, article in enumerate(articles):
        time.sleep(max(0.0, start + i / rate - time.monotonic()))
        arrived[article.name] = _drop(stack, article)
    stack.wait_finished(before + len(articles), timeout=600.0)
    stored = stack.finish_times()
    return sorted(stored[name].timestamp() - at for name, at in arrived.items())


def percentile(sorted_values: Sequence[float], share: float) -> float:
    """The value below which `share` of the sorted values lie (nearest rank)."""
    index = min(len(sorted_values) - 1, max(0, round(share * len(sorted_values)) - 1))
    return sorted_values[index]
