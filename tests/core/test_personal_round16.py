# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation, round 16: years at a job, hiring without a role, where an office is, how long one
has read their posts, an unnamed conference, and advice said with what it was.

Each group holds one phenomenon in both languages where both have it, in sentences written for these
tests (none copied from the coach corpus), so a rule is held to the pattern and not to one phrasing.
The decisions are the corpus README's: anniversaries and where they are based are no detail, "saw
you're hiring" with no role is true of thousands; a tip or advice counts when it says what it was.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from personal_sentences import coach, counted, shown, shows, warned

from inmail_studio.core import Message, paths
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.facts.detail_stack import STACK_FILE

# (language, sentence, part of the detail the coach must show)
FOUND = [
    # years at a job with something specific besides the employer
    ("en", "Congrats on 3 years leading the Rotterdam depot rebuild!", "Rotterdam depot rebuild"),
    # hiring with the role named
    ("en", "I saw you're hiring a Head of Data at Shelter.", "Head of Data"),
    ("en", "Saw that you're hiring at Northwind for a Payroll Lead.", "Payroll Lead"),
    # an office with news about it
    ("en", "Your new office in Mechelen looks great.", "new office in Mechelen"),
    ("nl", "Jullie kantoor in Den Bosch met 40 monteurs draait op volle toeren.", "40 monteurs"),
    # posts read for a while, with a topic
    ("en", "I've been reading your posts for months on pricing for vets.", "pricing"),
    ("nl", "Ik lees je posts al maanden over werving in de zorg.", "werving in de zorg"),
    # a talk at a conference that says which or on what
    ("en", "You spoke at a meetup about hiring juniors, and it stuck.", "hiring juniors"),
    ("en", "I saw you were speaking at a conference in Ghent last week.", "Ghent"),
    # a number of years that is a piece's topic, a company's step, news about a site, a client they work with
    ("en", "I loved your post on 2 years of remote work.", "2 years of remote work"),
    ("nl", "Ik las je post over 10 jaar bij de politie.", "10 jaar bij de politie"),
    ("en", "I saw you started a bakery in Utrecht.", "bakery"),
    ("nl", "Ik zag dat jullie zijn gestart met de bouw van een distributiecentrum in Venlo.", "distributiecentrum"),
    ("en", "I saw you started at Stedin on 1 May.", "Stedin"),
    ("en", "I saw your office in Leeds just reopened.", "reopened"),
    ("nl", "Ik zag dat jullie kantoor in Mechelen gaat sluiten.", "sluiten"),
    ("nl", "Ik zag dat jullie met Rijkswaterstaat werken.", "Rijkswaterstaat"),
    # Flemish praise, a referrer behind a title or named before "said I should…", an intro they made, a new job
    ("nl", "Straffe keynote op Flanders Technology over cobots!", "keynote op Flanders Technology"),
    ("nl", "Via de heer Van Leeuwen van Gemeente Utrecht kwam uw naam ter sprake.", "Van Leeuwen"),
    ("en", "Kim Jansen said I should get in touch.", "get in touch"),
    ("nl", "Dank dat je Femke en mij aan elkaar hebt gekoppeld.", "Femke"),
    ("nl", "Ik zag dat je net je eerste baan als recruiter bij Randstad bent begonnen.", "eerste baan"),
    ("en", "Fellow Delft alum here.", "Delft alum"),
    # a town of several words at the end of a long detail is shown whole
    ("nl", "Ik las je post over het nieuwe kantoor van jullie in Den Bosch en de opening vorige week.",
     "in Den Bosch"),
    # advice or a suggestion, said with what it was
    ("en", "Thanks for your advice on pricing for small agencies.", "your advice on pricing"),
    ("nl", "Ik ga aan de slag met je advies om eerst via een uitzendbureau binnen te komen.", "je advies om"),
    ("nl", "Ik heb je suggestie om Karel Peeters van Samana te bellen gevolgd.", "je suggestie om"),
]

GENERIC = [
    # years at a job: what the network prompts everyone to congratulate, the employer's name no more
    ("en", "Congrats on 5 years at Ahold Delhaize!"),
    ("en", "Congrats on your 3rd year at Mercy Corps."),
    ("nl", "Proficiat met 10 jaar bij Colruyt!"),
    ("nl", "Gefeliciteerd met je 12,5-jarig jubileum bij de Rabobank!"),
    # hiring, at a named employer, with no role
    ("en", "Saw you're hiring at Shelter, so I thought I'd reach out."),
    ("en", "I noticed you're hiring at Brightside Foundation."),
    # where their office is
    ("en", "I saw your office in Mechelen is close to ours."),
    ("nl", "Ik zag dat jullie kantoor in Mechelen zit."),
    # how long the writer has read their posts says not which post
    ("en", "I've been following your posts for a while, great stuff."),
    ("nl", "Ik volg je posts al een tijdje."),
    # a conference nobody named
    ("en", "I saw you were speaking at a conference recently."),
    ("nl", "Ik zag dat je sprak op een congres onlangs."),
    # a tie that says not which or who, a question, where they work or are, praise of unnamed work
    ("en", "Fellow alum here, always good to connect."),
    ("en", "A mutual contact suggested I reach out."),
    ("en", "Did the review with your IT team happen yet?"),
    ("nl", "Ik zag dat jullie in de regio Twente zitten."),
    ("nl", "Ik ben fan van het werk van jullie studio."),
    # thanks for advice that does not say what it was, or that is still to come
    ("en", "Thanks for your advice."),
    ("nl", "Dank voor je advies."),
    ("en", "Thanks in advance for your advice on pricing for small agencies."),
    ("en", "I'd be grateful for your thoughts on pricing for small agencies."),
    ("nl", "Alvast bedankt voor je advies over prijzen voor kleine bureaus."),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), FOUND)
def test_a_specific_detail_is_found_and_shown(lang: str, sentence: str, part: str) -> None:
    result = coach(lang, sentence)
    assert shows(result, part), (sentence, counted(result))


@pytest.mark.parametrize(("lang", "sentence"), GENERIC)
def test_what_every_reader_could_get_is_still_warned(lang: str, sentence: str) -> None:
    assert warned(coach(lang, sentence)), sentence


@pytest.mark.parametrize(("sentence", "quoted"), [
    ("Congrats on 5 years at Ahold Delhaize!", "“5 years”"),
    ("I saw your office in New York is close to ours.", "“your office in New York”"),
])
def test_what_every_reader_could_get_is_quoted_whole(sentence: str, quoted: str) -> None:
    finding = next(f for f in coach("en", sentence).findings if f.rule == "personalisation")
    assert quoted in finding.message


@pytest.mark.parametrize("body", [
    "Hoi Daan,\n\nLeuk je gesproken te hebben gisteren op de borrel.\n\nZullen we volgende week bellen?\n\nMarieke",
    "Hoi Daan,\n\nGoed je vorige week gesproken te hebben.\n\nZullen we volgende week bellen?\n\nMarieke",
])
def test_having_spoken_to_them_is_not_something_they_said(body: str) -> None:
    # "je gesproken te hebben": the sender spoke, the reader is whom to; nothing of theirs is in it
    result = lint(Message(kind="follow_up", body=body, language="nl"))
    assert warned(result) and shown(result) == []


def test_an_internship_at_their_department_counts_in_a_follow_up() -> None:
    body = ("Beste mevrouw Jansen,\n\nGraag hoor ik hoe het staat met de stage Marketing & Events bij jullie "
            "afdeling.\n\nMet vriendelijke groet,\nLotte")
    result = lint(Message(kind="follow_up", body=body, language="nl"))
    assert shows(result, "stage Marketing & Events"), counted(result)


@pytest.mark.parametrize("line", ["I saw you were speaking at", "You spoke at a", "Je sprak op een"])
def test_a_clause_that_stops_after_at_is_read_without_error(line: str) -> None:
    # the check for an unnamed event looks two words past "at": a draft may end there
    coach("nl" if line.startswith("Je") else "en", line)  # raised IndexError before the bound was checked


CAREER = [
    # a step of their career read off a profile: true of everyone with one (corpus README)
    ("en", "I saw you joined Philips through their graduate programme.", True),
    ("en", "I see you started your career at KPMG.", True),
    ("en", "I see you made the switch from hospitality to logistics.", True),
    ("nl", "Ik zie dat je bent begonnen als doktersassistente.", True),
    ("nl", "Ik zag dat jij een paar jaar geleden het traineeship bij de NS hebt gedaan.", True),
    # the same, said as news: recent, new or dated
    ("en", "I noticed you recently moved from Bol to Picnic.", False),
    ("en", "I saw you just joined Picnic as Head of Growth.", False),
    ("nl", "Ik zag dat je net bent begonnen bij Coolblue.", False),
    ("nl", "Ik zag dat je op 1 oktober bent begonnen als controller bij Enexis.", False),
]


@pytest.mark.parametrize(("lang", "sentence", "generic"), CAREER)
def test_a_career_path_is_no_detail_unless_it_is_news(lang: str, sentence: str, generic: bool) -> None:
    assert warned(coach(lang, sentence)) == generic, sentence


@pytest.mark.parametrize(("lang", "sentence"), [
    # a product they use, read off a job ad or a website: thousands of companies use it
    ("en", "I noticed your team uses HubSpot."),
    ("en", "I see your company runs on NetSuite."),
    ("nl", "Ik zag dat jullie met SAP werken."),
    ("nl", "Ik zag op jullie site dat jullie Exact gebruiken."),
    ("en", "I noticed your team works with Salesforce."),
])
def test_a_product_they_use_is_no_detail(lang: str, sentence: str) -> None:
    assert warned(coach(lang, sentence)), sentence


@pytest.mark.parametrize(("lang", "sentence", "part"), [
    # moving to a product is news; what they said in our call is theirs
    ("en", "I saw you're migrating to NetSuite next quarter.", "migrating to NetSuite"),
    ("en", "On the call you mentioned that payroll still takes your team four days.", "payroll"),
    ("nl", "Ik dacht nog aan de vrijwilligerspool in Hasselt die je in ons gesprek noemde.", "vrijwilligerspool"),
])
def test_news_about_a_product_and_what_they_said_in_our_call_count(lang: str, sentence: str, part: str) -> None:
    result = coach(lang, sentence)
    assert shows(result, part), (sentence, counted(result))


def _follow_up_warning(body: str, lang: str = "nl"):  # type: ignore[no-untyped-def]
    result = lint(Message(kind="follow_up", body=body, language=lang), ui_lang=lang)
    return next(f for f in result.findings if f.rule == "personalisation")


def test_a_follow_up_is_told_to_name_something_from_the_contact_so_far() -> None:
    je = _follow_up_warning("Hoi Daan,\n\nLeuk je gesproken te hebben.\n\nZullen we volgende week bellen?\n\nMarieke")
    u = _follow_up_warning("Beste heer Dekker,\n\nIk hoop dat u een goede week had.\n\nKunt u volgende week "
                           "bellen?\n\nMarieke")
    en = _follow_up_warning("Hi Dan,\n\nHope your week went well.\n\nWould Thursday work for a call?\n\nMia", "en")
    assert je.message.startswith("Het vervolgbericht") and "“je punt in ons gesprek dat het rooster je twee" in je.hint
    assert "“uw punt in ons gesprek dat het rooster u twee" in u.hint
    assert en.message.startswith("The follow-up") and "your point in our call" in en.hint


@pytest.mark.parametrize(("lang", "line"), [
    ("nl", "Ik dacht nog aan je punt in ons gesprek dat het rooster je twee dagen per week kost."),
    ("en", "I kept thinking about your point in our call that rosters take you two days a week."),
])
def test_the_follow_up_example_the_coach_gives_passes_its_own_check(lang: str, line: str) -> None:
    greeting, ask = ("Hoi Daan,", "Zullen we volgende week bellen?") if lang == "nl" else ("Hi Dan,", "Call on Friday?")
    result = lint(Message(kind="follow_up", body=f"{greeting}\n\n{line}\n\n{ask}", language=lang))
    assert not warned(result)


def test_a_follow_up_detail_the_model_drops_is_named_as_what_anyone_could_get(tmp_path: Path) -> None:
    # a model that drops every detail in a follow-up: the warning names the dropped words and asks what it was
    rules = tmp_path / "rules"
    shutil.copytree(paths.rules_dir(), rules)
    model = rules / "personalisation" / STACK_FILE
    raw = json.loads(model.read_text(encoding="utf-8"))
    raw["cutoffs"]["drop_follow_up"] = 1.0
    model.write_text(json.dumps(raw), encoding="utf-8")
    body = ("Hoi Daan,\n\nDank voor je advies om eerst een portfolio te maken.\n\n"
            "Zullen we volgende week bellen?\n\nMarieke")
    result = lint(Message(kind="follow_up", body=body, language="nl"), ui_lang="nl", rules_dir=rules)
    finding = next(f for f in result.findings if f.rule == "personalisation")
    assert finding.message.startswith("“je advies om eerst een portfolio te maken” had je aan iedereen")
    assert finding.hint.startswith("Zeg wat het was")
    inmail = lint(Message(kind="inmail", body=body, language="nl"), ui_lang="nl", rules_dir=rules)
    assert not any(f.rule == "personalisation" for f in inmail.findings)  # a first message keeps its own cut-off


# In a follow-up, what the reader said, advised or is struggling with, said with what it was, is still
# theirs (corpus README: their content in any wording, a specific challenge of theirs): the stacked
# model may drop more in a follow-up (detail_stack), never these.
FOLLOW_UP_FOUND = [
    ("en", "You mentioned in our call that rosters take you two days a week.", "rosters take you two days"),
    ("nl", "Je zei in ons gesprek dat het rooster je twee dagen per week kost.", "rooster je twee dagen"),
    ("en", "Thanks for your advice on pricing for small agencies.", "your advice on pricing"),
    ("nl", "Ik ga aan de slag met je advies om eerst via een uitzendbureau binnen te komen.", "je advies om"),
    ("en", "Thanks for introducing me to Paul Verbeek at PostNL.", "Paul Verbeek"),
    # what they asked or told, with a number in it: never dropped by the model (detail_stack.names_something)
    ("nl", "Je vroeg of de rol ook voor 28 uur per week kan: dat kan.", "Je vroeg of de rol ook voor 28 uur"),
    ("nl", "Je vertelde dat je liever 30 uur per week werkt.", "Je vertelde dat je liever 30 uur"),
    ("en", "You asked whether the team could start at 2 shifts instead of 3: it can.", "You asked whether"),
    ("nl", "Bedankt dat je mijn cv hebt doorgestuurd naar Ilse de Wit.", "Ilse de Wit"),
]


@pytest.mark.parametrize(("lang", "line", "part"), FOLLOW_UP_FOUND)
def test_what_they_said_or_advised_counts_in_a_follow_up(lang: str, line: str, part: str) -> None:
    greeting, ask = ("Hoi Daan,", "Zullen we volgende week bellen?") if lang == "nl" else ("Hi Dan,", "Call on Friday?")
    result = lint(Message(kind="follow_up", body=f"{greeting}\n\n{line}\n\n{ask}", language=lang))
    assert shows(result, part), (line, counted(result))


@pytest.mark.parametrize(("lang", "sentence", "part"), [
    # a career step said with "also": a shared background, not a line read off their profile
    ("nl", "Ik zag dat je ook Technische Bedrijfskunde in Eindhoven hebt gestudeerd.", "Eindhoven"),
    ("en", "I see you also studied Industrial Engineering in Eindhoven.", "Eindhoven"),
])
def test_a_career_step_shared_with_also_is_a_tie(lang: str, sentence: str, part: str) -> None:
    result = coach(lang, sentence)
    assert shows(result, part), (sentence, counted(result))


def test_a_number_of_days_is_no_event() -> None:
    # "dagen" names events ("de HR-dagen"), but "4 dagen per week" is a working week: what they told
    body = "Hoi Daan,\n\nJe vertelde dat je liever 4 dagen per week werkt.\n\nZullen we volgende week bellen?"
    result = lint(Message(kind="follow_up", body=body, language="nl"))
    assert shows(result, "Je vertelde dat je liever 4 dagen per week werkt"), counted(result)


@pytest.mark.parametrize(("lang", "line", "part"), [
    # a vacancy placed at theirs, with no "I saw"; a Flemish application placed at theirs; an intro praised
    ("en", "Circling back on the three SDR openings on your team.", "openings on your team"),
    ("nl", "Vorige week heb ik mijn kandidatuur ingediend voor de vacature van beleidsmedewerker bij jullie dienst "
           "Sport in Gent.", "vacature van beleidsmedewerker"),
    ("nl", "Wat leuk dat je Sanne en mij aan elkaar hebt gekoppeld.", "Sanne"),
])
def test_what_is_theirs_counts_in_a_follow_up_without_i_saw_or_thanks(lang: str, line: str, part: str) -> None:
    greeting, ask = ("Hoi Daan,", "Zullen we volgende week bellen?") if lang == "nl" else ("Hi Dan,", "Call on Friday?")
    result = lint(Message(kind="follow_up", body=f"{greeting}\n\n{line}\n\n{ask}", language=lang))
    assert shows(result, part), (line, counted(result))


def test_any_opening_at_their_company_is_no_detail() -> None:
    assert warned(coach("en", "Kindly let me know if there is any opening in your company."))
