# SPDX-License-Identifier: GPL-3.0-or-later
"""Is there a detail about this reader in the text, and which: a reference to the reader next to something specific.

The detector reads clauses (text between sentence ends, line breaks, semicolons, dashes and
commas) word by word. Each word gets the classes its language's lists give it
(resources/rules/personalisation/<lang>.toml: "your" is a possessive, "talk" a piece of content,
"opened" company news…), and a few small rules look for a reader and something specific in one
clause: "your talk on X", "what you said about", "we both…", "jullie openen een vestiging",
"congrats on the Series B", an event with a name, a placeholder that stands for a detail. What
every mass message says ("your background", "I see you're in engineering") is noted as a
rejected mention, so the coach can say why it did not count.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from inmail_studio.core.text import WORD_RE

# Which list gives which class: section -> key -> class.
_CLASSES: dict[str, dict[str, str]] = {
    "reader": {"possessive": "POSS", "subject": "SUBJ", "company": "COMPANY", "sender": "SENDER"},
    "content": {"nouns": "CONTENT", "topic_nouns": "WEAK", "verbs": "CVERB", "topic": "TOPIC",
                "perceive": "PERCEIVE", "of": "OF", "relative": "REL"},
    "event": {"nouns": "EVENT", "meet": "MEET", "organise": "ORGANISE", "at": "AT"},
    "tie": {"markers": "TIE", "also": "ALSO", "fellow": "ALUM", "referral": "REFERRAL", "mutual": "MUTUAL",
            "referred_by": "REFVERB", "via": "VIA"},
    "news": {"congrats": "CONGRATS", "congrats_on": "CONGRATS_ON", "verbs": "NEWSV", "vacancy_verbs": "VACV",
             "nouns": "NEWSN", "sites": "SITE", "vacancy": "VACANCY", "company_subjects": "CSUBJ"},
    "challenge": {"verbs": "CHALV", "nouns": "CHALN"},
    "generic": {"industry": "INDUSTRY", "employer": "EMPLOYER", "not_detail": "GENERIC", "ordinary": "ORDINARY",
                "opinion": "OPINION", "role": "ROLE", "speculation": "SPEC", "modal": "MODAL", "aux": "AUX",
                "object_verbs": "OBJV", "break_words": "BREAK", "span_stop": "STOP", "not_names": "NOTNAME"},
}
# Noun classes a compound's last part can carry ("LinkedIn-artikel", "netwerkborrel").
_NOUNS = frozenset({"CONTENT", "WEAK", "EVENT", "NEWSN", "SITE", "VACANCY", "CHALN", "GENERIC", "ORDINARY",
                    "OPINION", "INDUSTRY"})
_BOUNDARY = re.compile(r"(?P<sentence>[.!?…]+[\"'”’»)\]]*(?=\s|$)|\n)|;|\s[—–-]\s|,\s")
_PLACEHOLDER = re.compile("|".join((
    r"\{\{-?\s*([^{}]{1,80}?)\s*-?\}\}", r"\{%-?\s*([^%{}]{1,80}?)\s*-?%\}", r"[#$]?\{!?([^{}]{1,60})\}",
    r"\[\[?([^\[\]\n]{1,80})\]\]?", r"<([^<>\n]{1,60})>", r"%([A-Za-z_]{2,40})%", r"\*\|([A-Za-z_]{2,40})\|\*")))
_MAYBE_PLACEHOLDER = re.compile(r"[{\[<%|]")
_PLACEHOLDER_WORD = re.compile(r"[A-Z]?[a-zà-ÿ]+|[A-Z]+(?![a-z])")
_MAX_EXTEND = 6
_PUNCTUATION = "\"'“”‘’«»()[]{}.,:;!?…*"
_CACHE_SIZE = 20_000  # clauses remembered per language, as the ask detector remembers sentences
_NO_TAGS: dict[str, int] = {}  # shared by the words no list knows; never written to
# Classes that start one of the rules below; a clause without them is skipped.
_TRIGGERS = frozenset({"POSS", "SUBJ", "CSUBJ", "CONTENT", "WEAK", "PERCEIVE", "TIE", "REFERRAL", "ALSO",
                       "ALUM", "MUTUAL", "REFVERB", "VIA", "CONGRATS", "VACANCY", "ROLE", "EVENT", "MEET"})


@dataclass(frozen=True, slots=True)
class Detail:
    """A detail about the reader: `kind` ("content", "event", "tie", "news", "challenge",
    "placeholder"), its [start, end) span in code points of the text searched, its text, and
    `reason`, the rule that found it ("possessive", "said", "perceived", "named-event", …)."""

    kind: str
    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention weighed and not counted: `reason` is "generic" (a profile, background or role
    after "your") or "role" ("I see you're in engineering"); span and text as in `Detail`."""

    reason: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """What `find_detail` decided: the first detail found (None if none) and the mentions it did not count."""

    detail: Detail | None
    rejected: tuple[Mention, ...] = ()


class _Token(NamedTuple):
    start: int
    end: int
    low: str
    tags: dict[str, int]  # class -> index (exclusive) where the phrase that gave it ends
    named: bool  # a capitalised word that is not first in its sentence, or one with a digit
    capital: bool  # starts with a capital, wherever it stands


@dataclass(frozen=True)
class DetailWords:
    """One language's lists, compiled: single words by class, phrases by their first word."""

    single: Mapping[str, frozenset[str]]
    phrases: Mapping[tuple[str, str], tuple[tuple[tuple[str, ...], str], ...]]  # by their first two words
    phrase_firsts: frozenset[str]
    triggers: frozenset[str]  # the words any rule starts from
    trigger_pairs: frozenset[tuple[str, str]]  # and the first two words of the phrases it starts from
    heads: Mapping[str, frozenset[str]]  # noun classes by word, for the parts of compounds
    compounds: bool
    window: int  # how far a verb may stand from its subject (Dutch puts it at the clause's end)
    inversion: bool  # the verb may come first ("schreef je") and words stand freely between subject and verb
    news_window: int  # how far company news may stand from the company ("dat Acme net een magazijn … heeft geopend")
    placeholder_details: frozenset[str]
    example: str
    cache: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, hash=False, repr=False)
    words_seen: dict[str, tuple[str, frozenset[str], int]] = field(
        default_factory=dict, compare=False, hash=False, repr=False)
    clauses_seen: dict[tuple[str, bool], Any] = field(default_factory=dict, compare=False, hash=False, repr=False)


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in WORD_RE.findall(text))


def compile_words(words: Mapping[str, Any], common: Mapping[str, Any] | None = None) -> DetailWords:
    """Compile one language's lists (a personalisation/<lang>.toml as read) and the rule's
    language-independent lists (`common`, the rule.toml [words]). Raises KeyError for an unknown
    section/key pair in the file, so a typo does not go unnoticed."""
    single: dict[str, set[str]] = {}
    phrases: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
    for section, lists in words.items():
        if not isinstance(lists, Mapping):
            continue
        for key, entries in lists.items():
            cls = _CLASSES[section][key]
            for entry in entries:
                tokens = _words(entry)
                if len(tokens) == 1:
                    single.setdefault(tokens[0], set()).add(cls)
                elif tokens:
                    phrases.setdefault(tokens[:2], []).append((tokens, cls))
    heads = {w: frozenset(c & _NOUNS) for w, c in single.items() if c & _NOUNS}
    return DetailWords(
        single={w: frozenset(c) for w, c in single.items()},
        phrases={w: tuple(sorted(p, key=lambda x: -len(x[0]))) for w, p in phrases.items()},
        phrase_firsts=frozenset(w for w, _ in phrases),
        triggers=frozenset(w for w, c in single.items() if c & _TRIGGERS),
        trigger_pairs=frozenset(pair for pair, group in phrases.items() if any(c in _TRIGGERS for _, c in group)),
        heads=heads, compounds=bool(words.get("compounds", False)), window=int(words.get("verb_window", 2)),
        inversion=bool(words.get("inversion", False)), news_window=int(words.get("news_window", 4)),
        placeholder_details=frozenset(s.lower() for s in (common or {}).get("placeholder_details", ())),
        example=str(words.get("example", "")),
    )


def _classes(low: str, model: DetailWords) -> frozenset[str]:
    """A word's classes; a compound's last part lends it its noun classes (cached per word)."""
    found = model.cache.get(low)
    if found is not None:
        return found
    found = model.single.get(low, frozenset())
    if not found & _NOUNS:
        head = low.rsplit("-", 1)[-1] if "-" in low else ""
        extra = model.heads.get(head, frozenset()) if head else frozenset()
        if not extra and model.compounds and len(low) > 6:
            extra = next((model.heads[low[k:]] for k in range(2, len(low) - 3) if low[k:] in model.heads), frozenset())
        found = found | extra
    if len(model.cache) < 50_000:
        model.cache[low] = found
    return found


def _word(word: str, model: DetailWords) -> tuple[str, frozenset[str], int]:
    """A word's lower case, classes and whether it is a name: 1 always ("IT", "Q2", "HubSpot"),
    2 when capitalised and not first in its sentence ("Ghent"), 0 never (cached per word)."""
    found = model.words_seen.get(word)
    if found is None:
        low = word.lower().replace("’", "'")
        classes = _classes(low, model)
        if any(c.isdigit() for c in word) or len(word) > 1 and not word.islower() and not word[1:].islower():
            name = 1
        else:
            name = 2 if word[0].isupper() and len(word) > 1 and "NOTNAME" not in classes else 0
        found = (low, classes, name)
        if len(model.words_seen) < 50_000:
            model.words_seen[word] = found
    return found


def _pieces(text: str) -> list[tuple[int, int, bool]]:
    """The text cut into clauses: [start, end) with the punctuation that closes each, and
    whether it opens a sentence (its first word's capital then says nothing)."""
    out, at, opens = [], 0, True
    for m in _BOUNDARY.finditer(text):
        out.append((at, m.end(), opens))
        at, opens = m.end(), m.lastgroup == "sentence"
    if at < len(text):
        out.append((at, len(text), opens))
    return out


def _clause_tokens(piece: str, opens: bool, model: DetailWords) -> list[_Token]:
    """One clause's words, tagged; offsets are within `piece`."""
    held = [m.span() for m in _PLACEHOLDER.finditer(piece)] if _MAYBE_PLACEHOLDER.search(piece) else []
    clause: list[_Token] = []
    phrase_starts: list[int] = []
    for m in WORD_RE.finditer(piece):
        start = m.start()
        if held and any(hs <= start < he for hs, he in held):
            continue  # "[Hiring Manager Name]" says nothing about the reader
        word = m.group()
        low, classes, name = _word(word, model)
        i = len(clause)
        tags = dict.fromkeys(classes, i + 1) if classes or low in model.phrase_firsts else _NO_TAGS
        if low in model.phrase_firsts:
            phrase_starts.append(i)
        clause.append(_Token(start, m.end(), low, tags, name == 1 or name == 2 and not (opens and not i),
                             word[0].isupper()))
    for i in phrase_starts:
        if i + 1 < len(clause):
            token = clause[i]
            for tokens, cls in model.phrases.get((token.low, clause[i + 1].low), ()):
                if cls not in token.tags and tuple(t.low for t in clause[i + 2:i + len(tokens)]) == tokens[2:]:
                    token.tags[cls] = i + len(tokens)
    if clause and piece[clause[-1].end:].lstrip(" \"'”’)").startswith("?"):
        clause[0] = clause[0]._replace(tags={**clause[0].tags, "QUESTION": 1})  # it asks, it does not know
    return clause


# --- the rules: each looks at one clause and reports hits as (kind, reason, first, last word) ---

class _Hit(NamedTuple):
    kind: str
    reason: str
    first: int
    last: int  # inclusive


_Clause = list[_Token]
_Found = list[_Hit]
_Rejected = list[tuple[str, int, int]]


def _any(clause: _Clause, start: int, end: int, *classes: str) -> bool:
    return any(cls in t.tags for t in clause[max(start, 0):end] for cls in classes)


def _named_place(clause: _Clause, start: int, end: int) -> bool:
    """A name or number that is not just where the reader works ("your work at Acme" is a company name)."""
    return any(t.named and not (k and "EMPLOYER" in clause[k - 1].tags)
               for k, t in enumerate(clause[:end]) if k >= start)


def _last(clause: _Clause, j: int) -> int:
    """The last word of the longest listed phrase that starts at word j (j itself if none)."""
    return max(clause[j].tags.values(), default=j + 1) - 1


def _named(clause: _Clause, start: int, end: int) -> bool:
    return any(t.named for t in clause[max(start, 0):end])


def _topic_after(clause: _Clause, k: int) -> bool:
    """A topic follows word k: "on pricing", "over personeelstekort" (not "on our tool")."""
    if k >= len(clause) or "TOPIC" not in clause[k].tags:
        return False
    rest = clause[k + 1:k + 4]
    if not rest:
        return False
    if "SENDER" in rest[0].tags:
        return _any(rest, 1, 3, "CONTENT")
    return any(not t.tags.keys() & {"BREAK", "SENDER"} for t in rest)


def _possessive(clause: _Clause, i: int, found: _Found, rejected: _Rejected) -> None:
    """"your talk on X", "jullie nieuwe vestiging", "your Venlo site"; "your background" is rejected."""
    for j in range(i + 1, min(i + 5, len(clause))):
        tags = clause[j].tags
        end = _last(clause, j)
        if tags.keys() & {"CONTENT", "NEWSN", "VACANCY"}:
            found.append(_Hit("news" if "CONTENT" not in tags else "content", "possessive", i, end))
            return
        if tags.keys() & {"WEAK", "CHALN", "SITE"}:
            if _topic_after(clause, end + 1) or _named_place(clause, i + 1, end + 7):
                found.append(_Hit("challenge" if "CHALN" in tags else "content", "possessive", i, end))
            return
        if "OPINION" in tags:  # "Loved your take on X" reports what they said; "I'd love your take" asks
            if _any(clause, i - 2, i, "PERCEIVE") and _topic_after(clause, end + 1):
                found.append(_Hit("content", "possessive", i, end))
            return
        if "GENERIC" in tags:
            # "your role in the merger of ROC Midden": a role in something named is a detail.
            if _any(clause, end + 2, end + 5, "NEWSN", "CONTENT") and _named(clause, end + 2, end + 8):
                found.append(_Hit("content", "possessive", i, end))
            else:
                rejected.append(("generic", i, end))
            return
        if tags.keys() & {"BREAK", "SENDER", "POSS", "COMPANY", "MODAL", "CVERB", "TOPIC", "ORDINARY"}:
            return


def _said(clause: _Clause, i: int, window: int, inversion: bool, found: _Found) -> None:
    """"what you said about", "the redesign you mentioned", "je schreef", "zei je"."""
    if i and clause[i - 1].tags.keys() & {"MODAL", "OBJV"}:
        return
    if "POSS" in clause[i].tags and i + 1 < len(clause) and clause[i + 1].tags.keys() & _NOUNS:
        return  # "je ervaring als developer sprak me aan": "je" is "your" here
    for j in range(i + 1, min(i + 1 + window, len(clause))):
        tags = clause[j].tags
        if "CVERB" in tags:
            found.append(_Hit("content", "said", _noun_before(clause, i), j))
            return
        if tags.keys() & {"SENDER", "SUBJ"}:
            return
    if inversion and i and "CVERB" in clause[i - 1].tags and not (i > 1 and "SENDER" in clause[i - 2].tags):
        found.append(_Hit("content", "said", _noun_before(clause, i - 1), i))


def _relative(clause: _Clause, j: int, found: _Found) -> None:
    """"the work your team does on route planning", "werk dat jullie team doet rond routeplanning"."""
    k = j + 1
    if k < len(clause) and "REL" in clause[k].tags:
        k += 1
    who = _subject_at(clause, k) if k < len(clause) else None
    if who is None or who[0] == "company" and "POSS" not in clause[k].tags and "CSUBJ" not in clause[k].tags:
        return
    for t in range(who[1] + 1, min(who[1] + 4, len(clause))):
        if _topic_after(clause, t) or "CVERB" in clause[t].tags:
            found.append(_Hit("content", "relative", j, t))
            return


def _noun_before(clause: _Clause, i: int) -> int:
    """Where "the pricing page redesign you mentioned" starts: the noun before the subject."""
    for k in range(i - 1, max(i - 7, -1), -1):
        tags = clause[k].tags
        if "SENDER" in tags:
            break
        if tags.keys() & {"CONTENT", "WEAK", "NEWSN", "CHALN", "EVENT"}:
            return k
    return i


def _perceived(clause: _Clause, p: int, found: _Found, rejected: _Rejected) -> None:
    """"I saw you worked with Sanne at Adyen", "zag dat jullie checkout 7 stappen heeft";
    "I see you're in engineering" is a role, rejected."""
    for s in range(p + 1, min(p + 4, len(clause))):
        tags = clause[s].tags
        if tags.keys() & {"SUBJ", "CSUBJ"}:
            break
        if "SENDER" in tags and clause[s].low not in ("i", "ik"):
            return
    else:
        return
    rest = clause[s + 1:s + 12]
    if any(t.tags.keys() & {"CONTENT", "NEWSV", "EVENT", "NEWSN"} and not (k and "SENDER" in rest[k - 1].tags)
           for k, t in enumerate(rest)):
        found.append(_Hit("content", "perceived", s, s + 1))  # "zag dat je bent overgestapt": news, not a role
    elif "ROLE" in tags or _any(rest, 0, len(rest), "ROLE"):
        rejected.append(("role", s, min(s + 6, len(clause) - 1)))
    elif rest and "GENERIC" in rest[0].tags:
        rejected.append(("generic", s, s + 1))
    elif _named(rest, 0, len(rest)):
        found.append(_Hit("content", "perceived", s, s + 1))


def _event(clause: _Clause, found: _Found) -> None:
    """A named event the reader spoke at or both attended: "at DevOpsDays Ghent", "op het VOKA-ontbijt"."""
    if _any(clause, 0, len(clause), "ORGANISE") or "QUESTION" in clause[0].tags:
        return
    links = [k for k, t in enumerate(clause) if t.tags.keys() & {"POSS", "SUBJ", "MEET", "CONTENT", "TIE", "ALSO"}]
    for e, token in enumerate(clause):
        linked = any(k != e for k in links)
        if "EVENT" in token.tags and (linked and _named(clause, e - 4, e + 3) or _at_their_place(clause, e)):
            first = next((a for a in range(e - 1, max(e - 6, -1), -1) if "AT" in clause[a].tags), e)
            found.append(_Hit("event", "named-event", first, e))
            return
        if "MEET" in token.tags:
            for a in range(e + 1, min(e + 5, len(clause))):
                if "AT" in clause[a].tags and _named(clause, a + 1, a + 4):
                    found.append(_Hit("event", "met-at", e, a + 1))
                    return


def _at_their_place(clause: _Clause, e: int) -> bool:
    """"the tour of your studio", "de rondleiding in jullie atelier": an event at the reader's place."""
    return any("POSS" in clause[k].tags and k + 1 < len(clause) and clause[k + 1].tags.keys() & {"SITE", "COMPANY"}
               for k in range(e + 1, min(e + 4, len(clause))))


def _tie(clause: _Clause, k: int, found: _Found) -> None:
    """"we both…", "fellow alum of UCL", "Marieke suggested I reach out", "your colleague Tim"."""
    tags = clause[k].tags
    end = _last(clause, k)
    if "TIE" in tags and _any(clause, end + 1, len(clause), "INDUSTRY"):
        return  # "we're both in the SaaS space" is true of thousands
    if tags.keys() & {"TIE", "REFERRAL"}:
        found.append(_Hit("tie", "shared", k, end))
    elif "ALSO" in tags and _named(clause, end + 1, len(clause)):
        found.append(_Hit("tie", "also", k, end))
    elif "ALUM" in tags and any(t.low == "fellow" for t in clause[max(k - 3, 0):k]):
        found.append(_Hit("tie", "fellow", k - 1, end))
    elif "MUTUAL" in tags and _named(clause, end + 1, end + 2):  # "your colleague Tim"
        found.append(_Hit("tie", "mutual", k, end + 1))
    elif "REFVERB" in tags and k and _a_name(clause[k - 1]) and end + 1 < len(clause) \
            and clause[end + 1].tags.keys() & {"SUBJ", "POSS", "SENDER"}:  # "Sara mentioned you"
        found.append(_Hit("tie", "referred", k - 1, end + 1))
    elif "VIA" in tags and end + 2 < len(clause) and _a_name(clause[end + 1]) \
            and (clause[end + 2].named or clause[end + 2].low in ("van", "de", "der", "den", "ter")):
        found.append(_Hit("tie", "referred", k, end + 2))  # "via Sanne de Boer kwam ik bij jou uit"


def _a_name(token: _Token) -> bool:
    """A capitalised word no list knows ("Tim", "Sara"), even first in its sentence."""
    return token.capital and (token.named or not token.tags)


def _subject_at(clause: _Clause, s: int) -> tuple[str, int] | None:
    """Who does something at word s: ("company", last word) for "your team", "jullie", a name
    after "I saw"; ("reader", s) for "you"; None otherwise."""
    tags = clause[s].tags
    if "POSS" in tags and s + 1 < len(clause) and "COMPANY" in clause[s + 1].tags:
        return "company", _last(clause, s + 1)
    if "CSUBJ" in tags:
        return "company", s
    if clause[s].named and _any(clause, s - 2, s, "PERCEIVE"):
        return "company", s
    if "SUBJ" in tags:
        return "reader", s
    return None


def _news_and_challenge(clause: _Clause, s: int, window: int, free_order: bool, found: _Found) -> None:
    """"you're opening four new stores", "jullie een HR-analist zoeken", "I saw Acme just opened…",
    "jullie veel last hebben van no-shows" (not when hedged: "you might be dealing with")."""
    who = _subject_at(clause, s)
    if (who is None or (s and clause[s - 1].tags.keys() & {"MODAL", "OBJV"}) or "QUESTION" in clause[0].tags
            or _any(clause, 0, len(clause), "SPEC")):
        return
    kind, last = who
    for j in range(last + 1, min(last + 1 + window, len(clause))):
        tags = clause[j].tags
        if (tags.keys() & {"SENDER", "SUBJ"} or "MODAL" in tags and "AUX" not in tags) \
                and not (kind == "reader" and j == last + 1 and "POSS" in tags):
            return
        if "NEWSV" in tags or ("VACV" in tags and kind == "company"):
            found.append(_Hit("news", "company-news", s, _last(clause, j)))
            return
        if "CHALV" in tags:
            found.append(_Hit("challenge", "challenge", s, _last(clause, j)))
            return
        if "AUX" not in tags and not free_order:
            return  # English keeps the verb next to its subject: "you've just raised", not "you know how hiring…"


def _congrats_and_vacancy(clause: _Clause, k: int, found: _Found) -> None:
    """"Congrats on the Series B", "gefeliciteerd met…"; "I saw the opening on your careers page"."""
    tags = clause[k].tags
    if "CONGRATS" in tags:
        on = _last(clause, k) + 1
        if on + 1 < len(clause) and "CONGRATS_ON" in clause[on].tags:
            found.append(_Hit("news", "congratulations", k, on + 1))
    elif "VACANCY" in tags and _any(clause, 0, k, "PERCEIVE"):
        found.append(_Hit("news", "vacancy", k, _last(clause, k)))


def _clause_hits(clause: _Clause, model: DetailWords, found: _Found, rejected: _Rejected) -> None:
    present = {cls for t in clause if t.tags for cls in t.tags}
    if present.isdisjoint(_TRIGGERS):
        return
    perceived = "PERCEIVE" in present
    for i, token in enumerate(clause):
        tags = token.tags
        if not (tags or token.named and perceived):
            continue
        if "POSS" in tags:
            _possessive(clause, i, found, rejected)
        if "OF" in tags and i and i + 1 < len(clause) and clause[i + 1].tags.keys() & {"POSS", "SUBJ"} \
                and clause[i - 1].tags.keys() & {"CONTENT", "WEAK", "NEWSN", "EVENT"}:
            found.append(_Hit("content", "of-yours", i - 1, i + 1))  # "het verzoek van uw afdeling"
        if "SUBJ" in tags:
            _said(clause, i, model.window, model.inversion, found)
        if "CONTENT" in tags or "WEAK" in tags:
            _relative(clause, i, found)
        if "PERCEIVE" in tags:
            _perceived(clause, i, found, rejected)
        if not tags.keys().isdisjoint(_TIES):
            _tie(clause, i, found)
        if "SUBJ" in tags or "CSUBJ" in tags or "POSS" in tags or token.named and perceived:
            _news_and_challenge(clause, i, model.news_window, model.inversion, found)
        if "CONGRATS" in tags or "VACANCY" in tags:
            _congrats_and_vacancy(clause, i, found)
        if "ROLE" in tags and tags["ROLE"] > i + 1:  # a role phrase ("you're in", "as a") on its own
            rejected.append(("role", i, min(tags["ROLE"] + 2, len(clause) - 1)))
    if "EVENT" in present or "MEET" in present:
        _event(clause, found)


_TIES = frozenset({"TIE", "REFERRAL", "ALSO", "ALUM", "MUTUAL", "REFVERB", "VIA"})


def _extend(clause: _Clause, last: int) -> int:
    """The detail's last word: its topic runs on ("your piece on pricing for SaaS") until a word
    that starts something else ("…was spot on", "…made me laugh")."""
    for k in range(last + 1, min(last + 1 + _MAX_EXTEND, len(clause))):
        if clause[k].tags.keys() & {"STOP", "SENDER"} and not clause[k].named:
            break
        last = k
    return last


def placeholder_detail(text: str, detail_words: frozenset[str]) -> Detail | None:
    """The first placeholder whose name stands for a detail ("{{ recent_post }}", "[specific insight]")."""
    for m in _PLACEHOLDER.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if any(w.lower() in detail_words for w in _PLACEHOLDER_WORD.findall(inner)):
            return Detail("placeholder", m.start(), m.end(), m.group(), "placeholder")
    return None


def _analyse(piece: str, opens: bool, model: DetailWords) -> _Analysis:
    """One clause's details and rejected mentions, as (kind, reason, start, end) within `piece`."""
    words = [w.strip(_PUNCTUATION) for w in piece.lower().replace("’", "'").split()]
    if (model.triggers.isdisjoint(words) and model.trigger_pairs.isdisjoint(zip(words, words[1:], strict=False))
            and not any(len(w) > 12 or "-" in w for w in words)
            and not (_MAYBE_PLACEHOLDER.search(piece) and _PLACEHOLDER.search(piece))):
        return (), ()  # no word any rule starts from: most clauses about the sender
    clause = _clause_tokens(piece, opens, model)
    found: _Found = []
    rejected: _Rejected = []
    if clause:
        _clause_hits(clause, model, found, rejected)
    return (tuple((h.kind, h.reason, clause[h.first].start, clause[_extend(clause, h.last)].end) for h in found),
            tuple((r, clause[first].start, clause[min(last, len(clause) - 1)].end) for r, first, last in rejected))


_Analysis = tuple[tuple[tuple[str, str, int, int], ...], tuple[tuple[str, int, int], ...]]


def find_detail(text: str, model: DetailWords) -> Verdict:
    """The first detail about the reader in `text` (a subject or body, any length), with the
    mentions weighed and not counted. `model` is one language's compiled lists (`compile_words`).
    Clauses already seen are not weighed again (a draft is linted at every pause in typing). Never raises."""
    spans: list[Detail] = []
    mentions: list[Mention] = []
    cache = model.clauses_seen
    for at, end, opens in _pieces(text):
        piece = text[at:end]
        analysis = cache.get((piece, opens))
        if analysis is None:
            analysis = _analyse(piece, opens, model)
            if len(cache) >= _CACHE_SIZE:
                cache.clear()
            cache[(piece, opens)] = analysis
        found, rejected = analysis
        spans += [Detail(kind, at + s, at + e, piece[s:e], reason) for kind, reason, s, e in found]
        mentions += [Mention(reason, at + s, at + e, piece[s:e]) for reason, s, e in rejected]
    if _MAYBE_PLACEHOLDER.search(text) and (held := placeholder_detail(text, model.placeholder_details)):
        # "your point about [specific insight]": the placeholder completes the detail before it
        spans = [replace(d, end=held.end, text=text[d.start:held.end]) if not text[d.end:held.start].strip()
                 else d for d in spans]
        spans.append(held)
    detail = min(spans, key=lambda d: (d.start, -d.end)) if spans else None
    return Verdict(detail, tuple(dict.fromkeys(mentions)) if detail is None else ())
