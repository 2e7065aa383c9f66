# SPDX-License-Identifier: GPL-3.0-or-later
"""Run every rule over a message and gather findings, metrics and the score."""

from __future__ import annotations

from pathlib import Path

from inmail_studio.core import paths
from inmail_studio.core.language import detect_language
from inmail_studio.core.lint import rules as _rules  # noqa: F401  (registers the rules)
from inmail_studio.core.lint.context import RULES, LintContext
from inmail_studio.core.lint.data import RuleBook, load_rulebook
from inmail_studio.core.lint.model import Finding, LintResult, Metrics
from inmail_studio.core.message import Message
from inmail_studio.core.text import nfc_len


def _default_rules_dir() -> Path:
    return paths.rules_dir()


def rulebook(rules_dir: Path | None = None) -> RuleBook:
    return load_rulebook(rules_dir or _default_rules_dir())


def _order(finding: Finding) -> tuple[int, int, int, int]:
    return (finding.field != "subject", finding.severity.rank, finding.start, finding.end)


def lint(message: Message, *, rules_dir: Path | None = None) -> LintResult:
    """Lint one message. Never raises for any text; spans always lie inside their field."""
    book = rulebook(rules_dir)
    language = message.language
    if language == "auto":
        language = detect_language(f"{message.subject}\n{message.body}", book.languages)
    ctx = LintContext(message, language, book)
    findings = sorted((f for _, check in RULES for f in check(ctx)), key=_order)
    seen: list[str] = []
    for placeholder in ctx.placeholders:
        if placeholder.text not in seen:
            seen.append(placeholder.text)
    metrics = Metrics(
        subject_chars=nfc_len(ctx.subject),  # a connection request or follow-up sends no subject
        body_words=len(ctx.word_texts),
        body_chars=nfc_len(message.body),
        sentences=len(ctx.sentences),
        reading_ease=ctx.reading_ease,
        cta_count=len(ctx.asks),
        unfilled_placeholders=tuple(seen),
    )
    return LintResult(language=language, kind=message.kind, metrics=metrics, findings=tuple(findings))
