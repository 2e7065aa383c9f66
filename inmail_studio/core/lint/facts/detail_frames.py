# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail detector's frame rules: details said without "your" right before them.

The reader stands in the frame, not in a possessive: an appraisal of a piece with a topic ("What a
recognisable post on burn-out among freelancers"), a named project or piece ("the Northstar
rollout", "the eBPF demo"), a deed of theirs with a name or a number ("you rebuilt the onboarding
programme at Coolbrew in 2023"), dated news about a named organisation ("the council of Heerenveen
decided last month to…"). Each rule reports hits as `detail_rules` does.
"""

from __future__ import annotations

from inmail_studio.core.lint.facts.detail_rules import Clause, Found, Hit
from inmail_studio.core.lint.facts.detail_words import Token

_OWNED = frozenset({"OWN", "QUESTION", "SPEC", "ORGANISE"})  # the sender's, asked, guessed or organised


def _has(clause: Clause, start: int, end: int, *classes: str) -> bool:
    return any(cls in t.tags for t in clause[max(start, 0):end] for cls in classes)


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
        elif clause[a].tags and not clause[a].named:
            break
    return praise


def appraised(clause: Clause, k: int, found: Found) -> None:
    """A piece with a topic the writer praises or saw, its owner understood: "What a recognisable
    post on burn-out", "supertof artikel over jullie bakkerij", "Saw the launch of the Tessera API".
    Not "an article about hiring" (some article) nor "our guide on pricing" (the sender's)."""
    appraisal = next((a for a in range(k) if clause[a].tags.keys() & {"APPRAISE", "PERCEIVE"}), None)
    if appraisal is None or _blocked(clause) or _has(clause, appraisal + 1, k, "SUBJ", "CONSUME"):
        return  # "Thanks for downloading the whitepaper on X", "Leuk dat je de whitepaper … hebt gedownload"
    det = _determiner(clause, k)
    if det is not None and "INDEF" in clause[det].tags and not _has(clause, det - 1, det, "APPRAISE"):
        return  # "I read an article about…": some article, not theirs
    if det is None and k and "SENDER" in clause[k - 1].tags:
        return
    nxt = k + 1
    if nxt + 1 >= len(clause):
        return
    rest = clause[nxt + 1:nxt + 6]
    if "TOPIC" in clause[nxt].tags and any(not t.tags.keys() & {"BREAK", "SENDER", "STOP"} for t in rest[:3]):
        found.append(Hit("content", "appraised", det if det is not None else k, nxt + 1))
    elif "OF" in clause[nxt].tags and any(_specific(t) or "POSS" in t.tags for t in rest[:3]):
        found.append(Hit("content", "appraised", det if det is not None else k, nxt + 1))


def named_piece(clause: Clause, k: int, found: Found) -> None:
    """A piece or project with a name before its noun, after "the": "the Northstar rollout", "het NS-project"."""
    first = k
    while first > 0 and _specific(clause[first - 1]) and not clause[first - 1].tags.keys() & {"EMPLOYER"}:
        first -= 1
    if first == k or first == 0 or "ARTICLE" not in clause[first - 1].tags or _blocked(clause):
        return
    if _has(clause, 0, first, "SENDER", "MODAL") or any(
            "OBJV" in clause[a].tags and "APPRAISE" not in clause[a].tags and "SUBJ" in clause[a + 1].tags
            for a in range(first - 1)):  # "thank you for … the Northstar rollout" is theirs too
        return  # "we'll show you the Sales Navigator demo", "happy to give you the Acme demo": the sender's
    found.append(Hit("content", "named-piece", first - 1, k))


def achievement(clause: Clause, s: int, window: int, found: Found) -> None:
    """A deed of theirs with a name or a number: "you rebuilt the onboarding programme at Coolbrew
    in 2023", "je hebt in 2022 de webshop omgebouwd"; not "you built a great team" (names nothing)."""
    if s and clause[s - 1].tags.keys() & {"MODAL", "OBJV"} or _blocked(clause):
        return
    verb = next((j for j in range(s + 1, min(s + 1 + window, len(clause))) if "ACHIEVE" in clause[j].tags), None)
    if verb is None:
        return
    after = clause[s + 1:s + 16]
    if any(_specific(t) and not (k and "EMPLOYER" in after[k - 1].tags) for k, t in enumerate(after)):
        found.append(Hit("content", "achievement", s, verb))


def dated_news(clause: Clause, found: Found) -> None:
    """News about a named organisation with a time ("In de gemeenteraad van Heerenveen is vorige
    maand besloten…", "Acme opened its Venlo hub last week"), none of it the sender's."""
    if _blocked(clause) or _has(clause, 0, len(clause), "SENDER", "MODAL"):
        return
    verb = next((j for j, t in enumerate(clause) if "NEWSV" in t.tags), None)
    if verb is None or not _has(clause, 0, len(clause), "TIME"):
        return
    name = next((j for j, t in enumerate(clause) if t.named and not t.tags.keys() & {"TIME", "NUMBER"}), None)
    if name is not None and name < verb:
        found.append(Hit("news", "dated-news", name, verb))


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
