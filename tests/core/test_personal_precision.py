# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation, third round: what says WHICH thing of the reader's is a detail; a bare one is praise.

Each case names the pattern it stands for; the sentences are written for these tests, in both
languages, so that a rule is held to the pattern and not to one phrasing.
"""

from __future__ import annotations

import pytest
from personal_sentences import ASK, GREETING, coach, shown, warned  # noqa: F401

# (language, sentence, part of the detail the coach must show)
FOUND = [
    # a piece of theirs that says which: a topic, a place or event, a name, a title in quotes
    ("en", "Really enjoyed your talk at Frontend Fest on design tokens.", "your talk at Frontend Fest"),
    ("en", "Your PR adding WebP support to Pillow was a joy to review.", "Your PR"),
    ("en", 'Your newsletter, "Margin Notes", has become my Sunday read.', "Your newsletter"),
    ("en", "I saw your post last week about rostering for night shifts.", "your post"),
    ("nl", "Je nieuwsbrief ‘Kantlijn’ lees ik elke week.", "Je nieuwsbrief"),
    ("nl", "Je column in het FD over familiebedrijven was raak.", "Je column in het FD"),
    # academic work and lectures are their content
    ("en", "Your thesis on heat stress in dairy cows came up in our lab meeting.", "Your thesis on heat stress"),
    ("nl", "Uw masterproef over wachttijden op de spoed heb ik met interesse gelezen.", "Uw masterproef over"),
    # an event named after its organiser ("the reunion of X", "de receptie van Voka")
    ("nl", "Merci voor de babbel op de nieuwjaarsreceptie van Voka gisteren!", "nieuwjaarsreceptie"),
    ("nl", "Fijn je te zien op de reünie van het Erasmiaans Gymnasium.", "reünie"),
    ("nl", "Dank voor uw aanwezigheid bij de bijeenkomst van het Netwerk Circulaire Bouw.", "bijeenkomst"),
    ("en", "Great to catch up at the reunion of the Delft class of 2012.", "reunion"),
    # a shared past said with "samen" and a name
    ("nl", "We waren samen op de summer school van Nyenrode in 2018.", "waren samen"),
    # a piece they gave, its topic further on ("gaf je gisteren bij … over …")
    ("nl", "Wat een sterke lezing gaf je vorige week bij Pakhuis de Zwijger over wonen.", "lezing gaf je"),
    ("en", "What a great workshop you gave yesterday at Startup Utrecht on pitch decks.", "workshop"),
    # their plans with a named place
    ("nl", "Vorige maand hadden we het over jullie planning voor de nieuwe kantoren in Breda.", "jullie planning"),
    ("en", "We talked about your planning for the Rotterdam depot last month.", "your planning"),
    # luck wished with something named, congratulations with a word between
    ("nl", "Succes met de opening van de vestiging in Deventer!", "Succes met"),
    ("en", "Good luck with the Harbour Street opening next week!", "Good luck with"),
    ("en", "Congrats again on the opening of your Ghent store.", "Congrats again on"),
    ("nl", "Proficiat ook met de nieuwe vestiging in Hasselt!", "Proficiat ook met"),
    # the reader referred the writer; the reader accepted a job at a named company
    ("en", "Thanks for referring me for the analyst job at Rabobank.", "for referring me"),
    ("nl", "Bedankt voor het doorverwijzen naar de HR-manager van Coolblue.", "doorverwijzen"),
    ("en", "Glad to hear you accepted the offer from Picnic.", "you accepted"),
    ("nl", "Leuk dat je de baan bij Bol hebt aangenomen!", "je"),
    # layoffs at a named company are news about it
    ("en", "Sorry to hear about the layoffs at Bunq last week.", "layoffs"),
    ("nl", "Ik las over de ontslagronde bij Philips, vervelend nieuws.", "ontslagronde"),
    # a bare piece placed by what is in it says which ("the chart in your post")
    ("en", "The table in your post comparing ATS vendors saved me a week.", "your post"),
    # heard or seen somewhere named, a time in between ("hoorde je vorige week op BNR")
    ("nl", "Ik hoorde je gisteren op Radio 1 over de stikstofregels.", "je"),
    # a council tendering is news; "ook" said of a shared background with a name
    ("en", "I read that your council is tendering its school transport next year.", "your council is tendering"),
    ("nl", "Ik ben ook afgestudeerd in Maastricht, in 2014.", "ben ook"),
    # a compound says which piece; a piece of their team's with a year; a named site's news after "hear"
    ("nl", "Ik zag dat je vorige maand je planning-dashboard open source hebt gemaakt.", "je"),
    ("nl", "Het klanttevredenheidsonderzoek 2023 van jullie afdeling heb ik met plezier gelezen.", "van jullie"),
    ("en", "Good to hear the Leuven office opens in June.", "office opens"),
    ("en", "I read in the FT that Orbis is closing its depot in Hull.", "Orbis"),
    ("nl", "We hebben twee jaar samen bij KPN gezeten.", "samen bij"),
    # the same year at a named school; "Like you, I…" across its comma
    ("nl", "We zaten in hetzelfde jaar aan de Hogeschool Gent, richting bedrijfsmanagement.", "hetzelfde jaar"),
    ("en", "Like you, I started out as a nurse before moving into health tech.", "Like you"),
    # thanks for a piece of an event ("de foto's van de hackathon"), Flemish and borrowed thanks too
    ("nl", "Merci voor de slides van de workshop, heel bruikbaar.", "de slides van de workshop"),
    ("en", "Thanks for the recording of the meetup!", "the recording of the meetup"),
    # Flemish: a doctorate, "verhuis", heard from someone by name with "nog" before the verb
    ("nl", "Uw doctoraat over slaapapneu heb ik met veel interesse doorgenomen.", "Uw doctoraat over"),
    ("nl", "Jullie verhuis naar het nieuwe magazijn in Lokeren is blijkbaar vlot verlopen.", "Jullie verhuis"),
    ("nl", "Ik hoorde van Els Maes dat u nog iemand zoekt voor uw loonadministratie.", "u"),
]

GENERIC = [
    # a bare piece: praise that would fit any reader ("which post?")
    ("en", "I enjoyed your post."),
    ("en", "Loved your latest article!"),
    ("nl", "Leuk je post gezien!"),
    ("nl", "Ik volg jullie blog al een tijdje en lees hem graag."),
    ("nl", "Ik lees je nieuwsbrief altijd met plezier."),
    # luck wished with nothing named is a pleasantry
    ("en", "Good luck with the launch!"),
    ("nl", "Succes met het project!"),
    # a manner is not a topic; contact details are not details
    ("en", "I look forward to your reply with interest."),
    ("nl", "Ik zie uw reactie met belangstelling tegemoet."),
    ("en", "Just reply with your email address and I'll send the deck."),
    ("nl", "Stuur gerust een reactie met je telefoonnummer."),
    # a job title after "you're" is a role
    ("en", "I noticed you're Head of People at a fast-growing startup."),
    # LinkedIn is where everyone is, not a name
    ("nl", "Ik volg je al een tijdje op LinkedIn."),
    # the sender's own quote or invitation
    ("nl", "Vorige week stuurde ik u een offerte voor 120 zonnepanelen op uw dak in Ede."),
    ("nl", "Graag nodigen wij u uit voor het jaarcongres van de Vereniging voor Inkoop in Utrecht."),
    # industry talk, the sender's colleague, the sender's research
    ("nl", "Veel bedrijven in jullie branche worstelen met verloop."),
    ("en", "Most firms in your industry are dealing with churn."),
    ("en", "I came across your company while researching SaaS firms in Berlin."),
    ("en", "I read an interesting article on remote work and thought of you."),
    # common ground, not a shared past
    ("en", "Like you, I care about great customer experiences."),
    # a guess after "jullie", where they are based, where the writer found them, a headcount
    ("nl", "Jullie werken vast ook met Excel voor de roosters."),
    ("nl", "Ik zie dat jullie in Eindhoven gevestigd zijn, net als wij."),
    ("nl", "Ik kwam jullie bedrijf tegen via Google."),
    ("en", "I found your company on Google."),
    ("en", "I noticed your company has 85 employees on LinkedIn."),
    # a question about their plans asks, it does not know
    ("nl", "Korte vraag over jullie wervingsplannen voor 2026."),
    ("en", "Quick question about your hiring plans for 2026."),
    # the reader taking part in the sender's event
    ("nl", "Dank voor het bijwonen van ons webinar."),
    ("en", "Thanks for registering for the webinar."),
    # what the sender hands over: an offer verb before "your", or "free" before the thing
    ("en", "Book your free demo here: https://calendly.com/acme/demo"),
    ("en", "Schedule your technical interview with the team: https://calendly.com/lumen/tech"),
    ("en", "Your complimentary webinar seat is waiting for you."),
    ("nl", "Boek hier je gratis demo: https://calendly.com/acme/demo"),
    ("nl", "Vraag je vrijblijvende presentatie aan via onze site."),
    ("en", "You can claim your free audit via the link."),
]

# Their own thing stays theirs, free or not ("your free workshop at …" is one they give).
THEIRS_THOUGH_FREE = [
    ("en", "I went to your free workshop on cold calling at the Amsterdam library.", "workshop"),
    ("nl", "Ik was bij je gratis webinar over loonstrookjes van vorige week.", "webinar"),
    ("en", "I attended your complimentary masterclass last spring.", "masterclass"),
    ("en", "I watched your free webinar last Tuesday.", "webinar"),
    # an offer verb that is no command: the writer gets, downloads, quotes what is theirs
    ("nl", "Ik haal je column over roosters in de zorg vaak aan.", "je column over roosters"),
    ("en", "I had to download your report on EV charging in Rotterdam.", "your report on EV charging"),
    ("en", "I get your newsletter on warehouse pricing every week.", "your newsletter on warehouse pricing"),
    ("nl", "Ik ontvang je nieuwsbrief over arbeidsrecht.", "je nieuwsbrief over arbeidsrecht"),
]


@pytest.mark.parametrize(("lang", "sentence", "detail"), FOUND)
def test_a_detail_that_says_which_is_found_and_shown(lang: str, sentence: str, detail: str) -> None:
    result = coach(lang, sentence)
    assert not warned(result), sentence
    assert any(detail in text for text in shown(result)), shown(result)


@pytest.mark.parametrize(("lang", "sentence"), GENERIC)
def test_a_bare_piece_a_wish_or_the_senders_own_still_warns(lang: str, sentence: str) -> None:
    assert warned(coach(lang, sentence)), sentence


@pytest.mark.parametrize(("lang", "sentence", "detail"), THEIRS_THOUGH_FREE)
def test_their_own_free_event_is_still_their_detail(lang: str, sentence: str, detail: str) -> None:
    result = coach(lang, sentence)
    assert not warned(result), sentence
    assert any(detail in text for text in shown(result)), shown(result)


def test_an_offer_handed_over_is_named_in_the_warning_as_the_senders() -> None:
    result = coach("en", "Book your free demo here: https://calendly.com/acme/demo")
    finding = next(f for f in result.findings if f.rule == "personalisation")
    assert "“your free demo” is your offer, not something of theirs" in finding.message


def test_a_bare_piece_is_pointed_at_in_the_warning() -> None:
    result = coach("en", "I enjoyed your post.")
    finding = next(f for f in result.findings if f.rule == "personalisation")
    assert "your post" in finding.message


@pytest.mark.parametrize(("lang", "sentence", "name"), [
    ("nl", "Ik zie dat u werkt als projectmanager bij Port of Antwerp-Bruges.", "Port of Antwerp-Bruges”"),
    ("nl", "Ik zie dat u werkt als manager bij de Port of Antwerp-Bruges.", "Port of Antwerp-Bruges”"),
    ("en", "I see you work as a CFO at Bank of America.", "Bank of America”"),
])
def test_a_role_in_a_named_organisation_is_quoted_with_its_whole_name(lang: str, sentence: str, name: str) -> None:
    finding = next(f for f in coach(lang, sentence).findings if f.rule == "personalisation")
    assert name in finding.message


def test_a_role_phrase_with_nothing_after_it_is_not_quoted_as_a_role() -> None:
    """"zit je goed waar je zit" names no role: the warning does not quote "je zit"."""
    result = coach("nl", "Is dit nog iets voor jou, of zit je goed waar je zit?")
    finding = next(f for f in result.findings if f.rule == "personalisation")
    assert "je zit" not in finding.message


@pytest.mark.parametrize(("lang", "sentence", "quoted"), [
    ("en", "I read that the logistics market grew 8% in 2024.", "the logistics market grew 8% in 2024"),
    ("nl", "Ik las dat de bouwsector in 2024 met 5% kromp.", "bouwsector in 2024 met 5% kromp"),
    ("en", "I read an interesting article on remote work and thought of you.", "an interesting article on remote work"),
])
def test_industry_talk_read_somewhere_is_named_as_true_of_thousands(lang: str, sentence: str, quoted: str) -> None:
    """A rejected mention: the warning names it, and no learned model may count it (detail_stack.vetoed)."""
    finding = next(f for f in coach(lang, sentence).findings if f.rule == "personalisation")
    assert f"{quoted}”" in finding.message


def test_industry_talk_about_a_named_company_or_the_reader_is_not_rejected() -> None:
    assert not warned(coach("en", "I read your article on the logistics market in 2024."))
    result = coach("en", "I read the MoJ pre-market notice for classrooms.")
    assert not any("pre-market" in f.message for f in result.findings if f.rule == "personalisation")


@pytest.mark.parametrize(("lang", "sentence", "quoted"), [
    ("en", "Most agencies now handle twice the work with the same team in 2025.", "Most agencies now handle"),
    ("nl", "Veel bedrijven in de bouw worstelen met verloop.", "Veel bedrijven in de bouw worstelen”"),
    ("en", "We're both in the SaaS space.", "We're both in the SaaS space”"),
    ("en", "We're both members of the Product Management group on LinkedIn.", "group on LinkedIn”"),
    ("en", "Saw you are hiring, so I thought I would reach out.", "“are hiring”"),  # which role?
])
def test_a_claim_about_many_readers_or_common_ground_is_named_as_true_of_thousands(lang: str, sentence: str,
                                                                                    quoted: str) -> None:
    finding = next(f for f in coach(lang, sentence).findings if f.rule == "personalisation")
    assert quoted in finding.message


@pytest.mark.parametrize(("lang", "sentence"), [
    ("nl", "Veel succes met de lancering van de nieuwe app in Gent!"),  # a wish, not a claim about many
    ("en", "We're both in the Rotterdam Commodity Club, so I thought I'd say hello."),  # a named club says which
])
def test_a_wish_or_a_named_club_is_not_rejected_as_common_ground(lang: str, sentence: str) -> None:
    result = coach(lang, sentence)
    assert not any("true of thousands" in f.message or "duizenden" in f.message
                   for f in result.findings if f.rule == "personalisation")
