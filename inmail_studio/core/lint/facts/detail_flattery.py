# SPDX-License-Identifier: GPL-3.0-or-later
"""Flattery that reads like a detail: what a writer can say of thousands of companies and readers.

"Congrats on 60 years of Brenner", "Uw kantoor bestaat dit jaar 40 jaar", "gefeliciteerd met de
prijs", "you've led admissions for over seven years now", "Jullie ziekenfonds staat in Vlaanderen
bekend als heel vernieuwend", "jullie corporatie groeit", "We both studied in Delft", "We're both
Edinburgh-based". The corpus README's "Decisions" call anniversaries, headcounts, where they are
based, how long they have been somewhere and generic praise not personal, and a shared school only
when it is named; long sales InMails stack several such lines (round 27's tune writers, `tune27`).

A clause is flattery when a flattering word stands in it (an age or a tenure counted in years, an
award nobody named, a reputation, growth, a town shared) and nothing else says which: no news, piece,
event, vacancy, challenge or date of theirs, no number but years, a headcount or a year after "since",
and no name but their company's, a place or a role. Its hits are then a generic mention, not a detail.
The word lists are in resources/rules/personalisation/<lang>.toml, `[flattery]`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from inmail_studio.core.lint.facts.detail_company import a_number, has_digit
from inmail_studio.core.lint.facts.detail_words import Clause, Found, Suffixes, has_tag, through_name

# What says which, wherever it stands ("…and the new office in Venlo", "your post on…").
_SAYS_WHICH = frozenset({"CONTENT", "EVENT", "VACANCY", "POSITION", "CHALN", "CHALV", "NEW", "VACV", "APPLY",
                         "KIN", "LIFE", "HEALTH", "TRIP", "RACE", "DATE", "MUTUAL", "REFERRAL", "INTRO",
                         "SAME", "WEAK", "ORGANISE"})  # "the same university in Nijmegen"
# News words that are flattery themselves ("gegroeid", "bestaat", "the award") or say where they stand or
# which step of a career read off a profile ("staat in Vlaanderen bekend", "you started eight years ago").
_FLATTERY = frozenset({"GROW", "EXIST", "PROMPTED", "AWARD", "PRIZE", "TENURE", "REPUTE", "PRAISE", "LOCATED",
                       "CAREER", "BACKGROUND"})
# After these a name is their company's ("60 years of Brenner", "bij Coolblue", "het bestaan van FysioVondel").
_COMPANY_BEFORE = frozenset({"OF", "EMPLOYER", "JOIN", "BELONGS", "TENURE", "PROMPTED", "DURATION", "PERCEIVE",
                             "REL"})
# After these a name is a place ("in Delft", "in heel Vlaams-Brabant", "across Greater London").
_PLACE_BEFORE = frozenset({"PLACE", "REGION", "FROM"})  # not "to": "forwarding my portfolio to Dana"
# Classes that flatter on their own ("gegroeid", "bestaat", "de prijs", "goed bekend").
_PRAISED = frozenset({"GROW", "EXIST", "PRIZE", "REPUTE", "PRAISE"})
# The classes a flattering word has (`_flatters`; a word with a digit and a town are named).
_MARKS = _PRAISED | {"SINCE", "TENURE", "DURATION", "NUMBER", "PROMPTED"}
_SHAPED = re.compile(r"([\d.,]+)-?([^\W\d_]+)$|.*-([^\W\d_]+)$")  # "15-jarig", "5m", "Edinburgh-based"


_NO_SUFFIXES = Suffixes()


class _Shapes(NamedTuple):
    """The words of one clause with those shapes, by index."""

    aged: frozenset[int]
    based: frozenset[int]
    amount: frozenset[int]


def _shapes(clause: Clause, suffixes: Suffixes) -> _Shapes:
    """Which names of the clause end in one of the language's `suffixes` after a number or a hyphen."""
    aged, based, amount = set(), set(), set()
    for k, token in enumerate(clause):
        low = token.low
        if not token.named or not ("-" in low or low[:1].isdigit() or low[1:2].isdigit()) \
                or (match := _SHAPED.match(low)) is None:
            continue  # most names: no hyphen, no number ("€5m": the digit is second)
        number, unit, after = match.groups()
        if number and unit in suffixes.aged:
            aged.add(k)
        elif number and unit in suffixes.amounts:
            amount.add(k)
        elif after in suffixes.based:
            based.add(k)
    return _Shapes(frozenset(aged), frozenset(based), frozenset(amount))


# A clause's details and rejected mentions, as detail._analyse gives them (kind, reason, start, end).
Analysis = tuple[tuple[tuple[str, str, int, int], ...], tuple[tuple[str, int, int], ...]]


def flattered(clause: Clause, found: Found, suffixes: Suffixes = _NO_SUFFIXES) -> tuple[int, int] | None:
    """The first and last word of flattery when the clause's hits stand on nothing else, or None when it
    says which (a piece, news, a named school or event…) or flatters not at all. `suffixes`: the
    language's word endings (`DetailWords.suffixes`)."""
    if any(h.reason == "said" and has_tag(clause, h.last + 1, h.last + 6, "REL") or h.reason == "stance"
           for h in found):  # "you mentioned that hiring nurses in Zwolle takes four months": what they said;
        return None  # "uw voorkeur voor … van maximaal drie maanden": what they prefer
    if (truism := _as_said(clause, found)) is not None:
        return truism
    tie = any(h.kind == "tie" for h in found)  # a name beside it is what they share: "samen bij KPN"
    town = tie and not has_tag(clause, 0, len(clause), "ARTICLE", "DEF")  # not "bij de scouts in Heverlee"
    shapes = _shapes(clause, suffixes)
    marks = [k for k, t in enumerate(clause) if (t.named or t.tags.keys() & _MARKS)  # most words: skipped at once
             and (_flatters(clause, k, shapes) or town and _town(clause, k, shapes))]
    aged = any(clause[k].tags.keys() & {"TENURE", "DURATION", "SINCE", "EXIST", "PROMPTED"} or k in shapes.aged
               for k in marks)
    quiet = aged or any(clause[k].tags.keys() & {"PRIZE", "PRAISE"} for k in marks)
    theirs = not tie and not has_tag(clause, 0, len(clause), "AWARD", "PRIZE", "REPUTE")  # a prize's name says which
    if not marks or any(_says_which(clause, k, theirs, quiet, shapes) for k in range(len(clause))):
        return None
    first = min(min(h.first for h in found), marks[0])
    return first, max(marks[-1], max(h.last for h in found))


def _as_said(clause: Clause, found: Found) -> tuple[int, int] | None:
    """A bare "as you said" before a truism or the sender's own step, nothing of theirs named: "Zoals u al
    zei, het begint met vertrouwen", "As you said, hourly workers are underserved", "Zoals je vroeg, stuur
    ik je de link" (corpus README: "Zoals je zelf zei: het moet gewoon werken" is generic)."""
    if not found or any(h.reason != "said" for h in found) or not has_tag(clause, 0, found[0].first + 1, "AS"):
        return None
    rest = clause[max(h.last for h in found) + 1:]
    theirs = frozenset() if has_tag(rest, 0, 3, "SENDER") else _THEIRS  # "stuur ik je…": "je" is whom it goes to
    if any(not t.tags for t in rest) and not any(t.named or a_number(t) or t.tags.keys() & theirs for t in rest):
        # (a clause that holds only "last week" leaves it to the next clause to say what)
        return found[0].first, len(clause) - 1
    return None


_THEIRS = frozenset({"POSS", "SUBJ", "CSUBJ", "CONTENT", "NEWSN", "EVENT", "CHALN", "VACANCY"})


def _flatters(clause: Clause, k: int, shapes: _Shapes) -> bool:
    """Word k flatters: years counted ("60 years", "al meer dan tien jaar", "15-jarig"), a year after
    "since", an award, a reputation, growth, an anniversary, a headcount."""
    token = clause[k]
    tags = token.tags
    if tags.keys() & _PRAISED:
        return True
    if "PROMPTED" in tags:
        return False  # "jubileum", "mijlpaal": `prompted` weighs them ("bestaan" is one of `exist` too)
    if tags.keys() & {"TENURE", "DURATION"}:
        return any(a_number(t) for t in clause[max(k - 3, 0):k])
    if "SINCE" in tags:
        return k + 1 < len(clause) and a_number(clause[k + 1])
    if token.named or "NUMBER" in tags:  # a word with a digit is named
        return a_number(token) and (k + 1 < len(clause) and "HEADS" in clause[k + 1].tags or _team_of(clause, k)) \
            or k in shapes.aged  # "meer dan 300 leden", "15-jarig"
    return False


def _town(clause: Clause, k: int, shapes: _Shapes) -> bool:
    """Word k is a town shared ("in Delft", "Edinburgh-based"): a name right after a place word, no article."""
    token = clause[k]
    return token.named and not has_digit(token) and (
        k in shapes.based or k > 0 and bool(clause[k - 1].tags.keys() & _PLACE_BEFORE))


def _says_which(clause: Clause, k: int, theirs: bool, quiet: bool, shapes: _Shapes) -> bool:
    """Word k says which: a word of news, a piece or an event (a deed not, when `quiet` says the clause
    counts how long or won a prize: "You've led the finance team for over eight years", "de prijs die
    jullie wonnen", or praises: "You've built an impressive network of clinics"); a number that is no years,
    headcount or year after "since"; an amount; what a prize was for; a name that is not a place or a role,
    nor their company when `theirs` says a name there is theirs ("60 years of Brenner"; not beside a tie or
    a prize, whose name says which). A capitalised word is read as a name ("Flexwerk Oost")."""
    token = clause[k]
    tags = token.tags
    if not tags and not token.named:
        return False  # most words: no class, no capital, no digit
    if token.named and token.capital and not has_digit(token):
        pass  # a name's own words: "Flexwerk Oost", "Bouwbedrijf Kuipers"
    elif tags.keys() & _SAYS_WHICH or "NEWSN" in tags and not tags.keys() & _FLATTERY \
            or tags.keys() & {"NEWSV", "ACHIEVE", "CVERB"} and not (quiet or tags.keys() & _FLATTERY):
        return True
    if "BENEFIT" in tags and has_tag(clause, k - 2, k, "PRIZE") and k + 1 < len(clause):
        return True  # "de prijs voor het beste stageprogramma"
    if k in shapes.amount or token.named and any(c in token.low for c in "%€$£"):  # "5m", "€40k", "40%"
        return True
    if a_number(token) and not token.named:
        return not _counted(clause, k)
    if not token.named or k in shapes.aged or _town(clause, k, shapes):
        return False
    if has_digit(token):
        return not _counted(clause, k)
    at = k - 1 - (k > 1 and "ARTICLE" in clause[k - 1].tags and not clause[k - 1].named)  # "bij de Rabobank"
    before = clause[at].tags if at >= 0 else {}
    company = theirs and (bool(before.keys() & _COMPANY_BEFORE) or k == 0
                        or clause[k - 1].named or at >= 0 and clause[at].named and clause[at].capital
                        or has_tag(clause, k - 1, k, "AUX", "ASROLE", "PEERS", "ROLE"))
    return not (company or theirs and tags.keys() & {"PEERS", "ROLE"})  # "CFO"; not "the Investors in People award"


def _team_of(clause: Clause, k: int) -> bool:
    """Number k counts a team: "a team of 25", "een team van 40"."""
    return k > 1 and "OF" in clause[k - 1].tags and "COMPANY" in clause[k - 2].tags


def _counted(clause: Clause, k: int) -> bool:
    """Number k counts years, heads or follows "since": "60 years", "meer dan 300 leden", "sinds 2019"."""
    after = clause[k + 1].tags if k + 1 < len(clause) else {}
    before = clause[k - 1].tags if k else {}
    if after.keys() & {"TENURE", "DURATION", "HEADS", "SITE"} or "SINCE" in before or _team_of(clause, k):
        return True
    return k > 0 and clause[k - 1].named and through_name(clause, k - 1) >= k  # a name's number: "Groep 2000"


def read_on(found: tuple[tuple[str, str, int, int], ...], rejected: tuple[tuple[str, int, int], ...],
            joined: Callable[[], Analysis], length: int, and_then: bool) -> Analysis:
    """A clause's analysis read together with the clause after its comma (`joined()`, worked out only when
    needed), where that decides: a bare "as you said" before a truism or the sender's step is generic ("Zoals u al
    zei, het begint met vertrouwen"); flattery followed by news is not ("Congrats on 25 years of Brightwater
    Dental, and on opening the new clinic in Leeds": `and_then`, the next clause goes on with "and")."""
    if found and all(r == "said" for _, r, _, _ in found):
        together = joined()[1]
        return ((), together) if ("generic", found[0][2]) in {(r, s) for r, s, _ in together} else (found, rejected)
    if and_then and not found and rejected:
        ahead = tuple(h for h in joined()[0] if h[2] < length)  # the flattery clause's own hits, read on
        return (ahead, rejected) if ahead else (found, rejected)
    return found, rejected
