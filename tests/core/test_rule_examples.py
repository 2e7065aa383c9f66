# SPDX-License-Identifier: GPL-3.0-or-later
"""One table of bad and good examples per rule, in English and Dutch; a rule without them fails."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.engine import all_rules, rulebook

LANGUAGES = ("en", "nl")
# Rules that only exist in one language. The other language must show, with a text that would
# trip the rule there, that it never fires.
ONE_LANGUAGE_RULES = {"address-form": "nl"}

EN_INMAIL = """Hi Anna,

I watched your talk at the Remote Work Summit in Utrecht last month. Your point about pairing every new \
engineer with a buddy for the first six weeks stayed with me.

At Fietsdata we grew from twelve to forty people in a year, almost all of them remote.

Our first hires took three months to ship their first change. After we copied your buddy idea, that \
dropped to five weeks.

The part we still struggle with is the second month, when the buddy steps back and questions start to \
pile up in private chats.

You mentioned that your team writes a short weekly note for each new hire. I would like to understand \
how you keep those notes short and useful, and who reads them.

Would you be open to a 20-minute call next week to compare notes?

Kind regards,
Joost van Dam
"""

NL_INMAIL = """Beste Anna,

Vorige maand zag ik uw lezing op het Remote Work Congres in Utrecht. Uw punt over een vaste buddy voor \
elke nieuwe engineer in de eerste zes weken is me bijgebleven.

Bij Fietsdata groeiden wij in een jaar van twaalf naar veertig mensen, bijna allemaal op afstand.

Onze eerste nieuwe collega's deden drie maanden over hun eerste wijziging. Sinds wij uw buddy-idee \
overnamen, is dat vijf weken.

Waar we nog mee worstelen is de tweede maand: de buddy doet een stap terug en vragen blijven hangen in \
losse chats.

U vertelde dat uw team elke week een korte notitie schrijft voor iedere nieuwe collega. Ik wil graag \
begrijpen hoe u die notities kort en nuttig houdt, en wie ze leest.

Heeft u volgende week twintig minuten om ervaringen uit te wisselen?

Met vriendelijke groet,
Joost van Dam
"""

EN_LONG_SENTENCE = ("When we moved our whole support team to a hybrid schedule last spring we found that new people "
                    "needed about twice as long to feel at home in the work and in the team.")
NL_LONG_SENTENCE = ("Toen wij vorig voorjaar ons hele supportteam naar een hybride rooster brachten merkten we dat "
                    "nieuwe mensen ongeveer twee keer zo lang nodig hadden om zich thuis te voelen in het werk.")


@dataclass(frozen=True)
class Example:
    rule: str
    language: str
    message: Message
    severity: str | None  # None: the rule must not fire
    underline: str = ""

    @property
    def bad(self) -> bool:
        return self.severity is not None

    def __str__(self) -> str:
        return f"{self.rule}-{self.language}-{'bad' if self.bad else 'good'}"


def bad(rule: str, language: str, severity: str, underline: str, **fields: object) -> Example:
    return Example(rule, language, Message(language=language, **fields), severity, underline)  # type: ignore[arg-type]


def good(rule: str, language: str, **fields: object) -> Example:
    return Example(rule, language, Message(language=language, **fields), None)  # type: ignore[arg-type]


EXAMPLES = [
    # subject-length
    # A phone shows 60 characters: the rest is underlined.
    bad("subject-length", "en", "warning", " with buddies",
        subject="Your talk at the Remote Work Summit on pairing new engineers with buddies", body=EN_INMAIL),
    good("subject-length", "en", subject="Your talk on onboarding remote hires", body=EN_INMAIL),
    bad("subject-length", "nl", "warning", "e engineers",
        subject="Uw lezing op het Remote Work Congres over buddy's voor nieuwe engineers", body=NL_INMAIL),
    good("subject-length", "nl", subject="Uw lezing over onboarding op afstand", body=NL_INMAIL),
    # vague-subject
    bad("vague-subject", "en", "warning", "Quick question", subject="Quick question", body=EN_INMAIL),
    good("vague-subject", "en", subject="Quick question about your buddy system", body=EN_INMAIL),
    bad("vague-subject", "nl", "warning", "Even een vraag", subject="Even een vraag", body=NL_INMAIL),
    good("vague-subject", "nl", subject="Vraag over uw buddy-systeem", body=NL_INMAIL),
    # body-length
    # A free account's note takes 200 characters: the 3 past the limit are underlined.
    bad("body-length", "en", "error", "ul.", kind="connection_request", account="free",
        body="Hi Anna, your talk at the Remote Work Summit on buddies for new engineers was the most practical "
             "session of the day. I'd love to connect and swap notes. Happy to share our onboarding checklist if "
             "useful."),
    good("body-length", "en", kind="connection_request", account="free",
         body="Hi Anna, your talk at the Remote Work Summit on buddies for new engineers was the most practical "
              "session of the day. I'd love to connect."),
    bad("body-length", "nl", "warning", "Hoi Anna,\n\nHeb je volgende week tien minuten?",
        subject="Je buddy-aanpak", body="Hoi Anna,\n\nHeb je volgende week tien minuten?"),
    good("body-length", "nl", subject="Uw buddy-aanpak", body=NL_INMAIL),
    # unfilled-placeholder
    bad("unfilled-placeholder", "en", "error", "[Company]", subject="Onboarding at [Company]", body=EN_INMAIL),
    good("unfilled-placeholder", "en", subject="Onboarding at Fietsdata",
         body=EN_INMAIL.replace("Kind regards", "Notes are linked [1] (see below).\n\nKind regards")),
    bad("unfilled-placeholder", "nl", "error", "Naam", subject="Uw buddy-aanpak",
        body=NL_INMAIL.replace("Beste Anna", "Beste Naam")),
    good("unfilled-placeholder", "nl", subject="Uw buddy-aanpak", body=NL_INMAIL),
    # personalisation
    bad("personalisation", "en", "warning", "Hi Anna,", subject="Onboarding",
        body="Hi Anna,\n\nWe help scale-ups onboard engineers faster.\n\nWould you be open to a call next week?"),
    good("personalisation", "en", subject="Onboarding",
         body="Hi Anna,\n\nI enjoyed your recent post on buddies for new engineers.\n\n"
              "Would you be open to a call next week?"),
    bad("personalisation", "nl", "warning", "Hoi Anna,", subject="Onboarding",
        body="Hoi Anna,\n\nWij helpen scale-ups om engineers sneller in te werken.\n\n"
             "Heb je volgende week tijd voor een kort gesprek?"),
    good("personalisation", "nl", subject="Onboarding",
         body="Hoi Anna,\n\nIk las je bericht over buddy's voor nieuwe engineers.\n\n"
              "Heb je volgende week tijd voor een kort gesprek?"),
    # call-to-action
    bad("call-to-action", "en", "error", "Thanks for reading.", kind="follow_up",
        body="Hi Anna,\n\nI wrote to you last week about buddies for new engineers. Thanks for reading."),
    good("call-to-action", "en", kind="follow_up",
         body="Hi Anna,\n\nI wrote to you last week about buddies for new engineers. Let me know if a short call "
              "suits you."),
    bad("call-to-action", "nl", "warning", "Zullen we volgende week even bellen?", kind="follow_up",
        body="Hoi Anna,\n\nZullen we volgende week even bellen? Laat ook gerust weten wat je van mijn notitie vond."),
    good("call-to-action", "nl", kind="follow_up",
         body="Hoi Anna,\n\nVorige week schreef ik je over buddy's voor nieuwe engineers. Zullen we volgende week "
              "even bellen?\n\nFijne week!"),
    # readability
    bad("readability", "en", "warning", EN_LONG_SENTENCE, kind="follow_up",
        body=f"Hi Anna,\n\n{EN_LONG_SENTENCE}\n\nWould you be open to a call next week?"),
    good("readability", "en", kind="follow_up",
         body="Hi Anna,\n\nWe moved our support team to a hybrid schedule. New people took twice as long to settle in."
              "\n\nWould you be open to a call next week?"),
    bad("readability", "nl", "warning", NL_LONG_SENTENCE, kind="follow_up",
        body=f"Hoi Anna,\n\n{NL_LONG_SENTENCE}\n\nHeb je volgende week tijd voor een kort gesprek?"),
    good("readability", "nl", kind="follow_up",
         body="Hoi Anna,\n\nWij brachten ons supportteam naar een hybride rooster. Nieuwe mensen hadden twee keer zo "
              "lang nodig.\n\nHeb je volgende week tijd voor een kort gesprek?"),
    # first-contact-pitch
    bad("first-contact-pitch", "en", "warning", "book a demo", kind="connection_request",
        body="Hi Anna, loved your talk on buddies. I'd love to connect, and you can book a demo of our app."),
    good("first-contact-pitch", "en", kind="connection_request",
         body="Hi Anna, loved your talk on buddies for new engineers. I'd love to connect."),
    bad("first-contact-pitch", "nl", "warning", "speciale aanbieding", kind="connection_request",
        body="Hoi Anna, mooie lezing over buddy's. Ik connect graag; deze maand hebben we een speciale aanbieding."),
    good("first-contact-pitch", "nl", kind="connection_request",
         body="Hoi Anna, mooie lezing over buddy's voor nieuwe engineers. Ik connect graag."),
    # generic-opener
    bad("generic-opener", "en", "info", "I hope this message finds you well", kind="follow_up",
        body="Hi Anna,\n\nI hope this message finds you well. Did the notes on buddies help? Let me know."),
    good("generic-opener", "en", kind="follow_up",
         body="Hi Anna,\n\nLast week I sent you our notes on buddies. Did they help? Let me know."),
    bad("generic-opener", "nl", "info", "Ik hoop dat het goed met je gaat", kind="follow_up",
        body="Hoi Anna,\n\nIk hoop dat het goed met je gaat. Laat gerust weten of de notities over buddy's hielpen."),
    good("generic-opener", "nl", kind="follow_up",
         body="Hoi Anna,\n\nVorige week stuurde ik je onze notities. Laat gerust weten of ze hielpen."),
    # follow-up-bump
    bad("follow-up-bump", "en", "info", "Just bumping this", kind="follow_up",
        body="Hi Anna,\n\nJust bumping this. Did the notes on buddies help? Let me know."),
    good("follow-up-bump", "en", kind="follow_up",
         body="Hi Anna,\n\nTwo teams tried the buddy notes and both halved their questions. Did they help you?"),
    bad("follow-up-bump", "nl", "info", "Ik heb nog geen antwoord ontvangen", kind="follow_up",
        body="Hoi Anna,\n\nIk heb nog geen antwoord ontvangen. Hebben de notities over buddy's geholpen?"),
    good("follow-up-bump", "nl", kind="follow_up",
         body="Hoi Anna,\n\nTwee teams probeerden de notities en halveerden hun vragen. Hebben ze jou ook geholpen?"),
    # reader-focus
    bad("reader-focus", "en", "info",
        "We build onboarding software. Our team has ten years of experience. We work with forty scale-ups. "
        "I founded the company in 2015. Our customers love us. Would you like a short call?", kind="follow_up",
        body="We build onboarding software. Our team has ten years of experience. We work with forty scale-ups. "
             "I founded the company in 2015. Our customers love us. Would you like a short call?"),
    good("reader-focus", "en", kind="follow_up",
         body="You grew your team from ten to forty people this year. Your new hires ship in five weeks. I'd love to "
              "hear how you did that. Would you like a short call?"),
    bad("reader-focus", "nl", "info",
        "Wij bouwen onboardingsoftware. Ons team heeft tien jaar ervaring. Wij werken met veertig scale-ups. "
        "Ik richtte het bedrijf op in 2015. Onze klanten zijn blij. Heb je tijd voor een kort gesprek?",
        kind="follow_up",
        body="Wij bouwen onboardingsoftware. Ons team heeft tien jaar ervaring. Wij werken met veertig scale-ups. "
             "Ik richtte het bedrijf op in 2015. Onze klanten zijn blij. Heb je tijd voor een kort gesprek?"),
    good("reader-focus", "nl", kind="follow_up",
         body="Jouw team groeide dit jaar van tien naar veertig mensen. Jouw nieuwe collega's leveren na vijf weken. "
              "Ik hoor graag hoe je dat deed. Heb je tijd voor een kort gesprek?"),
    # address-form (Dutch only)
    bad("address-form", "nl", "warning", "je", kind="follow_up",
        body="Beste Anna,\n\nUw lezing over buddy's sprak me aan. Heeft u volgende week tijd? Laat je het weten?"),
    good("address-form", "nl", kind="follow_up",
         body="Beste Anna,\n\nUw lezing over buddy's sprak me aan. Heeft u volgende week tijd? Laat u het weten?"),
    good("address-form", "en", kind="follow_up",
         body="Hi Anna,\n\nIn Dutch, u is formal and je is informal; we switch between u and je all the time. "
              "Would you like our guide?"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_example(example: Example, marks) -> None:
    assert lint(example.message).language == example.language
    found = [(m.severity, m.text) for m in marks(example.rule, example.message)]
    if example.bad:
        assert (example.severity, example.underline) in found, found
    else:
        assert found == []


def test_every_rule_has_bad_and_good_examples_in_both_languages() -> None:
    registered = {rule_id for rule_id, _ in all_rules(rulebook())}
    assert registered, "no rules registered"
    missing = []
    for rule_id in sorted(registered):
        for language in LANGUAGES:
            kinds = {e.bad for e in EXAMPLES if e.rule == rule_id and e.language == language}
            only = ONE_LANGUAGE_RULES.get(rule_id)
            wanted = {False} if only and only != language else {True, False}
            if not wanted <= kinds:
                missing.append(f"{rule_id} ({language})")
    assert not missing, f"rules without a bad and a good example: {', '.join(missing)}"


def test_examples_name_only_registered_rules() -> None:
    registered = {rule_id for rule_id, _ in all_rules(rulebook())}
    assert {e.rule for e in EXAMPLES} <= registered


def test_address_form_has_no_english_word_lists() -> None:
    # The English "never fires" example above proves the behaviour; this keeps it honest.
    english = rulebook().languages["en"]
    assert not english.formal and not english.informal
