# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail detector's frame rules: details said without "your" right before them.

The reader stands in the frame, not in a possessive: an appraisal of a piece with a topic ("What a
recognisable post on burn-out among freelancers"), a named project or piece ("the Northstar
rollout", "the eBPF demo"), a deed of theirs with a name or a number ("you rebuilt the onboarding
programme at Coolbrew in 2023"), dated news about a named organisation ("the council of Heerenveen
decided last month to…"), and congratulations or wishes on something named ("Congrats again on the
Series B"); the ties are in detail_ties. Each rule reports hits as (kind, reason, first word, last word).
"""

from __future__ import annotations

from inmail_studio.core.lint.facts.detail_classes import NOUNS
from inmail_studio.core.lint.facts.detail_company import a_count, a_year, placed_at_theirs, tenure
from inmail_studio.core.lint.facts.detail_words import (
    Clause,
    Found,
    Hit,
    Token,
    has_tag,
    named_in,
    phrase_last,
    through_name,
)

_OWNED = frozenset({"OWN", "QUESTION", "SPEC", "ORGANISE"})  # the sender's, asked, guessed or organised


def _specific(token: Token) -> bool:
    """A name, a number or a number word ("Q4", "Heerenveen", "drie")."""
    return token.named or "NUMBER" in token.tags


def _blocked(clause: Clause) -> bool:
    return any(t.tags.keys() & _OWNED for t in clause)


def _determiner(clause: Clause, k: int) -> int | None:
    """The article before noun k, over adjectives ("the great", "een interessant", "wat een herkenbare");
    else the praising word right before it ("Great write-up")."""
    praise = None
    for a in range(k - 1, max(k - 4, -1), -1):
        if clause[a].tags.keys() & {"ARTICLE", "INDEF", "POSS"}:
            return a
        if "APPRAISE" in clause[a].tags:
            praise = a if praise is None else praise
        elif clause[a].tags and not clause[a].named and "VAGUE" not in clause[a].tags:
            break  # "an interesting article": an adjective between
    return praise


def appraised(clause: Clause, k: int, found: Found) -> None:
    """A piece with a topic the writer praises or saw, its owner understood: "What a recognisable
    post on burn-out", "supertof artikel over jullie bakkerij", "Saw the launch of the Tessera API".
    Not "an article about hiring" (some article) nor "our guide on pricing" (the sender's)."""
    appraisal = next((a for a in range(k) if clause[a].tags.keys() & {"APPRAISE", "PERCEIVE"}), None)
    if appraisal is None or _blocked(clause) or has_tag(clause, appraisal + 1, k, "SUBJ", "CONSUME"):
        return  # "Thanks for downloading the whitepaper on X", "Leuk dat je de whitepaper … hebt gedownload"
    det = _determiner(clause, k)
    if det is not None and "INDEF" in clause[det].tags and not has_tag(clause, det - 1, det, "APPRAISE"):
        return  # "I read an article about…": some article, not theirs
    if det is None and k and "SENDER" in clause[k - 1].tags:
        return
    nxt = _past_source(clause, _given(clause, k + 1))
    if nxt + 1 >= len(clause):
        return
    rest = clause[nxt + 1:nxt + 6]
    if "TOPIC" in clause[nxt].tags and any(not t.tags.keys() & _NOT_A_TOPIC for t in rest[:3]):
        found.append(Hit("content", "appraised", det if det is not None else k, nxt + 1))
    elif "OF" in clause[nxt].tags and any(_specific(t) or t.tags.keys() & {"POSS", "EVENT"} for t in rest[:3]):
        found.append(Hit("content", "appraised", det if det is not None else k, nxt + 1))


_NOT_A_TOPIC = frozenset({"BREAK", "SENDER", "STOP", "PLATFORM"})  # not "Great post on LinkedIn"


def _past_source(clause: Clause, k: int) -> int:
    """Past where a piece appeared, to its topic: "het stuk in Het Parool over…", "the piece in the FT on…"."""
    if k < len(clause) and clause[k].tags.keys() & {"PLACE", "AT"}:
        for a in range(k + 1, min(k + 5, len(clause))):
            if "TOPIC" in clause[a].tags:
                return a
            if not (clause[a].named or "ARTICLE" in clause[a].tags):
                break
    return k


def _given(clause: Clause, k: int) -> int:
    """Where the topic of a piece the reader gave starts, past "gaf je gisteren bij Startup Utrecht" or
    "you gave last week": at word k when no "you" stands right after the piece."""
    if not has_tag(clause, k, k + 2, "SUBJ"):
        return k
    for a in range(k + 1, min(k + 9, len(clause))):
        tags = clause[a].tags
        if "TOPIC" in tags and a + 1 < len(clause):
            return a  # "Wat een top-workshop gaf je gisteren bij Startup Utrecht over pitchdecks"
        if "SENDER" in tags or "STOP" in tags and "TIME" not in tags:
            break
    return k


def named_piece(clause: Clause, k: int, found: Found) -> None:
    """A piece or project with a name before its noun, after "the": "the Northstar rollout", "het NS-project"."""
    first = k
    while first > 0 and _specific(clause[first - 1]) and not clause[first - 1].tags.keys() & {"EMPLOYER"}:
        first -= 1
    if first == k or first == 0 or "ARTICLE" not in clause[first - 1].tags or _blocked(clause):
        return
    if has_tag(clause, 0, first, "SENDER", "MODAL") or any(
            "OBJV" in clause[a].tags and "APPRAISE" not in clause[a].tags and "SUBJ" in clause[a + 1].tags
            for a in range(first - 1)):  # "thank you for … the Northstar rollout" is theirs too
        return  # "we'll show you the Sales Navigator demo", "happy to give you the Acme demo": the sender's
    found.append(Hit("content", "named-piece", first - 1, k))


def achievement(clause: Clause, s: int, window: int, found: Found) -> None:
    """A deed of theirs with a name, a number or an event: "you rebuilt the onboarding programme at
    Coolbrew in 2023", "je hebt bij Coolblue het chatteam opgezet", "you handled the recall"; not "you built a
    great team at Acme" (names nothing of theirs but the employer). The sender's own words after the
    deed do not make it theirs ("…geleid en dat is precies wat mijn opdrachtgever zoekt")."""
    if s and clause[s - 1].tags.keys() & {"MODAL", "OBJV"}:
        return
    verb = next((j for j in range(s + 1, min(s + 1 + window, len(clause))) if "ACHIEVE" in clause[j].tags), None)
    if verb is None or _blocked(clause[:verb + 1]):
        return
    after = clause[s + 1:s + 16]
    the_thing = has_tag(after, 0, verb - s + 2, "ARTICLE") and any(_specific(t) for t in after)  # the chat team at X
    if the_thing or any(_specific(t) and not (k and "EMPLOYER" in after[k - 1].tags
                                              and not has_tag(after, k - 2, k - 1, "POSITION"))
                        or t.tags.keys() & {"NEWSN", "CHALN"}  # "you handled the recall", "the offer at Booking"
                        for k, t in enumerate(after)):
        found.append(Hit("content", "achievement", s, verb))


def dated_news(clause: Clause, found: Found) -> None:
    """News about a named organisation with a time ("In de gemeenteraad van Heerenveen is vorige
    maand besloten…", "Acme opened its Venlo hub last week"), none of it the sender's."""
    if _blocked(clause) or has_tag(clause, 0, len(clause), "SENDER", "MODAL"):
        return
    verb = next((j for j, t in enumerate(clause) if "NEWSV" in t.tags), None)
    if verb is None or not has_tag(clause, 0, len(clause), "TIME"):
        return
    name = next((j for j, t in enumerate(clause) if t.named and not t.tags.keys() & {"TIME", "NUMBER"}), None)
    if name is not None and name < verb and not _examples(clause, name):
        found.append(Hit("news", "dated-news", name, verb))


def _examples(clause: Clause, name: int) -> bool:
    """The name at `name` is given as an example ("Companies like Mews…", "Bedrijven zoals Picnic…"): a
    listed word one or two before it, after a plural ("Really like how Acme…" is a verb)."""
    return any("EXAMPLES" in clause[k].tags and k and clause[k - 1].low.endswith(("s", "en"))
               for k in range(max(name - 2, 0), name))


def noticed_yours(clause: Clause, p: int, found: Found) -> bool:
    """A named or counted thing the writer noticed, then "you" and its verb: "I noticed the two DMG
    Mori lathes you listed", "I read about the nursing apprenticeship pilot you ran at Northgate";
    not "I saw the email you sent" (names nothing). True when found."""
    s = next((a for a in range(p + 2, min(p + 9, len(clause) - 1)) if "SUBJ" in clause[a].tags), None)
    if s is None or _blocked(clause) or clause[s + 1].tags.keys() & {"MODAL", "BREAK", "SENDER", "ROLE"}:
        return False
    thing = clause[p + 1:s - 1 if "REL" in clause[s - 1].tags else s]  # "de twee draaibanken die je…"
    article = next((k for k, t in enumerate(thing) if "ARTICLE" in t.tags or _specific(t)), None)
    if article is None or any(t.tags.keys() & {"SENDER", "STOP", "POSS"} and not t.named for t in thing):
        return False
    if any(_specific(t) or t.tags.keys() & {"NEWSN", "VACANCY"} for t in thing):
        found.append(Hit("content", "noticed", p + 1 + article, s + 1))
        return True
    return False


def after_article(clause: Clause, s: int) -> bool:
    """"the office", "the new Breda warehouse": an article before the noun, names or "new" between."""
    a = next((a for a in range(s - 1, max(s - 4, -1), -1) if not (clause[a].named or "NEW" in clause[a].tags)), -1)
    return a >= 0 and "ARTICLE" in clause[a].tags


def prompted(clause: Clause, hit: Hit) -> tuple[int, int] | None:
    """Where a hit names only what the network prompts everyone to congratulate ("your work
    anniversary", "the new job", "5 years at Ahold": tenure, the employer after it a company name and
    no more, corpus README "Decisions"), with nothing specific after it: no name, number or topic
    ("…as Head of Sales at Acme"). That phrase's first and last word, or None when the hit names more."""
    span = range(hit.first, min(hit.last + 4, len(clause)))
    at = next((k for k in span if "PROMPTED" in clause[k].tags or tenure(clause, k)), None)
    if at is None:
        return None
    last = phrase_last(clause, at)
    after = clause[last + 1:]
    if "TENURE" in clause[at].tags and after and "EMPLOYER" in after[0].tags:
        name = last + 2 + (last + 3 < len(clause) and "ARTICLE" in clause[last + 2].tags)  # "bij de Rabobank"
        named = name < len(clause) and clause[name].named
        after = clause[through_name(clause, name) + 1 if named else name:]  # "… at Ahold Delhaize": an employer
    stop = next((k for k, t in enumerate(after) if "STOP" in t.tags and not t.named), len(after))
    if any(_specific(t) or t.tags.keys() & {"TOPIC", "AT", "EMPLOYER"} for t in after[:stop]):
        return None  # "…as Head of Sales at Acme"; not "Uw jubileum en een idee voor uw klantdagen"
    first = at - 1 if tenure(clause, at) else at  # "5 years", "your 3rd year"
    return (first - 1 if first and "POSS" in clause[first - 1].tags else first), last


def frame_hits(clause: Clause, window: int, found: Found) -> None:
    """Every frame rule over one tagged clause; `window` is how far a deed may stand from "you"."""
    timed = False
    for k, token in enumerate(clause):
        tags = token.tags
        if not tags:
            continue
        if "CONTENT" in tags or "NEWSN" in tags:
            appraised(clause, k, found)
            named_piece(clause, k, found)
        if "SUBJ" in tags:
            achievement(clause, k, window, found)
        timed = timed or "TIME" in tags
    if timed:
        dated_news(clause, found)


def congrats_and_vacancy(clause: Clause, k: int, found: Found) -> None:
    """"Congrats on the Series B", "gefeliciteerd met…"; "I saw the opening on your careers page", "the two AE
    openings on your team" (placed at theirs).
    "Congrats on the great work you're doing" names nothing: not a detail."""
    tags = clause[k].tags
    if "CONGRATS" in tags:
        on = phrase_last(clause, k) + 1
        if on + 2 < len(clause) and "CONGRATS_ON" in clause[on + 1].tags and not clause[on].tags.keys() & NOUNS:
            on += 1  # "Congrats again on the launch", "Nogmaals gefeliciteerd met…"
        named = _named_not_year(clause, on + 1, on + 12)
        # "Succes met de lancering!" wishes and knows nothing; nor does "All the best for 2027"
        if on + 1 < len(clause) and "CONGRATS_ON" in clause[on].tags and (
                named or "LUCK" not in tags and has_tag(clause, on + 1, on + 9, *_NEWS_NOUNS)):
            found.append(Hit("news", "congratulations", k, on + 1))
    elif "VACANCY" in tags and not uncounted(clause, k) and (
            has_tag(clause, 0, k, "PERCEIVE")  # not "any opening in your company":
            or placed_at_theirs(clause, k + 1) and has_tag(clause, k - 3, k, "ARTICLE")) \
            and not some_vacancy(clause, k - 1) \
            and (named_in(clause, k + 1, len(clause))  # not "dat zie je aan het aantal vacatures"
                 or has_tag(clause, k + 1, len(clause), "WHICH", "TOPIC", "AT", "OF", "POSS")):
        found.append(Hit("news", "vacancy", k, phrase_last(clause, k)))


def uncounted(clause: Clause, k: int) -> bool:
    """Word k is a plural of vacancies ("your vacancies", "jullie openstaande vacatures in marketing") and no number
    near it says how many, no name after it which: true of every employer that hires ("jullie vacatures voor
    boekhouders", "your vacancies in 2025"); "uw vacatures voor 40 verpleegkundigen", "your 6 openings" and "de
    vacatures voor OK-assistenten in uw ziekenhuis" say which."""
    return "VACANCIES" in clause[k].tags and not any(a_count(t) for t in clause[max(k - 3, 0):k + 6]) \
        and not _named_not_year(clause, k + 1, k + 6)  # "voor OK-assistenten"


def _named_not_year(clause: Clause, start: int, end: int) -> bool:
    """A name or a number among words [start, end) that is not a year: "2027" says which of nothing."""
    return any(t.named and not a_year(t) for t in clause[max(start, 0):end])


def some_vacancy(clause: Clause, a: int) -> bool:
    """Word a is "a"/"een" before a job or a vacancy, and nothing after it is named: "you posted a job
    on LinkedIn", "je hebt een vacature geplaatst" are true of thousands; "a vacancy for a Head of Data" is not."""
    return (0 <= a < len(clause) - 1 and "INDEF" in clause[a].tags
            and bool(clause[a + 1].tags.keys() & {"GENERIC", "VACANCY", "POSITION"})
            and not any(t.named or "WHICH" in t.tags for t in clause[a + 1:]))  # "…voor een stagiair marketing"


_NEWS_NOUNS = ("NEWSN", "NEWSV", "CONTENT", "SITE", "VACANCY", "POSITION", "EVENT")


def unnamed(clause: Clause, i: int, j: int) -> bool:
    """"your (latest, LinkedIn) post" and nothing that says which: not "the chart in your post", "your PR fixing…"."""
    return (all(t.tags.keys() & {"VAGUE", "PLATFORM"} for t in clause[i + 1:j]) and not says_which(clause, j)
            and not (i > 1 and clause[i - 1].tags.keys() & {"PLACE", "AT", "OF"}
                     and "WITH" not in clause[i - 1].tags))  # "succes met uw projecten" is bare


def says_which(clause: Clause, k: int) -> bool:
    """Word k says which piece: a topic, an owner, a place or event, a name or number ("your post on X",
    "your talk at DevOpsDays"); "I enjoyed your post." and "Ik volg jullie blog al een tijdje" do not."""
    a, read = k, 0
    while a < len(clause) and read < 5:
        t = clause[a]
        if t.tags.keys() & {"TOPIC", "EMPLOYER"} and has_tag(clause, a + 1, a + 2, "DURATION"):
            a = phrase_last(clause, a + 1) + 1  # "your posts for a while": how long, not which
            continue
        a, read = a + 1, read + 1
        if "INF" in t.tags and "BREAK" not in t.tags and (read == 2 or read == 3 and "ACTED" in clause[a - 2].tags
                                                         and "CONSUME" not in clause[a - 2].tags):
            return True  # "je idee om de opleiding … te organiseren", "je tip opgevolgd om…": what to do says which
        if t.tags.keys() & {"STOP", "SENDER", "GET"} and not t.named and "TIME" not in t.tags:  # not "last week"
            return False  # "je nieuwsbrief altijd met plezier": a manner; "your posts get a lot of…": no topic
        if has_tag(clause, a, a + 1, "PLATFORM") and not has_tag(clause, a + 1, a + 3, "TOPIC", "WHICH") \
                and not (a + 1 < len(clause) and clause[a + 1].named):  # "over Google Analytics" names a product
            return False  # "your post on LinkedIn": where everyone posts
        if t.named or t.tags.keys() & {"TOPIC", "OF", "AT", "NUMBER", "PLACE", "EMPLOYER", "WHICH"} \
                or "COMPOUND" in t.tags and "EVENT" not in t.tags:  # "uw klantdagen" is a kind of event
            return True
    return False
