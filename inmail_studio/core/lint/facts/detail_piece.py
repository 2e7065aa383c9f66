# SPDX-License-Identifier: GPL-3.0-or-later
"""The reader's piece, view or role after a possessive ("your talk", "je advies om…", "your role in the merger"),
unless the sender hands it over ("Book your free demo"), and the small readings they share (advice to do
something, a site named by nouns)."""

from __future__ import annotations

from inmail_studio.core.lint.facts.detail_company import a_number
from inmail_studio.core.lint.facts.detail_frames import uncounted, unnamed
from inmail_studio.core.lint.facts.detail_words import (
    Clause,
    Found,
    Hit,
    Rejected,
    has_tag,
    named_in,
    named_place,
    topic_after,
)

__all__ = ["modified_site", "noun_before", "of_yours", "role_in", "said_nothing", "stated", "their_opinion",
           "their_piece", "to_do", "to_me"]

_ADJECTIVE_ENDS = ("ful", "ly", "ive", "ous", "ing", "able", "ible", "ic", "ish", "est", "er")


def _handed_over(clause: Clause, i: int, j: int, end: int) -> bool:
    """The reader's thing at words j..end is one the sender hands over: "Book your free demo", "Vraag je
    gratis proefles aan" (an offer verb as a command, a word or two before the possessive at i), "your
    free trial" ("free" between, and nothing says which). Theirs after all: one the writer took part in
    ("I watched your free webinar"), or one said which ("…on cold calling", "…last spring")."""
    if has_tag(clause, i - 3, i, "PERCEIVE", "ACTED", "CONSUME", "PART"):
        return False
    if _sold_acts(clause, i):
        return True
    verb = next((k for k in (i - 1, i - 2) if k >= 0 and "HANDV" in clause[k].tags), None)
    if verb is not None and (all(t.tags.keys() & {"SUBJ", "MODAL"} for t in clause[:verb])
                             or verb and "LEAD" in clause[verb - 1].tags and not has_tag(clause, 0, verb, "SENDER")):
        return True  # "Book your…", "You can claim your…", "the link to book your…"; not "I get your newsletter"
    says_which = topic_after(clause, end + 1) or named_place(clause, end + 1, min(end + 5, len(clause))) \
        or has_tag(clause, end + 1, end + 4, "TIME")
    return has_tag(clause, i + 1, j, "FREE") and not says_which


def _sold_acts(clause: Clause, i: int) -> bool:
    """What the sender sells works on the reader's thing after the possessive at i: "Our platform analyses
    your reviews", "Met onze software worden uw vacatures…", "een tool gebouwd die je posts omzet" (the
    offering is ours, or a relative clause opens after it); not "I read your posts about our tool", nor "our
    product team uses your icon set" (a team)."""
    for k in range(max(i - 3, 0), i):  # the offering, perhaps a verb and "that", then the possessive
        if "OFFERING" in clause[k].tags \
                and (has_tag(clause, k - 2, k, "OWN") or has_tag(clause, k + 1, min(k + 4, i), "REL")) \
                and not has_tag(clause, k + 1, k + 2, "COMPANY") \
                and not has_tag(clause, k + 1, i, "PERCEIVE", "CONSUME", "APPRAISE", "ACTED", "PART"):
            return True
    return False


def their_piece(clause: Clause, i: int, j: int, end: int, found: Found, rejected: Rejected) -> None:
    """Words j..end after the possessive at i name a piece, news or an event: theirs ("your talk",
    "jullie overname"), bare when nothing says which ("uw evenementen"), or the sender's offer
    handed to them ("Book your free demo"), which is rejected."""
    tags = clause[j].tags
    if _handed_over(clause, i, j, end):
        rejected.append(("offer", i, end))
        return
    if uncounted(clause, j):
        rejected.append(("generic", i, end))  # "your vacancies": every employer has them
        return
    kind = "content" if "CONTENT" in tags else "news" if "EVENT" not in tags else "event"
    bare = kind != "news" and unnamed(clause, i, j)
    found.append(Hit(kind, "bare" if bare else "possessive", i, end))


# After "your question whether" or "your preference for": the thread's next step or a meeting ("for the date of our
# call"), another such noun ("uw vraag of opmerking" is "or"); and words that say nothing alone (an article, a day).
# A question about the sender's offer, spelled out, is theirs ("je vraag of we ook met Nmbrs koppelen").
_NOT_SAID = ("NEXTSTEP", "MEET", "STANCE")
_EMPTY = frozenset({"ARTICLE", "INDEF", "DEF", "BREAK", "DATE", "TIME", "STOP", "NOTNAME"})


def to_do(clause: Clause, k: int) -> bool:
    """What the reader advised follows word k: "your advice to focus on SQL first", "je advies om me te
    richten op…" (the sender, then the verb); not "your advice to us"."""
    start = k
    while k < min(start + 3, len(clause)) and "INF" not in clause[k].tags \
            and ("TIME" in clause[k].tags or k > start and "TIME" in clause[k - 1].tags):
        k += 1  # past "yesterday", "last week": "your advice last week to drop the enterprise tier"
    if k + 1 >= len(clause) or "INF" not in clause[k].tags:
        return False
    after = clause[k + 1].tags
    if "BREAK" not in clause[k].tags:  # a marker that is never a preposition (Dutch "om de opleiding…")
        return "SENDER" not in after or "OWN" in after or to_me(clause, k + 1)  # "je voorstel om mijn pitch…"
    return not after.keys() & {"SENDER", "BREAK"}  # "to" may be one: not "your advice to the team"


def stated(clause: Clause, i: int, end: int) -> bool:
    """After "your" at i, the plan, worry or question at words ..end is said with what it is, not asked
    for: what to do ("your plan to outsource…", "je idee om … te …"; a Dutch "om" without "te" after it is
    "for": "je vraag om een offerte") or a "that" / "dat" clause of at least three words that the sender
    does not open ("your concern that the night shift…", "je zorg dat je team…"), or what it is about in at least three
    words ("your question about whether the role includes weekend shifts", "uw vraag of er een bedrijfswagen bij
    hoort"), or what a preference is for ("uw voorkeur voor een interim-opdracht van maximaal drie maanden"); not
    "What's your plan?",
    "I'd love to hear your idea", "your idea that we meet". Says nothing of how specific it is."""
    k = end + 1
    if "QUESTION" in clause[0].tags or has_tag(clause, i - 4, i, "WISH") or k + 1 >= len(clause):
        return False
    if to_do(clause, k):
        return "BREAK" in clause[k].tags or any(t.low == "te" for t in clause[k + 2:])
    if clause[k].tags.keys() & {"TOPIC", "WHETHER"} or "BENEFIT" in clause[k].tags and "PREFER" in clause[end].tags:
        said = clause[k + 1:k + 6]  # "je vraag of er een bedrijfswagen bij de job hoort", "a preference for…"
        return k + 3 < len(clause) and not has_tag(said, 0, len(said), *_NOT_SAID) \
            and not has_tag(said, 0, 1, "WEAK") and any(not t.tags.keys() & _EMPTY for t in said)
    return "REL" in clause[k].tags and k + 3 < len(clause) \
        and not has_tag(clause, k + 1, k + 2, "SENDER")  # "…dat we", "…that I": the sender's, not theirs


def to_me(clause: Clause, k: int) -> bool:
    """Word k is the sender as the object of a Dutch "om … te": "je advies om mij (eerst) te richten op…"."""
    return 0 < k < len(clause) - 1 and "INF" in clause[k - 1].tags and "SENDER" in clause[k].tags \
        and any(t.low == "te" for t in clause[k + 1:k + 3])


def modified_site(clause: Clause, i: int, j: int) -> bool:
    """A place of theirs named by the nouns before it: "your returns page", "your open data portal"
    (English writes apart what Dutch compounds); not "your beautiful office" (an adjective)."""
    between = clause[i + 1:j]
    return ("SITE" in clause[j].tags and bool(between) and not any(t.tags for t in between)
            and not any(t.low.endswith(_ADJECTIVE_ENDS) for t in between))


def their_opinion(clause: Clause, i: int, end: int) -> bool:
    """"your" at i, then a view or advice (to word end) that the writer read, took or thanks for, said
    with what it was: "Loved your take on X", "Dank voor je advies om eerst…", "Ik heb je advies
    opgevolgd om…"; not "I'd love (to hear) your take", "What's your view on X?", "Thanks for your advice."."""
    told = has_tag(clause, 0, len(clause), "PERCEIVE", "ACTED", "THANKS", "APPRAISE")
    return (has_tag(clause, i - 2, i, "PERCEIVE") and topic_after(clause, end + 1)
            or told and topic_after(clause, end + 1) and "QUESTION" not in clause[0].tags
            or told and to_do(clause, end + 1 + has_tag(clause, end + 1, end + 2, "ACTED"))) \
        and not has_tag(clause, i - 4, i, "WISH")


def role_in(clause: Clause, i: int, end: int, found: Found, rejected: Rejected) -> None:
    """"your background" (words i..end) is rejected; "your role in the merger of ROC Midden" is a detail, and so is
    an open one with its title ("your open Maintenance Engineer role": a vacancy at theirs)."""
    if "POSITION" in clause[end].tags and has_tag(clause, i + 1, end, "OPEN") and named_in(clause, i + 1, end):
        found.append(Hit("news", "at-theirs", i, end))
        return
    stop = next((k for k in range(end + 1, min(end + 12, len(clause)))
                 if clause[k].tags.keys() & {"STOP", "SENDER", "MODAL"} and not clause[k].named), end + 12)
    if any(clause[k].tags.keys() & {"NEWSN", "CONTENT"} and not _in_title(clause, k)
           for k in range(end + 2, min(stop, end + 10, len(clause)))) \
            and named_in(clause, end + 2, stop):  # not a title's word: "as Senior Talent Acquisition Partner"
        found.append(Hit("content", "possessive", i, end))
    else:
        rejected.append(("generic", i, end))


def _in_title(clause: Clause, k: int) -> bool:
    """Word k is inside a run of capitalised words ("Talent Acquisition Business"), not "the IPO of"."""
    return 0 < k < len(clause) - 1 and clause[k - 1].capital and clause[k].capital and clause[k + 1].capital


def of_yours(clause: Clause, i: int, found: Found) -> None:
    """"het verzoek van uw afdeling", "het salarisonderzoek 2024 van jullie team"; not "reply with your phone
    number". Something done with them ("the pilot with your inside sales team", "interview with you") has
    the reason "with-yours": in a follow-up it is what the thread is about (detail.find_detail)."""
    if i + 2 >= len(clause) or not clause[i + 1].tags.keys() & {"POSS", "SUBJ"} or "QUESTION" in clause[0].tags:
        return  # "Did the review with your IT team happen yet?" asks
    after = clause[i + 2].tags
    if after.keys() & {"ORDINARY", "GENERIC"} and "COMPANY" not in after:
        return
    noun = i - 2 if i > 1 and a_number(clause[i - 1]) else i - 1  # past "2024"
    strong = clause[noun].tags.keys() & {"CONTENT", "NEWSN", "EVENT"}
    if strong or "WEAK" in clause[noun].tags and (named_in(clause, i + 2, len(clause)) or topic_after(clause, i + 3)):
        reason = "with-yours" if "WITH" in clause[i].tags else "of-yours"
        found.append(Hit("content", reason, noun, i + 1))  # not "het werk van jullie studio": which work?


def said_nothing(clause: Clause, i: int, j: int) -> bool:
    """"the courses you mentioned and keep you posted …": the sender goes on with their own step right after the
    verb of saying at j, and the plain noun before "you" at i says nothing either (no listed noun, name or number:
    not "the redesign you mentioned and …", "the Kanban cards you mentioned and …")."""
    return j + 1 < len(clause) and "AND" in clause[j + 1].tags and noun_before(clause, i) == i \
        and not (i and "AS" in clause[i - 1].tags) and not any(  # "as you suggested and …" is weighed as a formula
        t.named or "NUMBER" in t.tags for t in clause[max(i - 7, 0):i])


def noun_before(clause: Clause, i: int) -> int:
    """Where "the pricing page redesign you mentioned" starts: the noun before the subject, else the
    article that opens the phrase a relative word points back to ("de vrijwilligerspool in Hasselt die je noemde")."""
    for k in range(i - 1, max(i - 7, -1), -1):
        tags = clause[k].tags
        if "SENDER" in tags:
            break
        if tags.keys() & {"CONTENT", "WEAK", "NEWSN", "CHALN", "EVENT"}:
            return k
    if i and "REL" in clause[i - 1].tags:
        return next((k for k in range(i - 2, max(i - 8, -1), -1) if "ARTICLE" in clause[k].tags), i)
    return i
