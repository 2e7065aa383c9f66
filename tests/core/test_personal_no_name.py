# SPDX-License-Identifier: GPL-3.0-or-later
"""Without a first name the coach names the person in its own language, never in English inside Dutch."""

from __future__ import annotations

import pytest

from inmail_studio.core.lint.engine import lint
from inmail_studio.core.message import Message

BODY = "Beste,\n\nWij zoeken een planner voor ons team in Venlo. Staat u open voor een kort gesprek?"


@pytest.mark.parametrize(("ui_lang", "expected"), [("nl", "deze persoon"), ("en", "this person")])
def test_a_prospect_without_a_first_name_is_named_in_the_coachs_language(ui_lang: str, expected: str) -> None:
    message = Message(kind="inmail", subject="Planner in Venlo", body=BODY, language="nl",
                      prospect={"company": "Acme", "recent_post": "de nieuwe vestiging in Tilburg"})
    finding = next(f for f in lint(message, ui_lang=ui_lang).findings if f.rule == "personalisation")
    assert expected in finding.message
    assert "the prospect" not in finding.message
