# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation: a real detail about the reader is recognised and shown; a role, a profile or a name alone is not."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inmail_studio.core import Message, paths
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.model import LintResult

ASK = {"en": "Would you be open to a short call next week?", "nl": "Heb je volgende week tijd voor een kort gesprek?"}
GREETING = {"en": "Hi Anna,", "nl": "Hoi Anna,"}


def coach(lang: str, sentence: str, kind: str = "connection_request", **fields: object) -> LintResult:
    body = f"{GREETING[lang]}\n\n{sentence}\n\n{ASK[lang]}"
    return lint(Message(kind=kind, body=body, language=lang, **fields))  # type: ignore[arg-type]


def shown(result: LintResult) -> list[str]:
    """The details the coach shows as positive lines."""
    return [h.text for h in result.highlights if h.rule == "personalisation"]


def warned(result: LintResult) -> bool:
    return any(f.rule == "personalisation" for f in result.findings)


# The examples, each in English and Dutch: (language, sentence, part of the detail shown).
PERSONAL = [
    # 1. their content, in other words
    ("en", "Read your piece on pricing for SaaS twice.", "your piece on pricing"),
    ("nl", "Ik las je stuk over prijzen voor SaaS twee keer.", "je stuk over prijzen"),
    ("en", "I've been following what you write about hiring in logistics.", "you write about hiring"),
    ("nl", "Ik volg al een tijdje wat je schrijft over werving in de logistiek.", "je schrijft over werving"),
    ("en", "What you said about shift rosters made me rethink ours.", "you said about shift rosters"),
    ("nl", "Wat je zei over dienstroosters zette me aan het denken.", "je zei over dienstroosters"),
    ("en", "Your column on staff shortages stuck with me.", "Your column on staff shortages"),
    ("nl", "Je column over personeelstekort bleef hangen.", "Je column over personeelstekort"),
    # 2. a shared background said specifically
    ("en", "We both spent years in facility management.", "We both spent years in facility management"),
    ("nl", "We hebben allebei jaren in facilitair management gewerkt.", "allebei jaren in facilitair management"),
    ("en", "I see we were both at the Utrecht HR meetup.", "we were both at the Utrecht HR meetup"),
    ("nl", "Ik zie dat we allebei op de Utrechtse HR-meetup waren.", "allebei op de Utrechtse HR-meetup"),
    ("en", "I'm also from healthcare IT, at Nictiz until last year.", "I'm also from healthcare IT"),
    ("nl", "Ook ik kom uit de zorg-ICT.", "Ook ik kom uit de zorg-ICT"),
    # 3. the company's specifics
    ("en", "I saw Acme just opened a second warehouse in Venlo.", "Acme just opened a second warehouse in Venlo"),
    ("nl", "Ik zag dat Acme net een tweede magazijn in Venlo heeft geopend.", "Acme net een tweede magazijn"),
    ("en", "Congratulations on the Series B!", "Congratulations on the Series B"),
    ("nl", "Gefeliciteerd met de Series B!", "Gefeliciteerd met de Series B"),
    ("en", "I saw you're hiring an HR analyst.", "you're hiring an HR analyst"),
    ("nl", "Ik zag dat jullie een HR-analist zoeken.", "jullie een HR-analist zoeken"),
    ("en", "I like the work your team does on route planning.", "work your team does on route planning"),
    ("nl", "Mooi werk dat jullie team doet rond routeplanning.", "werk dat jullie team doet rond routeplanning"),
]

GENERIC = [
    # 5. a role, a profile or a company name is true of thousands
    ("en", "I see you're in engineering."),
    ("nl", "Ik zie dat je in de engineering zit."),
    ("en", "Your background is impressive."),
    ("nl", "Je achtergrond is indrukwekkend."),
    ("en", "I came across your profile."),
    ("nl", "Ik kwam je profiel tegen."),
    ("en", "I see you work at Acme."),
    ("nl", "Ik zie dat u bij Acme werkt."),
    ("en", "Your work at Acme is impressive."),
    ("nl", "Uw organisatie doet mooi werk."),
    ("en", "I'd love to hear your thoughts on our new pricing page."),
    ("nl", "Graag hoor ik uw mening over onze nieuwe tool."),
    ("en", "Most CFOs I talk to are struggling with cash flow."),
    ("nl", "Misschien worstelen jullie ook met personeelstekort?"),
    ("en", "We just raised our Series A and are hiring engineers."),
    ("nl", "Wij hebben net een nieuwe vestiging geopend in Utrecht."),
    ("en", "Are you attending Web Summit this year?"),
    ("nl", "Gaat u ook naar de Vakbeurs Energie?"),
]


@pytest.mark.parametrize(("lang", "sentence", "detail"), PERSONAL)
def test_a_real_detail_is_recognised_and_shown(lang: str, sentence: str, detail: str) -> None:
    result = coach(lang, sentence)
    assert not warned(result)
    assert len(shown(result)) == 1 and detail in shown(result)[0], shown(result)


@pytest.mark.parametrize(("lang", "sentence"), GENERIC)
def test_a_role_a_profile_or_praise_is_not_a_detail(lang: str, sentence: str) -> None:
    result = coach(lang, sentence)
    assert warned(result) and shown(result) == []


# 4. templates: a placeholder that stands for a detail makes the message personal once filled
@pytest.mark.parametrize(("lang", "sentence", "placeholder"), [
    ("en", "Loved your point about [specific insight].", "[specific insight]"),
    ("nl", "Sterk punt over [specifiek inzicht].", "[specifiek inzicht]"),
    ("en", "Teams like yours often tell me about {pain_point}.", "{pain_point}"),
    ("nl", "Bij jullie speelt vast {pijnpunt}.", "{pijnpunt}"),
    ("en", "I enjoyed {{ recent_post }}.", "{{ recent_post }}"),
    ("nl", "Ik las {{ recente_post }}.", "{{ recente_post }}"),
    ("en", "I read your post about [topic they posted about].", "your post about"),
    ("nl", "Mooie post over [onderwerp waar ze over postten].", "[onderwerp waar ze over postten]"),
])
def test_a_placeholder_for_a_detail_is_personal_and_only_the_placeholder_error_remains(
        lang: str, sentence: str, placeholder: str) -> None:
    result = coach(lang, sentence)
    assert not warned(result)
    assert any(placeholder in text for text in shown(result)), shown(result)
    assert any(f.rule == "unfilled-placeholder" for f in result.findings)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "As a {job_title} you know how hard hiring is."),
    ("nl", "Als {functietitel} weet je hoe lastig werven is."),
    ("en", "We help companies like [Company] hire faster."),
    ("nl", "Wij helpen bedrijven zoals {{ company.name }} sneller werven."),
])
def test_a_placeholder_for_a_role_or_company_is_not_a_detail(lang: str, sentence: str) -> None:
    assert warned(coach(lang, sentence))


def test_the_warning_gives_an_example_in_the_messages_language() -> None:
    en = next(f for f in coach("en", "We help teams hire faster.").findings if f.rule == "personalisation")
    nl = next(f for f in coach("nl", "Wij helpen teams sneller werven.", ).findings if f.rule == "personalisation")
    nl_ui = next(f for f in lint(Message(kind="connection_request", language="nl",
                                         body="Hoi Anna,\n\nWij helpen teams sneller werven.\n\n" + ASK["nl"]),
                                 ui_lang="nl").findings if f.rule == "personalisation")
    assert "your piece on pricing for SaaS" in en.hint
    assert "je column over personeelstekort" in nl.hint and nl.hint.startswith("Add one detail")
    assert "je column over personeelstekort" in nl_ui.hint and nl_ui.hint.startswith("Noem één detail")


def test_the_warning_points_at_the_generic_mention() -> None:
    message = Message(kind="connection_request", language="en",
                      body="Hi Tom, I came across your profile and your background is impressive. Let's connect!")
    finding = next(f for f in lint(message).findings if f.rule == "personalisation")
    assert message.body[finding.start:finding.end] == "your profile"
    assert "“your profile”" in finding.message


def test_a_detail_in_the_subject_counts_and_is_shown_there() -> None:
    message = Message(kind="inmail", language="en", subject="Your talk at DevOpsDays Ghent",
                      body="Hi Priya,\n\nWe help platform teams ship faster.\n\n" + ASK["en"])
    result = lint(message)
    assert not warned(result)
    assert [(h.field, h.text) for h in result.highlights if h.rule == "personalisation"] == [
        ("subject", "Your talk at DevOpsDays Ghent")]


PROSPECT = {"first_name": "Anna", "recent_post": "hybrid onboarding", "company": "Fietsdata"}


def test_with_a_prospect_the_detail_of_theirs_that_appears_is_shown() -> None:
    body = "Hi Anna,\n\nYour post on hybrid\nonboarding was spot on.\n\n" + ASK["en"]
    result = lint(Message(kind="inmail", subject="Onboarding", body=body, language="en", prospect=PROSPECT))
    assert not warned(result)
    assert shown(result) == ["hybrid\nonboarding"]


def test_with_a_prospect_a_detail_not_of_theirs_still_warns() -> None:
    body = "Hi Anna,\n\nI read your piece on pricing for SaaS.\n\n" + ASK["en"]
    result = lint(Message(kind="inmail", subject="Onboarding", body=body, language="en", prospect=PROSPECT))
    finding = next(f for f in result.findings if f.rule == "personalisation")
    assert "recent post" in finding.hint and shown(result) == []


def test_the_prospect_warning_does_not_deny_the_company_that_is_there() -> None:
    # "Geen van de gegevens van Fatima behalve de naam staat in het bericht" read as false beside
    # her company in the text: the warning now names what is missing, and why a company is not enough
    body = "Hoi Anna,\n\nBij Fietsdata groeit het team snel.\n\n" + ASK["nl"]
    result = lint(Message(kind="inmail", subject="Onboarding", body=body, language="nl", prospect=PROSPECT),
                  ui_lang="nl")
    finding = next(f for f in result.findings if f.rule == "personalisation")
    assert finding.message == "Nog geen van de eigen gegevens van Anna staat in het bericht."
    assert finding.hint.startswith("Noem er één: recent post.") and "bedrijfsnaam of functie alleen" in finding.hint


@pytest.mark.parametrize(("body", "detail"), [
    ("Hi {{ first_name }},\n\nAs a {{ job_title }} you know hiring is hard.\n\n" + ASK["en"], None),
    # the sender's material to fill in is no detail about the reader, whatever it is of
    ("Hi {{ first_name }},\n\nHere is our two-minute video: {{ video_link }}\n\n" + ASK["en"], None),
    ("Hoi {{ voornaam }},\n\nOns webinar is op {{ webinar_datum }}, aanmelden via {{ aanmeldlink }}.\n\n"
     + ASK["nl"], None),
    ("Hi {{ first_name }},\n\n[Mention a specific time they helped a customer.]\n\n" + ASK["en"],
     "[Mention a specific time they helped a customer.]"),  # an instruction, not a date to fill in
    ("Hi {{ first_name }},\n\nI enjoyed {{ recent_post }}.\n\n" + ASK["en"], "{{ recent_post }}"),
    ("Hoi {{ voornaam }},\n\n{% if uitdaging %}Ik hoorde over {{ uitdaging }}.{% endif %}\n\n" + ASK["nl"],
     "{% if uitdaging %}"),
])
def test_a_template_needs_a_variable_for_a_detail(body: str, detail: str | None) -> None:
    result = lint(Message(kind="inmail", subject="Hallo", body=body, template_mode=True))
    assert warned(result) == (detail is None)
    assert shown(result) == ([] if detail is None else [detail])


@pytest.mark.parametrize(("lang", "sentence", "personal"), [
    ("en", "Congrats on the great work you're doing!", False),
    ("en", "Congrats on being named one of the top 50 women in tech!", True),
    ("nl", "Proficiat met jullie nieuwe vestiging in Kortrijk!", True),
    ("nl", "Ge zit ook in de logistiek in de Antwerpse haven, zie ik.", False),
    ("en", "I see we're both in the SaaS space.", False),
    ("nl", "Ik zie dat we allebei in de bouwsector zitten.", False),
    ("en", "I'm reaching out about the Senior Data Engineer role.", False),
    ("en", "Just checking in on the Marketing Manager position.", True),
    ("nl", "Ik wilde even terugkomen op mijn bericht over de functie van Scrum Master bij ASML.", False),
    ("en", "I noticed you recently moved from Adyen to Mollie.", True),
    ("nl", "Ik zag dat je onlangs van Adyen naar Mollie bent overgestapt.", True),
    ("en", "I'll be at the HR Tech Summit in Amsterdam next week, will you be there?", False),
    ("en", "I've been following your company for a while and admire what you're building.", False),
    ("en", "Loved your take on ~~RECENT_POST~~.", True),
])
def test_what_counts_in_other_words(lang: str, sentence: str, personal: bool) -> None:
    assert warned(coach(lang, sentence)) != personal


@given(st.text(alphabet=st.sampled_from("aeiou nrstYyoOUuwe’'.,;!?-—\n{}[]#%~<>0123456789ÉéSsLl"), max_size=200))
@settings(max_examples=300, deadline=None)
def test_the_detector_never_raises_and_points_inside_the_text(text: str) -> None:
    for lang in ("en", "nl"):
        result = lint(Message(kind="inmail", body=text, subject=text, language=lang))
        for h in result.highlights:  # subject and body are the same text here
            assert 0 <= h.start < h.end <= len(text) and text[h.start:h.end] == h.text


def _rule_word_lists() -> list[list[str]]:
    """The detector's own word lists in both languages, and a list of names, numbers and punctuation:
    text made of them reaches the rules' word-by-word look-ahead, which random letters seldom do."""
    lists = [["Acme", "Ghent", "Sanne", "2024", "3rd", "Q4", ",", ".", "?", "\n", "{{ recent_post }}"]]
    for lang in ("en", "nl"):
        raw = tomllib.loads((paths.rules_dir() / "personalisation" / f"{lang}.toml").read_text(encoding="utf-8"))
        for section in raw.values():
            for value in section.values() if isinstance(section, dict) else ():
                if isinstance(value, list) and value and all(isinstance(w, str) for w in value):
                    lists.append(value)
    return lists


# a word list first, then a phrase from it: every class of word is as likely as any other
_RULE_PHRASE = st.sampled_from(_rule_word_lists()).flatmap(st.sampled_from)


@given(st.lists(_RULE_PHRASE, max_size=14), st.sampled_from(["inmail", "follow_up"]))
@settings(max_examples=1500, deadline=None)
def test_the_detector_never_raises_on_its_own_words_in_any_order(words: list[str], kind: str) -> None:
    text = " ".join(words)
    for lang in ("en", "nl"):
        result = lint(Message(kind=kind, body=text, language=lang))
        for h in result.highlights:
            assert 0 <= h.start < h.end <= len(text) and text[h.start:h.end] == h.text
