# SPDX-License-Identifier: GPL-3.0-or-later
"""Train the stacked ask model (resources/rules/call-to-action/ask_model.json) and measure it by writer.

    .venv/bin/python tools/train_ask_stack.py [--stack DIR] [--old FILE ...] [--out FILE] [--no-lowo]

Each corpus file is one writer (tests/data/coach_corpus/README.md format). The stack sets (default
tests/data/coach_corpus/stack/*.jsonl, which no rule was tuned on) give every sentence its features from
inmail_studio/core/lint/facts/ask_stack.py, the very function the coach runs: the featuriser's plus the
rules' reading of it (asks.read_asks). The old sets (default tune, heldout, heldout2-4: the rules were
tuned on them) add their sentences with the featuriser's features and "old" instead of the rules' (their rules' verdicts
are over-optimistic). A feature counts only when seen in two training files or more. The stack sets
are learned with the reviewed labels of tests/data/coach_corpus/review.json (tools/corpus_review.py:
labels two blind reviewers both changed; --no-second-opinions: the rulings only). Every figure, and the choice
of C and t, scores each writer's messages as that writer labelled them, with only the team's rulings
applied (the second opinions were chosen by the model, and would flatter it).

C and the threshold t (a sentence asks when p > t) are chosen together by leave-one-writer-out over
the stack sets, each set predicted by a model fitted without it: by the share of their messages in
the right bucket (0 / 1 / 2+), the smallest C within one standard error of the best pair, with its
best t. Unless --no-lowo, the same choice is nested in an outer
leave-one-writer-out, and the figures printed (rules alone vs stacked, per set and pooled, per bucket,
messages fixed and broken, a two-sided sign test) are of models that never saw the writer scored,
nor chose C and t on it. Weights under 0.01 in size are dropped, the rest rounded to 6 decimals;
every figure is of the model as written. The same input gives the same file byte for byte.

Needs scikit-learn, numpy and scipy (development tools: the app reads only the JSON).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inmail_studio.core.lint.context import LintContext  # noqa: E402
from inmail_studio.core.lint.data import RuleBook  # noqa: E402
from inmail_studio.core.lint.engine import rulebook  # noqa: E402
from inmail_studio.core.lint.facts import ask_model, ask_stack, asks  # noqa: E402
from inmail_studio.core.message import KINDS, LANGUAGES, Message  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
from corpus_review import REVIEW, WHY, Review, learned_and_scored, load_review  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "coach_corpus"
OLD = [CORPUS / f"{name}.jsonl" for name in ("tune", "heldout", "heldout2", "heldout3", "heldout4")]
OUT = ROOT / "resources" / "rules" / ask_stack.RULE / ask_stack.FILE
CS = (1.0, 3.0, 10.0, 30.0)
TS = tuple(round(0.2 + 0.05 * i, 2) for i in range(11))  # 0.20 … 0.70
PRUNE, DIGITS = 0.01, 6
OLD_MARK = "old"


@dataclass
class Labelled:
    """One corpus message: each segmented sentence's features and label (1 = overlaps a labelled ask),
    the number of labelled asks, the number the rules alone count, and each sentence's veto (the rules
    read small talk, a rhetorical question or a closing formula there: ask_stack.decide never counts it)."""

    features: list[list[str]]
    labels: list[int]
    gold: int
    rules: int
    vetoes: list[bool]


def gold_spans(body: str, sentences: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """[start, end) in the body of each labelled ask sentence, found in order."""
    spans, at = [], 0
    for s in sentences:
        start = body.find(s["text"], at)
        start = body.find(s["text"]) if start < 0 else start
        if start < 0:
            continue
        at = start + len(s["text"])
        if s["ask"] is not None:
            spans.append((start, at))
    return spans


def labelled(row: dict[str, Any], book: RuleBook, old: bool) -> Labelled:
    """A corpus row as training rows: the coach's sentences, their features and labels."""
    if row["lang"] not in LANGUAGES or row["kind"] not in KINDS:
        raise ValueError(f"language {row['lang']!r}, kind {row['kind']!r}")
    message = Message(kind=row["kind"], subject=row.get("subject", ""), body=row["body"], language=row["lang"])
    sentences = LintContext(message, row["lang"], book).sentences
    found, read = asks.read_asks(sentences, row["lang"], book)
    texts = [s.text for s in sentences[:len(read)]]
    if old:
        feats = [ask_model.features(t, i, len(texts), row["kind"], row["lang"]) + [OLD_MARK]
                 for i, t in enumerate(texts)]
    else:
        feats = ask_stack.features(texts, read, row["kind"], row["lang"])
    gold = gold_spans(row["body"], row["sentences"])
    labels = [int(any(a < s.end and s.start < b for a, b in gold)) for s in sentences[:len(read)]]
    return Labelled(feats, labels, len(gold), len(found), [r.veto for r in read])


def read(path: Path, book: RuleBook, old: bool, review: Review | None = None) -> list[Labelled]:
    """The messages of one corpus file, with the reviewed labels of `review` (corpus_review) when given;
    raises OSError or ValueError (naming the line) on a bad file."""
    return read_both(path, book, old, review or {}, review or {})[0]


def read_both(path: Path, book: RuleBook, old: bool, learned: Review, scored: Review
              ) -> tuple[list[Labelled], list[Labelled]]:
    """The messages of one corpus file with the labels learned from and with those scored, each message
    read once where they agree; raises OSError or ValueError (naming the line) on a bad file."""
    learn: list[Labelled] = []
    score: list[Labelled] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                pair = learned_and_scored(json.loads(line), path.name, learned, scored,
                                          lambda row: labelled(row, book, old))
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path.name} line {number}: not a corpus message ({error})") from None
            learn.append(pair[0])
            score.append(pair[1])
    return learn, score


def fit(writers: dict[str, list[Labelled]], c: float) -> tuple[dict[str, int], Any]:
    """(vocabulary, LogisticRegression) fitted on every sentence of `writers`, over the features seen
    in two of them or more; deterministic (liblinear, fixed seed)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    seen: Counter[str] = Counter()
    for messages in writers.values():
        seen.update({name for m in messages for names in m.features for name in names})
    vocab = {name: i for i, name in enumerate(sorted(n for n, k in seen.items() if k >= 2))}
    rows = [names for ms in writers.values() for m in ms for names in m.features]
    y = np.array([label for ms in writers.values() for m in ms for label in m.labels])
    model = LogisticRegression(C=c, solver="liblinear", max_iter=5000, random_state=0)
    return vocab, model.fit(matrix(rows, vocab), y)


def matrix(rows: list[list[str]], vocab: dict[str, int]) -> Any:
    """A 0/1 sparse matrix of the feature names in `rows` (names outside `vocab` dropped)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    indices, pointers = [], [0]
    for names in rows:
        indices += sorted({vocab[n] for n in names if n in vocab})
        pointers.append(len(indices))
    return csr_matrix((np.ones(len(indices)), np.array(indices, dtype=np.int32), np.array(pointers, dtype=np.int32)),
                      shape=(len(rows), len(vocab)))


def weights(vocab: dict[str, int], model: Any, prune: float = PRUNE, digits: int | None = DIGITS) -> dict[str, Any]:
    """The bias and the weights of size ≥ `prune`, rounded to `digits` (None: as fitted); "old" left out."""
    def rounded(value: float) -> float:
        return float(value) if digits is None else round(float(value), digits)

    coef = model.coef_[0]
    kept = {n: rounded(coef[i]) for n, i in vocab.items() if abs(coef[i]) >= prune and n != OLD_MARK}
    return {"bias": rounded(model.intercept_[0]), "weights": dict(sorted(kept.items()))}


VETO = True  # apply the rules' veto as ask_stack.decide does (--no-veto: the model alone, to compare)


def probabilities(learned: dict[str, Any], messages: list[Labelled]) -> list[list[float]]:
    """Per message, each sentence's p(ask) from the runtime scorer on `learned` (bias and weights); 0 for
    a sentence the rules veto (as ask_stack.decide, which never counts one), unless VETO is off."""
    scorer = ask_stack.StackModel(learned["bias"], learned["weights"], 0.5)
    return [[0.0 if VETO and veto else scorer.probability(names) for names, veto in zip(m.features, m.vetoes,
                                                                                         strict=True)]
            for m in messages]


def bucket(n: int) -> str:
    return "2+" if n >= 2 else str(n)


def counts(probs: list[list[float]], t: float) -> list[int]:
    return [sum(p > t for p in ps) for ps in probs]


def _fit_job(job: tuple[frozenset[str], float]) -> tuple[tuple[frozenset[str], float], dict[str, Any]]:
    left_out, c = job
    vocab, model = fit({w: ms for w, ms in DATA.items() if w not in left_out}, c)
    return job, weights(vocab, model)


DATA: dict[str, list[Labelled]] = {}  # every writer's messages, shared with the fitting processes
SCORED: dict[str, list[Labelled]] = {}  # the stack writers' messages as labelled, rulings applied: what is scored


def fit_all(jobs: list[tuple[frozenset[str], float]], workers: int) -> dict[tuple[frozenset[str], float], Any]:
    """The exported weights of a model fitted without each job's left-out writers at its C."""
    if workers <= 1:
        return dict(map(_fit_job, jobs))
    with ProcessPoolExecutor(workers) as pool:
        return dict(pool.map(_fit_job, jobs))


def choose(stack: list[str], fitted: dict[tuple[frozenset[str], float], Any],
           outer: frozenset[str] = frozenset()) -> tuple[float, float, float]:
    """(share right, C, t): of CS × TS, scoring `stack`'s messages in the right bucket (as their writers
    labelled them, rulings applied: SCORED), each writer predicted by the model fitted without it (and
    without `outer`): the smallest C whose best t comes within one standard error of the best pair
    (the one-standard-error rule: the most regularised model the data cannot tell from the best), with
    its best t (the first, in TS order)."""
    per_c: dict[float, tuple[float, float]] = {}
    n = 1
    for c in CS:
        probs = {w: probabilities(fitted[(outer | {w}, c)], SCORED[w]) for w in stack}
        for t in TS:
            right = [bucket(n) == bucket(m.gold)
                     for w in stack for m, n in zip(SCORED[w], counts(probs[w], t), strict=True)]
            n, share = len(right), sum(right) / len(right)
            if share > per_c.get(c, (-1.0, t))[0] + 1e-12:
                per_c[c] = (share, t)
    top = max(share for share, _ in per_c.values())
    error = math.sqrt(top * (1 - top) / n)
    c = min(c for c, (share, _) in per_c.items() if share >= top - error - 1e-12)
    return per_c[c][0], c, per_c[c][1]


def outer_lowo(stack: list[str], workers: int) -> dict[str, Any]:
    """Nested leave-one-writer-out: each stack writer scored by a model (C, t chosen on the others) that
    never saw it. Returns per writer {"C", "t", "rules", "stacked", "gold"} (counts per message)."""
    jobs = [(frozenset(pair), c) for pair in combinations(stack, 2) for c in CS]
    jobs += [(frozenset({w}), c) for w in stack for c in CS]
    fitted = fit_all(jobs, workers)
    out = {}
    for held in stack:
        _, c, t = choose([w for w in stack if w != held], fitted, frozenset({held}))
        stacked = counts(probabilities(fitted[(frozenset({held}), c)], SCORED[held]), t)
        out[held] = {"C": c, "t": t, "gold": [m.gold for m in SCORED[held]], "rules": [m.rules for m in SCORED[held]],
                     "stacked": stacked}
    return out


def tally(gold: list[int], found: list[int]) -> Counter[str]:
    """Messages and right buckets, overall and per gold bucket."""
    t: Counter[str] = Counter()
    for g, n in zip(gold, found, strict=True):
        t["n"], t["n" + bucket(g)] = t["n"] + 1, t["n" + bucket(g)] + 1
        right = bucket(g) == bucket(n)
        t["r"], t["r" + bucket(g)] = t["r"] + right, t["r" + bucket(g)] + right
    return t


def cell(t: Counter[str]) -> str:
    def pct(key: str) -> str:
        return f"{100 * t['r' + key] / t['n' + key]:5.1f}" if t["n" + key] else "  -  "
    return f"{pct('')} % ({pct('0')} /{pct('1')} /{pct('2+')})"


def sign_test(fixes: int, breaks: int) -> float:
    """Two-sided exact sign test p of `fixes` against `breaks` (ties dropped)."""
    n, k = fixes + breaks, min(fixes, breaks)
    return min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n) if n else 1.0


def report(results: dict[str, Any]) -> list[str]:
    """The outer leave-one-writer-out figures as printed lines (right bucket overall and 0 / 1 / 2+)."""
    lines = ["outer leave-one-writer-out over the stack sets: right bucket overall (0 / 1 / 2+)",
             f"{'writer':<10} {'n':>4}  {'rules alone':<32} {'stacked':<32} C, t"]
    pooled: dict[str, Counter[str]] = {"rules": Counter(), "stacked": Counter()}
    fixes = breaks = 0
    for writer, r in results.items():
        rules, stacked = tally(r["gold"], r["rules"]), tally(r["gold"], r["stacked"])
        pooled["rules"].update(rules)
        pooled["stacked"].update(stacked)
        for g, a, b in zip(r["gold"], r["rules"], r["stacked"], strict=True):
            fixes += bucket(b) == bucket(g) != bucket(a)
            breaks += bucket(a) == bucket(g) != bucket(b)
        lines.append(f"{writer:<10} {rules['n']:>4}  {cell(rules):<32} {cell(stacked):<32} {r['C']:g}, {r['t']:g}")
    p = pooled
    lines.append(f"{'pooled':<10} {p['rules']['n']:>4}  {cell(p['rules']):<32} {cell(p['stacked'])}")
    lines.append(f"stacked vs rules: {fixes} messages fixed, {breaks} broken, net {fixes - breaks:+d}, "
                 f"two-sided sign test p = {sign_test(fixes, breaks):.2g}")
    return lines


def export(learned: dict[str, Any], c: float, t: float, share: float, sources: list[Path], old: list[Path],
           figures: list[str], review: Path | None = None) -> dict[str, Any]:
    """The weights file's object."""
    import sklearn

    def files(paths: list[Path]) -> list[dict[str, str]]:
        return [{"file": p.relative_to(ROOT).as_posix() if p.is_relative_to(ROOT) else p.name,
                 "sha256": hashlib.sha256(p.read_bytes()).hexdigest()} for p in paths]

    return {
        "comment": "Stacked ask model: a sentence asks when 1 / (1 + exp(-(bias + sum of the weights of its "
                   "features))) > threshold; features from inmail_studio/core/lint/facts/ask_stack.py. Written by "
                   "tools/train_ask_stack.py; do not edit by hand, retrain.",
        "featuriser": ask_stack.FEATURISER,
        "model": {"kind": f"logistic regression (scikit-learn {sklearn.__version__}, liblinear, L2)",
                  "C": c, "prune_below": PRUNE, "digits": DIGITS},
        "threshold": t,
        "chosen": f"C and threshold chosen together by leave-one-writer-out over the stack sets "
                  f"(C in {list(CS)}, threshold in {list(TS)}): {100 * share:.1f} % of their messages in the right "
                  "bucket, each writer predicted by a model fitted without it",
        "trained_on": {"stack": files(sources), "old (rule features left out)": files(old),
                       "reviewed labels (corpus_review)": files([review] if review else [])},
        "lowo": figures,
        "bias": learned["bias"],
        "weights": learned["weights"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stack", type=Path, default=CORPUS / "stack", help="folder of the stack sets (*.jsonl)")
    parser.add_argument("--old", type=Path, nargs="*", default=OLD, help="sets the rules were tuned on")
    parser.add_argument("--out", type=Path, default=OUT, help=f"the weights file to write (default {OUT})")
    parser.add_argument("--no-lowo", action="store_true", help="skip the outer leave-one-writer-out figures")
    parser.add_argument("--no-veto", action="store_true", help="score without the rules' veto (to compare)")
    parser.add_argument("--review", type=Path, default=REVIEW, help=f"reviewed labels (default {REVIEW})")
    parser.add_argument("--no-second-opinions", action="store_true",
                        help="learn from the writers' labels with the rulings only (what is scored)")
    parser.add_argument("--workers", type=int, default=2, help="processes fitting models (default 2)")
    args = parser.parse_args(argv)
    global VETO
    VETO = not args.no_veto
    book = rulebook()
    sources = sorted(args.stack.glob("*.jsonl"))
    try:
        review = load_review(args.review, why=("ruling",) if args.no_second_opinions else WHY)
        ruling = load_review(args.review, why=("ruling",))
        both = {p.stem: read_both(p, book, False, review, ruling) for p in sources}
        DATA.clear()
        DATA.update({w: learn for w, (learn, _) in both.items()})
        DATA.update({"old:" + p.stem: read(p, book, old=True) for p in args.old})
        SCORED.clear()
        SCORED.update({w: score for w, (_, score) in both.items()})
    except (OSError, ValueError) as error:
        print(f"train_ask_stack: {error}", file=sys.stderr)
        return 2
    stack = [p.stem for p in sources]
    if len(stack) < (2 if args.no_lowo else 3):
        print(f"train_ask_stack: {args.stack} needs {2 if args.no_lowo else 3} stack sets or more", file=sys.stderr)
        return 2
    figures: list[str] = []
    if not args.no_lowo:
        figures = report(outer_lowo(stack, args.workers))
        print("\n".join(figures))
    fitted = fit_all([(frozenset({w}), c) for w in stack for c in CS], args.workers)
    share, c, t = choose(stack, fitted)
    vocab, model = fit(DATA, c)
    data = export(weights(vocab, model), c, t, share, sources, list(args.old), figures,
                  args.review)
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"C={c:g}, threshold {t:g} ({100 * share:.1f} % right by leave-one-writer-out): "
          f"{len(data['weights'])} weights written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
