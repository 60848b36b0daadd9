"""Words per second of the whole extractor against spaCy's bare tokenizer, on the same
texts, and the worker's memory once every language's pipeline is loaded.

    .venv/bin/python -m benchmarks.extract_speed [ARTICLES_DIR] [--repeat N]

ARTICLES_DIR holds `<id>_<lang>.txt` files (default: the dev articles beside the repo);
the language is taken from the file name. Prints both speeds, their ratio (the target is
at least 1/3) and the resident set size after loading all languages.
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


def tokenizer_speed(texts: list[tuple[str, str]], repeat: int) -> tuple[int, float]:
    tokenizers = {lang: spacy.blank(get_lang_data(lang).spacy_lang) for lang, _ in texts}
    words, started = 0, time.perf_counter()
    for _ in range(repeat):
        for lang, text in texts:
            nlp = tokenizers[lang]
            with nlp.memory_zone():
                nlp.make_doc(text)
            words += len(text.split())
    return words, time.perf_counter() - started


def extractor_speed(texts: list[tuple[str, str]], repeat: int) -> tuple[int, float]:
    extractor = RuleExtractor()
    for lang in {lang for lang, _ in texts}:
        # Build each language's pipeline first, on a sentence of its own: the word caches
        # start cold for the measured texts, as they do for a new article.
        extractor.extract("Warm-up sentence.", lang, None)
    words, started = 0, time.perf_counter()
    for _ in range(repeat):
        for lang, text in texts:
            extractor.extract(text, lang, None)
            words += len(text.split())
    return words, time.perf_counter() - started


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
    parser.add_argument("--repeat", type=int, default=1, help="passes over the texts")
    args = parser.parse_args()
    texts = load_texts(args.articles)
    words, seconds = tokenizer_speed(texts, args.repeat)
    bare = words / seconds
    words, seconds = extractor_speed(texts, args.repeat)
    full = words / seconds
    print(f"texts: {len(texts)}, words per pass: {words // args.repeat}")
    print(f"bare tokenizer: {bare:,.0f} words/s")
    print(f"extractor:      {full:,.0f} words/s")
    print(f"ratio:          {full / bare:.2f} (target >= 0.33)")
    print(f"RSS, all languages loaded: {rss_with_all_languages():.0f} MiB (limit 600)")


if __name__ == "__main__":
    main()
