# SPDX-License-Identifier: GPL-3.0-or-later
"""Score the ask detector and the sentence splitter against a labelled coach corpus.

    python tests/data/coach_corpus/score_asks.py tests/data/coach_corpus/tune.jsonl [--misses [--all]] [--without-model]
        [--ruling REVIEW]

Prints, overall and per language: the right bucket of asks per message (0 / 1 / 2+), overall and
per bucket; sentence-level precision and recall of asks; kind accuracy on the asks found; and
how many labelled sentences the splitter cuts exactly the same; and placeholder recall and
false alarms. The corpus format is
described in CORPUS_SPEC (one JSON object per line: body, lang, kind, sentences with "ask").

The asks are the coach's: the stacked model's decision over the rules' reading of each sentence
(resources/rules/call-to-action/ask_model.json; inmail_studio/core/lint/facts/ask_stack.py).
--without-model scores the rules alone, read from a copy of the rules folder without that file,
as the coach does when the file is missing. --ruling REVIEW applies the team's rulings in that review
file (tools/corpus_review.py) to the labels first, for a set written before a ruling.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from inmail_studio.core.lint.context import LintContext  # noqa: E402
from inmail_studio.core.lint.data import RuleBook  # noqa: E402
from inmail_studio.core.lint.engine import rulebook  # noqa: E402
from inmail_studio.core.lint.facts import ask_stack, asks  # noqa: E402
from inmail_studio.core.message import Message  # noqa: E402
from inmail_studio.core.paths import rules_dir  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
from corpus_review import load_review, reviewed  # noqa: E402


def bucket(n: int) -> str:
    return "2+" if n >= 2 else str(n)


def labelled_spans(body: str, sentences: list[dict[str, Any]]) -> list[tuple[int, int, str | None]]:
    """Each labelled sentence's [start, end) in the body, found in order."""
    spans, at = [], 0
    for s in sentences:
        start = body.find(s["text"], at)
        if start < 0:
            start = body.find(s["text"])
        if start < 0:
            continue
        spans.append((start, start + len(s["text"]), s["ask"]))
        at = start + len(s["text"])
    return spans


def score_row(row: dict[str, Any], tally: Counter, misses: list[str], book: RuleBook) -> None:
    message = Message(kind=row["kind"], subject=row.get("subject", ""), body=row["body"], language=row["lang"])
    ctx = LintContext(message, row["lang"], book)
    gold = labelled_spans(row["body"], row["sentences"])
    found = asks.find_asks(ctx.sentences, row["lang"], book, row["kind"])
    want = sum(1 for *_, ask in gold if ask)
    right = bucket(len(found)) == bucket(want)
    tally[f"messages {bucket(want)}"] += 1
    tally[f"right {bucket(want)}"] += right
    cuts = {(s.start, s.end) for s in ctx.sentences}
    tally["labelled sentences"] += len(gold)
    tally["same cut"] += sum((s, e) in cuts for s, e, _ in gold)
    used = set()
    for start, end, kind in gold:
        hit = next((a for a in found if a.start < end and start < a.end and a not in used), None)
        if kind:
            tally["gold asks"] += 1
            if hit:
                used.add(hit)
                tally["asks found"] += 1
                tally["kind right"] += hit.kind == kind
                if hit.kind != kind:
                    misses.append(f"  kind {hit.kind} for {kind}: {row['body'][start:end]!r}")
            else:
                misses.append(f"  missed {kind}: {row['body'][start:end]!r}")
    wanted, seen = row.get("placeholders", []), [p.text for p in ctx.placeholders]
    tally["placeholders"] += len(wanted)
    tally["placeholders found"] += sum(any(w in s or s in w for s in seen) for w in wanted)
    tally["placeholder false alarms"] += sum(not any(w in s or s in w for w in wanted) for s in seen)
    misses.extend(f"  placeholder missed: {w!r}" for w in wanted if not any(w in s or s in w for s in seen))
    misses.extend(f"  placeholder false alarm: {s!r}" for s in seen if not any(w in s or s in w for w in wanted))
    tally["predicted asks"] += len(found)
    tally["true predicted"] += len(used)
    for a in found:
        if a not in used:
            misses.append(f"  false ask {a.kind}: {a.text!r}")
    if not right:
        misses.insert(0, f"{row['id']} ({row['lang']}, {row['kind']}): {len(found)} asks for {want}")


def report(name: str, t: Counter) -> None:
    def pct(a: float, b: float) -> str:
        return f"{100 * a / b:5.1f} %" if b else "   - "

    messages = sum(t[f"messages {b}"] for b in ("0", "1", "2+"))
    right = sum(t[f"right {b}"] for b in ("0", "1", "2+"))
    print(f"{name}: {messages} messages, {t['labelled sentences']} sentences")
    print(f"  right bucket      {pct(right, messages)}  ({right}/{messages})")
    for b in ("0", "1", "2+"):
        print(f"    bucket {b:<2}       {pct(t[f'right {b}'], t[f'messages {b}'])}  "
              f"({t[f'right {b}']}/{t[f'messages {b}']})")
    print(f"  ask precision     {pct(t['true predicted'], t['predicted asks'])}  "
          f"({t['true predicted']}/{t['predicted asks']})")
    print(f"  ask recall        {pct(t['asks found'], t['gold asks'])}  ({t['asks found']}/{t['gold asks']})")
    print(f"  kind accuracy     {pct(t['kind right'], t['asks found'])}  ({t['kind right']}/{t['asks found']})")
    print(f"  same sentence cut {pct(t['same cut'], t['labelled sentences'])}  "
          f"({t['same cut']}/{t['labelled sentences']})")
    print(f"  placeholders      {pct(t['placeholders found'], t['placeholders'])}  "
          f"({t['placeholders found']}/{t['placeholders']}), {t['placeholder false alarms']} false alarms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a .jsonl file in the coach corpus format")
    parser.add_argument("--misses", action="store_true", help="list every wrong message and sentence")
    parser.add_argument("--all", action="store_true",
                        help="with --misses: also the sentence misses of messages in the right bucket")
    parser.add_argument("--without-model", action="store_true",
                        help="score the rules alone, without the stacked model")
    parser.add_argument("--ruling", type=Path, metavar="REVIEW",
                        help="apply the team's rulings in this review file (tools/corpus_review.py) to the labels")
    args = parser.parse_args(argv)
    try:
        rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        if args.ruling:
            rulings = load_review(args.ruling, why=("ruling",))
            rows = [reviewed(row, args.corpus.name, rulings) for row in rows]
    except (OSError, ValueError) as error:
        print(f"score_asks: cannot read {args.corpus}: {error}", file=sys.stderr)
        return 2
    if not args.without_model:
        return score(args, rows, rulebook())
    with tempfile.TemporaryDirectory() as folder:
        rules = Path(folder) / "rules"
        shutil.copytree(rules_dir(), rules, ignore=shutil.ignore_patterns(ask_stack.FILE))
        return score(args, rows, rulebook(rules))


def score(args: argparse.Namespace, rows: list[dict[str, Any]], book: RuleBook) -> int:
    learned = ask_stack.for_book(book)
    print("asks: the rules alone" if learned is None else "asks: the stacked model over the rules' reading "
          f"(an ask where p > {learned.threshold})")
    overall, by_language = Counter(), defaultdict(Counter)
    for row in rows:
        misses: list[str] = []
        score_row(row, by_language[row["lang"]], misses, book)
        wrong_bucket = misses and not misses[0].startswith("  ")
        if args.misses and misses and (args.all or wrong_bucket or "placeholder" in "".join(misses)):
            print("\n".join(misses))
    for counts in by_language.values():
        overall.update(counts)
    report(f"all ({args.corpus.name})", overall)
    for language in sorted(by_language):
        report(language, by_language[language])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
