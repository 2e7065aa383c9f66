# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate coach corpus files (JSON lines): fields, segmentation, ask counts, details, placeholders; see main()."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ASK_KINDS = frozenset({"interest", "meeting", "connect", "opinion", "resource", "calendar", "intro", "reply"})
VARIANT_LANG = {"en": "en", "nl-je": "nl", "nl-u": "nl", "nl-be": "nl"}
DOMAINS = frozenset({"recruiting", "sales", "networking", "jobseeking"})
KINDS = frozenset({"inmail", "connection_request", "follow_up"})
FIELDS = {
    "id": str, "lang": str, "variant": str, "domain": str, "kind": str, "subject": str, "body": str,
    "sentences": list, "asks": int, "personal": bool, "placeholders": list,
}


def check_fields(rec: dict[str, Any]) -> list[str]:
    """Return problems with the presence, types and enumerated values of a record's fields."""
    errors = [f"field {name!r} missing or not {kind.__name__}" for name, kind in FIELDS.items()
              if not isinstance(rec.get(name), kind) or (kind is int and isinstance(rec.get(name), bool))]
    if errors:
        return errors
    if rec["variant"] not in VARIANT_LANG:
        errors.append(f"unknown variant {rec['variant']!r}")
    elif VARIANT_LANG[rec["variant"]] != rec["lang"]:
        errors.append(f"lang {rec['lang']!r} does not match variant {rec['variant']!r}")
    if rec["domain"] not in DOMAINS:
        errors.append(f"unknown domain {rec['domain']!r}")
    if rec["kind"] not in KINDS:
        errors.append(f"unknown kind {rec['kind']!r}")
    return errors


def check_sentences(body: str, sentences: list[Any]) -> list[str]:
    """Return problems with the segmentation: each text trimmed, found in order, non-overlapping, covering."""
    errors: list[str] = []
    pos = 0
    for n, sent in enumerate(sentences, 1):
        if not isinstance(sent, dict) or not isinstance(sent.get("text"), str) or "ask" not in sent:
            errors.append(f"sentence {n}: needs 'text' (string) and 'ask'")
            continue
        text, ask = sent["text"], sent["ask"]
        if ask is not None and ask not in ASK_KINDS:
            errors.append(f"sentence {n}: unknown ask kind {ask!r}")
        if not text or text != text.strip():
            errors.append(f"sentence {n}: empty or not trimmed: {text!r}")
            continue
        found = body.find(text, pos)
        if found < 0:
            where = "not in body" if text not in body else "out of order or overlapping"
            errors.append(f"sentence {n}: {where}: {text[:60]!r}")
            continue
        if body[pos:found].strip():
            errors.append(f"sentence {n}: text before it belongs to no sentence: {body[pos:found].strip()[:60]!r}")
        pos = found + len(text)
    if body[pos:].strip() and not errors:
        errors.append(f"text after the last sentence belongs to no sentence: {body[pos:].strip()[:60]!r}")
    return errors


def check_labels(rec: dict[str, Any]) -> list[str]:
    """Return problems with the ask count, the personal detail and the placeholders (subject or body)."""
    errors: list[str] = []
    body = rec["body"]
    asks = sum(1 for s in rec["sentences"] if isinstance(s, dict) and s.get("ask") is not None)
    if rec["asks"] != asks:
        errors.append(f"asks is {rec['asks']} but {asks} sentences have an ask")
    detail = rec.get("detail", "missing")
    if detail is not None and not isinstance(detail, str):
        errors.append("detail must be a string or null")
    elif isinstance(detail, str) and detail not in body:
        errors.append(f"detail not in body: {detail!r}")
    elif rec["personal"] != (detail is not None):
        errors.append("personal must be true exactly when detail is not null")
    for ph in rec["placeholders"]:
        if not isinstance(ph, str) or not ph or (ph not in body and ph not in rec["subject"]):
            errors.append(f"placeholder in neither subject nor body: {ph!r}")
    return errors


def check_record(rec: Any) -> list[str]:
    """Return all problems with one decoded corpus record (an empty list when it is valid)."""
    if not isinstance(rec, dict):
        return ["line is not a JSON object"]
    errors = check_fields(rec)
    if errors:
        return errors
    return check_sentences(rec["body"], rec["sentences"]) + check_labels(rec)


def check_file(path: Path) -> list[str]:
    """Return 'file:line: id: problem' strings for every problem in the corpus file at `path`.

    Raises OSError when the file cannot be read.
    """
    problems: list[str] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{lineno}: not valid JSON ({exc.msg})")
            continue
        rid = rec.get("id", "?") if isinstance(rec, dict) else "?"
        if rid in seen:
            problems.append(f"{path}:{lineno}: {rid}: duplicate id")
        seen.add(rid)
        problems.extend(f"{path}:{lineno}: {rid}: {msg}" for msg in check_record(rec))
    return problems


def main(argv: list[str]) -> int:
    """Check each file named in `argv`; print problems; return 0 when all are valid, 1 otherwise."""
    if not argv:
        print("usage: check_corpus.py FILE.jsonl [FILE.jsonl ...]")
        return 2
    status = 0
    for name in argv:
        try:
            problems = check_file(Path(name))
        except OSError as exc:
            print(f"{name}: cannot read ({exc.strerror})")
            status = 1
            continue
        for problem in problems:
            print(problem)
        print(f"{name}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
        status = status or int(bool(problems))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
