# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail detector's introduction rules: who brought writer and reader together, when the writer names them.

"We were put in touch by Hugo Martens", "Ik ben door Sanne Vos naar je doorverwezen", "Merel Jansen heeft ons
in contact gebracht", "de heer Öztürk, die mij aan u heeft voorgesteld"; an introducer the writer does not
name ("by a former colleague", "A mutual contact suggested I reach out") could be said to anyone and is
rejected with the reason "unnamed". Each rule reports hits as (kind, reason, first word, last word).
"""

from __future__ import annotations

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

__all__ = ["introduction"]

# Who an introduction links: the reader ("you", "je", "u"), or both ("we", "each other", "elkaar").
_LINKED = frozenset({"SUBJ", "POSS", "BOTH"})
_NOUN_LIKE = frozenset({"COMPANY", "CONTENT", "WEAK", "EVENT", "NEWSN", "SITE", "VACANCY", "CHALN", "GENERIC",
                        "ORDINARY", "OPINION", "STANCE", "INDUSTRY", "KIND"})


def introduction(clause: Clause, k: int, found: Found, rejected: Rejected) -> bool:
    """Weigh an introduction at word k (an introduction verb, a tie or a referral word): a hit when the
    one who made it is named, a rejected "unnamed" mention when nobody is. True when the word at k is
    the introducer, so it is not also read as a past writer and reader share ("by a former colleague")."""
    if "INTRO" in clause[k].tags:
        _introduced(clause, k, found, rejected)
    if _introducer(clause, k) or _nobody_referred(clause, k):
        rejected.append(("unnamed", _nobody(clause, k), phrase_last(clause, k)))
        return True
    return False


def _introduced(clause: Clause, k: int, found: Found, rejected: Rejected) -> None:
    """An introduction's verb at k in a clause about writer or reader, and who made it: after "by" / "door"
    ("We were put in touch by Hugo Martens", "I was put in touch with you by Mr Okafor", "Ik ben door Sanne
    Vos naar je doorverwezen"), before "heeft" / "has" ("Merel Jansen heeft ons in contact gebracht") or
    before "die" / "who" ("de heer Öztürk, die mij aan u heeft voorgesteld"). "by a former colleague" is
    rejected as unnamed; "Our platform is recommended by Gartner" names no link between writer and reader."""
    n = len(clause)
    by = next((b for b in range(max(k - 8, 0), min(k + 9, n - 1)) if "BY" in clause[b].tags), None)
    if not _linked(clause, k, by):
        return
    if by is None:
        name = _acting_name(clause, k)
        if name is not None:
            found.append(Hit("tie", "referred", name, phrase_last(clause, k)))
        return
    at = by + 1 + ("HONOR" in clause[by + 1].tags and not a_name(clause[by + 1]))  # "door dhr. Wouters"
    last = name_end(clause, at) if at < n and "SENDER" not in clause[at].tags else at - 1
    if last >= at:
        found.append(Hit("tie", "referred", min(k, by), max(phrase_last(clause, k), last)))
    elif at < n and "INDEF" in clause[at].tags:
        rejected.append(("unnamed", min(k, by), min(at + 2, n - 1)))


def _linked(clause: Clause, k: int, by: int | None) -> bool:
    """The introduction at k links writer and reader: the reader or both of them are in the clause ("…to you",
    "…naar je", "we", "elkaar"), and, in the passive ("by" at `by`), a person is its subject before the verb
    ("We were put in touch", "Ik ben … naar je doorverwezen"); not the sender's product ("Our platform is
    recommended by Gartner"), an active "We connected by Zoom", nor the sender's own past ("Ik ben door
    Randstad bij mijn vorige werkgever voorgesteld")."""
    if not any(_person(clause, a) for a in range(len(clause))):
        return False
    if by is None:
        return True
    subject = next((a for a in range(min(k, by)) if clause[a].tags.keys() & {"SUBJ", "SENDER", "BOTH"}
                    and not _possessive(clause, a)), None)
    return subject is not None and has_tag(clause, subject + 1, k, "AUX")


def _person(clause: Clause, a: int) -> bool:
    """Word a is the reader or both of them as people ("you", "ons in contact", "elkaar"), not a
    possessive before a noun ("your platform", "ons bedrijf")."""
    return bool(clause[a].tags.keys() & _LINKED) and not _possessive(clause, a)


def _possessive(clause: Clause, a: int) -> bool:
    """Word a is "your" / "our" / "ons" before a noun, not "you" / "us" as a person."""
    after = clause[a + 1].tags if a + 1 < len(clause) else None
    return bool(clause[a].tags.keys() & {"OWN", "POSS"}) and after is not None \
        and (not after or bool(after.keys() & _NOUN_LIKE))  # "je boekhouder", not "naar je doorverwezen"


def _acting_name(clause: Clause, k: int) -> int | None:
    """Where the named introducer starts when the verb at k has no "by": a name just before "die" / "who"
    ("Tom Baker, who introduced us") or before "heeft" / "has" with only the people and small words
    between it and the verb ("Lieke Smet heeft mij naar u doorverwezen", "Hugo Martens has put us in touch")."""
    for a in range(k - 1, max(k - 7, 0), -1):
        if clause[a].tags.keys() & {"WHO", "REL", "AUX"} and a_name(clause[a - 1]):
            start = name_start(clause, a - 1)  # "Sanne van der Berg heeft…"
            return start if name_end(clause, start) == a - 1 else None
        if clause[a].named or sender_acts(clause[a]):
            return None
    return None


def _introducer(clause: Clause, k: int) -> bool:
    """The tie word at k names who made an introduction ("introduced by a former colleague", "door een
    oud-collega naar je doorverwezen", "a former colleague of yours suggested…"), not a past they share;
    with where they worked together named ("…by a former colleague of yours at Walker Morris") it is one."""
    if "TIE" not in clause[k].tags or named_in(clause, k + 1, k + 6):
        return False
    return has_tag(clause, k - 2, k, "BY") \
        or has_tag(clause, k - 1, k, "INDEF") and has_tag(clause, k + 1, k + 5, "REFVERB", "REFERRAL")


def _nobody_referred(clause: Clause, k: int) -> bool:
    """A referral at k by someone the writer does not name: "A mutual contact suggested I reach out",
    "Een gemeenschappelijke connectie raadde me aan…"."""
    return "REFERRAL" in clause[k].tags and has_tag(clause, k - 4, k, "INDEF", "MUTUAL") \
        and not has_tag(clause, 0, k + 1, "THANKS") and not named_in(clause, 0, len(clause)) \
        and not has_tag(clause, 0, len(clause), "GAP", "ENDGAP")


def _nobody(clause: Clause, k: int) -> int:
    """Where an unnamed introducer starts: at "a" / "een" before word k, else at k."""
    return next((a for a in range(max(k - 4, 0), k) if "INDEF" in clause[a].tags), k)
