# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentence segmenters compared on our hard cases (accuracy) and on a 200-word message (speed).

    .venv/bin/pip install pysbd sentencex   # only for this comparison
    python3 benchmarks/bench_segmenters.py

Prints, for our rules (inmail_studio.core.text.sentences), pysbd and sentencex: hard cases cut
exactly right (tests/core/test_segmentation.py), labelled sentences of the tuning corpus cut
the same, and the median time to split the benchmark
InMail of benchmarks/bench_lint.py line by line, as the coach does.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "core"))

from bench_lint import TEXTS  # noqa: E402
from test_segmentation import HARD_CASES  # noqa: E402

from inmail_studio.core import text  # noqa: E402
from inmail_studio.core.lint.engine import rulebook  # noqa: E402

Splitter = Callable[[str, str], list[str]]
CORPUS = ROOT / "tests" / "data" / "coach_corpus" / "tune.jsonl"


def ours(language: str, line: str) -> list[str]:
    data = rulebook().languages[language]
    text._line_sentences.cache_clear()  # time the work, not the cache
    return [s.text for s in text.sentences(line, data.abbreviations, data.may_end)]


def splitters() -> dict[str, Splitter]:
    found: dict[str, Splitter] = {"ours": ours}
    try:
        import pysbd

        segs = {lang: pysbd.Segmenter(language=lang, clean=False) for lang in ("en", "nl")}
        found["pysbd"] = lambda lang, line: [s.strip() for s in segs[lang].segment(line) if s.strip()]
    except ImportError:
        print("pysbd not installed")
    try:
        from sentencex import segment

        found["sentencex"] = lambda lang, line: [s.strip() for s in segment(lang, line) if s.strip()]
    except ImportError:
        print("sentencex not installed")
    return found


def by_line(split: Splitter, language: str, body: str) -> list[str]:
    return [s for line in body.split("\n") if line.strip() for s in split(language, line)]


def corpus_agreement(split: Splitter) -> tuple[int, int]:
    """Labelled sentences of the tuning corpus that the splitter cuts exactly the same."""
    import json

    same = total = 0
    for row in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines()):
        cut = set(by_line(split, row["lang"], row["body"]))
        total += len(row["sentences"])
        same += sum(s["text"] in cut for s in row["sentences"])
    return same, total


def main() -> None:
    for name, split in splitters().items():
        right = {lang: 0 for lang in ("en", "nl")}
        total = {lang: 0 for lang in ("en", "nl")}
        for language, line, expected in HARD_CASES:
            total[language] += 1
            right[language] += split(language, line) == expected
        timings = []
        for language, (_, body, values) in TEXTS.items():
            filled = body.format(*values[1:])
            for _ in range(5):
                by_line(split, language, filled)
            for _ in range(50):
                started = time.perf_counter()
                by_line(split, language, filled)
                timings.append((time.perf_counter() - started) * 1000)
        cases = " ".join(f"{lang} {right[lang]}/{total[lang]}" for lang in right)
        same, labelled = corpus_agreement(split)
        print(f"{name:10} hard cases {sum(right.values())}/{len(HARD_CASES)} ({cases}); "
              f"tuning corpus {same}/{labelled} ({100 * same / labelled:.1f} %); "
              f"200-word message {statistics.median(timings):.3f} ms median")


if __name__ == "__main__":
    main()
