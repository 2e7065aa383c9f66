# SPDX-License-Identifier: GPL-3.0-or-later
"""unfilled-placeholder and personalisation: is the message really written for this person?"""

from __future__ import annotations

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint

ASK = "Would you be open to a short call next week?"


def placeholders(marks, body: str, subject: str = "Onboarding", **fields: object) -> list[str]:
    found = marks("unfilled-placeholder", subject=subject, body=body, **fields)
    assert all(m.severity == "error" for m in found)
    return [m.text for m in found]


@pytest.mark.parametrize(("body", "expected"), [
    ("Hi {{ first_name }}, I liked your post.", "{{ first_name }}"),
    ("Hi {{first_name}}, I liked your post.", "{{first_name}}"),
    ("Hi {first_name}, I liked your post.", "{first_name}"),
    ("Hi {{{first_name}}}, I liked your post.", "{{{first_name}}}"),
    ("Hi ${first_name}, I liked your post.", "${first_name}"),
    ("Hi [Name], I liked your post.", "[Name]"),
    ("Ik las je stuk over [Specifiek punt].", "[Specifiek punt]"),
    ("How is onboarding at <Company> going?", "<Company>"),
    ("Dear %FIRST_NAME%, I liked your post.", "%FIRST_NAME%"),
    ("Hi NAME,\n\nI liked your post.", "NAME"),
    ("Hi xxx,\n\nI liked your post.", "xxx"),
    ("Hoi Naam,\n\nIk las je bericht.", "Naam"),
    ("Beste VOORNAAM,\n\nIk las uw bericht.", "VOORNAAM"),
    ("Good morning Name!\n\nI liked your post.", "Name"),
    ("Hi (First Name), I liked your post.", "(First Name)"),
    ("I liked your post about ___ and the team.", "___"),
    ("I liked your post about [...] and the team.", "[...]"),
    ("Hi <first name>, I liked your post.", "<first name>"),
    ("Geachte <<Aanhef>> <<Achternaam>>, ik las uw bericht.", "<<Aanhef>>"),  # the whole field, both brackets
    ("We build a community for %JOBTITLE%s in the Benelux.", "%JOBTITLE%"),  # a plural glued on
    ("Hi #FirstName#, looks like we both know Anna.", "#FirstName#"),  # Flexmail, in capitals too
    ("{% if post %}I read your post.{% endif %}", "{% if post %}"),
])
def test_placeholder_is_flagged_with_its_exact_span(marks, body: str, expected: str) -> None:
    assert expected in placeholders(marks, body)


@pytest.mark.parametrize("body", [
    "It went well (see below).",
    'She wrote "teh [sic] numbers" in her post.',
    "Onboarding takes twelve weeks on average [1].",
    "I wrote about it [here](https://example.com/onboarding).",
    "First line<br>second line",
    "Write to me at <joost@fietsdata.nl> any time.",
    "Hi Nameeta,\n\nI liked your post.",
    "Hi Nathan,\n\nI liked your post.",
    "Hoi Naima,\n\nIk las je bericht.",
    "Tick the box [x] when done.",
    "Our churn fell 30% and costs 20% last year.",
    "Read it at https://example.com/search?q=remote%20onboarding%20guide",
    "Read it at https://example.com/blog/what%E2%80%99s-next-for-onboarding",
    "Use <b>bold</b> and <em>emphasis</em> sparingly.",
    "See <https://example.com/onboarding>.",
    "Name: Anna de Vries, team lead.",
    "Dear Sir,\n\nI liked your post.",
])
def test_ordinary_text_is_not_a_placeholder(marks, body: str) -> None:
    assert placeholders(marks, body) == []


def test_placeholder_in_the_subject_is_flagged_in_the_subject(marks) -> None:
    [found] = marks("unfilled-placeholder", subject="Onboarding at [Company]", body=ASK)
    assert (found.field, found.text) == ("subject", "[Company]")


def test_template_mode_expects_jinja_but_not_other_placeholders(marks) -> None:
    body = "Hi {{ first_name }},\n\n{% if post %}I read {{ post }}.{% endif %} How is [Name] doing?"
    assert placeholders(marks, body, template_mode=True) == ["[Name]"]
    assert placeholders(marks, body) == ["{{ first_name }}", "{% if post %}", "{{ post }}", "{% endif %}", "[Name]"]


def test_template_mode_still_flags_mail_merge_fields(marks) -> None:
    assert placeholders(marks, "Hi %FIRST_NAME%, see {company}.", template_mode=True) == ["%FIRST_NAME%", "{company}"]


def test_each_placeholder_is_listed_once_in_order() -> None:
    body = "Hi [Name],\n\nHow is <Company>? [Name], I mean it. <Company> again."
    result = lint(Message(subject="About {{ topic }}", body=body))
    assert result.metrics.unfilled_placeholders == ("{{ topic }}", "[Name]", "<Company>")
    assert len([f for f in result.findings if f.rule == "unfilled-placeholder"]) == 5


def test_overlapping_patterns_give_one_finding(marks) -> None:
    # {{{var}}} matches more than one pattern; the user sees one underline.
    assert placeholders(marks, "Hi {{{first_name}}}, welcome.") == ["{{{first_name}}}"]


# personalisation

def test_template_with_only_the_name_warns(marks) -> None:
    body = "Hi {{ first_name }},\n\nWe help teams onboard faster.\n\n" + ASK
    found = marks("personalisation", subject="Onboarding", body=body, template_mode=True)
    assert [(m.severity, m.text) for m in found] == [("warning", "Hi {{ first_name }},")]


@pytest.mark.parametrize("body", [
    "Hi {{ first_name }},\n\nI enjoyed {{ recent_post }}.\n\n" + ASK,
    "Hi {{ first_name }},\n\n{% if recent_post %}I enjoyed it.{% endif %}\n\n" + ASK,
    "Hoi {{ voornaam }},\n\nIk las {{ bericht | default('je bericht') }}.\n\n" + ASK,
])
def test_template_with_a_detail_variable_is_fine(marks, body: str) -> None:
    assert marks("personalisation", subject="Onboarding", body=body, template_mode=True) == []


def test_a_detail_variable_in_the_subject_counts(marks) -> None:
    body = "Hi {{ first_name }},\n\n" + ASK
    assert marks("personalisation", subject="About {{ recent_post }}", body=body, template_mode=True) == []


PROSPECT = {"first_name": "Anna", "recent_post": "hybrid onboarding"}


def test_prospect_detail_missing_from_the_body_warns(marks) -> None:
    body = "Hi Anna,\n\nWe help teams onboard engineers faster.\n\n" + ASK
    found = marks("personalisation", subject="Onboarding", body=body, prospect=PROSPECT)
    assert [(m.severity, m.text) for m in found] == [("warning", "Hi Anna,")]


@pytest.mark.parametrize("body", [
    "Hi Anna,\n\nYour post on hybrid onboarding was spot on.\n\n" + ASK,
    "Hi Anna,\n\nYour post on Hybrid\nOnboarding was spot on.\n\n" + ASK,
])
def test_prospect_detail_in_the_body_is_fine(marks, body: str) -> None:
    assert marks("personalisation", subject="Onboarding", body=body, prospect=PROSPECT) == []


def test_the_name_alone_is_not_a_detail(marks) -> None:
    body = "Hi Anna de Vries,\n\nWe help teams onboard faster.\n\n" + ASK
    prospect = {"first_name": "Anna", "last_name": "de Vries", "recent_post": "hybrid onboarding"}
    assert len(marks("personalisation", subject="Onboarding", body=body, prospect=prospect)) == 1


def test_a_prospect_with_only_a_name_falls_back_to_cues(marks) -> None:
    generic = "Hi Anna,\n\nWe help teams onboard faster.\n\n" + ASK
    specific = "Hi Anna,\n\nI read your post on buddies.\n\n" + ASK
    prospect = {"first_name": "Anna", "recent_post": "  "}
    assert len(marks("personalisation", subject="Onboarding", body=generic, prospect=prospect)) == 1
    assert marks("personalisation", subject="Onboarding", body=specific, prospect=prospect) == []


@pytest.mark.parametrize(("body", "warns"), [
    ("Hi Anna,\n\nWe help teams onboard faster.\n\n" + ASK, True),
    ("Hi Anna,\n\nCongrats on the new role at Fietsdata!\n\n" + ASK, False),
    ("Hi Anna,\n\nWe met at the DevOps summit in Ghent.\n\n" + ASK, False),
    ("Hoi Anna,\n\nWij helpen teams sneller inwerken.\n\nHeb je volgende week tijd voor een gesprek?", True),
    ("Hoi Anna,\n\nGefeliciteerd met je nieuwe rol!\n\nHeb je volgende week tijd voor een gesprek?", False),
    ("Hoi Anna,\n\nWe hebben een gemeenschappelijke connectie: Pieter.\n\nHeb je tijd voor een gesprek?", False),
])
def test_plain_text_needs_a_specific_detail(marks, body: str, warns: bool) -> None:
    found = marks("personalisation", subject="Onboarding", body=body)
    assert [m.severity for m in found] == (["warning"] if warns else [])
