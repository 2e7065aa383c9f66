# SPDX-License-Identifier: GPL-3.0-or-later
"""Score the personalisation rule against a labelled coach corpus.

    python tests/data/coach_corpus/score_personal.py tests/data/coach_corpus/tune.jsonl [--misses] [--without-model]

Lints each message as the coach does (its kind, subject, body and labelled language) and prints,
overall and per language: personal messages where the rule found a detail (no personalisation
warning; recall), generic messages it warns (specificity), and how often the detail it shows (its
highlight) overlaps the labelled "detail" substring. `--misses` lists each wrong message.
`--without-model` scores the rules alone: the coach reads a copy of the rules folder without
personalisation/detail_model.json, the stacked model that may overrule the rules where it is
sure (facts/detail_stack.py). The corpus format is described in CORPUS_SPEC (one JSON object per line:
lang, kind, subject, body, personal, detail).
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

from inmail_studio.core import Message, paths  # noqa: E402
from inmail_studio.core.lint import lint  # noqa: E402
from inmail_studio.core.lint.facts.detail_stack import STACK_FILE as MODEL_FILE  # noqa: E402

RULE = "personalisation"


def score_row(row: dict[str, Any], tally: Counter[str], rules_dir: Path | None = None) -> str | None:
    """Count one message (linted with the rules in `rules_dir`, default the shipped ones); return a
    line describing it when the rule got it wrong."""
    message = Message(kind=row["kind"], subject=row.get("subject", ""), body=row["body"], language=row["lang"])
    result = lint(message, rules_dir=rules_dir)
    warned = any(f.rule == RULE for f in result.findings)
    shown = next((h for h in result.highlights if h.rule == RULE), None)
    if not row["personal"]:
        tally["generic"] += 1
        tally["generic warned"] += warned
        where = f"{row['id']} ({row['lang']}, {row['kind']})"
        return None if warned else f"{where}: generic, counted {shown and shown.text!r}"
    tally["personal"] += 1
    tally["personal found"] += not warned
    detail = row.get("detail") or ""
    start = row["body"].find(detail) if detail else -1
    if not warned and shown is not None and start >= 0:
        tally["spans compared"] += 1
        tally["span overlaps"] += shown.field == "body" and shown.start < start + len(detail) and start < shown.end
    if warned:
        return f"{row['id']} ({row['lang']}, {row['kind']}): personal, missed {detail!r}"
    return None


def score_rows(rows: list[dict[str, Any]], rules_dir: Path | None, misses: bool) -> dict[str, Counter[str]]:
    """Counts per message language; each wrong message printed when `misses`."""
    by_language: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        miss = score_row(row, by_language[row["lang"]], rules_dir)
        if misses and miss:
            print(miss)
    return by_language


def report(name: str, t: Counter[str]) -> None:
    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f} %" if b else "   - "

    print(f"{name}: {t['personal'] + t['generic']} messages")
    print(f"  personal found (recall)      {pct(t['personal found'], t['personal'])}  "
          f"({t['personal found']}/{t['personal']})")
    print(f"  generic warned (specificity) {pct(t['generic warned'], t['generic'])}  "
          f"({t['generic warned']}/{t['generic']})")
    print(f"  shown detail overlaps label  {pct(t['span overlaps'], t['spans compared'])}  "
          f"({t['span overlaps']}/{t['spans compared']})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a .jsonl file in the coach corpus format")
    parser.add_argument("--misses", action="store_true", help="list every message the rule got wrong")
    parser.add_argument("--without-model", action="store_true",
                        help=f"the rules alone: lint with a copy of the rules folder without {MODEL_FILE}")
    args = parser.parse_args(argv)
    try:
        rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as error:
        print(f"score_personal: cannot read {args.corpus}: {error}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        rules_dir = None
        if args.without_model:
            rules_dir = Path(scratch) / "rules"
            shutil.copytree(paths.rules_dir(), rules_dir, ignore=shutil.ignore_patterns(MODEL_FILE))
        by_language = score_rows(rows, rules_dir, args.misses)
    overall: Counter[str] = Counter()
    for counts in by_language.values():
        overall.update(counts)
    report(f"all ({args.corpus.name}{', rules alone' if args.without_model else ''})", overall)
    for language in sorted(by_language):
        report(language, by_language[language])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
