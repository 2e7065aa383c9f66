# SPDX-License-Identifier: GPL-3.0-or-later
"""Run every rule over a message and gather findings, highlights, metrics and the score."""

from __future__ import annotations

from pathlib import Path

from inmail_studio.core import paths
from inmail_studio.core.language import detect_language
from inmail_studio.core.lint import rules as _rules  # noqa: F401  (registers the rules)
from inmail_studio.core.lint.context import RULES, LintContext, RuleFunction
from inmail_studio.core.lint.data import UI_LANGUAGES, RuleBook, load_rulebook
from inmail_studio.core.lint.kinds import data_rules
from inmail_studio.core.lint.model import Finding, LintResult, Metrics
from inmail_studio.core.message import Message
from inmail_studio.core.text import nfc_len


def _default_rules_dir() -> Path:
    return paths.rules_dir()


def rulebook(rules_dir: Path | None = None) -> RuleBook:
    return load_rulebook(rules_dir or _default_rules_dir())


def all_rules(book: RuleBook) -> list[tuple[str, RuleFunction]]:
    """Every rule in report order: the rules in code, then those declared as data."""
    return [*RULES, *data_rules(book)]


def _order(finding: Finding) -> tuple[int, int, int, int]:
    return (finding.field != "subject", finding.severity.rank, finding.start, finding.end)


def lint(message: Message, *, rules_dir: Path | None = None, ui_lang: str = "en") -> LintResult:
    """Lint one message. Never raises for any text; spans always lie inside their field.

    `ui_lang` ("en" or "nl") is the language of the findings' texts; raises ValueError for another.
    """
    if ui_lang not in UI_LANGUAGES:
        raise ValueError(f"unknown interface language {ui_lang!r}; use en or nl")
    book = rulebook(rules_dir)
    language = message.language
    if language == "auto":
        language = detect_language(f"{message.subject}\n{message.body}", book.languages)
    ctx = LintContext(message, language, book, ui_lang)
    found: list[Finding] = []
    for rule_id, check in all_rules(book):
        ctx.rule_id = rule_id
        found.extend(check(ctx))
    seen: list[str] = []
    for placeholder in ctx.placeholders:
        if placeholder.text not in seen:
            seen.append(placeholder.text)
    metrics = Metrics(
        subject_chars=nfc_len(message.subject),  # counted whenever given; LinkedIn sends it only with an InMail
        body_words=len(ctx.word_texts),
        body_chars=nfc_len(message.body),
        sentences=len(ctx.sentences),
        reading_ease=ctx.reading_ease,
        cta_count=len(ctx.asks),
        unfilled_placeholders=tuple(seen),
        cta_kinds=tuple(ask.kind for ask in ctx.asks),
    )
    return LintResult(language=language, kind=message.kind, metrics=metrics, findings=tuple(sorted(found, key=_order)),
                      highlights=tuple(sorted(ctx.highlights, key=lambda h: (h.field != "subject", h.start))))
