"""Time per article of the extractor with and without the fact layer, on the same texts.

    .venv/bin/python -m benchmarks.facts_speed [ARTICLES_DIR] [--repeat N]

Prints the milliseconds per article of the whole extractor, of the extractor with
`find_facts` replaced by a function finding nothing, their ratio (the target: at most 2,
the fact layer may not more than double the extractor's time), and the time spent inside
`find_facts` itself. Runs with and without facts alternate and the best of each counts,
since the machine may be shared. Every text is given a publication date, so that relative
dates are resolved as in production.
"""

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.extract_speed import DEFAULT_ARTICLES, load_texts
from shared.extract import extractor as extractor_module
from shared.extract.extractor import RuleExtractor

PUBLISHED = "2025-11-12"


def one_pass(extractor: RuleExtractor, texts: list[tuple[str, str]]) -> float:
    """Seconds for one pass over the texts."""
    started = time.perf_counter()
    for lang, text in texts:
        extractor.extract(text, lang, PUBLISHED)
    return time.perf_counter() - started


def measure(texts: list[tuple[str, str]], repeat: int) -> dict[str, float]:
    """Best seconds per pass with facts, without them, and inside `find_facts`."""
    extractor = RuleExtractor()
    one_pass(extractor, texts)  # warm every pipeline and word cache first
    real = extractor_module.find_facts
    inside = [0.0]

    def timed(*args: Any) -> Any:
        started = time.perf_counter()
        try:
            return real(*args)
        finally:
            inside[0] += time.perf_counter() - started

    variants: dict[str, Callable[..., Any]] = {"with": timed, "without": lambda *args: ()}
    best = {"with": float("inf"), "without": float("inf"), "facts": float("inf")}
    try:
        for _ in range(repeat):
            for name, find in variants.items():
                extractor_module.find_facts = find
                inside[0] = 0.0
                best[name] = min(best[name], one_pass(extractor, texts))
                if name == "with":
                    best["facts"] = min(best["facts"], inside[0])
    finally:
        extractor_module.find_facts = real
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = load_texts(args.articles)
    best = measure(texts, args.repeat)
    per_article = {name: 1000 * seconds / len(texts) for name, seconds in best.items()}
    print(f"articles:                {len(texts)}")
    print(f"extractor without facts: {per_article['without']:8.1f} ms/article")
    print(f"extractor with facts:    {per_article['with']:8.1f} ms/article")
    print(f"inside find_facts:       {per_article['facts']:8.1f} ms/article")
    print(f"ratio:                   {best['with'] / best['without']:8.2f} (target <= 2)")


if __name__ == "__main__":
    main()
