# SPDX-License-Identifier: GPL-3.0-or-later
"""Lint benchmark: one 200-word InMail in English and in Dutch, against proselint on the same text.

    python3 benchmarks/bench_lint.py [--runs 2000] [--proselint-runs 200]

Target: median ≤ 2 ms per `lint(Message(...))` on a stream of distinct texts. Figures only: no
test asserts a timing. The first run makes benchmarks/.venv (proselint and this project,
editable); both linters are then timed there, each in a process of its own, after a warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "benchmarks" / ".venv"
VENV_PYTHON = VENV / "bin" / "python"
TARGET_MS = 2.0
WARMUP = 200

# Each {} is one number, so a text is exactly 200 words whatever is filled in. Every sentence
# but the greeting and the sign-off holds one: in the "distinct" stream no sentence, line or
# whole text repeats, so only per-word caches (syllables) can help, as for a writer's vocabulary.
EN_SUBJECT = "Closing the month at Brightline Foods after {} new stores"
EN_BODY = """Hi Robert,

Congratulations on opening store {} in Utrecht earlier this week. Your post about the {} people behind it \
was a good read.

You also mentioned that finance now needs {} working days to close the month. That caught my eye, because \
retailers growing this fast often hit the same wall at around {} locations.

Over the past {} months we have helped food and retail companies in the Benelux shorten their close. In {} of \
those cases the fix was not a new system. It was clear ownership of the {} or so handovers between store \
operations and finance that nobody owned.

I do not know whether this is on your list for quarter {}. As CFO of {} stores, you will know far better than \
I do where the real bottleneck sits, and it may well be somewhere else.

If it helps, I can share a short case from a chain with {} stores that went from nine working days to four. \
No slides and no sales deck, just what they changed and what it cost them in {}.

Would a {}-minute call next Tuesday or Thursday be useful to compare notes?

Kind regards,
Anouk de Vries"""
EN_VALUES = (3, 41, 40, 9, 30, 18, 7, 12, 1, 41, 60, 2025, 20)

NL_SUBJECT = "Uw bericht over de nieuwe hal in Venlo en {} planners"
NL_BODY = """Beste Gerard,

In uw bericht over de opening van hal {} in Venlo noemde u ook de keerzijde: het vinden van genoeg planners \
voor {} monteurs. Dat een directeur dat na {} jaar groei zo openlijk deelt, viel mij op.

Ik spreek veel installatiebedrijven in dezelfde groeifase als Brink Installatietechniek, met ongeveer {} \
medewerkers. Bij {} van hen zie ik telkens hetzelfde patroon terug.

De planning wordt bij één afdeling neergelegd, terwijl het probleem tussen sales, werkvoorbereiding en de {} \
mensen in de buitendienst zit. Of dat bij u ook zo is, weet ik niet na {} berichten op LinkedIn.

U kent uw organisatie en uw {} vestigingen uiteraard veel beter dan ik. Wel heb ik drie voorbeelden van \
bedrijven die dit binnen {} maanden hebben opgelost, zonder nieuwe software en zonder een grote investering.

Een van hen plant nu {} klussen per week met dezelfde twee planners als vorig jaar. Zij hebben vooral in {} \
afspraken vastgelegd wie welke beslissing neemt, en ook wanneer precies.

Zou u openstaan voor een gesprek van {} minuten om die voorbeelden naast uw situatie te leggen? Dinsdag of \
donderdag in week {} komt mij allebei goed uit.

Met vriendelijke groet,
Mirjam de Wit"""
NL_VALUES = (4, 2, 120, 12, 250, 5, 80, 3, 3, 6, 140, 4, 20, 48)

TEXTS = {"en": (EN_SUBJECT, EN_BODY, EN_VALUES), "nl": (NL_SUBJECT, NL_BODY, NL_VALUES)}
# same: one text again and again, every cache warm. edited: one number in the third paragraph
# changes each run, as when someone types: whole-text caches miss, per-sentence ones mostly hit.
# distinct: every number changes, so every sentence and line is new (the honest worst case).
MODES = ("same", "edited", "distinct")
EDITED_SLOT = 6


def texts(language: str, mode: str, count: int) -> list[tuple[str, str]]:
    """`count` (subject, body) pairs of one language in one of the `MODES`."""
    subject, body, values = TEXTS[language]
    pairs = []
    for run in range(count):
        numbers = list(values)
        if mode == "edited":
            numbers[EDITED_SLOT] = 1000 + run
        elif mode == "distinct":
            numbers = [1000 + run * len(values) + i for i in range(len(values))]
        pairs.append((subject.format(numbers[0]), body.format(*numbers[1:])))
    return pairs


def timed(work: Callable[[str, str], object], pairs: Sequence[tuple[str, str]]) -> list[float]:
    """Milliseconds per call, after `WARMUP` untimed calls on the first pairs."""
    for subject, body in pairs[:WARMUP]:
        work(subject, body)
    laps = []
    for subject, body in pairs[WARMUP:]:
        started = time.perf_counter()
        work(subject, body)
        laps.append((time.perf_counter() - started) * 1000)
    return laps


def summary(laps: list[float]) -> dict[str, float]:
    ordered = sorted(laps)
    return {"median": statistics.median(ordered), "p95": ordered[int(0.95 * (len(ordered) - 1))],
            "runs": len(ordered)}


def child_inmail(runs: int) -> dict[str, Any]:
    """Time InMail Studio's Python API; the texts are checked to be 200 words first."""
    from inmail_studio.core import Message
    from inmail_studio.core.lint import lint
    from inmail_studio.core.text import count_words

    def work(subject: str, body: str) -> object:
        return lint(Message(kind="inmail", subject=subject, body=body, language="auto"))

    out: dict[str, Any] = {}
    for language in TEXTS:
        for mode in MODES:
            subject, body = texts(language, mode, 1)[0]
            result = lint(Message(kind="inmail", subject=subject, body=body, language="auto"))
            if count_words(body) != 200 or result.language != language:
                raise SystemExit(f"{language} {mode}: {count_words(body)} words, detected {result.language}")
            out[f"{language}/findings"] = len(result.findings)
            out[f"{language}/{mode}"] = summary(timed(work, texts(language, mode, runs + WARMUP)))
    return out


def child_proselint(runs: int) -> dict[str, Any]:
    """Time proselint 0.16's own API: what `proselint check` runs for each file."""
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile
    from proselint.version import __version__

    CheckRegistry().register_many(__register__)

    def work(subject: str, body: str) -> object:
        return LintFile("<bench>", f"{subject}\n\n{body}").lint(DEFAULT)

    out: dict[str, Any] = {"version": __version__,
                              "checks": len(CheckRegistry().get_all_enabled(DEFAULT["checks"]))}
    for language in TEXTS:
        # proselint keeps nothing per text (only compiled patterns), so one stream shows it all.
        pairs = texts(language, "distinct", runs + WARMUP)
        out[f"{language}/findings"] = len(work(*pairs[0]))
        out[f"{language}/distinct"] = summary(timed(work, pairs))
    return out


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # set on our machines; byte-code caches speed up starts
    env.pop("PYTHONPATH", None)
    return env


def ensure_venv() -> None:
    """Make benchmarks/.venv with proselint and this checkout, unless it already has both."""
    probe = ("import inmail_studio, proselint, sys; from pathlib import Path; "
             f"sys.exit(Path(inmail_studio.__file__).resolve().parents[1] != Path({str(ROOT)!r}))")
    # Run from / so that `-c` cannot import the checkout through the current folder.
    if VENV_PYTHON.exists() and subprocess.run([VENV_PYTHON, "-c", probe], env=child_env(), cwd="/",
                                               capture_output=True).returncode == 0:
        return
    print(f"setting up {VENV.relative_to(ROOT)} (proselint + this project, editable) …", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([VENV_PYTHON, "-m", "pip", "install", "--quiet", "--quiet", "proselint", "-e", ROOT],
                   check=True, env=child_env())


def run_child(tool: str, runs: int) -> dict[str, Any]:
    done = subprocess.run([VENV_PYTHON, __file__, "--child", tool, "--runs", str(runs)], env=child_env(),
                          check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout)


def report(ours: dict[str, Any], theirs: dict[str, Any], runs: int) -> list[tuple[str, bool]]:
    """Print both tables; return (target, passed) for each distinct stream and language."""
    print(f"InMail Studio: lint(Message(kind='inmail', language='auto')), 200-word body, "
          f"{runs} runs after {WARMUP} warm-up")
    print(f"{'text':<6}{'stream':<10}{'median ms':>11}{'p95 ms':>10}")
    verdicts = []
    for language in TEXTS:
        for mode in MODES:
            row = ours[f"{language}/{mode}"]
            print(f"{language:<6}{mode:<10}{row['median']:>11.3f}{row['p95']:>10.3f}")
            if mode != "same":
                verdicts.append((f"{language} {mode}: median {row['median']:.2f} ms ≤ {TARGET_MS:g} ms",
                                 row["median"] <= TARGET_MS))
    print()
    print(f"proselint {theirs['version']} ({theirs['checks']} checks, English rules on both texts), "
          f"distinct stream, {theirs['en/distinct']['runs']} runs after {WARMUP} warm-up")
    print(f"{'text':<6}{'proselint ms':>13}{'inmail ms':>11}{'ratio':>9}   findings (proselint / inmail)")
    for language in TEXTS:
        mine, other = ours[f"{language}/distinct"]["median"], theirs[f"{language}/distinct"]["median"]
        print(f"{language:<6}{other:>13.3f}{mine:>11.3f}{other / mine:>8.1f}×   "
              f"{theirs[f'{language}/findings']} / {ours[f'{language}/findings']}")
    print("ratio = proselint_ms / inmail_ms, medians on the same distinct texts")
    print()
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000, help="timed lints per text and stream")
    parser.add_argument("--proselint-runs", type=int, default=200, help="timed proselint runs per text")
    parser.add_argument("--child", choices=("inmail", "proselint"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        work = child_inmail if args.child == "inmail" else child_proselint
        print(json.dumps(work(args.runs)))
        return 0
    ensure_venv()
    ours = run_child("inmail", args.runs)
    theirs = run_child("proselint", args.proselint_runs)
    for target, passed in report(ours, theirs, args.runs):
        print(f"{'PASS' if passed else 'FAIL'}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
