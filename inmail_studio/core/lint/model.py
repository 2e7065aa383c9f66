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
    """What is wrong, where (a [start, end) span of code points in `field`), how to fix it, why.

    `kind` is what a call-to-action finding's ask asks for ("interest", "meeting", "connect",
    "opinion", "resource", "calendar", "intro", "reply"); None for other findings.
    """

    rule: str
    severity: Severity
    field: str  # "subject" or "body"
    start: int
    end: int
    message: str
    hint: str = ""
    reason: str = ""
    kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The `--json` shape; "kind" only where there is one."""
        out: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "hint": self.hint,
            "reason": self.reason,
        }
        if self.kind is not None:
            out["kind"] = self.kind
        return out


@dataclass(frozen=True, slots=True)
class Highlight:
    """Something the message does well, where: [start, end) in code points of `field`.

    `kind` is the rule's own code for it (the personalisation rule's "detail"); `text` the part
    of the message it points at. The interface words it.
    """

    rule: str
    kind: str
    field: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "kind": self.kind, "field": self.field,
                "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Metrics:
    subject_chars: int
    body_words: int
    body_chars: int
    sentences: int
    reading_ease: float | None
    cta_count: int
    unfilled_placeholders: tuple[str, ...]
    cta_kinds: tuple[str, ...] = ()  # one per ask, in order: what each ask asks for

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject_chars": self.subject_chars,
            "body_words": self.body_words,
            "body_chars": self.body_chars,
            "sentences": self.sentences,
            "reading_ease": self.reading_ease,
            "cta_count": self.cta_count,
            "unfilled_placeholders": list(self.unfilled_placeholders),
            "cta_kinds": list(self.cta_kinds),
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
    highlights: tuple[Highlight, ...] = field(default_factory=tuple)

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
            "highlights": [h.to_dict() for h in self.highlights],
        }
