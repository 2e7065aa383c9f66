# SPDX-License-Identifier: GPL-3.0-or-later
"""The personal-detail rules as each held-out coach-corpus set first met them, before anyone tuned on it.

Today's rules were tuned on all five sets and miss almost nothing there, so only these verdicts
show how the rules err on a new writer's messages, which is what a learned model may overrule
(tools/train_detail_model.py). Each commit below reproduces the README's first-contact figures
(found / warned): heldout2 83.3 / 91.2 (the README's 84.2 predates a label fix), heldout3
88.1 / 90.3, heldout4 88.2 / 85.5. The rules of that commit run from a `git archive` of it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST_CONTACT = {"heldout2": "6b83fd1^", "heldout3": "b978d14^", "heldout4": "58f41da^"}
_VERDICTS = """
import json, sys
from inmail_studio.core import Message
try:
    from inmail_studio.core.lint import lint
except ImportError:  # before effc387, lint() lived in core
    from inmail_studio.core import lint
from inmail_studio.core.lint.engine import rulebook
from inmail_studio.core.lint.facts.detail import compile_words, find_detail
book, out = rulebook(), {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        row = json.loads(line)
        res = lint(Message(kind=row["kind"], subject=row.get("subject", ""), body=row["body"], language=row["lang"]))
        words = compile_words(book.words("personalisation", row["lang"]), book.words("personalisation", "*"))
        found = not any(f.rule == "personalisation" for f in res.findings)
        out[row["id"]] = [found, [] if found else [[m.start, m.end] for m in find_detail(row["body"], words).rejected]]
print(json.dumps(out))
"""


def first_contact(path: Path, commit: str) -> dict[str, tuple[bool, list[tuple[int, int]]]]:
    """Per message id in the corpus file at `path`: (the rules counted a detail, the [start, end) of
    the mentions they rejected), by the rules at `commit`. Raises CalledProcessError when git or
    those rules fail."""
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "inmail_studio", "resources"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tree], input=archive, check=True)
        done = subprocess.run([sys.executable, "-c", _VERDICTS, str(path.resolve())], cwd=tree, check=True,
                              capture_output=True, text=True)
    return {k: (found, [(a, b) for a, b in spans]) for k, (found, spans) in json.loads(done.stdout).items()}
