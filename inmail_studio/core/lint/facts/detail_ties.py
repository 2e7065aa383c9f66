# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail detector's tie rules: what the writer and the reader share, and who brought them together.

"we both…", "fellow alum of UCL", "Marieke suggested I reach out", "your colleague Tim", a favour with
the person it went to named ("thanks for passing my CV on to Laura"); common ground true of thousands
("we're both in the SaaS space") is rejected. Each rule reports hits as (kind, reason, first word, last word).
"""

from __future__ import annotations

from inmail_studio.core.lint.facts.detail_intro import introduction
from inmail_studio.core.lint.facts.detail_words import (
    Clause,
    Found,
    Hit,
    Rejected,
    a_name,
    has_tag,
    name_end,
    name_start,
    named_in,
    phrase_last,
    sender_acts,
)

__all__ = ["a_name", "favour", "their_colleague", "tie"]


def tie(clause: Clause, k: int, found: Found, rejected: Rejected) -> None:
    """"we both…", "fellow alum of UCL", "Marieke suggested I reach out", "your colleague Tim"; common
    ground true of thousands ("we're both in the SaaS space") is rejected."""
    tags = clause[k].tags
    end = phrase_last(clause, k)
    n = len(clause)
    if introduction(clause, k, found, rejected):
        return  # "introduced by a former colleague": who sent the writer, not a past they share
    if tags.keys() & {"TIE", "ALSO"} and (has_tag(clause, end + 1, len(clause), "INDUSTRY") or _in_field(clause, end)
                                          or _common_ground(clause, k, end)):
        if has_tag(clause, end + 1, n, "PLATFORM") or _a_field(clause, end + 1):
            rejected.append(("generic", k, min(end + 9, n - 1)))  # "we're both in the SaaS space"; a LinkedIn group
        return  # a named one ("we're both in the Rotterdam Commodity Club") is left to the model
    if tags.keys() & {"TIE", "TOGETHER"} and end + 1 < n and "WITH" in clause[end + 1].tags \
            or "TIE" in tags and _not_shared(clause, k, end, rejected):
        return  # "we worked together with Acme", "we werken samen met Coolblue": the sender's clients
    if _says_who(clause, k):  # "Ingrid Solberg pointed me to you"; "…stelde Bram Verhoeven me…" holds its name
        by = _referrer(clause, k) if "REFERRAL" in tags and not named_in(clause, k + 1, end + 1) else None
        found.append(Hit("tie", "shared", k if by is None else by, name_end(clause, end + 1) if by is None else end))
    elif "SAME" in tags and named_in(clause, 0, n) and not has_tag(clause, end + 1, end + 5, "GENERIC", "INDUSTRY") \
            and any(t.tags.keys() & {"SUBJ", "POSS", "TIE", "ALSO"} or t.low in _WE for t in clause):
        found.append(Hit("tie", "same", _from_name(clause, k), end))  # "we were in the same cohort at Le Wagon"
    elif "TOGETHER" in tags and any(t.low in _WE for t in clause[max(k - 5, 0):k]) and named_in(clause, 0, n) \
            and not has_tag(clause, 0, n, "MODAL", "SPEC"):
        found.append(Hit("tie", "together", k, end))  # "we zaten in 2016 samen in het bestuur van Ideefiks"
    elif "SELF" in tags and any(t.low in ("i", "ik") for t in clause[:k]) and has_tag(clause, 0, n, "BACKGROUND") \
            and named_in(clause, 0, n) and not has_tag(clause, 0, n, "QUESTION", "SPEC"):
        found.append(Hit("tie", "self", k, end))  # "Ik deed zelf in 2019 het traineeship bij ProRail"
    elif "ALSO" in tags and (last := _also(clause, k, end)) is not None:
        found.append(Hit("tie", "also", k, last))  # "Net als u heb ik bij het Korps Mariniers gediend"
    elif "ALUM" in tags and _fellow_which(clause, k, end):  # "fellow Delft alum"; not "fellow alum here"
        found.append(Hit("tie", "fellow", k - 1, end))
    elif "MUTUAL" in tags and (named := _named_after(clause, k, end)) and not has_tag(clause, k - 1, k, "OWN"):
        # "your colleague Tim", "a friend of Josh Harrington's"; "my colleague Peter" is the sender's
        found.append(Hit("tie", "mutual", k, named))
    elif "REFVERB" in tags and (name := _referrer(clause, k)) is not None and (to := _whom(clause, end)):
        found.append(Hit("tie", "referred", name, to))  # "Sara mentioned you", "Sanne gaf aan dat jij…"
    elif "VIA" in tags and (last := _via_name(clause, end)) is not None:
        found.append(Hit("tie", "referred", k, last))  # "via Sanne de Boer kwam ik…", "via de heer Van Leeuwen"


def _in_field(clause: Clause, end: int) -> bool:
    """The tie ending at word `end` is a field they work in or a place they are ("we both work in retail", "we allebei
    in Utrecht zitten"), with no event or piece after it."""
    n = len(clause)
    return (has_tag(clause, 0, n, "FIELD") or _only_placed(clause, end + 1)) \
        and not has_tag(clause, end + 1, n, "EVENT", "CONTENT")


def _only_placed(clause: Clause, a: int) -> bool:
    """From word a on, the clause only says where they are: a town or region and a verb of being placed ("we
    allebei in Utrecht zitten", "allebei in de regio Brugge"), nothing that says where they met or worked
    (an employer, a club, a group, a year: "we were both at Hays in Utrecht around 2017")."""
    rest = clause[a:]
    return has_tag(rest, 0, len(rest), "LOCATED", "REGION") and not has_tag(rest, 0, len(rest), *_PLACED_NOT) \
        and not any(c.isdigit() for t in rest for c in t.low) \
        and all(_placed(rest, k) for k, t in enumerate(rest) if t.named)


def _placed(words: Clause, k: int) -> bool:
    """The name at word k follows "in" or a region, maybe after an article: "in Utrecht", "in de regio Brugge";
    not "aan de UHasselt"."""
    return has_tag(words, k - 1, k, "PLACE", "REGION") \
        or has_tag(words, k - 2, k - 1, "PLACE") and "ARTICLE" in words[k - 1].tags


_PLACED_NOT = ("AT", "EMPLOYER", "OF", "BELONGS", "ALUM", "FROM", "GROUP", "NUMBER")


def _from_name(clause: Clause, k: int) -> int:
    """Where a tie at k is shown from: k, or the name before it when none follows ("We were at Leiden Law
    School at the same time")."""
    if named_in(clause, k, len(clause)):
        return k
    return name_start(clause, max(a for a in range(k) if clause[a].named))


def _not_shared(clause: Clause, k: int, end: int, rejected: Rejected) -> bool:
    """The tie words at k..end share no past: a hope ("useful for both of us"; "thanks for our time at…"
    does), a plan (a question opened by a modal, "Can we both join…?"), a group of many ("nodig ik
    oud-studenten uit", no "we" or "you" in the clause), or a trade thousands share ("We're both founders
    in Berlin", rejected; not "…consultants at (the) Boston Consulting Group")."""
    n = len(clause)
    if has_tag(clause, k - 2, k, "BENEFIT") and not has_tag(clause, 0, k, "THANKS") \
            or clause[0].tags.keys() >= {"QUESTION", "MODAL"} and k < 3 \
            or "GROUP" in clause[k].tags and not any(t.low in _WE or "SUBJ" in t.tags for t in clause):
        return True
    if any("PEERS" in t.tags and not t.named for t in clause[end + 1:end + 4]) and not any(
            "AT" in t.tags and named_in(clause, a + 1, a + 3) for a, t in enumerate(clause[end + 1:], end + 1)):
        rejected.append(("generic", k, min(end + 6, n - 1)))
        return True
    return False


def _also(clause: Clause, k: int, end: int) -> int | None:
    """After "like you" / "net als u" / "I also" (k..end), a past that says which: a background verb ("I also
    started as a nurse"), a named former employer ("ex-ING", "oud-Rabobanker") right after it, a named
    service ("bij het Korps Mariniers gediend", not "in het leger"), or a name with an event, content, a
    time or a group; the last word of what is said (None when nothing says which)."""
    n = len(clause)
    named = named_in(clause, end + 1, n)
    if "QUESTION" in clause[0].tags or not (
            has_tag(clause, end + 1, n, "BACKGROUND") or has_tag(clause, end + 1, end + 3, "FORMER")
            or named and has_tag(clause, end + 1, n, "EVENT", "CONTENT", "TIME", "SAME", "ALUM", "SERVED")):
        return None
    said = [a for a in range(end + 1, min(end + 12, n))
            if clause[a].named or clause[a].tags.keys() & {"BACKGROUND", "SERVED"}]
    return max(said, default=end)


def _says_who(clause: Clause, k: int) -> bool:
    """A shared tie or referral at k that says who, by a name (or a placeholder for one) or as a tie said
    outright: "we overlapped at Booking.com", "Marieke suggested I reach out"; not "A mutual contact
    suggested I reach out", "Thanks for the intro" (which one?), nor the sender's own "I mentioned your name"."""
    tags = clause[k].tags
    if "TIE" in tags and (not has_tag(clause, 0, k + 1, "THANKS") or _who(clause)):
        return True
    if "REFERRAL" in tags and "WHOSE" in clause[phrase_last(clause, k)].tags:  # "I got your name from…"
        return _named_person(clause, phrase_last(clause, k) + 1)
    return "REFERRAL" in tags and not _by_sender(clause, k) \
        and (not has_tag(clause, 0, k + 1, "INDEF", "MUTUAL", "THANKS") or _who(clause))


def _named_person(clause: Clause, at: int) -> bool:
    """A person's name starts at word `at`, maybe after a title ("Priya Shah", "mevrouw Claes"), and is not
    the subject of a clause ("Excel is painful"); not "LinkedIn", "a colleague", "Google"."""
    at = _past_title(clause, at)
    last = name_end(clause, at)
    return last >= at and not has_tag(clause, last + 1, last + 2, "AUX", "MODAL") \
        and not has_tag(clause, at, at + 1, "PLATFORM", "NOTNAME")


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


def _via_name(clause: Clause, end: int) -> int | None:
    """The last word of who sent the writer, after "via" (ending at word `end`): a full name ("via Sanne de Boer"),
    or a title of address and a surname ("via mr. Jansen", "via de heer Van Leeuwen"); None when neither follows."""
    last = name_end(clause, at := _past_title(clause, end + 1))
    return last if last > at or last == at > end + 1 and _addressed(clause, end + 1, at) else None


def _addressed(clause: Clause, title: int, name: int) -> bool:
    """A title of address at word `title` and a plain surname at `name` ("via mr. Jansen", "via dhr. Verbeek"); not a
    brand or a book ("via Dr. Martens' alumni page", "via Prof. Edmondson's work", "via Dr. Hauschka-dealers")."""
    surname = clause[name]
    return "ADDRESS" in clause[title].tags and "NAMEPOSS" not in surname.tags and "-" not in surname.low \
        and not surname.low.endswith("'")


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


def _named_after(clause: Clause, k: int, end: int) -> int:
    """Where the person named after "colleague" or "friend" (words k..end) stands, right after it ("colleague
    Tim") or after "of" ("a friend of Josh Harrington's", "een oud-collega van Sanne"; not the company of a
    "co-founder of Ledgerly", the sender introducing themself); 0 when none."""
    if named_in(clause, end + 1, end + 2):
        return end + 1
    at = end + 2
    return at if at < len(clause) and "OF" in clause[end + 1].tags and a_name(clause[at]) \
        and "FOUNDER" not in clause[k].tags else 0


_RECIPIENT = frozenset({"to", "with", "aan", "met", "naar", "bij"})


def favour(clause: Clause, k: int, found: Found) -> None:
    """A favour the reader did or offered the writer, thanked for or praised ("Wat leuk dat je…"), with
    the person it went to named: "thanks for passing my CV on to Laura", "bedankt dat je mijn cv aan
    Laura hebt doorgestuurd", "you offered to introduce me to Jana"; not "thanks for sharing"."""
    offered = any("OFFERED" in clause[m].tags and has_tag(clause, m - 1, m + 2, "SUBJ")
                  and not has_tag(clause, m - 1, m, "SENDER") for m in range(max(k - 10, 0), k))  # not "I offered you"
    yours = k and "POSS" in clause[k - 1].tags and "SUBJ" not in clause[k - 1].tags  # "jouw introductie bij…"
    theirs = offered or yours or has_tag(clause, k - 10, k, "THANKS", "APPRAISE")
    if not theirs or has_tag(clause, 0, k, "CONSUME"):
        return  # "you offered to introduce me to…", "bood je aan om…", "dankzij jouw introductie bij…"
    titled = {_past_title(clause, b): b for b in range(max(k - 6, 1), len(clause)) if "HONOR" in clause[b].tags}
    named = next((a for a in range(max(k - 6, 1), min(k + 9, len(clause)))  # "…on to Laura", "…aan Laura"
                  if (clause[titled.get(a, a) - 1].low in _RECIPIENT  # "…naar de heer Smit"
                      or "SUBJ" in clause[a - 1].tags  # "dat je Femke en mij…"
                      or a == k + 1 and has_tag(clause, k - 4, k, "THANKS"))  # "thanks for recommending Tom Reilly"
                  and (clause[a].named and not clause[a].tags or a in titled and clause[a].capital)), None)
    if named is not None:
        found.append(Hit("tie", "favour", min(k, named), max(k, named)))


def _common_ground(clause: Clause, k: int, end: int) -> bool:
    """"we both know how hard hiring is", "we weten allebei…": shared knowing, not a shared past.
    "I think we were both in the Le Wagon batch" is the writer's hedge, not what they both think."""
    return any("KNOW" in clause[a].tags and not (a and clause[a - 1].low in ("i", "ik")) and not k <= a <= end
               and not _named_person(clause, a + 1)  # "we both know Priya Shah": a person; not "…know Excel is…"
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
            return name_start(clause, a)  # "Sanne van der Berg"
        if "SENDER" in clause[a].tags:
            return None
    return None


_STAFF = frozenset({"PEERS", "STAFF"})  # a job title: "your regional HR lead", "jullie HR-manager"
_TITLE_WORDS = 4  # words from "your" to its title
_MODIFIERS = frozenset({"NEW", "VAGUE", "RECENT", "NOTNAME"})  # between: "your new HR lead"; not "uw ervaring als"


def their_colleague(clause: Clause, i: int, found: Found) -> None:
    """A colleague of the reader's named, after "your" at i (a hit "tie", "colleague"): the title then the name ("your
    regional HR lead Fatima", "jullie CFO Anne Smit"), the name then the title in apposition ("Fatima, your regional
    HR lead,": the clause ends on the title), or the name from their team ("Ingrid from your finance team", "Ingrid
    van jullie financiële afdeling"); not "your manager" alone, nor the sender's ("my colleague Tim")."""
    t = next((k for k in range(i + 1, min(i + 1 + _TITLE_WORDS, len(clause)))
              if clause[k].tags.keys() - _MODIFIERS), None)
    if t is not None and clause[t].tags.keys() & _STAFF:
        if (last := name_end(clause, t + 1)) > t:
            found.append(Hit("tie", "colleague", i, last))  # "your regional HR lead Fatima"
        elif i == 1 and a_name(clause[0]) and t == len(clause) - 1:
            found.append(Hit("tie", "colleague", 0, t))  # "Fatima, your regional HR lead,"
        return
    if i > 1 and "WHOSE" in clause[i - 1].tags and a_name(clause[i - 2]) and clause[i - 2].low.isalpha() \
            and (team := next((k for k in range(i + 1, min(i + 4, len(clause))) if "COMPANY" in clause[k].tags), 0)):
        found.append(Hit("tie", "colleague", name_start(clause, i - 2), team))  # "Ingrid from your finance team"
