# SPDX-License-Identifier: GPL-3.0-or-later
"""What is stored about one person, gathered from every table (their right of access)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from inmail_studio.core.store import Store


def _iso(timestamp: float | None) -> str | None:
    return datetime.fromtimestamp(timestamp).astimezone().isoformat(timespec="seconds") if timestamp else None


def everything_about(store: Store, prospect_id: int) -> dict[str, Any] | None:
    """The prospect, their list's name, every draft and every sent message for them; times in
    ISO 8601 with their offset. None when there is no such prospect."""
    prospect = store.prospects.get(prospect_id)
    if prospect is None:
        return None
    lst = store.prospects.get_list(prospect.list_id) if prospect.list_id else None
    drafts = [{**d, "created": _iso(d["created"]), "updated": _iso(d["updated"])}
              for d in store.drafts.about_prospect(prospect_id)]
    sent = [{"subject": i.subject, "body": i.body, "template": i.template_id,
             "sent": i.sent_at.isoformat(timespec="seconds"), "outcome": i.outcome}
            for i in store.sent.for_prospect(prospect_id)]
    return {"prospect": prospect.to_dict(), "list": lst.name if lst else None, "drafts": drafts, "sent": sent}


def dependents(store: Store, prospect_id: int) -> tuple[int, int]:
    """How many drafts and sent messages forgetting this prospect would delete too."""
    return store.drafts.count_for_prospect(prospect_id), store.sent.count_for_prospect(prospect_id)
