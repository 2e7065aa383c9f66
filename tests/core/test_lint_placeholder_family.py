# SPDX-License-Identifier: GPL-3.0-or-later
"""unfilled-placeholder: the whole family of mail-merge syntaxes that people paste from their tools.

Syntaxes as the tools document them: Salesforce {!Contact.FirstName} (and Marketing Cloud
%%FirstName%%), Mailchimp *|FNAME|* (with *|IF:…|* blocks), HubSpot {{ contact.firstname }} and
personalization_token(…, 'default'), lemlist / Waalaxy {{firstName}} with a fallback, Expandi /
Linked Helper {first_name}, Mautic {contactfield=firstname|there}, Apollo / Outreach / Salesloft
{{first_name}}, Liquid {{ first_name | default: 'there' }}, ActiveCampaign %FIRSTNAME%,
Flexmail #firstname#, bracketed [[first_name]], Dux-Soup-style _FN_ markers.
"""

from __future__ import annotations

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint

FIELDS = [
    "{!Contact.FirstName}", "{!Lead.Company}", "{!Contact.FirstName, \"there\"}", "%%FirstName%%",
    "*|FNAME|*", "*|COMPANY|*", "*|FNAME:there|*", "*|IF:FNAME|*",
    "{{ contact.firstname }}", "{{ personalization_token('contact.firstname', 'there') }}",
    "{{firstName}}", "{{firstName|there}}", "{{ firstName | 'there' }}", "{{companyName}}",
    "{first_name}", "{firstName}", "{company_name}",
    "{contactfield=firstname}", "{contactfield=firstname|there}", "{ownerfield=signature}",
    "{{first_name}}", "{{account.name}}", "{{ first_name | default: 'there' }}",
    "%FIRSTNAME%", "#firstname#", "[[first_name]]", "_FN_", "_COMPANY_", "~~NAME~~",
]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("where", ["Hi {},\n\nI liked your post on onboarding.",
                                   "Ik las je post over {} en onboarding."])
def test_every_mail_merge_field_is_flagged_whole(field: str, where: str) -> None:
    body = where.format(field)
    result = lint(Message(kind="follow_up", body=body))
    spans = [body[f.start:f.end] for f in result.findings if f.rule == "unfilled-placeholder"]
    assert field in spans or any(field in span for span in spans), spans
    assert result.metrics.unfilled_placeholders


def test_the_two_examples_of_the_issue_no_longer_pass() -> None:
    for body in ("Hi {!Contact.FirstName},\n\nLoved your post. Open to a chat?",
                 "Hi *|FNAME|*,\n\nLoved your post. Open to a chat?"):
        result = lint(Message(kind="follow_up", body=body, language="en"))
        assert result.has_errors and result.score < 92


@pytest.mark.parametrize("body", [
    "We grew 30% in 2024 and 15% in 2025 (our best year).",
    "Pick any of {1, 2, 3} or {a, b}; we are flexible.",
    "That went well :) and then :-( it did not; still <3 for the team.",
    "Run `grep -r '{x}' .` or use a dict like {'a': 1} in code.",
    "My snake_case_names and __init__ files are fine.",
    "We are #hiring in #Utrecht this month.",
    "Email me at first.last@example.com or see example.com/jobs.",
    "Results *really* matter | and so do people.",
    "It costs €5/month, i.e. 50% less (see [1]).",
    "Je krijgt 20% korting (t/m vrijdag) en een gratis intake.",
])
def test_prose_brackets_emoticons_and_code_stay_unflagged(body: str) -> None:
    result = lint(Message(kind="follow_up", body=body))
    assert [body[f.start:f.end] for f in result.findings if f.rule == "unfilled-placeholder"] == []
