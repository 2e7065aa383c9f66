# SPDX-License-Identifier: GPL-3.0-or-later
"""Score the personalisation rule against a labelled coach corpus.

    python tests/data/coach_corpus/score_personal.py tests/data/coach_corpus/tune.jsonl [--misses]

Lints each message as the coach does (its kind, subject, body and labelled language) and prints,
overall and per language: personal messages where the rule found a detail (no personalisation
warning; recall), generic messages it warns (specificity), and how often the detail it shows (its
highlight) overlaps the labelled "detail" substring. `--misses` lists each wrong message. The
corpus format is described in CORPUS_SPEC (one JSON object per line: lang, kind, subject, body,
personal, detail).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from inmail_studio.core import Message  # noqa: E402
from inmail_studio.core.lint import lint  # noqa: E402

RULE = "personalisation"


def score_row(row: dict[str, Any], tally: Counter[str]) -> str | None:
    """Count one message; return a line describing it when the rule got it wrong."""
    message = Message(kind=row["kind"], subject=row.get("subject", ""), body=row["body"], language=row["lang"])
    result = lint(message)
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
    args = parser.parse_args(argv)
    try:
        rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as error:
        print(f"score_personal: cannot read {args.corpus}: {error}", file=sys.stderr)
        return 2
    overall: Counter[str] = Counter()
    by_language: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        miss = score_row(row, by_language[row["lang"]])
        if args.misses and miss:
            print(miss)
    for counts in by_language.values():
        overall.update(counts)
    report(f"all ({args.corpus.name})", overall)
    for language in sorted(by_language):
        report(language, by_language[language])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
