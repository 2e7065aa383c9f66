# SPDX-License-Identifier: GPL-3.0-or-later
"""The engine's result: the JSON shape other tools read, the score, and every finding's texts."""

from __future__ import annotations

import json

import pytest

from inmail_studio.core import Message, Severity
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.model import Finding, score

TOP_KEYS = {"language", "kind", "score", "metrics", "findings", "highlights"}
METRIC_KEYS = {"subject_chars", "body_words", "body_chars", "sentences", "reading_ease", "cta_count",
               "unfilled_placeholders", "cta_kinds"}
FINDING_KEYS = {"rule", "severity", "field", "start", "end", "message", "hint", "reason"}
# A call-to-action finding about an ask (one of several, or a meeting asked for at first contact)
# also says what that ask asks for.
ASK_FINDING_KEYS = FINDING_KEYS | {"kind"}

MESSAGES = [
    Message(subject="Quick question",
            body="Hi [Name],\n\nI hope this message finds you well. Book a demo? Let me know."),
    Message(subject="x" * 70, body="Beste Naam, uw lezing. Wat vind je? Zullen we bellen? Laat gerust weten."),
    Message(kind="connection_request", account="free", body="I'd love to connect. " * 12),
    Message(kind="follow_up", body=" ".join(["We did it."] * 60)),
    Message(subject="", body=""),
]


@pytest.mark.parametrize("message", MESSAGES)
def test_to_dict_has_exactly_the_documented_shape(message: Message) -> None:
    data = json.loads(json.dumps(lint(message).to_dict()))
    assert set(data) == TOP_KEYS
    assert set(data["metrics"]) == METRIC_KEYS
    assert data["findings"], "every example has findings"
    for finding in data["findings"]:
        asks_for = finding["rule"] == "call-to-action" and finding["severity"] != "error"
        assert set(finding) == (ASK_FINDING_KEYS if asks_for else FINDING_KEYS)
        assert finding["severity"] in {"error", "warning", "info"}
        assert finding["field"] in {"subject", "body"}
    assert isinstance(data["score"], int)
    assert isinstance(data["metrics"]["unfilled_placeholders"], list)
    assert len(data["metrics"]["cta_kinds"]) == data["metrics"]["cta_count"]
    assert isinstance(data["highlights"], list)


@pytest.mark.parametrize("message", MESSAGES)
def test_every_finding_says_what_how_and_why(message: Message) -> None:
    for finding in lint(message).findings:
        assert finding.message.strip() and finding.hint.strip() and finding.reason.strip(), finding
        # A rule text with a field the rule did not fill in would show braces to the user.
        for part in (finding.message, finding.reason):
            assert "{" not in part, part


@pytest.mark.parametrize("message", MESSAGES)
def test_score_is_100_minus_penalties(message: Message) -> None:
    result = lint(message)
    counts = {s: sum(1 for f in result.findings if f.severity is s) for s in Severity}
    expected = max(0, 100 - 25 * counts[Severity.ERROR] - 8 * counts[Severity.WARNING] - 2 * counts[Severity.INFO])
    assert result.score == expected
    assert result.to_dict()["score"] == expected


def _finding(severity: Severity) -> Finding:
    return Finding("call-to-action", severity, "body", 0, 0, "m", "h", "r")


@pytest.mark.parametrize(("severities", "expected"), [
    ([], 100),
    ([Severity.ERROR], 75),
    ([Severity.WARNING, Severity.INFO], 90),
    ([Severity.ERROR] * 3 + [Severity.WARNING] * 3, 1),
    ([Severity.ERROR] * 5, 0),
    ([Severity.ERROR] * 4 + [Severity.INFO], 0),
])
def test_score_formula(severities: list[Severity], expected: int) -> None:
    assert score([_finding(s) for s in severities]) == expected


def test_clean_message_scores_100() -> None:
    body = ("Hi Anna,\n\nYour post on buddies for new engineers stayed with me. We tried it and our new people settled "
            "in within a month.\n\nWould you be open to a short call next week?")
    result = lint(Message(kind="follow_up", body=body))
    assert result.findings == ()
    assert result.score == 100
    assert not result.has_errors


def test_findings_come_subject_first_then_by_severity() -> None:
    result = lint(MESSAGES[0])
    order = [(f.field != "subject", f.severity.rank) for f in result.findings]
    assert order == sorted(order)
    assert result.findings[0].field == "subject"


def test_metrics() -> None:
    body = "Hi [Name],\n\nI read your post. Would you be open to a call?"
    metrics = lint(Message(subject="Your post", body=body)).metrics
    assert (metrics.subject_chars, metrics.body_words, metrics.body_chars) == (9, 13, len(body))
    assert (metrics.sentences, metrics.cta_count, metrics.unfilled_placeholders) == (3, 1, ("[Name]",))
    assert isinstance(metrics.reading_ease, float)


def test_lint_does_not_change_the_message() -> None:
    message = Message(subject="Quick question", body="Hi [Name]", prospect={"recent_post": "buddies"})
    before = repr(message)
    lint(message)
    assert repr(message) == before


def test_bad_message_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        Message(kind="email")
    with pytest.raises(ValueError, match="language"):
        Message(language="de")
    with pytest.raises(ValueError, match="account"):
        Message(account="business")
