"""The service measured end to end against its own floors, in one run on one machine.

    .venv/bin/python -m benchmarks.run [--documents 150] [--stored 50000] [--out FILE]

1. floors: spaCy's bare tokenizer over the corpus; a no-op Celery task through a real
   Redis and worker;
2. the extractor alone (entities and facts): in one process on one core, and in one
   process per core at once (the cores' real capacity, against which the service is
   measured: two processes seldom run twice as fast as one);
3. end to end, in embedded mode (private Redis, SQLite) and in Redis + PostgreSQL mode:
   documents per second with every file dropped at once, and latency from a file's
   arrival to its stored row (p50, p95, p99) at a steady half of that rate;
4. growth (PostgreSQL): the same throughput with `--stored` documents already stored,
   and the time of `export` and of a `facts` query at that size;
5. memory: peak RSS of the watcher and of every worker process;
6. where the cores go: CPU milliseconds per document of each process during the burst
   (watcher, worker main process, worker children, Redis, PostgreSQL).

Prints one table of figures and ratios against the targets and writes it as JSON.
The corpus is synthetic (benchmarks/corpus.py), the same for the same `--seed`.
"""

import argparse
import io
import json
import os
import platform
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil
from sqlalchemy import select

from benchmarks.corpus import corpus
from benchmarks.floors import (
    extractor_alone,
    extractor_on_cores,
    noop_task,
    tokenizer_words_per_second,
)
from benchmarks.growth import prefill
from benchmarks.load import burst, percentile, steady
from benchmarks.stack import Stack
from shared.config import get_settings
from shared.db.facts import FactFilter, list_facts
from shared.db.models import Entity, FactArgument
from shared.db.session import session_scope
from shared.export import iter_records, write_jsonl
from shared.queue import worker_concurrency

RESULTS = Path(__file__).with_name("results.json")


def _timed(action: Any) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _queries(database_url: str) -> dict[str, float]:
    """Seconds to export every document, and to list the facts of a type and of an entity."""
    with session_scope(database_url) as session:
        export = _timed(lambda: write_jsonl(iter_records(session), io.StringIO()))
        quotes = _timed(lambda: list_facts(session, FactFilter(types=["quote"], limit=100)))
        name = session.scalar(
            select(Entity.name).join(FactArgument, FactArgument.entity_id == Entity.id).limit(1)
        )
        by_entity = _timed(lambda: list_facts(session, FactFilter(entity=name, limit=100)))
    return {"export_s": export, "facts_by_type_s": quotes, "facts_by_entity_s": by_entity}


def measure_mode(
    mode: str, args: argparse.Namespace, root: Path, extractor_dps: float, one_core_dps: float
) -> dict:
    """Throughput, latency, growth (PostgreSQL mode) and memory of one running stack;
    `extractor_dps` is the extractor alone on the same cores, `one_core_dps` on one."""
    stack = Stack(root / mode, mode, args.concurrency)
    stack.start()
    try:
        result: dict[str, Any] = {}
        before = stack.cpu_seconds()
        peak = burst(stack, corpus(args.documents, seed=args.seed + 1))
        after = stack.cpu_seconds()
        result["docs_per_s"] = peak.per_second
        # Where the cores went during the burst, per document: the profile of the ratio.
        result["cpu_ms_per_doc"] = {
            role: 1000 * (seconds - before.get(role, 0.0)) / peak.documents
            for role, seconds in sorted(after.items())
        }
        result["vs_extractor"] = peak.per_second / extractor_dps
        result["vs_extractor_one_core_times_cores"] = peak.per_second / (one_core_dps * args.cores)
        rate = peak.per_second / 2
        latencies = steady(stack, corpus(args.documents, seed=args.seed + 2), rate)
        result["steady_rate_docs_per_s"] = rate
        for share in (0.5, 0.95, 0.99):
            result[f"latency_p{round(share * 100)}_s"] = percentile(latencies, share)
        if mode == "postgres" and args.stored:
            result["prefill_s"] = prefill(stack.database_url, args.stored)
            grown = burst(stack, corpus(args.documents, seed=args.seed + 3))
            result["docs_per_s_at_stored"] = grown.per_second
            result["stored_vs_empty"] = grown.per_second / peak.per_second
            result.update(_queries(stack.database_url))
        result["peak_rss_mib"] = dict(sorted(stack.peak_rss.items()))
    finally:
        stack.stop()
    return result


def report(figures: dict[str, Any]) -> str:
    """The figures as one table, with each target beside the figure it applies to."""
    lines = [f"{'figure':<52}{'value':>14}  target"]

    def row(name: str, value: float, unit: str = "", target: str = "") -> None:
        lines.append(f"{name:<52}{value:>12,.2f} {unit:<3} {target}")

    floors = figures["floors"]
    row("bare tokenizer, words/s", floors["tokenizer_words_per_s"])
    row("no-op task round trip, median ms", floors["noop"]["median_ms"])
    row("no-op task round trip, p99 ms", floors["noop"]["p99_ms"])
    row("no-op tasks/s", floors["noop"]["tasks_per_second"])
    row("extractor alone, 1 core, words/s", floors["extractor_words_per_s"])
    row("extractor alone, 1 core, docs/s", floors["extractor_docs_per_s"])
    cores = figures["cores"]
    row(
        f"extractor alone, {cores} processes at once, docs/s",
        floors["extractor_on_cores_docs_per_s"],
    )
    row("extractor / tokenizer", floors["extractor_vs_tokenizer"])
    for mode, m in figures["modes"].items():
        row(f"[{mode}] end to end, docs/s", m["docs_per_s"])
        row(f"[{mode}] end to end / extractor on the same cores", m["vs_extractor"], "", ">= 0.70")
        row(
            f"[{mode}] end to end / ({cores} x extractor on 1 core)",
            m["vs_extractor_one_core_times_cores"],
        )
        for role, ms in m["cpu_ms_per_doc"].items():
            row(f"[{mode}] CPU per document, {role}", ms, "ms")
        for p in (50, 95, 99):
            target = "< 1 s" if p == 99 else ""
            row(f"[{mode}] latency p{p} at half load", m[f"latency_p{p}_s"], "s", target)
        if "docs_per_s_at_stored" in m:
            stored = figures["stored"]
            row(f"[{mode}] docs/s with {stored:,} stored", m["docs_per_s_at_stored"])
            row(f"[{mode}] with {stored:,} stored / empty", m["stored_vs_empty"], "", ">= 0.80")
            row(f"[{mode}] export of all documents", m["export_s"], "s")
            row(f"[{mode}] facts --type quote", m["facts_by_type_s"], "s")
            row(f"[{mode}] facts --entity NAME", m["facts_by_entity_s"], "s")
        for process, mib in m["peak_rss_mib"].items():
            target = "< 600" if process.startswith("worker") else ""
            row(f"[{mode}] peak RSS {process}", mib, "MiB", target)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=150, help="articles per load phase")
    parser.add_argument("--stored", type=int, default=50_000, help="0 skips the growth phase")
    parser.add_argument("--modes", default="embedded,postgres")
    parser.add_argument(
        "--cores",
        type=int,
        default=os.cpu_count() or 1,
        help="cores the service runs on: extractor processes of the floor",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=None,
        help="worker child processes (default: one per core)",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    args.concurrency = args.concurrency or worker_concurrency(get_settings())

    sample = corpus(args.documents, seed=args.seed)
    docs_per_s, words_per_s = extractor_alone(sample)
    on_cores = extractor_on_cores(sample, args.cores)
    tokenizer = tokenizer_words_per_second(sample)
    root = Path(tempfile.mkdtemp(prefix="fdbench-"))
    figures: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "memory_gib": psutil.virtual_memory().total / 2**30,
                    "python": platform.python_version(), "platform": platform.platform()},
        "corpus": {"documents": len(sample), "words": sum(a.words for a in sample)},
        "stored": args.stored,
        "cores": args.cores,
        "concurrency": args.concurrency,
        "floors": {
            "tokenizer_words_per_s": tokenizer,
            "noop": noop_task(root, args.concurrency),
            "extractor_docs_per_s": docs_per_s,
            "extractor_on_cores_docs_per_s": on_cores,
            "extractor_words_per_s": words_per_s,
            "extractor_vs_tokenizer": words_per_s / tokenizer,
        },
        "modes": {},
    }  # fmt: skip
    for mode in args.modes.split(","):
        figures["modes"][mode] = measure_mode(mode, args, root, on_cores, docs_per_s)
    print(report(figures))
    args.out.write_text(json.dumps(figures, indent=2) + "\n")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
