# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail detector's company rules: news, a challenge or a position of the reader's company.

"you're opening four new stores", "jullie een HR-analist zoeken", "I saw Acme just opened…",
"the Marketing Manager position". Each reports hits as (kind, reason, first word, last word). And
what says only where or that they are, true of thousands: a headcount, the employer that is hiring,
an office and its town, an event nobody named, a product they use, years at a job, a career step read
off a profile; and what the writer says they saw ("I saw you…", "zag dat jullie…"), news or a role.
"""

from __future__ import annotations

from collections.abc import Mapping

from inmail_studio.core.lint.facts.detail_words import (
    Clause,
    Found,
    Hit,
    Rejected,
    Token,
    has_tag,
    in_role,
    named_in,
    phrase_last,
    sender_acts,
    through_name,
)


def subject_at(clause: Clause, s: int) -> tuple[str, int] | None:
    """Who does something at word s: ("company", last word) for "your team", "jullie", a name
    after "I saw"; ("reader", s) for "you"; None otherwise."""
    tags = clause[s].tags
    if "POSS" in tags and s + 1 < len(clause) and "COMPANY" in clause[s + 1].tags:
        return "company", phrase_last(clause, s + 1)
    if "CSUBJ" in tags:
        return "company", s
    if clause[s].named and (has_tag(clause, s - 2, s, "PERCEIVE") or s and "REL" in clause[s - 1].tags
                            and has_tag(clause, s - 6, s, "PERCEIVE")):  # "saw on LinkedIn that Reportly…"
        last = s
        while last + 1 < len(clause) and clause[last + 1].named and not clause[last + 1].tags:
            last += 1  # "Hollis Foods", "Bakkerij Vos"
        return "company", last
    if "SUBJ" in tags:
        return "reader", s
    return None


def news_and_challenge(clause: Clause, s: int, window: int, free_order: bool, found: Found) -> None:
    """"you're opening four new stores", "jullie een HR-analist zoeken", "I saw Acme just opened…",
    "jullie veel last hebben van no-shows" (not when hedged: "you might be dealing with")."""
    who = subject_at(clause, s)
    if (who is None or (s and clause[s - 1].tags.keys() & {"MODAL", "OBJV"}) or "QUESTION" in clause[0].tags
            or has_tag(clause, 0, len(clause), "SPEC")
            or who[0] == "reader" and s and sender_acts(clause[s - 1])):
        return  # "kan ik u een profiel toesturen": after the sender's "ik", "u" is the object
    kind, last = who
    if last + 1 < len(clause) and clause[last + 1].tags.keys() & {"INDUSTRY", "GENERIC"}:
        return  # "Veel bedrijven in jullie branche worstelen met verloop": industry talk
    for j in range(last + 1, min(last + 1 + window, len(clause))):
        tags = clause[j].tags
        if (tags.keys() & {"SENDER", "SUBJ"} or "MODAL" in tags and "AUX" not in tags) \
                and not (kind == "reader" and j == last + 1 and "POSS" in tags):
            return
        if "NEWSV" in tags or (tags.keys() & {"VACV", "ACHIEVE"} and kind == "company") \
                or "VACV" in tags and j + 1 < len(clause) and a_count(clause[j + 1]):  # "ge zoekt 2 lassers"
            if says_what(clause, last, j):
                found.append(Hit("news", "company-news", s, phrase_last(clause, j)))
            return
        if "CHALV" in tags:
            found.append(Hit("challenge", "challenge", s, phrase_last(clause, j)))
            return
        if "AUX" not in tags and not free_order:
            return  # English keeps the verb next to its subject: "you've just raised", not "you know how hiring…"


def says_what(clause: Clause, last: int, verb: int) -> bool:
    """News that says what: a word besides "just", "are", "last week" between the company and its
    verb or after it ("you're hiring a Head of Data", "jullie een magazijn openen"); "saw you're
    hiring" alone, "hiring at Shelter" (the employer's name) or "hiring for several roles" is true of thousands."""
    after = phrase_last(clause, verb) + 1
    if "HIRING" in clause[verb].tags and after + 1 < len(clause) and "EMPLOYER" in clause[after].tags \
            and clause[after + 1].named:
        after = through_name(clause, after + 1) + 1  # "you're hiring at Shelter": where, not which role
    told = clause[last + 1:verb] + clause[after:]
    return any(t.named or not t.tags.keys() & {"AUX", "BREAK", "STOP", "TIME", "VAGUE", "GENERIC"} for t in told)


def _title_at(clause: Clause, k: int) -> int:
    """Where a position's title starts after its noun: right after it or after "for" ("the listing
    for Senior Planner"); 0 when no name follows."""
    at = k + 2 if k + 2 < len(clause) and clause[k + 1].low in ("for", "voor") else k + 1
    return at if at < len(clause) and clause[at].named else 0


def placed_at_theirs(clause: Clause, at: int) -> bool:
    """Within three words from `at`, the reader's company: "bij jullie", "on your team", "in uw
    organisatie"; not "die bij jouw profiel past", "with your skills in mind"."""
    return any("CSUBJ" in clause[j].tags or "POSS" in clause[j].tags and j + 1 < len(clause)
               and "COMPANY" in clause[j + 1].tags for j in range(at, min(at + 3, len(clause))))


def named_position(clause: Clause, k: int, found: Found) -> None:
    """A position named without its employer is at the reader's company: "the Marketing Manager
    position", "de vacature van content marketeer"; not "the role at Acme", "the role I mentioned".
    Reasons: "applied" for one the writer applied for, the reader's whoever speaks ("I applied for the
    BI Analyst role"); "at-theirs" for one placed at the reader's ("de vacature X bij jullie", "the X role
    on your team", applied for or not); "position" for a bare title. In a follow-up, a bare title and
    one's own application are the role the thread is about (find_detail)."""
    before = next((a for a in range(k - 1, max(k - 5, -1), -1) if "ARTICLE" in clause[a].tags), None)
    after = k + 1 < len(clause) and "OF" in clause[k + 1].tags
    if before is not None and k - before > 1 and all(t.named for t in clause[before + 1:k]):
        first, last = before + 1, k  # "the Marketing Manager position"
    elif after and k and "ARTICLE" in clause[k - 1].tags and k + 2 < len(clause) \
            and "NEWSN" not in clause[k].tags:  # not "the opening of the new hub": news
        first = k  # "de functie van (de) teamleider"
        last = min(k + 2 + ("ARTICLE" in clause[k + 2].tags), len(clause) - 1)
        while last + 1 < min(k + 7, len(clause)) and not clause[last + 1].tags.keys() - {"WEAK"}:
            last += 1  # "… planning", "… senior beleidsmedewerker Omgevingswet"
    elif k and "ARTICLE" in clause[k - 1].tags and (at := _title_at(clause, k)):
        first, last = k, at  # "de functie Medewerker Salarisadministratie", "the ad for Senior Planner"
        while last + 1 < min(k + 5, len(clause)) and clause[last + 1].named:
            last += 1
    else:
        return
    if has_tag(clause, 0, len(clause), "OFFER"):
        return  # "The Senior Backend role pays up to €95k": a recruiter's offer
    if has_tag(clause, 0, len(clause), "READAPPLY"):
        return  # "Thank you for applying for the Teaching Assistant position": the sender's vacancy
    if has_tag(clause, 0, len(clause), "APPLY"):  # "the X role on your team" I applied for is placed at theirs
        found.append(Hit("news", "at-theirs" if placed_at_theirs(clause, last + 1) else "applied", first, last))
        return
    rest = clause[last + 1:last + 4]
    after_for = k + 1 + (first == k and last > k + 1)  # past the "for" of "the ad for Senior Planner"
    at = next((j for j in range(after_for, min(last + 3, len(clause))) if "EMPLOYER" in clause[j].tags), None)
    theirs = placed_at_theirs(clause, last + 1)
    if at is not None and not theirs or has_tag(rest, 0, 2, "SENDER"):
        return  # "de functie van HR-adviseur bij Gemeente Amersfoort", "the role I mentioned"
    if has_tag(clause, 0, first, "SENDER") and not has_tag(clause, 0, first, "SUBJ", "POSS") and not theirs:
        return  # "I'm recruiting for the Data Engineer role": the sender's own
    found.append(Hit("news", "at-theirs" if theirs else "position", first, last))


def a_year(token: Token) -> bool:
    """"2027", "1998": a year, not a count."""
    return len(token.low) == 4 and token.low.isdigit() and token.low[:2] in ("19", "20")


def a_count(token: Token) -> bool:
    """A count or an amount: a number word or plain digits ("35", the "25" of "25.000"), not a year, a date or a
    time word, nor a digit inside a word ("14th", "Q3", "v2")."""
    return ("NUMBER" in token.tags or token.low.isdigit() and not a_year(token)) \
        and not token.tags.keys() & {"DATE", "TIME"}


def a_number(token: Token) -> bool:
    """A number: a word with a digit ("2024", "3rd") or a number word ("drie")."""
    return has_digit(token) or "NUMBER" in token.tags


def has_digit(token: Token) -> bool:
    """A word with a digit ("2024", "Q4", "€5m")."""
    return any(c.isdigit() for c in token.low)


def _topic_named(rest: Clause) -> bool:
    """A topic with a name says which ("je reeks over de Wet betaalbare huur"), however long they have done it."""
    return any("TOPIC" in t.tags and any(u.named and "PLATFORM" not in u.tags for u in rest[k + 1:k + 4])
               for k, t in enumerate(rest))  # not "op Instagram": where everyone posts


def count_or_place(rest: Clause, k: int) -> bool:
    """The name at word k is a headcount ("has 120 employees"), people at a company ("connected to
    several people at Philips"), the employer that is hiring ("you're hiring at Brightside Foundation":
    which role?), a product they use ("you use HubSpot", "jullie werken met SAP"; not "met Rijkswaterstaat")
    or where they are ("…based in Amsterdam"): true of thousands."""
    first = k
    while first and rest[first - 1].named and not rest[first - 1].tags.keys() - {"PRODUCT"}:
        first -= 1  # "Brightside Foundation"
    last = through_name(rest, k)
    product = "PRODUCT" in rest[first].tags and (has_tag(rest, first - 3, first, "WORKSWITH")
                                                 or has_tag(rest, last + 1, last + 2, "WORKSWITH"))
    if has_tag(rest, first - 2, first, "USES") or product:
        return True  # "you use HubSpot", "jullie met SAP werken": a product thousands use
    region = first > 1 and "REGION" in rest[first - 1].tags and has_tag(rest, first - 3, first - 1, "PLACE")
    return (a_number(rest[k]) and has_tag(rest, k + 1, k + 2, "ORDINARY")
            or has_tag(rest, first - 1, first, "EMPLOYER") and has_tag(rest, first - 2, first - 1, "ORDINARY", "HIRING")
            and not has_tag(rest, k + 1, len(rest), "POSITION", "VACANCY")
            or has_tag(rest, k - 1, k, "PLACE") or region)  # "in de regio Twente"


def some_event(rest: Clause, k: int) -> bool:
    """Word k is an event nothing names: "you were speaking at a conference recently" (not "at a
    conference in Ghent", "a meetup about hiring juniors")."""
    return 0 < k < len(rest) and "EVENT" in rest[k].tags and "INDEF" in rest[k - 1].tags and not any(
        t.named or t.tags.keys() & {"NUMBER", "TOPIC"} for t in rest[k + 1:k + 5])


_NEWS = frozenset({"NEW", "NEWSN", "NEWSV", "CONTENT", "EVENT", "TOPIC", "CHALN", "CHALV", "VACANCY", "POSITION",
                   "HIRING", "RECENT", "VACV"})


def where_based(clause: Clause, i: int, j: int, end: int) -> int | None:
    """"your office in Leeds", "jullie kantoor in Mechelen zit": a site of theirs and the place it is
    in, then nothing or where it is ("…is close to ours", "…zit"), nothing new, named or counted
    besides (corpus README: where they are based is no detail; "your new office in Mechelen", "jullie
    kantoor in Mechelen gaat sluiten", "…met 40 monteurs" say more). The place's last word, or None."""
    if "SITE" not in clause[j].tags or has_tag(clause, i + 1, j, "NEW", "NUMBER") or named_in(clause, i + 1, j):
        return None
    if not (has_tag(clause, end + 1, end + 2, "PLACE") and end + 2 < len(clause) and clause[end + 2].named):
        return None
    last = through_name(clause, end + 2)
    after = clause[last + 1:]
    if after and "LOCATED" not in after[0].tags:
        return None  # "…just reopened", "…gaat sluiten": news about the site
    if any(t.tags.keys() & (_NEWS - {"RECENT"}) for t in clause[:i]) or any(
            t.named or a_number(t) or t.tags.keys() & (_NEWS | {"TIME"}) for t in after):
        return None  # not "Jammer van de brand in jullie magazijn in Tiel"
    return last


def _career_place_after(clause: Clause, k: int) -> bool:
    """From word k on, past auxiliaries ("begonnen bent als"), a place in a career follows ("at KPMG",
    "als stagiair", "joined ASML") or nothing (Dutch puts the verb last); not an object ("a bakery")."""
    while k < len(clause) and "AUX" in clause[k].tags:
        k += 1
    return k >= len(clause) or clause[k].named or "CAREERNEXT" in clause[k].tags


def career_path(clause: Clause, hit: Hit) -> tuple[int, int] | None:
    """Where a hit about the reader ("perceived", or their news) is a step of their career read off a
    profile, nothing saying it is news: "you joined ASML through their graduate programme", "jij hebt
    een paar jaar geleden het traineeship bij het ANP gedaan" (not "you recently moved to Mollie", "je
    bent net begonnen bij Coolblue", nor a company's step: "jullie zijn gestart met de bouw", "you
    started a bakery"); its first and last word, or None (corpus README: a career path is mostly not
    personal, a new role is)."""
    if hit.reason not in ("perceived", "company-news") or "CSUBJ" in clause[hit.first].tags \
            or has_tag(clause, 0, len(clause), "ALSO", "TIE", "SAME"):
        return None  # "je ook Bedrijfskunde in Eindhoven hebt gestudeerd": a shared background
    steps = [k for k in range(hit.first, len(clause)) if "CAREERN" in clause[k].tags
             or "CAREER" in clause[k].tags and _career_place_after(clause, clause[k].tags["CAREER"])]
    if not steps:
        return None
    step = {a for k in steps for a in range(k, phrase_last(clause, k) + 1)}
    if any(t.tags.keys() & {"RECENT", "NEW", "CONGRATS", "CONTENT", "EVENT", "VACANCY", "NEWSN", "SITE"}
           for k, t in enumerate(clause) if k not in step):  # "made the switch" is one step, not a piece
        return None
    last = next((k for k in range(hit.last + 1, len(clause)) if "STOP" in clause[k].tags and not clause[k].named),
                len(clause)) - 1
    return hit.first, max(hit.last, through_name(clause, min(last, hit.first + 10)))


def tenure(clause: Clause, k: int) -> bool:
    """Word k counts years at a job, a number right before it, congratulated ("Congrats on 5 years",
    "Proficiat met 10 jaar") or theirs at an employer ("your 3rd year at Mercy Corps"); not a piece's
    topic ("your post on 2 years of remote work")."""
    if "TENURE" not in clause[k].tags or "PROMPTED" in clause[k].tags or k == 0 or not a_number(clause[k - 1]):
        return False
    if has_tag(clause, 0, k - 1, "CONTENT"):
        return False
    return has_tag(clause, 0, k - 1, "CONGRATS") or k > 1 and "POSS" in clause[k - 2].tags \
        and has_tag(clause, k + 1, k + 2, "EMPLOYER")


def until_other(words: Clause) -> Clause:
    """The words perceived, up to where the clause goes on about something else: past "vorige week"
    ("hoorde je vorige week op BNR"), not into "…and admire what you're building"."""
    cut = next((k for k, t in enumerate(words)
                if t.tags.keys() & {"STOP", "SUBJ", "SENDER"} and not t.named and not t.tags.keys() & {"TIME", "AUX"}),
               None)  # "…that Hollandia is closing its plant"
    return words[:cut]


_NEWS_OR_NUMBER = ("NUMBER", "TIME", "RECENT", "NEW", "NEWSV", "VACV", "ACHIEVE", "CONTENT", "EVENT", "NEWSN", "AWARD")


def _led_named(rest: Clause) -> bool:
    """What a role leads is more than a team: an award's shortlist, or a programme or project named within two words
    ("you've been leading Unilever's Compass sustainability programme", "het programma Zorg voor Morgen", "de
    migratie naar SAP S/4HANA")."""
    return has_tag(rest, 0, len(rest), "AWARD") or any(
        "PROGRAMME" in t.tags and any(u.named for u in rest[max(k - 2, 0):k + 3]) for k, t in enumerate(rest))


def _a_role(tags: Mapping[str, int], whole: Clause) -> bool:
    """The reader perceived (their word's `tags`) is put in a role in the words after it ("you work at", "je bent")."""
    return "ROLE" in tags or has_tag(whole, 0, len(whole), "ROLE")


def _new_role(tags: Mapping[str, int], whole: Clause, rest: Clause) -> bool:
    """A role said to hold now or since lately, with a name: a change of job, news ("you're heading up Talent at
    Adyen now", "je sinds kort Hoofd Financiën bent"); not "for a decade now" (how long), nor a word of a name or a
    department ("Now TV", "Just Eat", "the new business team")."""
    return _a_role(tags, whole) and any(_says_now(rest, k) for k in range(len(rest))) \
        and any(t.named for t in rest) and not has_tag(rest, 0, len(rest), "DURATION", "TENURE")


def _says_now(words: Clause, k: int) -> bool:
    """Word k says now or lately ("now", "nu", "sinds kort", "since May"); not as a word of a name ("Now TV", "May
    Logistics") nor "new" before a department ("new business")."""
    t = words[k]
    return bool(t.tags.keys() & {"NOW", "RECENT"}) and "NEW" not in t.tags \
        and (not t.capital or "DATE" in t.tags and not (k + 1 < len(words) and words[k + 1].named))


def what_was_perceived(clause: Clause, s: int, found: Found, rejected: Rejected) -> None:
    """What the writer saw about the reader or their company at word s: news (found), or a role, a
    generic fact, a hiring employer with no role (rejected)."""
    tags = clause[s].tags
    whole = clause[s + 1:s + 12]
    rest = until_other(whole)
    if in_role(clause, s) and not has_tag(rest, 0, len(rest), "NEWSV", "ACHIEVE", "NEW", "EVENT"):
        # "begrijp dat u als manager vastgoed veel te maken heeft met…": a role; not "…als nieuwe CFO benoemd"
        rejected.append(("role", s, through_name(clause, min(s + 6, len(clause) - 1))))
    elif has_tag(rest, 0, len(rest), "REPUTE") and not has_tag(rest, 0, len(rest), *_NEWS_OR_NUMBER):
        # "dat Bakkerij Oven & Co een van de grotere bakkerijen van Oost-Nederland is", "how your team has grown
        # into one of the bigger names": a rank anyone could read, no news, number or date (corpus README, round 21)
        rejected.append(("generic", s, min(s + 6, len(clause) - 1)))
    elif any((t.tags.keys() & {"CONTENT", "EVENT", "NEWSN", "CHALV"} and not some_event(rest, k) or t.tags.keys()
            & {"NEWSV", "VACV", "ACHIEVE"} and says_what(clause, s, s + 1 + k))  # not "saw you're hiring"
           and not (k and "SENDER" in rest[k - 1].tags)
           or "NEW" in t.tags and k and ("ARTICLE" in rest[k - 1].tags or a_number(rest[k - 1]))
           for k, t in enumerate(rest)):  # "…dat jij de nieuwe CFO bent", "15 nieuwe collega's": news, not a role
        found.append(Hit("content", "perceived", s, s + 1))  # "zag dat je bent overgestapt": news, not a role
    elif has_tag(whole, 0, len(whole), "RECENT") and has_tag(whole, 0, len(whole), "CAREER"):
        found.append(Hit("content", "perceived", s, s + 1))  # "dat je net je eerste baan … bent begonnen": news
    elif _new_role(tags, whole, rest):
        found.append(Hit("content", "perceived", s, s + 1))  # "dat jij nu bij Picnic…leidt", "je sinds kort CFO bent"
    elif _a_role(tags, whole) and not _led_named(rest):  # "zie dat je bij de Rabobank … werkt"
        rejected.append(("role", s, through_name(clause, min(s + 6, len(clause) - 1))))
    elif has_tag(rest, 0, len(rest), "GENERIC") or not _topic_named(rest) and any(
            ("DURATION" in t.tags or a_number(t) and has_tag(rest, k + 1, k + 2, "TENURE", "DURATION"))
            and "HOWLONG" in rest[k - 1].tags for k, t in enumerate(rest) if k):
        # "I noticed you have 10 years of experience in SaaS", "…leading infrastructure at Vantor for a while",
        # "bestaat al 40 jaar": a role or a company and how long (not "leaving Soho House after 8 years")
        rejected.append(("generic", s, min(s + 6, len(clause) - 1)))
    elif not has_tag(clause, 0, s, "GENERIC", "SITE") and any(
            t.named and not count_or_place(rest, k) and not ("PEERS" in t.tags and "POSS" not in tags)
            for k, t in enumerate(rest)):  # not "on your website"; "you're CFO" is a role, "jullie CTO vertrekt" news
        found.append(Hit("content", "perceived", s, s + 1))
    elif has_tag(rest, 0, 2, "HIRING") and has_tag(rest, 1, 3, "EMPLOYER") \
            or any(t.named for t in rest) and not has_tag(clause, 0, s, "GENERIC", "SITE"):
        # "hiring at Shelter": which role?; "in de regio Twente", "use HubSpot": where they are, what they use
        named = max((k for k, t in enumerate(rest) if t.named), default=len(rest) - 1)
        rejected.append(("generic", s, through_name(clause, s + 1 + named)))
