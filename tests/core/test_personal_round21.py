# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation, round 21: generic messages that only look personal. The sender's product working on
the reader's things ("Our platform analyses your reviews"), "Gezien uw rol" (given, not seen), the reader
as the object after the sender's "ik", a hope "for both of us", and a tie said of many ("alumni of…").

Sentences written for these tests (none copied from the coach corpus), in both languages.
"""

from __future__ import annotations

import pytest
from personal_sentences import coach, counted, shows

# what the sender sells, doing something to the reader's things: a pitch any reader could get
SOLD = [
    ("en", "We built an app that turns your LinkedIn posts into newsletters."),
    ("en", "Our platform analyses your customer reviews and turns them into actions."),
    ("en", "Our software publishes your vacancies on forty job boards at once."),
    ("nl", "Wij hebben een tool gebouwd die je LinkedIn-posts automatisch omzet in nieuwsbrieven."),
    ("nl", "Onze tool zet je LinkedIn-posts om in nieuwsbrieven."),
    ("nl", "Met onze software worden uw vacatures automatisch op veertig sites geplaatst."),
    ("nl", "Ons platform analyseert jullie klantreviews en zet ze om in acties."),
]

# the reader's own thing, with the sender's product nearby but not acting on it
THEIRS_NEAR_OURS = [
    ("en", "I mentioned our booking app in connection with your team's move to a hybrid office.", "move to a hybrid"),
    ("nl", "Ik las je post over de overstap naar een nieuw ERP-systeem in Venlo.", "je post"),
    ("en", "Your podcast with Jan de Wit about our platform made my week.", "podcast with Jan de Wit"),
]

# looks like a meeting, a shared past or news, and is none
NOT_A_DETAIL = [
    ("nl", "Gezien uw huidige rol bij Museum Arnhem denk ik dat deze functie u zou kunnen aanspreken."),
    ("nl", "Gezien je ervaring bij Coolblue lijkt deze rol me iets voor jou."),
    ("nl", "Eventueel kan ik u ook een uitgebreid profiel toesturen."),
    ("nl", "Mag ik je een uitgebreid voorstel sturen?"),
    ("en", "Thought it might be useful for both of us to be connected."),
    ("nl", "Lijkt me interessant voor ons allebei om te connecten."),
    ("nl", "Als secretaris van de alumnivereniging nodig ik oud-studenten graag uit voor ons netwerk."),
    ("en", "As chair of the association I invite alumni of TU Delft to our spring event."),
]

# the same words where they do say something only this reader makes true
STILL_A_DETAIL = [
    ("nl", "We zijn allebei oud-studenten van Windesheim, lichting 2012.", "oud-studenten van Windesheim"),
    ("nl", "Ik heb je gezien op de Dag van de Logistiek in Utrecht.", "Dag van de Logistiek"),
    ("en", "We both worked at Booking.com in the payments team.", "Booking.com"),
    ("nl", "Ik zag dat jullie de vestiging in Venlo hebben uitgebreid met een tweede hal.", "Venlo"),
]


# a placeholder for how many, not for which (corpus README: a count of mutual connections is generic)
COUNTED = [
    ("en", "I noticed we have {{ mutual_connections }} mutual connections."),
    ("en", "We share {{ num_mutual }} connections in the Rotterdam port scene."),
    ("en", "We share 12 connections in the Rotterdam port scene."),
    ("nl", "We hebben {aantal_connecties} gemeenschappelijke connecties."),
]


def test_a_placeholder_for_the_mutual_contact_is_still_a_detail() -> None:
    assert shows(coach("en", "I noticed we're both connected to {{ mutual_connection }}."), "{{ mutual_connection }}")


# read off a profile: a title spelled out, years in a field, many connections — true of thousands
PROFILE_FACTS = [
    ("en", "I'm reaching out because of your extensive experience as Senior Talent Acquisition Business Partner EMEA."),
    ("en", "With your 8+ years in DevOps, Kubernetes and AWS, you'd be a great fit for a role I'm working on."),
    ("nl", "Met je 10 jaar in Rotterdam ken je de haven als geen ander."),
    ("en", "We've never met, but we share quite a few connections in the Amsterdam startup scene."),
]

# a deed or a plan of the reader's with what it is, whatever the sender adds after it
DEEDS_AND_PLANS = [
    ("nl", "Uw loopbaan spreekt mij aan: u heeft bij Amaris de invoering van zelforganiserende teams geleid en dat "
           "is precies wat mijn opdrachtgever zoekt.", "de invoering van zelforganiserende teams"),
    ("nl", "Op uw website las ik dat u dit jaar overstapt op elektrische bussen.", "elektrische bussen"),
    ("en", "Your role in the merger of ROC Midden and Summa was impressive.", "Your role in the merger"),
]


def test_a_role_and_how_long_read_off_a_profile_is_warned_but_leaving_after_years_is_news() -> None:
    assert counted(coach("en", "I noticed you've been leading infrastructure at Vantor for a while now.")) is None
    assert counted(coach("nl", "Ik zie dat je al jaren de afdeling inkoop bij Vebego leidt.")) is None
    leaving = coach("en", "Saw you're leaving Soho House after 8 years, congrats on the next chapter.")
    assert shows(leaving, "Soho House")


# the reader in a role, a bare figure, a trade shared with thousands, a milestone nobody names
ROLES_AND_FIGURES = [
    ("nl", "Ik zag dat u als fleet manager bij een bedrijf met meer dan 150 bedrijfswagens actief bent."),
    ("nl", "Ik begrijp dat u als manager vastgoed veel te maken heeft met stijgende onderhoudskosten."),
    ("en", "I understand that as a fleet manager you deal with rising fuel costs."),
    ("nl", "Ik zie dat jullie met zo'n 80 man op kantoor in Utrecht zitten."),
    ("nl", "Ik zie dat je Product Owner bent bij NS, een bedrijf dat iedereen kent."),
    ("nl", "We zijn allebei ondernemer in de regio Leuven, dus ik dacht: laten we kennismaken."),
    ("en", "We're both Dutch founders running companies in Berlin."),
    ("nl", "Ik zag dat jullie bijna 10 jaar bestaan, van harte gefeliciteerd met die mijlpaal!"),
    ("nl", "Vorige week zei je dat je me na de zomer zou bellen."),
    ("en", "Congrats on the milestone!"),
    ("nl", "Ik zag dat jullie bedrijf al 40 jaar bestaat, mooi!"),
]

# the same shapes where something only this reader makes true is said
SAID_WHICH = [
    ("nl", "Ik zag dat jullie in 2024 de Logistiek Award hebben gewonnen.", "Logistiek Award"),
    ("nl", "Ik zag op LinkedIn dat jullie 15 nieuwe collega's verwelkomen in september.", "15 nieuwe collega's"),
    ("en", "We were both consultants at McKinsey Amsterdam in 2015.", "McKinsey"),
    ("nl", "We waren allebei consultant bij Deloitte in Rotterdam.", "Deloitte"),
    ("en", "Congrats on hitting the 1 million users milestone!", "1 million users"),
    ("nl", "Ik las je artikel over de nieuwe dienstregeling bij NS.", "je artikel"),
]


# found by a fresh pair of eyes: wordings that said nothing only this reader makes true
FRESH_GENERIC = [
    ("nl", "Hoi Sanne, ik las je laatste post, erg interessant!"),
    ("nl", "Je nieuwste post sprak me aan."),
    ("en", "I read your most recent post."),
    ("nl", "Onze planningstool past perfect bij jouw planningsuitdagingen."),
    ("nl", "Onze tool lost jouw roosterprobleem op."),
    ("en", "Given your firm's focus on B2B SaaS and early stage, I thought you'd like what we're building."),
    ("nl", "Hoe je als kleine KMO je prijs verdedigt tegenover de grote spelers."),
    ("en", "I wrote a short guide on what a SOC 2 audit involves for a team your size."),
    ("en", "Can we both join at the same time next week?"),
]

# and wordings that do say it, which were missed or shown cut off
FRESH_PERSONAL = [
    ("en", "I got your name from Priya Shah at Balderton.", "Priya Shah"),
    ("nl", "Ik kreeg je naam van Pieter de Graaf van Zorgroep Oost.", "Pieter de Graaf"),
    ("en", "We both know Priya Shah from Balderton.", "Priya Shah"),
    ("nl", "Ik las je analyse over de uitval bij nieuwe chauffeurs in Venlo.", "je analyse"),
    ("en", "I read your most recent post on pricing for SaaS.", "pricing for SaaS"),
    ("nl", "Ik hoorde over jullie roosterprobleem bij de nachtdienst in Zwolle.", "roosterprobleem"),
    ("en", "We were at Leiden Law School at the same time.", "Leiden Law School"),
    ("en", "I saw your team cut churn by 18% last quarter.", "by 18%"),
    ("en", "We studied together at Edinburgh (CompSci, 2012).", "(CompSci, 2012)"),
    ("nl", 'Je schreef in je blog dat "de planner de spin in het web is".', 'web is"'),
]

# the narrowings' other side: a team of ours, news of theirs, a title with a question mark, an acronym
NOT_OVERREACHED = [
    ("en", "Full disclosure, half of our product team uses your open-source icon set on GitHub.", "icon set"),
    ("nl", "Gezien dat jullie nieuwe kaart helemaal plantaardig is, top!", "nieuwe kaart"),
    ("en", 'We were both on the "Outbound is dead?" panel at Sales Hacker Live last month.', "Outbound is dead?"),
    ("en", "Given your track record in the recent IPO of Medicover NL, I thought of you.", "IPO of Medicover"),
    ("en", "Loved your {{recent_post_topic}} post, great insights.", "{{recent_post_topic}}"),
    ("nl", "Ik las dat Picnic dit jaar 3.000 bezorgers wil aannemen.", "3.000 bezorgers"),
    ("nl", "Jouw webinar over Google Analytics 4 voor webshops heeft me enorm geholpen.", "Google Analytics 4"),
    ("nl", "Ik volg je LinkedIn-reeks over de Wet betaalbare huur al een tijdje.", "Wet betaalbare huur"),
]

# what the reader said, with words between a Dutch verb and its particle or after an opening phrase
SAID_APART = [
    ("nl", "U gaf toen aan dat het huidige contract in juni afloopt.", "contract in juni"),
    ("nl", "Je gaf bij mijn collega aan dat jullie telefooncentrale eind dit jaar uit de support gaat.",
     "telefooncentrale"),
    ("nl", "Vorige week zei je dat twee van je beste mensen vertrokken.", "beste mensen vertrokken"),
    ("nl", "In je nieuwsbrief schreef je dat twee planners vertrokken zijn.", "twee planners"),
    ("en", "And we apparently both ran the Berlin marathon in 3:42.", "Berlin marathon"),
    ("nl", "Uw rol bij de invoering van de Omgevingswet in Zwolle sprak me aan.", "Omgevingswet"),
    ("en", "Your involvement in the Temple Quarter regeneration caught my eye.", "Temple Quarter regeneration"),
]

# from the review of this change: the new rules' other side
REVIEWED_FOUND = [
    ("nl", "We waren allebei docent bij de Hogeschool Utrecht, tussen 2015 en 2018.", "Hogeschool Utrecht"),
    ("en", "We were both consultants at the Boston Consulting Group in Amsterdam.", "Boston Consulting Group"),
    ("nl", "Ik schrijf je als lezer van je column over de woningmarkt in het FD.", "je column"),
    ("nl", "Ik zag dat je als spreker op de Dag van de Logistiek in Utrecht stond.", "Dag van de Logistiek"),
    ("nl", "Ik zag dat u als nieuwe CFO bij Brightfish bent benoemd.", "Brightfish"),
    ("en", "I saw you donated 500 laptops for 40 schools in Utrecht last month.", "500 laptops"),
    ("nl", "Ik las dat je sinds 2019 de Singelloop in Utrecht organiseert.", "Singelloop"),
    ("en", "Really like how Acme Logistics opened its Venlo hub last week.", "Venlo hub"),
    ("en", "I got your name from Mr. Okafor in finance.", "Okafor"),
]
REVIEWED_WARNED = [
    ("en", "I got your name from LinkedIn."),
    ("nl", "Ik kreeg je naam van een collega."),
    ("en", "We both know Excel is painful for forecasting."),
    ("nl", "Je gaf vorige week aan dat we zouden bellen."),
]


def test_companies_named_as_examples_are_the_senders_customers_not_news() -> None:
    examples = coach("en", "Companies like Mews and Sendcloud switched last year and saw usage jump to 80%.")
    assert counted(examples) is None
    assert counted(coach("nl", "Bedrijven zoals Picnic en Coolblue stapten vorig jaar over en groeiden hard.")) is None


@pytest.mark.parametrize(("lang", "sentence"), SOLD + NOT_A_DETAIL + COUNTED + PROFILE_FACTS + ROLES_AND_FIGURES
                         + FRESH_GENERIC + REVIEWED_WARNED)
def test_generic_wordings_that_look_personal_are_warned(lang: str, sentence: str) -> None:
    assert counted(coach(lang, sentence)) is None


@pytest.mark.parametrize(("lang", "sentence", "part"), THEIRS_NEAR_OURS + STILL_A_DETAIL + DEEDS_AND_PLANS
                         + SAID_WHICH + FRESH_PERSONAL + NOT_OVERREACHED
                         + SAID_APART + REVIEWED_FOUND)
def test_a_detail_in_the_same_shapes_is_found_and_shown_whole(lang: str, sentence: str, part: str) -> None:
    assert shows(coach(lang, sentence), part), counted(coach(lang, sentence))
