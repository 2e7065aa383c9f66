# SPDX-License-Identifier: GPL-3.0-or-later
"""A made-up but realistic outreach log for screenshots, benchmarks and tests (no real messages)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from inmail_studio.core.outreach.model import LogItem

# (template id, kind, language, list, {variant: chance of an answer within 30 days}, body length range)
_TEMPLATES = (
    ("recruit-dev-nl", "inmail", "nl", "Backend Utrecht", {"A": 0.14, "B": 0.24}, (380, 900)),
    ("recruit-pm-en", "inmail", "en", "Product Amsterdam", {"A": 0.18, "B": 0.20}, (300, 1300)),
    ("connect-event-nl", "connection_request", "nl", "Meetup Rotterdam", {"": 0.42}, (120, 290)),
    ("follow-up-en", "follow_up", "en", "Product Amsterdam", {"": 0.22}, (150, 500)),
)
TITLES = {  # what the user calls these templates, for the screenshots
    "recruit-dev-nl": "Backend developer, Utrecht (NL)",
    "recruit-pm-en": "Product manager, Amsterdam",
    "connect-event-nl": "Meetup invitation (NL)",
    "follow-up-en": "Follow-up after a week",
}
_SHARES = (0.22, 0.18, 0.42, 0.18)
_WORDS = ("je", "team", "platform", "gesprek", "koffie", "talk", "onboarding", "role", "Utrecht", "week", "call")


def sample_log(count: int = 600, *, months: int = 6, end: datetime | None = None, seed: int = 7,
               with_text: bool = True) -> list[LogItem]:
    """`count` sent messages spread over `months` months up to `end` (timezone-aware, default
    2026-11-30 09:00 Europe/Amsterdam winter time), two InMail templates with A/B variants (B of
    the Dutch one really better), connection requests, follow-ups; answers with realistic delays.
    `with_text=False` leaves bodies empty (only `body_chars`), for large benchmarks.
    """
    rng = random.Random(seed)
    end = end or datetime(2026, 11, 30, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    span = timedelta(days=30.4 * months)
    items = []
    for index in range(count):
        template_id, kind, language, list_name, variants, (short, long) = rng.choices(_TEMPLATES, _SHARES)[0]
        variant = rng.choice(sorted(variants))
        sent = _working_hours(end - span * rng.random() ** 0.8, rng)
        chars = rng.randint(short, long)
        answered = rng.random() < variants[variant] * (1.25 if chars <= 400 else 1.0)
        outcome, outcome_at = "pending", None
        if answered:
            outcome = "accepted" if kind == "connection_request" else "replied"
            outcome_at = sent + timedelta(hours=rng.expovariate(1 / 80))
            if outcome_at > end:
                outcome, outcome_at = "pending", None
        elif kind == "inmail" and rng.random() < 0.08:
            outcome, outcome_at = "declined", sent + timedelta(days=rng.uniform(0.5, 20))
            outcome, outcome_at = (outcome, outcome_at) if outcome_at <= end else ("pending", None)
        body = _body(rng, chars) if with_text else ""
        items.append(LogItem(
            id=index + 1, sent_at=sent, kind=kind, to_name=f"Person {index + 1}", template_id=template_id,
            variant=variant or None, list_name=list_name, language=language, outcome=outcome,
            outcome_at=outcome_at, body=body, body_chars=chars, subject="Uw talk" if kind == "inmail" else ""))
    items.sort(key=lambda i: i.sent_at)
    return items


def _working_hours(moment: datetime, rng: random.Random) -> datetime:
    """Moved to a weekday between 08:00 and 18:00, as people send from work."""
    while moment.isoweekday() > 5:
        moment -= timedelta(days=1)
    return moment.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59), second=0, microsecond=0)


def _body(rng: random.Random, chars: int) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < chars:
        words.append(rng.choice(_WORDS))
    return " ".join(words)[:chars]
