# SPDX-License-Identifier: GPL-3.0-or-later
"""Train the stacked detail model: resources/rules/personalisation/detail_model.json.

    .venv/bin/python tools/train_detail_stack.py [--out FILE] [--report] [--stack DIR] [--old FILE ...] [--folds N]

Items (body sentences and the subject) get `detail_stack.item_features`: the coach's featuriser
plus the rules' outputs. An item is positive when it overlaps the labelled detail (the subject
when it repeats it: `echoes`). Logistic regression (scikit-learn, liblinear,
balanced classes, random_state 0: a development tool only, the coach scores in plain Python); a
feature is kept only when at least two sets use it; weights below 1e-4 are zeroed and the rest
rounded to 6 places in the classifier itself, so the file scores exactly as scikit-learn does.

Training sets: every writer's set in tests/data/coach_corpus/stack (no rule was tuned on them) plus the
five older sets, which the rules were tuned on. The stack sets are learned with the team's rulings in
tests/data/coach_corpus/review.json applied (tools/corpus_review.py), and with the reviewers' second
opinions too only when --second-opinions is given: learning from them scored higher by leave-one-writer-
out but dropped hand-written personal tests (corpus README). Every figure, and the choice of C and the
cut-offs, scores each message as its writer labelled it, with only the rulings applied. Two variants:
"S+" gives the older sets' items no rule features but an "old" indicator (the rules miss almost nothing
there, which could teach the model to trust them too much); "S+keep" keeps their rule features.

The coach keeps the rules' verdict unless the model is sure (detail_stack.stacked_detail): a detail the
rules counted is dropped when every item is at or below `drop`, and one is added where they counted none
when an item is above `add`. The variant, C and the two cut-offs (within GRID_DROP and GRID_ADD, or one
threshold within GRID_T), then a follow-up's own two (FU_CUTOFFS), are chosen by leave-one-writer-out
over the stack sets (`--folds N`: N groups of writers, seven times faster with 71 writers), maximising
the pooled (personal found + generic warned) / 2 among the candidates whose model keeps every
hand-written personal test (`ship` runs PROBE_TESTS with each, best first, in a copy of the tree:
tools/detail_probe.py; `--no-probe` skips it). `--report` adds an outer cross-validation
(tools/detail_report.py). Deterministic: the same files give the same JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from inmail_studio.core.lint.context import LintContext  # noqa: E402
from inmail_studio.core.lint.engine import rulebook  # noqa: E402
from inmail_studio.core.lint.facts.detail_model import FEATURISER, features  # noqa: E402
from inmail_studio.core.lint.facts.detail_stack import FORMAT, STACK_FILE, SUBJECT, items, rules_verdict  # noqa: E402
from inmail_studio.core.lint.rules.personal import detail_words  # noqa: E402
from inmail_studio.core.message import Message  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
from corpus_review import REVIEW, WHY, Review, learned_and_scored, load_review  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "coach_corpus"
OLD = tuple(CORPUS / f"{s}.jsonl" for s in ("tune", "heldout", "heldout2", "heldout3", "heldout4"))
OUT = ROOT / "resources" / "rules" / "personalisation" / STACK_FILE
GRID_C = (0.3, 1.0, 3.0, 10.0)
GRID_T = tuple(round(0.05 * k, 2) for k in range(2, 19))  # 0.10 … 0.90: one threshold, for the report
# The band: the model overrules the rules only where it is sure (the shipped choice also passes PROBE_TESTS).
GRID_DROP = (0.0, 0.01, 0.02, 0.05)
GRID_ADD = (0.8, 0.9, 0.95, 0.97, 0.99)
PROBE_TESTS = ("tests/core", "-k", "personal or detail")
BAND = tuple((d, a) for d in GRID_DROP for a in GRID_ADD)
SINGLE = tuple((t, t) for t in GRID_T)
CUTOFFS = BAND + SINGLE  # what `ship` chooses among: the band, or one threshold where the model decides alone
# A follow-up's own cut-offs, chosen second: writers label the rules' readings of a follow-up personal far
# less often (71 writers: 66 % of "your …" pieces, 50 % of "you said", against 95 and 77 % in first messages).
GRID_DROP_FU = (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
GRID_ADD_FU = (0.7, 0.8, 0.9, 0.95, 0.97, 0.99)
FU_CUTOFFS = tuple((d, a) for d in GRID_DROP_FU for a in GRID_ADD_FU)
Choice = tuple[float, str, float, float, float, float, float]  # score, variant, C, drop, add, drop_fu, add_fu
VARIANTS = ("S+", "S+keep")
SHIPPED = ("S+keep",)  # S+ scores a little higher but overrules hand-written test phrases at any cut-off in the band
MIN_SETS = 2  # a feature must occur in this many sets to get a weight
ZERO, PLACES = 1e-4, 6


@dataclass
class Msg:
    """One labelled message: per item (text features, rule features, label), and the rules' verdict."""

    id: str
    personal: bool
    rules_found: bool
    items: list[tuple[list[str], tuple[str, ...], int]]
    follow_up: bool = False


def message(row: dict, book) -> Msg:  # type: ignore[type-arg, no-untyped-def]
    """One corpus row as the coach sees it (its sentences, subject and the rules' verdict)."""
    subject = row.get("subject", "") or ""
    ctx = LintContext(Message(kind=row["kind"], subject=subject, body=row["body"], language=row["lang"]),
                      row["lang"], book)
    words = detail_words(ctx)
    follow_up = row["kind"] == "follow_up"
    verdict, where = rules_verdict(ctx.body, ctx.subject, words, follow_up)
    counted = None if verdict.detail is None else (where, verdict.detail.start, verdict.detail.end)
    detail = (row.get("detail") or "") if row["personal"] else ""
    at = ctx.body.find(detail) if detail else -1
    out = []
    for item in items(ctx.body, ctx.sentences, ctx.subject, words, counted, follow_up):
        if item.field == "body":
            y = at >= 0 and at < item.end and item.start < at + len(detail)
        else:
            y = bool(detail) and echoes(detail, item.text)
        text = features(item.text, item.index, item.count) + ([SUBJECT] if item.field == "subject" else [])
        out.append((text, item.rules, int(y)))
    return Msg(row["id"], bool(row["personal"]), counted is not None, out, follow_up)


_SMALL = frozenset({"your", "yours", "jouw", "jullie", "with", "about", "from", "that", "this", "voor", "over", "naar",
                    "van", "met", "bij", "into", "onto"})


def _bare(text: str) -> list[str]:
    """The lower-cased words of `text` without the punctuation around them ("Belgium." is "belgium")."""
    return [w.strip(".,:;!?'\"()“”‘’") for w in text.lower().split()]


def echoes(detail: str, subject: str) -> bool:
    """The subject says the labelled detail: holds it, or at least two of its words of four letters or more and
    half of them ("Your DevOpsDays Ghent talk" for "your talk at DevOpsDays Ghent"). The corpus checker wants
    the detail in the body, so a subject that repeats it would otherwise always be learned as no detail."""
    if detail in subject:
        return True
    words = {w for w in _bare(detail) if len(w) >= 4} - _SMALL
    shared = words & set(_bare(subject))
    return len(shared) >= 2 and 2 * len(shared) >= len(words)


def load(path: Path, book, review: Review | None = None) -> list[Msg]:  # type: ignore[no-untyped-def]
    """One set's messages, with the reviewed labels of `review` (corpus_review) when given; raises
    OSError, ValueError or KeyError on a bad file."""
    return load_both(path, book, review or {}, review or {})[0]


def load_both(path: Path, book, learned: Review, scored: Review  # type: ignore[no-untyped-def]
              ) -> tuple[list[Msg], list[Msg]]:
    """One set's messages with the labels learned from and with those scored, each message read once
    where they agree; raises OSError, ValueError or KeyError on a bad file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs = [learned_and_scored(row, path.name, learned, scored, lambda r: message(r, book)) for row in rows]
    return [one for one, _ in pairs], [two for _, two in pairs]


def feats(text: list[str], rules: tuple[str, ...], variant: str, old: bool) -> list[str]:
    """An item's features in a variant: an older set's rule features are replaced by "old" in S+."""
    return text + (["old"] if old and variant == "S+" else list(rules))


def fit(sets: dict[str, list[Msg]], old: Sequence[str], variant: str, c: float):  # type: ignore[no-untyped-def]
    """(vectoriser, classifier) trained on `sets` (those named in `old` are older sets), zeroed and rounded."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen: dict[str, set[str]] = {}
    rows, ys = [], []
    for name, msgs in sets.items():
        for m in msgs:
            for text, rules, y in m.items:
                f = feats(text, rules, variant, name in old)
                for x in f:
                    seen.setdefault(x, set()).add(name)
                rows.append(f)
                ys.append(y)
    keep = {x for x, where in seen.items() if len(where) >= MIN_SETS}
    vec = DictVectorizer()
    x = small(vec.fit_transform([{f: 1.0 for f in r if f in keep} for r in rows]))
    clf = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=5000, random_state=0)
    clf.fit(x, np.array(ys))
    coef = np.round(clf.coef_, PLACES)
    coef[np.abs(coef) < ZERO] = 0.0
    clf.coef_ = coef
    clf.intercept_ = np.round(clf.intercept_, PLACES)
    return vec, clf


def small(x):  # type: ignore[no-untyped-def]
    """A sparse matrix with 32-bit indices, as liblinear accepts."""
    import numpy as np

    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
    return x


def best_p(model, msgs: Sequence[Msg], variant: str, old: bool) -> list[float]:  # type: ignore[no-untyped-def]
    """Per message, its best item's probability (0 for a message with no items), as the coach weighs
    it: where the rules counted no detail, an item holding a mention they rejected is not counted."""
    vec, clf = model
    rows = [{f: 1.0 for f in feats(t, r, variant, old)} for m in msgs for t, r, _ in m.items]
    p = clf.predict_proba(small(vec.transform(rows)))[:, 1] if rows else []
    out, at = [], 0
    for m in msgs:
        allowed = [q for q, (_, rules, _) in zip(p[at:at + len(m.items)], m.items, strict=True)
                   if m.rules_found or not any(r.startswith("r:rejected:") for r in rules)]
        out.append(float(max(allowed, default=0.0)))
        at += len(m.items)
    return out


def rates(said: Sequence[bool], msgs: Sequence[Msg]) -> tuple[int, int, int, int]:
    """(personal found, personal, generic warned, generic) when each message is said personal or not."""
    pf = sum(s for s, m in zip(said, msgs, strict=True) if m.personal)
    gw = sum(not s for s, m in zip(said, msgs, strict=True) if not m.personal)
    n = sum(m.personal for m in msgs)
    return pf, n, gw, len(msgs) - n


def balanced(r: tuple[int, int, int, int]) -> float:
    return (r[0] / max(r[1], 1) + r[2] / max(r[3], 1)) / 2


class Search:
    """Cross-validation over the stack sets, leaving out one writer (or one of `folds` groups) at a time,
    each fitted model remembered (training on all but sets A and B serves the folds of both)."""

    def __init__(self, stack: dict[str, list[Msg]], old: dict[str, list[Msg]],
                 scored: dict[str, list[Msg]] | None = None, folds: int = 0) -> None:
        self.stack, self.old = stack, old  # what is learned from (reviewed labels)
        self.scored = stack if scored is None else scored  # the same messages as their writers labelled them
        self.probs: dict[tuple[frozenset[str], str, float, str], list[float]] = {}
        self.full: dict[tuple[str, float], tuple] = {}  # type: ignore[type-arg]  # (variant, C): fitted on every set
        names = sorted(stack)
        groups = [frozenset(names[i::folds]) for i in range(folds)] if folds else [frozenset({n}) for n in names]
        self.fold = {name: group for group in groups for name in group}

    def predicted(self, left_out: frozenset[str], variant: str, c: float, name: str) -> list[float]:
        """Best-item probabilities of set `name` (as its writer labelled it) by a model trained without the
        sets in `left_out`."""
        key = (left_out, variant, c, name)
        if key not in self.probs:
            train = {k: v for k, v in self.stack.items() if k not in left_out} | self.old
            model = fit(train, self.old, variant, c)
            for other in left_out:
                self.probs[(left_out, variant, c, other)] = best_p(model, self.scored[other], variant, False)
        return self.probs[key]

    def choose(self, outer: str | None = None, variants: Sequence[str] = VARIANTS,
               cutoffs: Sequence[tuple[float, float]] = BAND) -> Choice:
        """(pooled balanced score, variant, C, drop, add, drop_fu, add_fu) by cross-validation over the
        stack sets but `outer`, a follow-up weighed with the same cut-offs."""
        return self.ranked(outer, variants, cutoffs)[0]

    def ranked(self, outer: str | None = None, variants: Sequence[str] = VARIANTS,
               cutoffs: Sequence[tuple[float, float]] = BAND, follow_up: Choice | None = None) -> list[Choice]:
        """Every (pooled balanced score, variant, C, drop, add, drop_fu, add_fu), best first (ties in grid
        order), by cross-validation over the stack sets but `outer`. Without `follow_up`, a follow-up
        gets the same cut-offs as a first message; with it, its variant, C, drop and add are kept and each
        of FU_CUTOFFS is ranked for the follow-ups."""
        import numpy as np

        inner = [k for k in self.stack if k != outer]
        msgs = [m for k in inner for m in self.scored[k]]
        personal = np.array([m.personal for m in msgs])
        rules = np.array([m.rules_found for m in msgs])
        fu = np.array([m.follow_up for m in msgs])
        pick = [(follow_up[1], follow_up[2])] if follow_up else [(v, c) for v in variants for c in GRID_C]
        grid = [(*follow_up[3:5], d, a) for d, a in FU_CUTOFFS] if follow_up else [(d, a, d, a) for d, a in cutoffs]
        out = []
        for variant, c in pick:
            p = np.concatenate([self.predicted(self.fold[k] | ({outer} if outer else set()), variant, c, k)
                                for k in inner])
            for drop, add, drop_fu, add_fu in grid:
                said = np.where(rules, p > np.where(fu, drop_fu, drop), p > np.where(fu, add_fu, add))
                score = ((said & personal).sum() / personal.sum()
                         + (~said & ~personal).sum() / (~personal).sum()) / 2
                out.append((round(float(score), 12), variant, c, drop, add, drop_fu, add_fu))
        return [row for _, row in sorted(enumerate(out), key=lambda pair: (-pair[1][0], pair[0]))]


def decide(p: float, m: Msg, choice: Choice) -> bool:
    """The coach's decision with `choice`'s cut-offs (a follow-up's own for one): a detail the rules counted
    stays unless p <= drop; one they did not is added if p > add."""
    drop, add = choice[5:7] if m.follow_up else choice[3:5]
    return p > drop if m.rules_found else p > add


def write(search: Search, choice: Choice, files: Sequence[Path], out: Path) -> int:
    """Fit on every set with the chosen variant and C and write the shipped file (sorted keys); the weight count."""
    score, variant, c, drop, add, drop_fu, add_fu = choice
    key = (variant, c)
    if key not in search.full:
        search.full[key] = fit(search.stack | search.old, search.old, variant, c)
    vec, clf = search.full[key]
    how = "leave-one-writer-out" if len(set(search.fold.values())) == len(search.stack) else \
        f"{len(set(search.fold.values()))}-fold cross-validation by writer"
    raw = as_json(vec, clf, drop, add, drop_fu, add_fu) | {
        "variant": variant, "C": c,
        "training_files": [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in files],
        "source": (f"tools/train_detail_stack.py: liblinear logistic regression, balanced classes; C and "
                   f"cut-offs (drop within {GRID_DROP} and add within {GRID_ADD}, or drop = add within {GRID_T}; "
                   f"then a follow-up's within {GRID_DROP_FU} and {GRID_ADD_FU}) chosen by {how} "
                   f"over the {len(search.stack)} stack sets (pooled (found + warned) / 2 = {score:.4f})")}
    out.write_text(json.dumps(raw, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    return len(raw["weights"])


def ship(search: Search, variants: Sequence[str], files: Sequence[Path], probe: bool = True) -> Choice | None:
    """The choice to ship, in two steps: the best (variant, C, drop, add) by cross-validation over the
    stack sets (leave-one-writer-out, or `--folds` groups), a follow-up weighed alike, whose model keeps
    every hand-written personal test passing (PROBE_TESTS, run with each candidate in a temporary copy of
    the package, resources and tests, so the shipped file is never touched), trying each family (band,
    one threshold) until detail_probe.PROBE_FAMILY_TRIES of it failed; then, with those kept, the best follow-up
    cut-offs that still pass. When every first-step candidate tried fails, the best few are tried again with
    a follow-up's own cut-offs (a hand-written follow-up test can fail where first messages pass:
    `detail_probe.rescued`). None when all of these fail. Raises RuntimeError when
    the tests fail with the model shipped today (a broken test must not pick a worse candidate)."""
    ranked = search.ranked(None, variants, CUTOFFS)
    if not probe:
        return search.ranked(follow_up=ranked[0])[0]
    from detail_probe import Probe, first_passing, follow_up_passing, rescued

    with Probe(ROOT, OUT, PROBE_TESTS, lambda choice, target: write(search, choice, files, target)) as tests:
        if not tests.passes():
            raise RuntimeError(f"the hand-written tests ({' '.join(PROBE_TESTS)}) fail with today's model")
        first = first_passing(ranked, tests)
        return rescued(search, ranked, tests) if first is None else follow_up_passing(search, first, tests)


def as_json(vec, clf, drop: float, add: float, drop_fu: float | None = None,  # type: ignore[no-untyped-def]
            add_fu: float | None = None) -> dict:  # type: ignore[type-arg]
    """The model file's core (format, featuriser, bias, cut-offs, non-zero weights but "old") for a fitted
    pair; a follow-up's cut-offs default to the others."""
    import sklearn

    weights = {str(n): float(w) for n, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
               if w != 0.0 and n != "old"}
    cutoffs = {"drop": drop, "add": add, "drop_follow_up": drop if drop_fu is None else drop_fu,
               "add_follow_up": add if add_fu is None else add_fu}
    return {"format": FORMAT, "featuriser": FEATURISER, "cutoffs": cutoffs,
            "bias": float(clf.intercept_[0]), "scikit_learn": sklearn.__version__, "weights": weights}


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--stack", type=Path, default=CORPUS / "stack", help="folder of the stack sets (*.jsonl)")
    parser.add_argument("--old", type=Path, nargs="*", default=list(OLD), help="the older sets the rules were tuned on")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write the model (default: {OUT})")
    parser.add_argument("--report", action="store_true", help="also score an outer cross-validation")
    parser.add_argument("--variants", nargs="+", choices=VARIANTS, default=list(SHIPPED),
                        help=f"the variants to choose among (default: {' '.join(SHIPPED)})")
    parser.add_argument("--review", type=Path, default=REVIEW, help=f"reviewed labels (default {REVIEW})")
    parser.add_argument("--second-opinions", action="store_true",
                        help="learn from the reviewers' second opinions too (not shipped: see the corpus README)")
    parser.add_argument("--no-probe", action="store_true", help="ship the best by cross-validation, untested")
    parser.add_argument("--folds", type=int, default=0,
                        help="score N groups of writers instead of leaving out one writer at a time (faster)")
    return parser.parse_args(argv)


def _search(args: argparse.Namespace) -> Search:
    """The stack sets (learned with the reviewed labels, scored with the writers' and the rulings) and
    the older sets; raises OSError, ValueError or KeyError on a bad file."""
    book = rulebook()
    review = load_review(args.review, why=WHY if args.second_opinions else ("ruling",))
    ruling = load_review(args.review, why=("ruling",))
    both = {p.stem: load_both(p, book, review, ruling) for p in sorted(args.stack.glob("*.jsonl"))}
    old = {p.stem: load(p, book) for p in args.old}
    return Search({n: learn for n, (learn, _) in both.items()}, old, {n: score for n, (_, score) in both.items()},
                  max(args.folds, 0))


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    try:
        search = _search(args)
    except (OSError, ValueError, KeyError) as error:
        print(f"train_detail_stack: cannot read the corpus: {error}", file=sys.stderr)
        return 2
    if len(search.stack) < 3:
        print("train_detail_stack: give at least three stack sets", file=sys.stderr)
        return 2
    files = [*sorted(args.stack.glob("*.jsonl")), *args.old, args.review]
    try:
        choice = ship(search, args.variants, files, probe=not args.no_probe)
    except RuntimeError as error:
        print(f"train_detail_stack: {error}", file=sys.stderr)
        return 1
    if choice is None:
        print("train_detail_stack: none of the candidates tried keeps "
              "the hand-written tests", file=sys.stderr)
        return 1
    count = write(search, choice, files, args.out)
    print(f"wrote {args.out}: {choice[1]}, C={choice[2]}, drop <= {choice[3]}, add > {choice[4]}, follow-up drop <= "
          f"{choice[5]}, add > {choice[6]}, {count} weights; cross-validated (found + warned) / 2 = "
          f"{100 * choice[0]:.1f}")
    if args.report:
        from detail_report import report

        report(search)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
