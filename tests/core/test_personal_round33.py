# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation, round 33: a role read off the profile and a town both are in are true of thousands.

Rounds 30 and 31's final sets (read after scoring) still counted generic InMails and connection requests
that only say what the reader does and where: "you're heading up procurement at …", "je bij … het
contentteam leidt", "we allebei in Utrecht zitten". A role said to hold *now* stays news ("jij nu bij …
het pricingteam leidt", "je sinds kort Hoofd Financiën bent"), as does a place both worked at or a club
both belong to; "uw kantoorpand" is a kind of site every firm has. The reader's advice or offer said with
what to do counts without "thanks" ("your advice to get hands-on with Power BI paid off"), unless asked;
so does who sent the writer, by a title and a surname ("via mr. De Haan") or as "X vertelde me".
Sentences written for these tests (none copied from the coach corpus), in both languages.
"""

from __future__ import annotations

import pytest
from personal_sentences import coach, shown, warned

GENERIC = [
    # the reader's current job, read off the profile
    ("en", "I see you're heading up procurement at Vanterpool Foods.", "inmail"),
    ("en", "I noticed you've been leading the data team at Kestrel Bank.", "connection_request"),
    ("en", "I see you've been a buyer at Hollins Retail for years.", "inmail"),
    ("en", "Saw you're in charge of facilities at the Royal Docks campus.", "inmail"),
    ("nl", "Ik zag dat je bij Studio Moerbei het designteam leidt.", "inmail"),
    ("nl", "Ik zie dat u de inkoopafdeling van Brouwer Techniek aanstuurt.", "inmail"),
    ("nl", "Ik zag dat jij bij Dekkers Vastgoed het beheer runt.", "connection_request"),
    # a town or region both are in
    ("nl", "Ik zag dat we allebei in Zwolle zitten, leuk om te connecten.", "connection_request"),
    ("nl", "We zitten allebei in de regio Kortrijk, dus ik dacht: laten we connecteren.", "connection_request"),
    # a kind of site every such firm has, in one compound word
    ("nl", "Wij maken uw kantoorpand energiezuinig, zonder grote verbouwing.", "inmail"),
    ("nl", "Is jullie heftruckvloot al klaar voor de nieuwe keuringsregels?", "inmail"),
    # asking for advice is no advice given
    ("en", "What's your advice to get started with route planning?", "follow_up"),
    ("nl", "Wat is uw advies om te beginnen met een eerste pilot?", "follow_up"),
    ("en", "I'd value your advice to pick a vendor for the pilot.", "follow_up"),
    ("en", "Please share your advice to make the onboarding of new drivers smoother.", "follow_up"),
    # the thread's next step, or the sender's own offer
    ("en", "Your suggestion to meet on Thursday afternoon works for me.", "follow_up"),
    ("nl", "Je suggestie om woensdag even te bellen komt me goed uit.", "follow_up"),
    ("en", "Your offer to trial Routewise for free runs until the end of the month.", "follow_up"),
    # a brand, a book or a paper after "via", not someone who sent the writer
    ("en", "I came across your name via Dr. Martens' creative partners page.", "inmail"),
    ("nl", "Ik vond jullie via De Ondernemer, het online magazine.", "inmail"),
    # a word of a name or a department is no news
    ("en", "I see you oversee the Now TV partnerships team at Sky.", "inmail"),
    ("en", "I see you're heading up new business at Calder Media.", "inmail"),
]

FOUND = [
    # a role said to hold now is a change of job: news
    ("en", "I see you're heading up Talent at Brightwave now.", "Brightwave", "connection_request"),
    ("nl", "Ik zag dat jij nu bij Tulpia het pricingteam leidt.", "Tulpia", "inmail"),
    # a place both worked at, or a club both belong to, says which
    ("en", "We were both at Harwell Consulting in Reading around 2016.", "Harwell Consulting", "connection_request"),
    ("nl", "We zijn allebei lid van de Rotary Club Tongeren.", "Rotary Club Tongeren", "connection_request"),
    # a role taken on lately
    ("nl", "Ik zag dat je sinds kort Hoofd Inkoop bent bij een groeiende bouwgroep.", "Hoofd Inkoop", "inmail"),
    # the reader's advice or offer, said with what it was, also without "thanks" or "I took"
    ("en", "Your advice to lead with the pilot in Leeds paid off: they said yes.", "pilot in Leeds", "follow_up"),
    ("en", "I'd like to take you up on your offer to walk me through the Tilburg cross-dock.", "Tilburg cross-dock",
     "follow_up"),
    ("nl", "Je aanbod om een dag mee te lopen met het planningsteam spreekt me erg aan.", "mee te lopen", "follow_up"),
    # a role that leads a programme named
    ("en", "I see you've been leading Heineken's Brew a Better World programme in Zoeterwoude.", "Brew a Better World",
     "inmail"),
    ("nl", "Ik zag dat u het programma Zorg Dichtbij van Menzis leidt.", "Zorg Dichtbij", "inmail"),
    # who sent the writer: a title and a surname, a surname opening on its particle, "vertelde me"
    ("nl", "Via mr. Verhoef kreeg ik uw naam als specialist in huurrecht.", "Verhoef", "inmail"),
    ("nl", "Via mevrouw De Clercq kwam ik bij u terecht.", "De Clercq", "inmail"),
    ("en", "I got your name via Mr. Okafor at the Leeds clinic.", "Okafor", "inmail"),
    ("nl", "Sander van Dam vertelde me dat jij alles weet van deelmobiliteit.", "Sander van Dam", "inmail"),
]


@pytest.mark.parametrize(("lang", "sentence", "kind"), GENERIC)
def test_a_role_or_a_town_alone_is_warned(lang: str, sentence: str, kind: str) -> None:
    assert warned(coach(lang, sentence, kind=kind)), sentence


@pytest.mark.parametrize(("lang", "sentence", "part", "kind"), FOUND)
def test_a_new_role_or_a_named_place_is_found(lang: str, sentence: str, part: str, kind: str) -> None:
    result = coach(lang, sentence, kind=kind)
    assert not warned(result) and any(part in text for text in shown(result)), (sentence, shown(result))


def test_advice_said_back_is_shown_as_far_as_what_they_advised() -> None:
    """Said back in a follow-up, the reader's advice is shown with what to do, not the rest of the sentence."""
    result = coach("en", "Your advice to start with the night shift in Venlo worked out well.", kind="follow_up")
    assert shown(result) == ["Your advice to start with the night shift in Venlo"], shown(result)
