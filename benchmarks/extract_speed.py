"""Words per second of the whole extractor against spaCy's bare tokenizer, on the same
texts, and the worker's memory once every language's pipeline is loaded.

    .venv/bin/python -m benchmarks.extract_speed [ARTICLES_DIR] [--repeat N]

ARTICLES_DIR holds `<id>_<lang>.txt` files (default: the dev articles beside the repo);
the language is taken from the file name. Prints the tokenizer's speed, the extractor's
on a first pass (word caches cold) and once warm, their ratios (the target is at least
1/3) and the resident set size after loading all languages.
"""

import argparse
import os
import time
from pathlib import Path

import psutil
import spacy

from shared.extract.extractor import RuleExtractor
from shared.extract.lang import LANG_CODES, get_lang_data
from shared.extract.pipeline import build_nlp

DEFAULT_ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "articles"


def load_texts(folder: Path) -> list[tuple[str, str]]:
    """(language, text) of every article; the language is the file name's last part."""
    texts = []
    for path in sorted(folder.glob("*.txt")):
        lang = path.stem.rsplit("_", 1)[-1]
        texts.append((lang if lang in LANG_CODES else "xx", path.read_text("utf-8")))
    return texts


def _words_per_second(run, texts: list[tuple[str, str]]) -> float:
    started = time.perf_counter()
    for lang, text in texts:
        run(lang, text)
    return sum(len(text.split()) for _, text in texts) / (time.perf_counter() - started)


def tokenizer_speed(texts: list[tuple[str, str]], repeat: int) -> float:
    """Best of `repeat` passes of spaCy's bare tokenizer (the machine may be shared)."""
    tokenizers = {lang: spacy.blank(get_lang_data(lang).spacy_lang) for lang, _ in texts}

    def run(lang: str, text: str) -> None:
        nlp = tokenizers[lang]
        with nlp.memory_zone():
            nlp.make_doc(text)

    return max(_words_per_second(run, texts) for _ in range(repeat))


def extractor_speed(texts: list[tuple[str, str]], repeat: int) -> tuple[float, float]:
    """Words per second of the first pass (word caches cold, as in a new worker process)
    and the best of `repeat` later passes (caches warm, as in a worker that has run)."""
    extractor = RuleExtractor()
    for lang in {lang for lang, _ in texts}:
        # Build each language's pipeline first, on a sentence of its own.
        extractor.extract("Warm-up sentence.", lang, None)

    def run(lang: str, text: str) -> None:
        extractor.extract(text, lang, None)

    cold = _words_per_second(run, texts)
    return cold, max(_words_per_second(run, texts) for _ in range(repeat))


def rss_with_all_languages() -> float:
    """MiB resident after building the pipeline of every language of the mission."""
    for code in LANG_CODES:
        nlp = build_nlp(code)
        with nlp.memory_zone():
            nlp("Warm-up of " + code + ".")
    return psutil.Process(os.getpid()).memory_info().rss / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--repeat", type=int, default=3, help="passes; the best one counts")
    args = parser.parse_args()
    texts = load_texts(args.articles)
    bare = tokenizer_speed(texts, args.repeat)
    cold, warm = extractor_speed(texts, args.repeat)
    print(f"texts: {len(texts)}, words: {sum(len(t.split()) for _, t in texts)}")
    print(f"bare tokenizer:           {bare:>8,.0f} words/s")
    print(f"extractor, first pass:    {cold:>8,.0f} words/s  ratio {cold / bare:.2f}")
    print(f"extractor, caches warm:   {warm:>8,.0f} words/s  ratio {warm / bare:.2f}")
    print("target: ratio >= 0.33")
    print(f"RSS, all languages loaded: {rss_with_all_languages():.0f} MiB (limit 600)")


if __name__ == "__main__":
    main()
