# SPDX-License-Identifier: GPL-3.0-or-later
"""Run every rule over a message and gather findings, highlights, metrics and the score."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

from inmail_studio.core import paths
from inmail_studio.core.language import detect_fields
from inmail_studio.core.lint import rules as _rules  # noqa: F401  (registers the rules)
from inmail_studio.core.lint.context import RULES, LintContext, RuleFunction
from inmail_studio.core.lint.data import UI_LANGUAGES, RuleBook, load_rulebook
from inmail_studio.core.lint.kinds import data_rules
from inmail_studio.core.lint.model import Finding, Highlight, LintResult, Metrics
from inmail_studio.core.message import Message
from inmail_studio.core.text import is_nfc, nfc_len, nfc_with_offsets


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
    A decomposed text (NFD, as some editors paste it) is read in NFC, so the word lists know
    "geïnteresseerd" however it was typed; the spans stay offsets in the text as given.
    """
    if ui_lang not in UI_LANGUAGES:
        raise ValueError(f"unknown interface language {ui_lang!r}; use en or nl")
    subject, body = nfc_with_offsets(message.subject), nfc_with_offsets(message.body)
    if subject is None and body is None and all(map(is_nfc, message.prospect.values())):
        return _lint(message, rules_dir, ui_lang)
    composed = replace(message, subject=message.subject if subject is None else subject[0],
                       body=message.body if body is None else body[0],
                       prospect={k: unicodedata.normalize("NFC", v) for k, v in message.prospect.items()})
    result = _lint(composed, rules_dir, ui_lang)
    offsets = {"subject": None if subject is None else subject[1], "body": None if body is None else body[1]}
    texts = {"subject": message.subject, "body": message.body}

    def back(item: Finding | Highlight) -> Finding | Highlight:
        mapped = offsets.get(item.field)
        if mapped is None:
            return item
        start, end = mapped[item.start], mapped[item.end]
        return replace(item, start=start, end=end, **({"text": texts[item.field][start:end]}
                                                      if isinstance(item, Highlight) else {}))

    return replace(result, findings=tuple(map(back, result.findings)),  # type: ignore[arg-type]
                   highlights=tuple(map(back, result.highlights)))  # type: ignore[arg-type]


def _lint(message: Message, rules_dir: Path | None, ui_lang: str) -> LintResult:
    """`lint` for a message in NFC."""
    book = rulebook(rules_dir)
    language = message.language
    if language == "auto":
        language = detect_fields((message.subject, message.body), book.languages)
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
