# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail detector's rules: each looks at one tagged clause for a reader next to something specific.

A rule reports hits as (kind, reason, first, last word); what mass messages say, as (reason, first, last).
"""

from __future__ import annotations

from inmail_studio.core.lint.facts.detail_classes import NOUNS
from inmail_studio.core.lint.facts.detail_company import (
    named_position,
    news_and_challenge,
    some_event,
    subject_at,
    what_was_perceived,
    where_based,
)
from inmail_studio.core.lint.facts.detail_events import named_event
from inmail_studio.core.lint.facts.detail_frames import (
    after_article,
    congrats_and_vacancy,
    noticed_yours,
    says_which,
    some_vacancy,
)
from inmail_studio.core.lint.facts.detail_piece import (
    modified_site,
    noun_before,
    of_yours,
    role_in,
    said_nothing,
    stated,
    their_opinion,
    their_piece,
    to_me,
)
from inmail_studio.core.lint.facts.detail_ties import a_name, favour, their_colleague, tie
from inmail_studio.core.lint.facts.detail_words import (
    TRIGGERS,
    Clause,
    DetailWords,
    Found,
    Hit,
    Rejected,
    has_tag,
    in_role,
    named_in,
    named_place,
    past_vague,
    phrase_last,
    sender_acts,
    through_name,
    topic_after,
)

_MAX_EXTEND = 8
_MAX_SAID = 20  # words after a verb of saying that still show whole


def _not_yours(clause: Clause, i: int) -> bool:
    """"je" at i is a subject that asks ("Heb je tips?"), receives ("je krijgt…") or has a role ("dat je
    Product Owner bent"), or the reader, opening a clause, was put in one before it ("hoe je als KMO je
    prijs…"; not "Ik schrijf je als lezer van je column", where "je" is whom the sender writes to)."""
    asks = i > 0 and "MODAL" in clause[i - 1].tags and (i == 1 or "QUESTION" in clause[0].tags)
    role = any("ROLE" in clause[k].tags and not has_tag(clause, i + 1, k, "CONTENT")
               for k in range(i + 2, min(i + 4, len(clause))))
    return "SUBJ" in clause[i].tags and (asks or role or has_tag(clause, i + 1, i + 6, "GET")) \
        or any(in_role(clause, a) for a in range(max(i - 5, 0), i - 1))


def _possessive(clause: Clause, i: int, found: Found, rejected: Rejected, news_only: bool = False) -> None:
    """"your talk on X", "jullie nieuwe vestiging", "your Venlo site"; "your background" is rejected. After a name
    (`news_only`) only company news counts ("Acme's expansion", not "McKinsey's report"); "Heb je tips?" asks."""
    if _not_yours(clause, i):
        return
    for j in range(i + 1, min(i + 5, len(clause))):
        tags = clause[j].tags
        end = phrase_last(clause, j)
        if news_only and tags.keys() & {"CONTENT", "WEAK", "CHALN", "OPINION", "GENERIC"} and "NEWSN" not in tags:
            return
        if tags.keys() & {"CONTENT", "NEWSN", "VACANCY"} or "EVENT" in tags and _phrase_ends(clause, end + 1):
            their_piece(clause, i, j, end, found, rejected)  # "your talk", "jullie overname"
            return
        if "STANCE" in tags and stated(clause, i, end):  # "jullie plan om de helpdesk uit te besteden"
            found.append(Hit("content", "stance", i, end))  # shown to the end of what it is
            return
        if tags.keys() & {"WEAK", "CHALN", "SITE"}:
            if "WEAK" in tags and j + 1 < len(clause) and "NEWSN" in clause[j + 1].tags:
                continue  # a compound's head is its last noun: "your product launch"
            if (place := where_based(clause, i, j, end)) is not None:
                rejected.append(("generic", i, place))  # "jullie kantoor in Mechelen": where they are
            elif _weak_named(clause, i, j, end):
                found.append(Hit("challenge" if "CHALN" in tags else "content", "possessive", i, end))
            return
        if "OPINION" in tags:  # "Loved your take on X" reports; "I'd love (to hear) your take" asks
            if their_opinion(clause, i, end):
                found.append(Hit("content", "possessive", i, end))
            return
        if "GENERIC" in tags:
            role_in(clause, i, end, found, rejected)
            return
        if tags.keys() & {"BREAK", "SENDER", "POSS", "COMPANY", "MODAL", "CVERB", "TOPIC", "ORDINARY"}:
            if "PLACE" in tags and i + 1 < j < i + 4 and j + 1 < len(clause) and clause[j + 1].named \
                    and not news_only and _plain(clause, i) and not has_tag(clause, i + 1, j, "NUMBER", "TENURE"):
                found.append(Hit("content", "possessive", i, j + 1))  # "your returns process in Venlo"
            return


def _named_thing(clause: Clause, i: int, found: Found) -> None:
    """A thing of theirs no list knows, named by a name before its noun, that the writer saw or
    praises: "loved your Lisbon coffee ranking", "genoten van je Gentse koffiekaart"; not "your Acme
    profile" (a listed word) nor "your thoughts on Acme" (asked)."""
    run = i + 1
    while run < min(i + 5, len(clause)) and not clause[run].tags:
        run += 1
    last = run - 1
    if (last < i + 2 or not any(t.named for t in clause[i + 1:last]) or clause[last].capital
            or not has_tag(clause, 0, i, "PERCEIVE", "APPRAISE") or not _plain(clause, i)
            or has_tag(clause, 0, i, "REL")):  # "Ik hoop dat je Q4 goed verloopt": a wish about their quarter
        return
    found.append(Hit("content", "possessive", i, last))


def _weak_named(clause: Clause, i: int, j: int, end: int) -> bool:
    """A weak noun after "your" says what: a topic, a name, a compound, a remark, an event ("je vraag tijdens…")."""
    if has_tag(clause, 0, j + 2, "SPEC"):
        return False  # "Je krijgt vast tien berichten per week", "Jullie werken vast met Excel": a guess
    stop = next((a for a in range(end + 1, min(end + 11, len(clause))) if "STOP" in clause[a].tags), end + 11)
    tags = clause[j].tags  # a compound names a problem ("roosterprobleem"), not plans ("wervingsplannen") nor
    # a kind of site every such firm has ("uw kantoorpand", "jullie heftruckvloot", "uw schoolgebouwen")
    compound = "COMPOUND" in tags and not tags.keys() & {"WEAK", "SITE"} or modified_site(clause, i, j)
    return (topic_after(clause, end + 1) or named_place(clause, i + 1, stop) or _reported(clause, end + 1)
            or _at_event(clause, end + 1) or compound and "KIND" not in tags  # not "je fysiopraktijk", nor
            and not has_tag(clause, 0, i, "OWN", "OFFERING"))  # the pitch "onze tool lost je roosterprobleem op"


def _plain(clause: Clause, i: int) -> bool:
    """Said as a fact, with "your" before a noun: not asked, hedged, "companies like yours"."""
    return clause[i].low not in ("yours", "jouwe") and "QUESTION" not in clause[0].tags \
        and not has_tag(clause, 0, len(clause), "SPEC", "MODAL", "PITCH")  # not "my quote for … your roof in Ede"


def _reported(clause: Clause, k: int) -> bool:
    """What was said follows word k: "your comment that onboarding lives in spreadsheets" (not "that I asked")."""
    return k + 3 < len(clause) and "REL" in clause[k].tags and not clause[k + 1].tags.keys() & {"SENDER", "SUBJ"}


def _at_event(clause: Clause, k: int) -> bool:
    """An event follows word k: "your question during the webinar", "uw vraag tijdens het webinar"."""
    return k < len(clause) and "AT" in clause[k].tags and has_tag(clause, k + 1, k + 4, "EVENT")


def _phrase_ends(clause: Clause, k: int) -> bool:
    """The noun phrase ends before word k: "your open day in Delft", not "your session request"."""
    return k >= len(clause) or bool(clause[k].tags.keys() & {"BREAK", "TOPIC", "AT", "STOP", "OF", "EMPLOYER"})


def _said(clause: Clause, i: int, window: int, inversion: bool, found: Found, rejected: Rejected) -> None:
    """"what you said about", "the redesign you mentioned", "je schreef", "zei je"; not "waar ik je
    over schreef", "zoals ik je schreef": after "ik", "je" is whom the sender wrote to; what they said
    they would do for the sender ("you said you'd get back to me") is rejected, the thread's next step."""
    named_call = i > 1 and clause[i - 2].tags.keys() & {"ARTICLE", "OWN"}  # "On the/our call you said": not "call you"
    before = set(clause[i - 1].tags) if i else set()
    over = "CVERB" in before and clause[i - 1].tags["CVERB"] > i + 1  # "Vorige week liet u weten dat…"
    if over or i > 1 and clause[i - 1].capital:
        before -= {"OBJV", "MODAL"}  # the verb runs over "u"; "in May you said" is a month
    if before & ({"MODAL", "SENDER"} if named_call else {"MODAL", "OBJV", "SENDER"}) \
            or i > 1 and "AUX" in before and has_tag(clause, 0, i - 1, "SENDER"):
        return  # "Mijn collega Jeroen heeft jullie … gesproken": "jullie" is who was spoken to
    if "POSS" in clause[i].tags and (k := past_vague(clause, i + 1)) < len(clause) and clause[k].tags.keys() & NOUNS \
            or i and "OF" in clause[i - 1].tags and "BREAK" in clause[i - 1].tags:
        return  # "je ervaring als developer sprak me aan": "je" is "your"; "een oud-collega van je tipte": whose
    if over and inversion:
        _said_over(clause, i, found, rejected)
        return
    if i and "AS" in clause[i - 1].tags and len(clause) <= i + 2 and not clause[i - 1].capital:
        return  # "…more structured answers, as you suggested.": a formula; "As you suggested, I called Jana" is weighed
    for j in range(i + 1, min(i + 1 + window, len(clause))):
        tags = clause[j].tags
        if "GET" in tags or "CVERB" in tags and has_tag(clause, max(i + 1, j - 3), j, "AS"):
            return  # "you get pitched all the time", "je vindt de offerte, zoals besproken": not theirs
        if "CVERB" in tags:
            if j + 2 < len(clause) and clause[j + 1].low == "te" and clause[j + 2].low in ("hebben", "zijn") \
                    or clause[j - 1].low == "te" and j - 1 > i:
                return  # "Leuk je gesproken te hebben", "aanleiding om u te schrijven": "je" is whom to
            if has_tag(clause, j + 1, j + 2, "AT") and some_event(clause, j + 3) and not named_in(clause, i, j):
                return  # "you were speaking at a conference recently": which one?
            if (promise := _promised(clause, j)) or said_nothing(clause, i, j):  # "…and let you know": which?
                rejected.append(("promise", i, len(clause) - 1) if promise else ("generic", max(i - 3, 0), j))
            elif ("ACHIEVE" not in tags or _deed_named(clause, i, j)) and not _some_job(clause, i, j):
                found.append(Hit("content", "said", noun_before(clause, i), j))
            return
        if ("SUBJ" in tags or sender_acts(clause[j])) and not _our_meeting(clause, j):
            break  # another subject; "me" is only whom they told: "Zoals je me aanraadde…"
    if inversion and i and "CVERB" in clause[i - 1].tags and not (i > 1 and "SENDER" in clause[i - 2].tags):
        _said_over(clause, i, found, rejected)  # "zei je dat…"


def _said_over(clause: Clause, i: int, found: Found, rejected: Rejected) -> None:
    """A Dutch verb of saying before "je" / "u" at i, or running over it ("zei je dat…", "Vorige week liet u
    weten dat…", "gaf je aan dat…"): what they said, or the thread's next step ("…liet je weten dat je me
    zou bellen")."""
    last = max(i, clause[i - 1].tags["CVERB"] - 1)
    if _promised(clause, last):
        rejected.append(("promise", i, len(clause) - 1))
    else:
        found.append(Hit("content", "said", noun_before(clause, i - 1), last))


def _promised(clause: Clause, j: int) -> bool:
    """What they said after the verb at j is the thread's next step, naming nothing: "You'd mentioned you'd get
    back to me", "Je gaf vorige week aan dat we zouden bellen", "U gaf aan dat ik in januari weer contact mocht
    opnemen" (a `next_step` verb after "you", "we" or "I", past the verb's particle); not "You said you need us
    for the payroll migration", "…get back to me with the Leeds figures", "…mailen over de vacature bij jullie"."""
    j, end = max(j, clause[j].tags.get("CVERB", j + 1) - 1), len(clause)  # "gaf … aan dat u…"
    k = next((a for a in range(j + 1, min(j + 4, end)) if clause[a].tags.keys() & {"SUBJ", "BOTH"}
              and not sender_acts(clause[a - 1]) or sender_acts(clause[a])), end)  # not "ik je"; "dat ik"
    m = next((m for m in range(k + 1, min(k + 7, end)) if "NEXTSTEP" in clause[m].tags), end)
    return m < end and not named_in(clause, k + 1, end) \
        and not (has_tag(clause, m + 1, end, "VACANCY", "CONTENT") and has_tag(clause, m + 1, end, "POSS"))


def _our_meeting(clause: Clause, j: int) -> bool:
    """Word j is "ons"/"our" before a meeting: "dat je in ons gesprek noemde" is still what they said."""
    return "OWN" in clause[j].tags and j + 1 < len(clause) and "MEET" in clause[j + 1].tags


def _some_job(clause: Clause, i: int, j: int) -> bool:
    """What they said is "a job" or "een vacature" and nothing in the clause names it: "you posted a
    job on LinkedIn" is true of thousands; "you posted a job for a Head of Data" is not."""
    near = clause[i + 1:j + 4]
    return any(some_vacancy(clause, i + 1 + k) for k, t in enumerate(near) if "INDEF" in t.tags)


def _deed_named(clause: Clause, i: int, j: int) -> bool:
    """A deed ("built", "led") names its thing before "you" ("the pricing calculator you built") or
    after it (a name, a number, a topic): "you built a great team" is praise, not a detail."""
    return (has_tag(clause, i - 4, i, "ARTICLE") or any(t.named or "NUMBER" in t.tags for t in clause[j + 1:j + 10])
            or any(topic_after(clause, k) for k in range(j + 1, min(j + 6, len(clause)))))


def _relative(clause: Clause, j: int, found: Found) -> None:
    """"the work your team does on route planning", "werk dat jullie team doet rond routeplanning"."""
    k = j + 1
    if k < len(clause) and "REL" in clause[k].tags:
        k += 1
    who = subject_at(clause, k) if k < len(clause) else None
    if who is None or who[0] == "company" and "POSS" not in clause[k].tags and "CSUBJ" not in clause[k].tags:
        return
    for t in range(who[1] + 1, min(who[1] + 4, len(clause))):
        if topic_after(clause, t) or "CVERB" in clause[t].tags:
            found.append(Hit("content", "relative", j, t))
            return


def _perceived(clause: Clause, p: int, found: Found, rejected: Rejected) -> None:
    """"I saw you worked with Sanne at Adyen", "zag dat jullie checkout 7 stappen heeft";
    "I see you're in engineering" is a role, rejected."""
    if _wished(clause, p):
        return
    said_that = False  # "heard from Priya Nair that you're…", "zag dat de gemeente Ede…"
    for s in range(p + 1, min(p + 7, len(clause))):
        tags = clause[s].tags
        if "POSS" in tags and s + 1 < len(clause) and "COMPANY" in clause[s + 1].tags:
            s += 1  # "I noticed your team uses HubSpot"
            break
        if tags.keys() & {"SUBJ", "CSUBJ"} and (s < p + 4 or said_that):
            break
        if (said_that and clause[s].named or tags.keys() & {"COMPANY", "SITE", "NEWSN"}
                and after_article(clause, s) and (said_that or s < p + 5)):
            break  # "zag dat de gemeente Ede…", "I hear the new plant in Zwolle goes live"
        if "SENDER" in tags and clause[s].low not in ("i", "ik") or "INDUSTRY" in tags:
            return  # "I read that the logistics market grew 8%": industry talk
        said_that = said_that or "REL" in tags
    else:
        return
    k = past_vague(clause, s + 1)  # "ik las je laatste post": which post?
    if "POSS" in tags and k < len(clause) and "CONTENT" in clause[k].tags and not says_which(clause, k):
        found.append(Hit("content", "bare", s, k))  # "Ik volg jullie blog al een tijdje": which blog post?
        return
    what_was_perceived(clause, s, found, rejected)


def _wished(clause: Clause, p: int) -> bool:
    """Hearing wished for, not done: "Ik hoor graag je visie op…", "I'd love to hear your take on…"."""
    return has_tag(clause, p + 1, p + 2, "WISH") or p > 1 and clause[p - 1].low == "to" \
        and has_tag(clause, p - 3, p - 1, "WISH")


_TIES = frozenset({"TIE", "REFERRAL", "ALSO", "ALUM", "MUTUAL", "REFVERB", "VIA", "SAME", "TOGETHER", "SELF", "INTRO"})
# Every class the loop of `clause_hits` looks at on a word: a word with none of them (and not a name
# in a clause that perceives) is passed over with one test instead of fifteen. Add a class here when
# a rule there starts reading it.
_LOOKED_AT = _TIES | {"POSS", "NAMEPOSS", "OF", "SUBJ", "CSUBJ", "CONTENT", "WEAK", "PERCEIVE", "FAVOUR", "CONGRATS",
                      "VACANCY", "POSITION", "NEWSN", "ROLE"}


def clause_hits(clause: Clause, model: DetailWords, found: Found, rejected: Rejected) -> None:
    present = {cls for t in clause if t.tags for cls in t.tags}
    if present.isdisjoint(TRIGGERS):
        return
    perceived = "PERCEIVE" in present
    for i, token in enumerate(clause):
        tags = token.tags
        if _LOOKED_AT.isdisjoint(tags) and not (token.named and perceived):
            continue
        if "POSS" in tags:
            _possessive(clause, i, found, rejected)
            _named_thing(clause, i, found)
            their_colleague(clause, i, found)  # "your regional HR lead Fatima", "Ingrid from your finance team"
        elif "NAMEPOSS" in tags:
            _possessive(clause, i, found, rejected, news_only=True)
        if "OF" in tags and i:
            of_yours(clause, i, found)
        if "SUBJ" in tags:
            _said(clause, i, model.window, model.inversion, found, rejected)
        if "CONTENT" in tags or "WEAK" in tags:
            _relative(clause, i, found)
        if "PERCEIVE" in tags and not noticed_yours(clause, i, found):  # "the two lathes you listed"
            _perceived(clause, i, found, rejected)
        if not tags.keys().isdisjoint(_TIES):
            tie(clause, i, found, rejected)
        if "FAVOUR" in tags:
            favour(clause, i, found)
        if "SUBJ" in tags or "CSUBJ" in tags or "POSS" in tags or token.named and perceived:
            news_and_challenge(clause, i, model.news_window, model.inversion, found)
        if "CONGRATS" in tags or "VACANCY" in tags:
            congrats_and_vacancy(clause, i, found)
        if "POSITION" in tags and "QUESTION" not in clause[0].tags and ("OWN" not in present or "APPLY" in present):
            named_position(clause, i, found)
        if "NEWSN" in tags and perceived and i + 2 < len(clause) and "OF" in clause[i + 1].tags \
                and a_name(clause[i + 2]):  # "I read about the expansion of Picnic"
            found.append(Hit("news", "company-news", i, i + 2))
        if "ROLE" in tags and i + 1 < tags["ROLE"] < len(clause):  # a role phrase ("you're in", "as a") before a role
            rejected.append(("role", i, through_name(clause, min(tags["ROLE"] + 2, len(clause) - 1))))
    if "EVENT" in present or "MEET" in present:
        named_event(clause, found, present)


def said_end(clause: Clause, last: int) -> int:
    """The last word of what they said, after its verb at `last`: when it is a clause of its own ("that",
    "whether", "of", "om", or none: "you said your team…") and short, the rest of the clause up to where
    the sender speaks ("You asked whether the role could be done in 32 hours", "Je zei dat het rooster
    veel tijd kost", not "…en daarom stuur ik"); else as `extend` ("what you said about shift rosters")."""
    k = next((k for k in range(last + 2, len(clause)) if sender_acts(clause[k])), len(clause))
    if k < len(clause):  # step back over "so", "en daarom stuur" before the sender
        k = next((b for b in range(k - 1, max(k - 4, last), -1) if {"BREAK", "STOP"} <= clause[b].tags.keys()), k)
    said = clause[:k]
    own_clause = any("REL" in t.tags or "INF" in t.tags or "MODAL" in t.tags and "STOP" not in t.tags
                     for t in said[last + 1:last + 7]) or has_tag(said, last + 1, last + 2, "SUBJ", "POSS", "CSUBJ")
    return unhung(said, last, len(said) - 1) if own_clause and len(said) - 1 - last <= _MAX_SAID \
        else extend(said, last)


def extend(clause: Clause, last: int) -> int:
    """The detail's last word: its topic runs on ("your piece on pricing for SaaS") until a word
    that starts something else ("…was spot on", "…made me laugh")."""
    start = last
    for k in range(last + 1, min(last + 1 + _MAX_EXTEND, len(clause))):
        if clause[k].tags.keys() & {"STOP", "SENDER"} and not clause[k].named and not to_me(clause, k) \
                or "GAP" in clause[k].tags:
            break
        last = k
    return unhung(clause, start, through_name(clause, last))  # a name whole ("in Den Bosch"); not "…Meetup on"


def unhung(clause: Clause, first: int, last: int) -> int:
    """`last`, moved back (not before `first`) over words a quoted span cannot end on ("… on",
    "… worstelen met")."""
    while last > first and clause[last].tags.keys() & _DANGLING and not clause[last].named \
            and not (last == len(clause) - 1 and clause[last].tags.keys() & {"MODAL", "AUX"}):
        last -= 1  # a Dutch verb that ends its clause stays: "…ook voor 32 uur kan"
    return last


_DANGLING = frozenset({"BREAK", "TOPIC", "AT", "OF", "REL", "EMPLOYER"})
