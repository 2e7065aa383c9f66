# SPDX-License-Identifier: GPL-3.0-or-later
"""The Sent and Due pages' fast paths give exactly what the plain rules give, on messy logs."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from inmail_studio.core.outreach.followup import due_list
from inmail_studio.core.outreach.model import OUTCOMES, LogItem
from inmail_studio.core.outreach.query import LogQuery, due_entries, filter_items, search_text
from inmail_studio.core.outreach.settings import OutreachSettings

NOW = datetime(2026, 9, 30, 12, 0, tzinfo=UTC)
SETTINGS = OutreachSettings()
NAMES = ["Sanne Bakker", "sanne bakker", "Sanne  Bakker", "Jan de Vries", "Zoë Dekker", "Zoe Dekker", "Ann Lee",
         *(f"Person {n}" for n in range(60))]
COMPANIES = ["", "Acme", "ACME", "Beta BV"]
URLS = ["", "", "https://www.linkedin.com/in/sanne", "linkedin.com/in/sanne/", "https://linkedin.com/in/jan"]
KINDS = ["inmail", "connection_request", "follow_up"]


def messy_log(seed: int, size: int = 120) -> list[LogItem]:
    """Namesakes, missing and differently written URLs and companies, equal times, every outcome."""
    rng = random.Random(seed)
    items = []
    for n in range(size):
        sent = NOW - timedelta(days=rng.choice([0, 1, 3, 8, 8, 20, 40, 90]), hours=rng.choice([0, 0, 5]))
        outcome = rng.choice([*OUTCOMES, "pending", "pending"])
        items.append(LogItem(
            id=n + 1, sent_at=sent, kind=rng.choice(KINDS), to_name=rng.choice(NAMES), company=rng.choice(COMPANIES),
            profile_url=rng.choice(URLS), subject=rng.choice(["", "Your talk", "Je post"]),
            body=rng.choice(["Hoi Sanne, zin in koffie?", "Hi Jan, a quick idea", "Dag Zoë"]), outcome=outcome,
            outcome_at=None if outcome == "pending" else sent + timedelta(days=1)))
    return sorted(items, key=lambda i: (i.sent_at, i.id), reverse=True)


@pytest.mark.parametrize("seed", range(12))
def test_the_due_page_lists_exactly_whom_the_follow_up_rule_lists(seed: int) -> None:
    items = messy_log(seed)
    expected = due_list(items, NOW, SETTINGS)
    assert len(expected) >= 2  # the log has people due, so the comparison means something
    assert due_entries(items, NOW, SETTINGS) == expected


@pytest.mark.parametrize("needle", ["sanne", "ZOE", "zoë", "koffie", "talk", "bakker\nyour", "nobody"])
def test_searching_with_the_folded_texts_finds_what_a_plain_search_finds(needle: str) -> None:
    items = messy_log(7)
    query = LogQuery(text=needle)
    texts = [search_text(i) for i in items]
    assert filter_items(items, query, NOW, SETTINGS, texts=texts) == filter_items(items, query, NOW, SETTINGS)
