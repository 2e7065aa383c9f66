# SPDX-License-Identifier: GPL-3.0-or-later
"""The one finding type every rule reports, and the result the engine returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Finding:
    """What is wrong, where (a [start, end) span of code points in `field`), how to fix it, why."""

    rule: str
    severity: Severity
    field: str  # "subject" or "body"
    start: int
    end: int
    message: str
    hint: str = ""
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "hint": self.hint,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Metrics:
    subject_chars: int
    body_words: int
    body_chars: int
    sentences: int
    reading_ease: float | None
    cta_count: int
    unfilled_placeholders: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject_chars": self.subject_chars,
            "body_words": self.body_words,
            "body_chars": self.body_chars,
            "sentences": self.sentences,
            "reading_ease": self.reading_ease,
            "cta_count": self.cta_count,
            "unfilled_placeholders": list(self.unfilled_placeholders),
        }


# How much one finding of each severity costs the 0-100 score (documented in the README).
SCORE_PENALTY = {Severity.ERROR: 25, Severity.WARNING: 8, Severity.INFO: 2}


def score(findings: tuple[Finding, ...] | list[Finding]) -> int:
    return max(0, 100 - sum(SCORE_PENALTY[f.severity] for f in findings))


@dataclass(frozen=True)
class LintResult:
    language: str
    kind: str
    metrics: Metrics
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def score(self) -> int:
        return score(self.findings)

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    def by_severity(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity is severity]

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "kind": self.kind,
            "score": self.score,
            "metrics": self.metrics.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
        }
