# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail detector's event rule: a named event the reader spoke at or both attended ("at DevOpsDays
Ghent", "op het VOKA-ontbijt"), not one the sender runs ("our webinar", "the breakfast I organised") nor
one placed only by its town ("de beurs in Utrecht")."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from inmail_studio.core.lint.facts.detail_company import a_number
from inmail_studio.core.lint.facts.detail_words import Clause, Found, Hit, has_tag

__all__ = ["named_event"]


def named_event(clause: Clause, found: Found, present: AbstractSet[str]) -> None:
    """A named event the reader spoke at or both attended: "at DevOpsDays Ghent", "op het VOKA-ontbijt".
    `present` is every class in the clause."""
    if "QUESTION" in clause[0].tags or "ORGANISE" in present and any("ORGANISE" in t.tags and not (
            "OWN" in t.tags and not has_tag(clause, k + 1, k + 4, "EVENT", "CONTENT", "MUTUAL") or _theirs(clause, k))
            for k, t in enumerate(clause)):
        return  # "our webinar", "my colleague … at" are the sender's; "our chat at the Booking.com drinks" was shared
    if "ORGANISED" in present and any("ORGANISED" in t.tags and has_tag(clause, k - 3, k, "SENDER")
                                      for k, t in enumerate(clause)):
        return  # "the SheLeads breakfast I organised"; not "the meetup organised by Booking.com"
    links = [k for k, t in enumerate(clause)
             if t.tags.keys() & {"POSS", "SUBJ", "MEET", "CONTENT", "TIE", "ALSO", "APPRAISE"}]
    for e, token in enumerate(clause):
        linked = any(k != e for k in links)
        after = e + 6 if e + 1 < len(clause) and "OF" in clause[e + 1].tags else e + 3  # "de reünie van het Stedelijk"
        if "EVENT" in token.tags and not (e and a_number(clause[e - 1])) \
                and (linked and _named_here(clause, e - 4, after) or _at_their_place(clause, e)):  # not "4 dagen"
            first = next((a for a in range(max(e - 6, 0), e) if "AT" in clause[a].tags or clause[a].named), e)
            found.append(Hit("event", "named-event", first, e))
            return
        if "MEET" in token.tags and not _as_preposition(clause, e):
            for a in range(e + 1, min(e + 5, len(clause))):
                if "AT" in clause[a].tags and _named_here(clause, a + 1, a + 7, capital=True):  # not "a call at 10",
                    # a name up to six words on: "op de Dag van de Logistiek"
                    found.append(Hit("event", "met-at", e, a + 1))
                    return


def _as_preposition(clause: Clause, e: int) -> bool:
    """The word of meeting at e is a preposition: opening its clause before anything but "op" / "bij"
    ("Gezien uw rol bij Museum Arnhem…", "Gezien je ervaring bij Coolblue…" is "given your…"), not "Gezien
    op de beurs in Gent!"."""
    return e == 0 and "GIVEN" in clause[0].tags and len(clause) > 1 and "AT" not in clause[1].tags


def _named_here(clause: Clause, start: int, end: int, capital: bool = False) -> bool:
    """A name among words start..end-1 that says which event, not only where: "op de beurs in Utrecht" and
    "the meetup in Leeds" name a town, "at the Fintech Drinks in Leeds" an event."""
    return any(t.named and (t.capital or not capital) and not (k and "PLACE" in clause[k - 1].tags)
               for k, t in enumerate(clause[:end]) if k >= max(start, 0))


def _theirs(clause: Clause, k: int) -> bool:
    """An event the reader runs: "the Frontend Meetup you host", "de meetup die jij organiseert" (the
    event before "you"); not "You're invited: CFO Breakfast"."""
    return k > 1 and "SUBJ" in clause[k - 1].tags and has_tag(clause, 0, k - 1, "EVENT")


def _at_their_place(clause: Clause, e: int) -> bool:
    """"the tour of your studio", "de rondleiding in jullie atelier": an event at the reader's place."""
    return any("POSS" in clause[k].tags and k + 1 < len(clause) and clause[k + 1].tags.keys() & {"SITE", "COMPANY"}
               for k in range(e + 1, min(e + 4, len(clause))))
