# SPDX-License-Identifier: GPL-3.0-or-later
"""Train the personal-detail model and choose its cut-offs: resources/rules/personalisation/detail_model.json.

    .venv/bin/python tools/train_detail_model.py [CORPUS.jsonl ...] [--out FILE] [--report]

Each corpus file is one writer's set (default: the five of tests/data/coach_corpus). A body is cut
into sentences as the coach cuts it (text.sentences); a sentence is positive when it overlaps the
labelled detail. Features are `detail_model.features`, the coach's own featuriser. Logistic
regression (scikit-learn, a development tool only: the coach scores with plain Python) with
balanced classes; a word or word pair is kept only when at least two writers' sets use it, and
weights below 0.05 are dropped and the rest rounded to 4 places, before any scoring.

The rules decide and the model may only overrule them (rules/personal.py). C, the override cut-off
and whether to drop (and below what) are chosen by leave-one-writer-out on the given sets: each
set is scored by a model trained on the others, and the choice maximises the mean over sets of
(personal found + generic warned) / 2 of rules plus model. Today's rules were tuned on these very
sets and miss almost nothing there, so the cut-offs are judged with the rules as each held-out
set first met them (tools/first_contact.py; `--today` for today's rules); a drop cut-off is kept only if
it helps with today's rules too. `--report` adds an outer leave-one-writer-out (the choice made
on four sets, scored on the fifth).
Deterministic: the same files give the same JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from first_contact import FIRST_CONTACT, first_contact  # noqa: E402

from inmail_studio.core import text  # noqa: E402
from inmail_studio.core.lint.engine import rulebook  # noqa: E402
from inmail_studio.core.lint.facts.detail import compile_words, find_detail  # noqa: E402
from inmail_studio.core.lint.facts.detail_model import (  # noqa: E402
    FEATURISER,
    FORMAT,
    MODEL_FILE,
    DetailModel,
    features,
)

CORPUS = ROOT / "tests" / "data" / "coach_corpus"
SETS = ("tune", "heldout", "heldout2", "heldout3", "heldout4")
OUT = ROOT / "resources" / "rules" / "personalisation" / MODEL_FILE
GRID_C = (0.3, 1.0, 3.0)
MIN_WRITERS = 2  # a word or pair must occur in this many sets to get a weight
MIN_WEIGHT = 0.05  # smaller weights are dropped from the shipped file
PLACES = 4  # decimals kept


@dataclass
class Msg:
    """One labelled message as the coach sees it: body sentences, labels and the rules' verdict."""

    id: str
    writer: str
    personal: bool
    body: str
    sentences: list[text.Span]
    positive: list[bool]  # per sentence: overlaps the labelled detail
    rules_found: bool  # the rules counted a detail (body or subject)
    rejected: list[tuple[int, int]]  # the mentions the rules rejected or declined (when they found none)
    detail_span: tuple[int, int] | None

    @property
    def vetoed(self) -> list[bool]:
        """Per sentence: holds a mention the rules rejected, so the model may not count it."""
        return [any(_overlaps(r, (s.start, s.end)) for r in self.rejected) for s in self.sentences]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def load(path: Path, book_words: dict[str, object]) -> list[Msg]:
    """One set's messages; raises OSError or ValueError on a bad file."""
    book = rulebook()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        body, lang = row["body"], book.languages[row["lang"]]
        spans = text.sentences(body, lang.abbreviations, lang.may_end)
        at = body.find(row["detail"]) if row["personal"] and row.get("detail") else -1
        label = (at, at + len(row["detail"])) if at >= 0 else None
        words = book_words[row["lang"]]
        verdict = find_detail(body, words)  # type: ignore[arg-type]
        found = verdict.detail is not None or (bool(row.get("subject"))
                                               and find_detail(row["subject"], words).detail is not None)  # type: ignore[arg-type]
        rejected = [] if found else [(m.start, m.end) for m in (*verdict.rejected, *verdict.declined)]
        out.append(Msg(row["id"], path.stem, row["personal"], body, spans,
                       [label is not None and _overlaps(label, (s.start, s.end)) for s in spans], found,
                       rejected, label))
    return out


def load_sets(paths: Sequence[Path]) -> dict[str, list[Msg]]:
    book = rulebook()
    words = {code: compile_words(book.words("personalisation", code), book.words("personalisation", "*"))
             for code in book.languages}
    return {p.stem: load(p, words) for p in paths}


def as_first_met(msgs: list[Msg], verdicts: dict[str, tuple[bool, list[tuple[int, int]]]]) -> list[Msg]:
    """The messages with the rules' verdicts replaced by `verdicts` (from `first_contact`)."""
    from dataclasses import replace

    return [replace(m, rules_found=verdicts[m.id][0], rejected=verdicts[m.id][1]) for m in msgs]


def rows(msgs: Iterable[Msg]) -> tuple[list[list[str]], list[int]]:
    """Each sentence's features and label."""
    feats, labels = [], []
    for m in msgs:
        for i, s in enumerate(m.sentences):
            feats.append(features(s.text, i, len(m.sentences)))
            labels.append(int(m.positive[i]))
    return feats, labels


def fit(train: dict[str, list[Msg]], c: float) -> DetailModel:
    """Logistic regression on the sets in `train`, pruned and rounded as shipped (cut-offs not yet chosen)."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    per = [rows(msgs) for msgs in train.values()]
    seen: Counter[str] = Counter()
    for feats, _ in per:
        seen.update({f for r in feats for f in r})
    keep = {f for f, n in seen.items() if n >= MIN_WRITERS or f.startswith("C:")}
    x = [{f: 1.0 for f in r if f in keep} for feats, _ in per for r in feats]
    y = [label for _, labels in per for label in labels]
    vec = DictVectorizer()
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    clf.fit(vec.fit_transform(x), y)
    weights = {str(name): round(float(w), PLACES) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0],
                                                                     strict=True) if abs(w) >= MIN_WEIGHT}
    return DetailModel(weights, round(float(clf.intercept_[0]), PLACES), 1.0, None)


def as_sklearn(model: DetailModel):  # type: ignore[no-untyped-def]
    """The same model as a scikit-learn pipeline (vectoriser, classifier): predict_proba over
    `features` must give what the coach computes (tests/core/test_detail_model.py checks it)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    names = sorted(model.weights)
    vec = DictVectorizer().fit([{n: 1.0 for n in names}])
    clf = LogisticRegression()
    clf.classes_ = np.array([0, 1])
    clf.coef_ = np.array([[model.weights[n] for n in vec.get_feature_names_out()]])
    clf.intercept_ = np.array([model.bias])
    return vec, clf


def probabilities(model: DetailModel, msgs: Sequence[Msg]) -> list[list[float]]:
    """Per message, each body sentence's probability, scored as the coach scores it."""
    return [[model.probability(s.text, i, len(m.sentences)) for i, s in enumerate(m.sentences)] for m in msgs]


def decide(m: Msg, p: Sequence[float], override: float, drop: float | None) -> tuple[bool, int | None]:
    """Rules plus model, as rules/personal.py does it: (counted as personal, the model's sentence shown)."""
    if m.rules_found:
        return (drop is None or not p or max(p) >= drop), None
    allowed = [(q, i) for i, q in enumerate(p) if not m.vetoed[i]]
    best = max(allowed, default=(0.0, -1))
    return (True, best[1]) if best[0] > override else (False, None)


def disagreements(model: DetailModel, msgs: Sequence[Msg]) -> list[str]:
    """Messages where `decide` (the cut-off search's shortcut) and the coach's own functions
    (detail_model.overruled_detail and drops) would not say the same: there must be none."""
    from inmail_studio.core.lint.facts.detail_model import drops, overruled_detail

    out = []
    for m, p in zip(msgs, probabilities(model, msgs), strict=True):
        coach = (not drops(model, m.sentences, m.detail_span) if m.rules_found
                 else overruled_detail(model, m.sentences, m.rejected) is not None)
        if coach != decide(m, p, model.override, model.drop)[0]:
            out.append(m.id)
    return out


def score(sets: dict[str, list[Msg]], probs: dict[str, list[list[float]]], override: float,
          drop: float | None) -> dict[str, tuple[float, float]]:
    """Per set: (personal found, generic warned), fractions."""
    return {name: _rates([decide(m, p, override, drop)[0] for m, p in zip(msgs, probs[name], strict=True)], msgs)
            for name, msgs in sets.items()}


def _rates(said: Sequence[bool], msgs: Sequence[Msg]) -> tuple[float, float]:
    """(personal found, generic warned) when each message is said to be personal or not."""
    personal = [s for s, m in zip(said, msgs, strict=True) if m.personal]
    generic = [not s for s, m in zip(said, msgs, strict=True) if not m.personal]
    return sum(personal) / max(len(personal), 1), sum(generic) / max(len(generic), 1)


def objective(rates: dict[str, tuple[float, float]]) -> float:
    return statistics.fmean((f + w) / 2 for f, w in rates.values())


def out_of_fold(sets: dict[str, list[Msg]], c: float) -> dict[str, list[list[float]]]:
    """Each set scored by a model trained on the others."""
    return {name: probabilities(fit({k: v for k, v in sets.items() if k != name}, c), msgs)
            for name, msgs in sets.items()}


def _cuts(values: Iterable[float]) -> list[float]:
    """Cut-offs between consecutive distinct values (each gives another decision), and 1.0 (never)."""
    ordered = sorted(set(values))
    return [(a + b) / 2 for a, b in zip(ordered, ordered[1:], strict=False)] + [1.0]


def _plateau_middle(scored: list[tuple[float, float]]) -> float:
    """The middle of the widest best-scoring run of cut-offs (`scored` is (cut-off, objective), sorted)."""
    top = max(v for _, v in scored)
    runs: list[list[float]] = []
    for i, (cut, value) in enumerate(scored):
        if value == top:
            if i and scored[i - 1][1] == top:
                runs[-1].append(cut)
            else:
                runs.append([cut])
    widest = max(runs, key=lambda run: (run[-1] - run[0], run[-1]))
    return widest[-1] if widest[-1] == 1.0 else (widest[0] + widest[-1]) / 2


def alone(sets: dict[str, list[Msg]], probs: dict[str, list[list[float]]]) -> float:
    """The model alone at its best message cut-off (any sentence above it: personal), for choosing C."""
    best_of = {name: [max(p, default=0.0) for p in probs[name]] for name in sets}
    return max(objective({name: _rates([b > cut for b in best_of[name]], msgs) for name, msgs in sets.items()})
               for cut in _cuts(v for values in best_of.values() for v in values))


def choose_cutoffs(sets: dict[str, list[Msg]], probs: dict[str, list[list[float]]]) -> tuple[float, float | None]:
    """The override cut-off, then a drop cut-off only if dropping scores strictly better than never."""
    missed = [max((q for q, v in zip(p, m.vetoed, strict=True) if not v), default=0.0)
              for name, msgs in sets.items() for m, p in zip(msgs, probs[name], strict=True) if not m.rules_found]
    scored = [(cut, objective(score(sets, probs, cut, None))) for cut in _cuts(missed)]
    override = _plateau_middle(scored)
    found = [max(p, default=0.0) for name, msgs in sets.items()
             for m, p in zip(msgs, probs[name], strict=True) if m.rules_found]
    never = objective(score(sets, probs, override, None))
    dropped = [(cut, objective(score(sets, probs, override, cut))) for cut in [0.0, *_cuts(found)[:-1]]]
    if max(v for _, v in dropped) <= never:
        return override, None
    return override, _plateau_middle(dropped)


def choose(sets: dict[str, list[Msg]], met: dict[str, list[Msg]], log: bool = False
           ) -> tuple[float, float, float | None]:
    """(C, override, drop) by leave-one-writer-out over `sets`: C for the model alone, the cut-offs for
    the rules plus the model, the rules as first met (`met`, by set) where known, else all of `sets`."""
    tried = []
    for c in GRID_C:
        probs = out_of_fold(sets, c)
        tried.append((alone(sets, probs), -c, probs))
        if log:
            print(f"  C={c}: model alone, best cut-off, mean balanced accuracy {100 * tried[-1][0]:.1f}")
    _, minus_c, probs = max(tried, key=lambda t: (t[0], t[1]))
    judged = {k: v for k, v in met.items() if k in sets} or sets
    override, drop = choose_cutoffs(judged, {k: probs[k] for k in judged})
    today = objective(score(sets, probs, override, None))
    if drop is not None and objective(score(sets, probs, override, drop)) <= today:
        drop = None  # dropping must also help with today's rules, which count far fewer wrong details
    if log:
        print(f"  cut-offs judged on {', '.join(judged)}" + (" (rules as first met)" if judged is not sets else ""))
        curve(judged, {k: probs[k] for k in judged})
    return -minus_c, override, drop


def curve(sets: dict[str, list[Msg]], probs: dict[str, list[list[float]]]) -> None:
    """How rules plus model fare at a few override cut-offs (no drop), pooled over the sets."""
    for cut in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.0):
        rates = score(sets, probs, cut, None)
        f = statistics.fmean(r[0] for r in rates.values())
        w = statistics.fmean(r[1] for r in rates.values())
        print(f"  override > {cut:.2f}: found {100 * f:5.1f}  warned {100 * w:5.1f}")


def _shown(m: Msg, index: int, model: DetailModel) -> tuple[bool, bool]:
    """Does the overridden sentence, and its strongest run, overlap the labelled detail?"""
    from inmail_studio.core.lint.facts.detail_model import strongest_run

    s = m.sentences[index]
    a, b = strongest_run(s.text, model)
    label = m.detail_span
    return (label is not None and _overlaps(label, (s.start, s.end)),
            label is not None and _overlaps(label, (s.start + a, s.start + b)))


def report(sets: dict[str, list[Msg]], met: dict[str, list[Msg]]) -> None:
    """Outer leave-one-writer-out: choose on four sets, score the fifth, with today's rules (tuned on
    all five: optimistic) and, where known, with the rules as first met; rules alone beside each."""
    tables: dict[str, list[tuple[float, float]]] = {}
    for name, msgs in sets.items():
        train = {k: v for k, v in sets.items() if k != name}
        c, override, drop = choose(train, met)
        model = fit(train, c)
        probs = probabilities(model, msgs)
        for tag, scored in (("today", msgs), ("first met", met.get(name))):
            if scored is None:
                continue
            (f, w), = score({name: scored}, {name: probs}, override, drop).values()
            (rf, rw), = score({name: scored}, {name: probs}, 2.0, None).values()
            made = [(m, i) for m, p in zip(scored, probs, strict=True)
                    for _, i in [decide(m, p, override, drop)] if i is not None]
            shown = [_shown(m, i, model) for m, i in made if m.personal]
            tables.setdefault(f"rules {tag}", []).append((rf, rw))
            tables.setdefault(f"rules {tag} + model", []).append((f, w))
            print(f"  {name:9s} C={c:<4} override>{override:.3f} drop<{drop} rules {tag:9s} {100 * rf:5.1f}/"
                  f"{100 * rw:5.1f} +model {100 * f:5.1f}/{100 * w:5.1f}  overrides {len(made)} ({len(shown)} "
                  f"personal; sentence on label {sum(a for a, _ in shown)}, run on label {sum(b for _, b in shown)})")
    for label, rates in tables.items():
        f, w = (statistics.fmean(r[i] for r in rates) for i in (0, 1))
        print(f"  MEAN over {len(rates)} sets, {label}: found {100 * f:5.1f}  warned {100 * w:5.1f}")


def write(model: DetailModel, c: float, files: Sequence[Path], met: Sequence[str], out: Path) -> None:
    """The shipped file: sorted keys, so the same training gives the same bytes."""
    raw = {
        "featuriser": FEATURISER,
        "format": FORMAT,
        "bias": model.bias,
        "cutoffs": {"override": round(model.override, PLACES),
                    "drop": None if model.drop is None else round(model.drop, PLACES)},
        "source": (f"tools/train_detail_model.py on {', '.join(p.name for p in files)}: logistic regression, "
                   f"C={c} chosen by leave-one-writer-out over these sets; the cut-offs by the same out-of-fold "
                   "probabilities, maximising the mean over sets of (personal found + generic warned) / 2 of the "
                   "rules plus this model, with "
                   + (f"the rules as they first met {', '.join(f'{n} ({FIRST_CONTACT[n]})' for n in met)}"
                      if met else "today's rules")),
        "weights": model.weights,
    }
    out.write_text(json.dumps(raw, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=[CORPUS / f"{s}.jsonl" for s in SETS],
                        help="one .jsonl file per writer (default: the five coach-corpus sets)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write the model (default: {OUT})")
    parser.add_argument("--report", action="store_true", help="also score an outer leave-one-writer-out")
    parser.add_argument("--today", action="store_true",
                        help="judge the cut-offs with today's rules only, not the rules as each set first met them")
    args = parser.parse_args(argv)
    try:
        sets = load_sets(args.corpus)
    except (OSError, ValueError, KeyError) as error:
        print(f"train_detail_model: cannot read the corpus: {error}", file=sys.stderr)
        return 2
    if len(sets) < 3:
        print("train_detail_model: give at least three writers' sets", file=sys.stderr)
        return 2
    met = {} if args.today else {name: as_first_met(sets[name], first_contact(path, FIRST_CONTACT[name]))
                                 for path in args.corpus if (name := path.stem) in FIRST_CONTACT}
    c, override, drop = choose(sets, met, log=True)
    model = fit(sets, c)
    model = DetailModel(model.weights, model.bias, override, drop)
    if odd := [i for msgs in sets.values() for i in disagreements(model, msgs)]:
        print(f"train_detail_model: the coach would decide otherwise on {', '.join(odd)}", file=sys.stderr)
        return 1
    write(model, c, args.corpus, list(met), args.out)
    print(f"wrote {args.out}: C={c}, override > {override:.4f}, drop < {drop if drop is None else round(drop, 4)}, "
          f"{len(model.weights)} weights")
    if args.report:
        report(sets, met)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
