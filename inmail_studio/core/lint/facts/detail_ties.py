# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail detector's tie rules: what the writer and the reader share, and who brought them together.

"we both…", "fellow alum of UCL", "Marieke suggested I reach out", "your colleague Tim", a favour with
the person it went to named ("thanks for passing my CV on to Laura"); common ground true of thousands
("we're both in the SaaS space") is rejected. Each rule reports hits as (kind, reason, first word, last word).
"""

from __future__ import annotations

from inmail_studio.core.lint.facts.detail_words import (
    NAME_PARTICLES,
    Clause,
    Found,
    Hit,
    Rejected,
    Token,
    has_tag,
    named_in,
    phrase_last,
    sender_acts,
)

__all__ = ["a_name", "favour", "tie"]


def tie(clause: Clause, k: int, found: Found, rejected: Rejected) -> None:
    """"we both…", "fellow alum of UCL", "Marieke suggested I reach out", "your colleague Tim"; common
    ground true of thousands ("we're both in the SaaS space") is rejected."""
    tags = clause[k].tags
    end = phrase_last(clause, k)
    n = len(clause)
    if "INTRO" in tags:
        introduced_by(clause, k, found, rejected)
    if _introducer(clause, k) or _nobody_referred(clause, k):
        rejected.append(("unnamed", _nobody(clause, k), end))  # "A mutual contact suggested I reach out": who?
        return
    in_field = has_tag(clause, 0, n, "FIELD") and not has_tag(clause, end + 1, n, "EVENT", "CONTENT")
    if tags.keys() & {"TIE", "ALSO"} and (has_tag(clause, end + 1, len(clause), "INDUSTRY") or in_field
                                          or _common_ground(clause, k, end)):
        if has_tag(clause, end + 1, n, "PLATFORM") or _a_field(clause, end + 1):
            rejected.append(("generic", k, min(end + 9, n - 1)))  # "we're both in the SaaS space"; a LinkedIn group
        return  # a named one ("we're both in the Rotterdam Commodity Club") is left to the model
    if tags.keys() & {"TIE", "TOGETHER"} and end + 1 < n and "WITH" in clause[end + 1].tags:
        return  # "we worked together with Acme", "we werken samen met Coolblue": the sender's clients
    if _says_who(clause, k):
        by = _referrer(clause, k) if "REFERRAL" in tags else None  # "Ingrid Solberg pointed me to you"
        found.append(Hit("tie", "shared", k if by is None else by, end))
    elif "SAME" in tags and named_in(clause, 0, n) and not has_tag(clause, end + 1, end + 4, "GENERIC", "INDUSTRY") \
            and any(t.tags.keys() & {"SUBJ", "POSS", "TIE", "ALSO"} or t.low in _WE for t in clause):
        found.append(Hit("tie", "same", k, end))  # "we were in the same cohort at Le Wagon"
    elif "TOGETHER" in tags and any(t.low in _WE for t in clause[max(k - 5, 0):k]) and named_in(clause, 0, n) \
            and not has_tag(clause, 0, n, "MODAL", "SPEC"):
        found.append(Hit("tie", "together", k, end))  # "we zaten in 2016 samen in het bestuur van Ideefiks"
    elif "SELF" in tags and any(t.low in ("i", "ik") for t in clause[:k]) and has_tag(clause, 0, n, "BACKGROUND") \
            and named_in(clause, 0, n) and not has_tag(clause, 0, n, "QUESTION", "SPEC"):
        found.append(Hit("tie", "self", k, end))  # "Ik deed zelf in 2019 het traineeship bij ProRail"
    elif "ALSO" in tags and "QUESTION" not in clause[0].tags and (
            has_tag(clause, end + 1, n, "BACKGROUND") or any(map(_former, clause[end + 1:]))
            or named_in(clause, end + 1, n) and has_tag(clause, end + 1, n, "EVENT", "CONTENT", "TIME", "SAME",
                                                        "ALUM")):
        said = [a for a in range(end + 1, min(end + 12, n)) if clause[a].named or "BACKGROUND" in clause[a].tags]
        found.append(Hit("tie", "also", k, max(said, default=end)))  # "Net als u heb ik bij de mariniers gediend"
    elif "ALUM" in tags and _fellow_which(clause, k, end):  # "fellow Delft alum"; not "fellow alum here"
        found.append(Hit("tie", "fellow", k - 1, end))
    elif "MUTUAL" in tags and (named := _named_after(clause, end)) and not has_tag(clause, k - 1, k, "OWN"):
        # "your colleague Tim", "a friend of Josh Harrington's"; "my colleague Peter" is the sender's
        found.append(Hit("tie", "mutual", k, named))
    elif "REFVERB" in tags and (name := _referrer(clause, k)) is not None and (to := _whom(clause, end)):
        found.append(Hit("tie", "referred", name, to))  # "Sara mentioned you", "Sanne gaf aan dat jij…"
    elif "VIA" in tags and (at := _past_title(clause, end + 1)) + 1 < len(clause) and a_name(clause[at]) \
            and (clause[at + 1].named or clause[at + 1].low in ("van", "de", "der", "den", "ter")):
        found.append(Hit("tie", "referred", k, at + 1))  # "via Sanne de Boer kwam ik…", "via de heer Van Leeuwen"


def introduced_by(clause: Clause, k: int, found: Found, rejected: Rejected) -> None:
    """An introduction's verb at k and, after "by" / "door", who made it: "We were put in touch by Hugo
    Martens", "Ik ben door Sanne Vos naar je doorverwezen", "by Mr Okafor"; nobody named ("by a former
    colleague", "door een oud-collega") is rejected: it could be said to anyone."""
    if not has_tag(clause, 0, len(clause), "SUBJ", "SENDER", "POSS"):
        return
    by = next((b for b in range(max(k - 8, 0), min(k + 4, len(clause) - 1)) if "BY" in clause[b].tags), None)
    if by is None:  # "de heer Öztürk, die mij aan u heeft voorgesteld"
        rel = next((r for r in range(k - 1, max(k - 7, 0), -1) if "REL" in clause[r].tags), None)
        if rel and a_name(clause[rel - 1]) and (name := _referrer(clause, rel)) is not None:
            found.append(Hit("tie", "referred", name, phrase_last(clause, k)))
        return
    at = _past_title(clause, by + 1)
    if at < len(clause) and a_name(clause[at]) and "SENDER" not in clause[at].tags:
        last = at
        while last + 1 < len(clause) and (a_name(clause[last + 1]) or clause[last + 1].low in NAME_PARTICLES
                                          and last + 2 < len(clause) and a_name(clause[last + 2])):
            last += 1  # "Pieter de Graaf"
        found.append(Hit("tie", "referred", min(k, by), max(phrase_last(clause, k), last)))
    elif at < len(clause) and "INDEF" in clause[at].tags:
        rejected.append(("unnamed", min(k, by), min(at + 2, len(clause) - 1)))


def _introducer(clause: Clause, k: int) -> bool:
    """The tie word at k names who made an introduction ("introduced by a former colleague", "door een
    oud-collega naar je doorverwezen", "a former colleague of yours suggested…"), not a past they share;
    with where they worked together named ("…by a former colleague of yours at Walker Morris") it is one."""
    if "TIE" not in clause[k].tags or named_in(clause, k + 1, k + 6):
        return False
    return any("BY" in clause[b].tags for b in range(max(k - 2, 0), k)) \
        or has_tag(clause, k - 1, k, "INDEF") and has_tag(clause, k + 1, k + 5, "REFVERB", "REFERRAL")  # "een oud-…"


def _nobody_referred(clause: Clause, k: int) -> bool:
    """A referral at k by someone the writer does not name: "A mutual contact suggested I reach out",
    "Een gemeenschappelijke connectie raadde me aan…"."""
    return "REFERRAL" in clause[k].tags and has_tag(clause, max(k - 4, 0), k, "INDEF", "MUTUAL") \
        and not has_tag(clause, 0, k + 1, "THANKS") and not _who(clause)


def _nobody(clause: Clause, k: int) -> int:
    """Where an unnamed introducer starts: at "a" / "een" before word k, else at k."""
    return next((a for a in range(max(k - 4, 0), k) if "INDEF" in clause[a].tags), k)


def _former(token: Token) -> bool:
    """A named former employer said as one word: "ex-ING", "ex-Googler", "oud-Rabobanker"."""
    return token.named and token.low.startswith(("ex-", "oud-"))


def _says_who(clause: Clause, k: int) -> bool:
    """A shared tie or referral at k that says who, by a name (or a placeholder for one) or as a tie said
    outright: "we overlapped at Booking.com", "Marieke suggested I reach out"; not "A mutual contact
    suggested I reach out", "Thanks for the intro" (which one?), nor the sender's own "I mentioned your name"."""
    tags = clause[k].tags
    if "TIE" in tags and (not has_tag(clause, 0, k + 1, "THANKS") or _who(clause)):
        return True
    return "REFERRAL" in tags and not _by_sender(clause, k) \
        and (not has_tag(clause, 0, k + 1, "INDEF", "MUTUAL", "THANKS") or _who(clause))


def _who(clause: Clause) -> bool:
    """The clause names someone, or a placeholder stands for a name ("…the intro to {{contact_name}}")."""
    return named_in(clause, 0, len(clause)) or has_tag(clause, 0, len(clause), "GAP", "ENDGAP")


def _by_sender(clause: Clause, k: int) -> bool:
    """The referral phrase at k is the sender's own deed: "I've applied and mentioned your name in the
    cover note" (the nearest one acting before it is "I"), not "Anna mentioned your name"."""
    actor = next((t for t in reversed(clause[:k]) if t.named or sender_acts(t) or t.tags.keys() & {"SUBJ", "CSUBJ"}),
                 None)
    return actor is not None and sender_acts(actor)



def _fellow_which(clause: Clause, k: int, end: int) -> bool:
    """"fellow" before the alum-word at k and something that says which: "fellow Delft alum", "a fellow
    {{university}} grad", "fellow alum of UCL"; not "fellow alum here"."""
    fellow = next((a for a in range(max(k - 3, 0), k) if clause[a].low == "fellow"), None)
    return fellow is not None and (named_in(clause, fellow + 1, k) or has_tag(clause, fellow + 1, end + 1, "GAP")
                                   or has_tag(clause, end + 1, end + 2, "OF") and named_in(clause, end + 2, end + 5))


def _past_title(clause: Clause, k: int) -> int:
    """Word k, or the word after a title that starts there ("de heer", "Mr")."""
    return phrase_last(clause, k) + 1 if k < len(clause) and "HONOR" in clause[k].tags else k


def _a_field(clause: Clause, start: int) -> bool:
    """From word `start` on, common ground names no group: no name at all, or a name that only says
    which field ("the SaaS space", "de B2B-wereld"), not which club or community."""
    names = [j for j in range(start, len(clause)) if clause[j].named and clause[j].capital]
    after = names[-1] + 1 if names else 0
    return not names or after < len(clause) and "INDUSTRY" in clause[after].tags \
        and "COMPANY" not in clause[after].tags


def _named_after(clause: Clause, end: int) -> int:
    """Where the person named after "colleague" or "friend" stands, right after it ("colleague Tim")
    or after "of" ("a friend of Josh Harrington's", "een oud-collega van Sanne"); 0 when none."""
    if named_in(clause, end + 1, end + 2):
        return end + 1
    k = end + 2
    return k if k < len(clause) and "OF" in clause[end + 1].tags and a_name(clause[k]) else 0


_RECIPIENT = frozenset({"to", "with", "aan", "met", "naar", "bij"})


def favour(clause: Clause, k: int, found: Found) -> None:
    """A favour the reader did or offered the writer, thanked for or praised ("Wat leuk dat je…"), with
    the person it went to named: "thanks for passing my CV on to Laura", "bedankt dat je mijn cv aan
    Laura hebt doorgestuurd", "you offered to introduce me to Jana"; not "thanks for sharing"."""
    offered = any("OFFERED" in clause[m].tags and has_tag(clause, m - 1, m + 2, "SUBJ")
                  and not has_tag(clause, m - 1, m, "SENDER") for m in range(max(k - 10, 0), k))  # not "I offered you"
    if not (offered or has_tag(clause, k - 10, k, "THANKS", "APPRAISE")) or has_tag(clause, 0, k, "CONSUME"):
        return  # "you offered to introduce me to…", "bood je aan om…"; Dutch puts the verb last
    titled = {_past_title(clause, b): b for b in range(max(k - 6, 1), len(clause)) if "HONOR" in clause[b].tags}
    named = next((a for a in range(max(k - 6, 1), min(k + 9, len(clause)))  # "…on to Laura", "…aan Laura"
                  if (clause[titled.get(a, a) - 1].low in _RECIPIENT  # "…naar de heer Smit"
                      or "SUBJ" in clause[a - 1].tags)  # "dat je Femke en mij…"
                  and (clause[a].named and not clause[a].tags or a in titled and clause[a].capital)), None)
    if named is not None:
        found.append(Hit("tie", "favour", min(k, named), max(k, named)))


def _common_ground(clause: Clause, k: int, end: int) -> bool:
    """"we both know how hard hiring is", "we weten allebei…": shared knowing, not a shared past.
    "I think we were both in the Le Wagon batch" is the writer's hedge, not what they both think."""
    return any("KNOW" in clause[a].tags and not (a and clause[a - 1].low in ("i", "ik")) and not k <= a <= end
               for a in range(max(k - 2, 0), min(end + 3, len(clause))))  # "we know each other from" is a tie


_WE = frozenset({"we", "we're", "we've", "we'd", "us", "both", "wij", "allebei", "beiden", "beide"})


def _whom(clause: Clause, end: int) -> int:
    """Where the reader or the writer stands in a referral: at the end of its verb ("said you're"),
    right after it ("mentioned you") or after "that" ("gaf aan dat jij"); 0 when nowhere."""
    people = {"SUBJ", "POSS", "SENDER"}
    if clause[end].tags.keys() & people:
        return end
    k = end + 1
    if k < len(clause) and "REL" in clause[k].tags:
        k += 1
    return k if k < len(clause) and clause[k].tags.keys() & people else 0


def _referrer(clause: Clause, k: int) -> int | None:
    """The name before a referral verb, over a short "from your finance team" ("Ingrid Solberg
    from your finance team told me"); None when the sender speaks in between."""
    for a in range(k - 1, max(k - 7, -1), -1):
        if a_name(clause[a]):
            while a and (a_name(clause[a - 1]) or clause[a - 1].low in NAME_PARTICLES
                         and (a > 1 and a_name(clause[a - 2]) or a > 2 and clause[a - 2].low in NAME_PARTICLES)):
                a -= 1  # "Sanne van der Berg"
            return a
        if "SENDER" in clause[a].tags:
            return None
    return None


def a_name(token: Token) -> bool:
    """A capitalised word no list knows ("Tim", "Sara"), even first in its sentence."""
    return token.capital and (token.named or not token.tags)
