# SPDX-License-Identifier: GPL-3.0-or-later
"""What the reader wants, needs or plans, said back to them in a follow-up with something only they said.

"you want to consolidate four ticketing tools before your Zendesk contract ends in March", "you'd like to
start with the Benelux sales team of 12", "you'd only move for a role with at least 50% regulatory work",
"dat je pas na de zomer van job wilt veranderen", "dat je pas eind januari kunt beginnen". The hit's reason
is "wants": find_detail keeps it in a follow-up only, for in a first message it is a guess ("you want to
grow faster in 2025"). Not a question or an "if" ("Would you like a call on Tuesday?", "Als je wilt, kan ik
in maart…"), not a next step or a meeting ("you'd like a demo next week"), not what the sender is to do
("you'd like me to send the March figures"), and not without a name, a number or a date ("you'd rather
wait"). Round 24's final sets, once scored, showed these as most of the details still missed in follow-ups
(recaps of a call); round 20's second labelling had read "what the reader asked for, spelled out" the same way.
So is what the sender noted or understood from them, with a name or a number ("they understand that you need a
company car because you live in Tienen", "I've noted that the Exact link is decisive for you": `noted`, round
27's final sets once scored; a date alone is not enough, for the stack writers call "budgets are frozen until
January" generic). Round 30's sets added a thing of theirs with its figure in a recap (`figure`: "jullie budget van ca.
25.000 euro"), a candidate in final rounds elsewhere and a freeze that says whose or what for (`standing`); round
33's stop the reader's advice or offer said with what to do, without "thanks" or "I took" (`advised`).
"""

from __future__ import annotations

from inmail_studio.core.lint.facts.detail_company import a_count
from inmail_studio.core.lint.facts.detail_piece import to_do
from inmail_studio.core.lint.facts.detail_words import Clause, Found, Hit, has_tag, sender_acts

__all__ = ["advised", "figure", "noted", "standing", "wanted"]

_STEP = ("MEET", "NEXTSTEP", "SENDER", "OWN")  # a call, "get back to me", "me", "our": the next step, the sender's
_WINDOW = 4  # words between "you" and what they want in English ("you'd really only like…")


def wanted(clause: Clause, found: Found, verb_last: bool) -> None:
    """A hit (content, "wants") from "you" / "je" to the end of the clause, when the reader wants, needs or
    plans something named, numbered or dated there; `verb_last`: the language puts the verb at the end of
    the clause (Dutch), so the wish may stand anywhere after "je"."""
    if "QUESTION" in clause[0].tags:
        return
    for i, token in enumerate(clause):
        if "SUBJ" not in token.tags or has_tag(clause, 0, i, "IF") or i and sender_acts(clause[i - 1]):
            continue
        end = len(clause) if verb_last else min(i + 1 + _WINDOW, len(clause))
        w = next((k for k in range(i + 1, end) if "WANT" in clause[k].tags), None)
        if w is None or any(sender_acts(t) or "SUBJ" in t.tags for t in clause[i + 1:w]):
            continue
        rest = clause[i + 1:]
        if has_tag(rest, 0, len(rest), *_STEP):
            return
        if any(t.named or "NUMBER" in t.tags or "DATE" in t.tags or "TIME" in t.tags for t in rest):
            found.append(Hit("content", "wants", i, len(clause) - 1))
        return


def noted(clause: Clause, found: Found) -> None:
    """A hit (content, "wants") from after a verb of noting or understanding to the end of the clause, when a "that"
    / "dat" clause after it names or numbers something and is not the next step: "Ik begrijp dat jullie eerst de
    14 filialen willen aansluiten", "they understand that you need a company car because you live in Tienen";
    not "I understand that you're busy", "budgets are frozen until January", "I noted that we'll speak in March"."""
    if "QUESTION" in clause[0].tags:
        return
    for k, token in enumerate(clause):
        if "NOTED" in token.tags and k + 1 < len(clause) and "REL" in clause[k + 1].tags:
            rest = clause[k + 2:]
            if not has_tag(rest, 0, len(rest), *_STEP) and any(
                    (t.named or "NUMBER" in t.tags) and not t.tags.keys() & {"DATE", "TIME"} for t in rest):  # not "Q3"
                found.append(Hit("content", "wants", k + 2, len(clause) - 1))  # shown from after "that"
            return


def figure(clause: Clause, found: Found) -> None:
    """A hit (content, "wants") from "your" / "jullie" to the end of the clause, when a thing of theirs no list
    knows is given with its figure: "jullie budget van ca. 25.000 euro voor 2027", "jullie onboarding van zo'n 40
    seizoenskrachten", "your fleet of 35 forklifts"; not a date ("your letter of 3 June", "uw begroting van 2027"),
    a listed word (a headcount's "team", a role) nor the sender's papers ("your invoice of €4,200", "jullie korting
    van 10%"). A recap of the call says it back: kept in a follow-up only."""
    for i, token in enumerate(clause):
        if "POSS" not in token.tags or any(sender_acts(t) for t in clause[:i]):
            continue  # "We can cut your costs of 40k by half": the sender's pitch
        k = i + 1
        while k < min(i + 3, len(clause)) and not clause[k].tags.keys() - {"FROZENWHAT"}:
            k += 1  # the thing: "budget", "onboarding"; a listed word ends it ("invoice", "korting": `documents`)
        given = clause[k + 1:k + 4]
        if i + 1 < k < len(clause) and "OF" in clause[k].tags and any(a_count(t) for t in given) \
                and not has_tag(given, 0, len(given), "DATE", "TIME"):
            found.append(Hit("content", "wants", i, len(clause) - 1))
            return


def _said_which(clause: Clause, w: int) -> bool:
    """The budget, project or hiring at word w says which: what it is for ("het budget voor nieuwe dermatoscopen"), a
    word before it ("the influencer budget", "the capex budget") or a compound ("IT-projecten"); not "budgets"."""
    before = w and not clause[w - 1].tags
    after = w + 1 < len(clause) and "BENEFIT" in clause[w + 1].tags and any(not u.tags for u in clause[w + 2:w + 5])
    return bool(before or after or "-" in clause[w].low or "COMPOUND" in clause[w].tags)


# What may stand before "you" in final rounds: "I know you're…", "dat u…", "Since you're…"; not "prepare you for".
_TOLD = frozenset({"KNOW", "NOTED", "PERCEIVE", "REL", "AS", "CVERB", "OPENS", "SINCE"})


def standing(clause: Clause, found: Found) -> None:
    """Where the reader stands, in a follow-up (a hit content, "wants", to the end of the clause): in final rounds
    elsewhere ("you're in final rounds with another agency", "dat u in de laatste ronde zit bij een andere partij",
    "your final round at Nedflex"), or a freeze of theirs that says what is frozen ("the influencer budget is frozen
    until your new fiscal year", "het budget voor nieuwe dermatoscopen is bevroren": a budget, project or hiring); not
    the sender's process ("They'd like to invite you to a final round", "the final stages of our process"), an order
    or account on hold, nor "budgets are frozen until January" (the stack writers: generic)."""
    if "QUESTION" in clause[0].tags or has_tag(clause, 0, len(clause), "OWN"):
        return  # "You're through to the final round with our client", "the final stages of our process"
    for k, token in enumerate(clause):
        if "FINALROUND" in token.tags:
            who = next((a for a in range(k - 1, max(k - 5, -1), -1) if clause[a].tags.keys() & {"SUBJ", "POSS"}), None)
            if who is not None and not any(sender_acts(t) for t in clause[who + 1:k]) \
                    and (who == 0 or "POSS" in clause[who].tags or clause[who - 1].tags.keys() & _TOLD):
                found.append(Hit("content", "wants", who, len(clause) - 1))  # not "I'll prepare you for the final"
            return
        if "FROZEN" in token.tags:  # a budget, project or hiring; not "your order on hold", "the X role on hold"
            if has_tag(clause, 0, len(clause), "POSS", "CSUBJ") and has_tag(clause, 0, len(clause), "FROZENWHAT") \
                    or any(_said_which(clause, w) for w, t in enumerate(clause) if "FROZENWHAT" in t.tags):
                start = next(  # shown past "understood that"
                    (a + 1 for a in range(k - 1, -1, -1) if "REL" in clause[a].tags), 0)
                found.append(Hit("content", "wants", start, len(clause) - 1))
            return


def advised(clause: Clause, found: Found) -> None:
    """A hit (content, "wants") from "your" / "je" to the end of the clause, for the reader's advice, suggestion or
    offer opening the clause, said with what to do, in a follow-up: "your advice to get hands-on with Power BI paid
    off", "je aanbod om een dag mee te lopen met het planningsteam". Thanked for or taken, it is already counted
    (detail_piece.their_opinion); here nothing says so. Not asked for ("Please share your advice to…", "Uw advies om
    te starten zou ik waarderen", "I need your advice to…"), the thread's next step or an introduction ("your
    suggestion to meet on Tuesday", "je suggestie om na de zomer te bellen", "your offer to introduce me to your
    CFO"), nor what says nothing ("your offer to help": under `_ADVISED` words after the verb that no list knows, a
    name or a number counting twice)."""
    i = next((k for k in range(1, len(clause)) if "ADVICE" in clause[k].tags and "POSS" in clause[k - 1].tags), 0) - 1
    if i < 0 or "QUESTION" in clause[0].tags or i + 2 >= len(clause) or not _said_back(clause, i) \
            or any(t.tags.keys() & {"MODAL", "IF"} and "ASROLE" not in t.tags for t in clause):
        return  # "Please share your advice to…", "Your advice to get started would be valuable"; not "als" (as)
    inf = next((k for k in range(i + 2, min(i + 5, len(clause))) if "INF" in clause[k].tags), None)
    what = clause[inf + 1:] if inf is not None and to_do(clause, i + 2) else []
    te = [what[k + 1] for k in range(len(what) - 1) if what[k].low == "te"]  # Dutch: "om een dag mee te lopen"
    verbs = te or what[:4]
    if what and not has_tag(verbs, 0, len(verbs), "MEET", "NEXTSTEP") \
            and not has_tag(what, 0, len(what), *_NOT_ADVICE) \
            and sum(2 if t.named or "NUMBER" in t.tags else not t.tags for t in what) >= _ADVISED:
        found.append(Hit("content", "wants", i, i + 1))  # shown as far as what they advised runs (detail._last)


def _said_back(clause: Clause, i: int) -> bool:
    """"your" at word i opens the clause ("Your advice to…", "And your offer to…"), a "that" clause ("…let you know that
    your advice…") or what the sender comes back to ("take you up on your offer", "terugkomen op je aanbod"); not what
    the sender asks for ("Please share your advice", "I'd value your advice")."""
    return all(t.tags.keys() <= _OPENERS for t in clause[:i]) or bool(clause[i - 1].tags.keys() & {"REL", "TOPIC"})


_ADVISED = 3  # words of what to do that no list knows, a name or a number twice: "get hands-on with Power BI"
_OPENERS = frozenset({"AND", "BREAK", "JOIN", "STOP"})  # words before "your" that leave it the clause's subject
# An introduction, a favour, a free trial or a pitch: "your offer to introduce me to your CFO", "your offer to trial
# Ledgerly for free"; and (`verbs`) a call or the next contact: "your suggestion to meet on Tuesday".
_NOT_ADVICE = ("INTRO", "REFERRAL", "FAVOUR", "MUTUAL", "FREE", "PITCH")
