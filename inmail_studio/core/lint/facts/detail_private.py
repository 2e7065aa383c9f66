# SPDX-License-Identifier: GPL-3.0-or-later
"""The reader's private life as they shared it: a detail of theirs, mostly in a follow-up.

"your daughter starting nursery", "uw vader", "your shoulder surgery", "je verhuizing naar Utrecht",
"Hope the half marathon went well", "Hoe ging de Dam tot Damloop zondag?", "de eerste schooldag van
Nova", "Ik hoop dat u een mooie reis door Japan heeft gehad". What everyone is wished is not: a trip
or a holiday without its place, a weekend, "Hope all's well", "Hoe gaat het met je?". The words are the
[private] lists of resources/rules/personalisation/<lang>.toml. Round 20's tune writers labelled a
reader's private circumstances personal ("uw dochter studeert ook in Leuven", a marathon, a burn-out;
corpus README), and round 23's follow-up tune writer wrote 50 pairs of them beside generic twins.
"""

from __future__ import annotations

from inmail_studio.core.lint.facts.detail_classes import PRIVATE
from inmail_studio.core.lint.facts.detail_words import (
    Clause,
    Found,
    Hit,
    Token,
    has_tag,
    name_end,
    named_in,
    phrase_last,
    sender_acts,
)

__all__ = ["private_life"]

_SAID_OF = frozenset({"LIFE", "RACE", "TRIP"})  # what can be named without "your": an event, a race, a trip


def private_life(clause: Clause, found: Found) -> None:
    """Hits for the reader's private life in one tagged clause (kind "private"; reason "relative" for a relative,
    whose span runs on over what is said of them, "life" for the rest, shown as it is)."""
    present = {cls for t in clause if t.tags for cls in t.tags}
    if present.isdisjoint(PRIVATE) or "NOTPRIV" in present:
        return
    for j, token in enumerate(clause):
        tags = token.tags
        if tags.keys().isdisjoint(PRIVATE):
            continue
        race = tags.keys() == {"RACE"} or "RACE" in tags and not tags.keys() & {"LIFE", "TRIP"}
        if race and not token.capital:
            continue  # "personeelsverloop", "the race for talent": only a race with a name
        a = _owner(clause, j)
        if a is None:
            continue
        last = _end(clause, j)
        if _business(clause, j, last) or "TRIP" in tags and not _placed(clause, a, j, last):
            continue  # "your recovery plan", "your daughter company"; "your holiday": what everyone is asked
        if "KIN" in tags and _asked_to(clause, a):
            continue  # "Heb je al met je broer kunnen overleggen?", "kan je het vragen aan je broer"
        if "POSS" in clause[a].tags or tags.keys() & _SAID_OF and _wished(clause, a) \
                or tags.keys() & {"LIFE", "RACE"} and _of_someone(clause, last):
            found.append(Hit("private", "relative" if "KIN" in tags else "life", a, _of_end(clause, last)))
            return


# What a private word before a noun, or a move or trip to a product, is part of: business, not their life.
_NOUNISH = frozenset({"COMPANY", "STANCE", "CONTENT", "NEWSN", "ORDINARY", "GENERIC", "KIND", "SITE", "WEAK", "CHALN",
                      "OFFERING", "VACANCY", "EVENT"})


def _business(clause: Clause, j: int, last: int) -> bool:
    """The private word at j starts a business phrase: a listed noun follows it ("your daughter company", "je
    verhuizing-project"; "the wedding season" is a `not_private` phrase), or what it goes to is a product or
    platform ("je reis naar Azure", "the move to Salesforce")."""
    after = clause[last + 1] if last + 1 < len(clause) else None
    if after is not None and not after.capital and after.tags.keys() & _NOUNISH:
        return True
    to = next((k for k in range(j, min(last + 2, len(clause))) if "TO" in clause[k].tags), None)
    return to is not None and has_tag(clause, to + 1, to + 3, "PRODUCT", "PLATFORM")


def _asked_to(clause: Clause, a: int) -> bool:
    """The reader is asked to consult a relative, not wished well: a verb of consulting and no wish in the clause
    ("Could you check with your brother?", "Heb je al met je broer kunnen overleggen?"; not "Ik hoop dat het
    beter gaat met uw vader", "Is your son enjoying Delft?", "with your daughter starting nursery")."""
    return has_tag(clause, 0, len(clause), "CONSULT") and not has_tag(clause, 0, len(clause), "WELL")


def _wished(clause: Clause, a: int) -> bool:
    """A wish or a question just before "the" at word a ("Hope the move went well", "Hoe ging de Damloop",
    "Succes met de verbouwing"; not "hoe jij omgaat met klanten die na de bruiloft…": another clause), or
    anywhere before a trip the reader had ("Ik hoop dat u een mooie reis door Japan heeft gehad")."""
    if "DEF" not in clause[a].tags:
        return has_tag(clause, 0, a, "WELL")
    return has_tag(clause, a - 3, a, "WELL") and not has_tag(clause, a - 3, a, "REL")


def _owner(clause: Clause, j: int) -> int | None:
    """Where the phrase of word j starts: "your" or "the" one or two words before it (past a modifier or a
    name: "your recent knee surgery", "de Dam tot Damloop"), or j itself after a subject that had it ("you had a
    great trip to Lisbon"); None when nothing ties it to the reader."""
    k = j - 1
    while k >= 0 and j - k <= 4 and (clause[k].named or _modifier(clause[k]) and j - k <= 2
                                     or "RJOIN" in clause[k].tags and k and clause[k - 1].named):
        k -= 1
    if k >= 0 and "POSS" in clause[k].tags and "OWN" not in clause[k].tags:
        return k
    if k >= 0 and "DEF" in clause[k].tags:
        return k
    if "TRIP" in clause[j].tags and _reader_last(clause, j):
        return j - 1 if j and _modifier(clause[j - 1]) else j
    return None


def _modifier(token: Token) -> bool:
    """A word that may stand between "your" and what it is about: one no list knows ("your knee", "je eerste
    schooldag") or a vague or time word ("your recent surgery", "je nieuwe huis"); not a number or a noun."""
    return not token.tags or bool(token.tags.keys() & {"VAGUE", "NEW", "RECENT", "TIME"}) and not token.capital


def _reader_last(clause: Clause, j: int) -> bool:
    """The last subject before word j is the reader ("Ik hoop dat u een mooie reis…"; not "you know I'm on a
    trip to Japan")."""
    for k in range(j - 1, -1, -1):
        if "SUBJ" in clause[k].tags:
            return True
        if sender_acts(clause[k]):
            return False
    return False


def _end(clause: Clause, j: int) -> int:
    """The last word of the private phrase at word j: its listed words and a name run after them."""
    last = phrase_last(clause, j)
    if last > j and "TO" in clause[last].tags:  # "the move to Lisbon", "the move to the new HQ in Hoofddorp"
        named = next((k for k in range(last + 1, min(last + 4, len(clause))) if clause[k].named), None)
        if named is None:
            return last - 1
        last = name_end(clause, named)  # and the noun the name is of: "…to the new Zuidas office"
        after = clause[last + 1] if last + 1 < len(clause) else None
        return last + 1 if after is not None and after.tags.keys() & {"COMPANY", "SITE"} else last
    return name_end(clause, last + 1) if last + 1 < len(clause) and clause[last + 1].named else last


def _placed(clause: Clause, a: int, j: int, last: int) -> bool:
    """A trip with its place: a name inside it ("je Japanreis", "your Lisbon trip") or after "to/in/door"
    ("your trip to Japan", "een reis door Japan")."""
    if clause[j].capital and j > a or named_in(clause, a + 1, j):
        return True
    k = last + 1
    return k + 1 < len(clause) and "TO" in clause[k].tags and _place_at(clause, k + 1) is not None


def _place_at(clause: Clause, k: int) -> int | None:
    """The named place at word k or after its article ("Japan", "the Dolomites", "de Ardennen"), or None."""
    if k + 1 < len(clause) and "DEF" in clause[k].tags:
        k += 1
    return k if k < len(clause) and clause[k].named else None


def _of_someone(clause: Clause, last: int) -> bool:
    """The phrase is said of a person by name: "de eerste schooldag van Nova", "the wedding of Sam"."""
    k = last + 1
    return k + 1 < len(clause) and "BELONGS" in clause[k].tags and clause[k + 1].named


def _of_end(clause: Clause, last: int) -> int:
    """The shown span runs on over "to Japan", "door Japan", "van Nova"."""
    k = last + 1
    place = _place_at(clause, k + 1) if k + 1 < len(clause) else None
    if place is not None and clause[k].tags.keys() & {"TO", "BELONGS"}:
        return name_end(clause, place)
    return last
