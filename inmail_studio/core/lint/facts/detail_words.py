# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail detector's word lists, compiled, and one clause's words tagged with their classes.

Each list in resources/rules/personalisation/<lang>.toml gives its words a class ("your" is POSS, a
possessive; "talk" is CONTENT; "opened" is NEWSV, company news); the rules in `detail_rules` read
the classes, never the words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from inmail_studio.core.lint.facts.detail_classes import CLASSES as _CLASSES
from inmail_studio.core.lint.facts.detail_classes import HEADS, PRIVATE, TRIGGERS
from inmail_studio.core.text import WORD_RE, fold, word_pattern

PLACEHOLDER = re.compile("|".join((
    r"\{\{-?\s*([^{}]{1,80}?)\s*-?\}\}", r"\{%-?\s*([^%{}]{1,80}?)\s*-?%\}", r"[#$]?\{!?([^{}]{1,60})\}",
    r"\[\[?([^\[\]\n]{1,80})\]\]?", r"<([^<>\n]{1,60})>", r"%%?([A-Za-z_.]{2,40})%%?", r"\*\|([A-Za-z_]{2,40})\|\*",
    r"~~([A-Za-z_]{2,40})~~", r"(?<!\w)#([A-Za-z_]{2,40})#")))


MAYBE_PLACEHOLDER = re.compile(r"[{\[<%|~#]")


_NOT_OWNERS = frozenset({"it", "that", "what", "here", "there", "let", "he", "she", "who", "today", "where", "how"})
# A compound's last part is a listed noun (plural ending included): none is longer than this, so
# the search for it looks at the word's last 40 characters only, never at every suffix of a long paste.
_LONGEST_HEAD = 40
_NO_TAGS: dict[str, int] = {}  # shared by the words no list knows; never written to


class _Word(NamedTuple):
    """What `clause_tokens` needs of a word wherever it stands, worked out once per word (`_word`)."""

    low: str
    classes: frozenset[str]
    name: int  # 1: always a name ("IT", "Q2"); 2: when not first in its sentence ("Ghent"); 0: never
    phrase_first: bool  # a listed phrase starts with it
    capital: bool  # it starts with a capital


class Token(NamedTuple):
    start: int
    end: int
    low: str
    tags: dict[str, int]  # class -> index (exclusive) where the phrase that gave it ends
    named: bool  # a capitalised word that is not first in its sentence, or one with a digit
    capital: bool  # starts with a capital, wherever it stands


class Suffixes(NamedTuple):
    """One language's word endings that give a word its shape (the top of personalisation/<lang>.toml): a
    number's years ("15-jarig", "40-year"), a place's "-based", an amount's unit ("5m", "2mln"); read by
    detail_flattery."""

    aged: frozenset[str] = frozenset()
    based: frozenset[str] = frozenset()
    amounts: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DetailWords:
    """One language's lists, compiled: single words by class, phrases by their first word."""

    single: Mapping[str, frozenset[str]]
    phrases: Mapping[tuple[str, str], tuple[tuple[tuple[str, ...], str], ...]]  # by their first two words
    phrase_firsts: frozenset[str]
    split_firsts: frozenset[str]  # the first words of two-word verbs of saying ("gaf" of "gaf aan"): `_split`
    triggers: frozenset[str]  # the words any rule starts from
    trigger_pairs: frozenset[tuple[str, str]]  # and the first two words of the phrases it starts from
    heads: Mapping[str, frozenset[str]]  # noun classes by word, for the parts of compounds
    private_heads: tuple[str, ...]  # the last parts of a compound that names a private event ("Damloop", "Japanreis")
    private_words: frozenset[str]  # the words detail_private starts from, and the first words of its phrases
    compounds: bool
    window: int  # how far a verb may stand from its subject (Dutch puts it at the clause's end)
    inversion: bool  # the verb may come first ("schreef je") and words stand freely between subject and verb
    news_window: int  # how far company news may stand from the company ("dat Acme net een magazijn … heeft geopend")
    placeholder_details: frozenset[str]
    placeholder_logistics: frozenset[str]  # "{{ video_link }}", "{event_date}": the sender's material, no detail
    example: str
    example_formal: str  # the example for a message that says "u" ("uw column over personeelstekort"); "": `example`
    example_follow_up: str  # the example in a follow-up: something of theirs from the contact so far
    example_follow_up_formal: str
    suffixes: Suffixes = Suffixes()  # word endings that give a word its shape ("15-jarig", "Edinburgh-based", "5m")
    cache: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, hash=False, repr=False)
    words_seen: dict[str, _Word] = field(default_factory=dict, compare=False, hash=False, repr=False)
    clauses_seen: dict[tuple[str, bool], Any] = field(default_factory=dict, compare=False, hash=False, repr=False)


def _words(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in WORD_RE.findall(text))


def _add(single: dict[str, set[str]], phrases: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]],
         tokens: tuple[str, ...], cls: str) -> None:
    """One listed word (into `single`) or phrase (into `phrases`, by its first two words) of class `cls`."""
    if len(tokens) == 1:
        single.setdefault(tokens[0], set()).add(cls)
    elif tokens:
        phrases.setdefault(tokens[:2], []).append((tokens, cls))


def compile_words(words: Mapping[str, Any], common: Mapping[str, Any] | None = None) -> DetailWords:
    """Compile one language's lists (a personalisation/<lang>.toml as read) and the rule's
    language-independent lists (`common`, the rule.toml [words]). Raises KeyError for an unknown
    section/key pair in the file, so a typo does not go unnoticed."""
    single: dict[str, set[str]] = {}
    phrases: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
    for section, lists in words.items():
        for key, entries in lists.items() if isinstance(lists, Mapping) else ():
            for entry in entries:
                _add(single, phrases, _words(entry), _CLASSES[section][key])
    for entry in (common or {}).get("products", ()):  # rule.toml: language-independent product names
        _add(single, phrases, _words(entry), "PRODUCT")
    heads = {w: frozenset(c & HEADS) for w, c in single.items() if c & HEADS}
    return DetailWords(
        single={w: frozenset(c) for w, c in single.items()},
        phrases={w: tuple(sorted(p, key=lambda x: -len(x[0]))) for w, p in phrases.items()},
        phrase_firsts=frozenset(w for w, _ in phrases),
        split_firsts=frozenset(w for (w, _), group in phrases.items() if ((w, _), "CVERB") in group),
        triggers=frozenset(w for w, c in single.items() if c & TRIGGERS),
        trigger_pairs=frozenset(pair for pair, group in phrases.items() if any(c in TRIGGERS for _, c in group)),
        heads=heads, private_heads=tuple(sorted(w for w, c in heads.items() if c & PRIVATE)),
        private_words=frozenset(w for w, c in single.items() if c & PRIVATE)
        | frozenset(pair[0] for pair, group in phrases.items() if any(c in PRIVATE for _, c in group)),
        compounds=bool(words.get("compounds", False)), window=int(words.get("verb_window", 2)),
        inversion=bool(words.get("inversion", False)), news_window=int(words.get("news_window", 4)),
        placeholder_details=frozenset(s.lower() for s in (common or {}).get("placeholder_details", ())),
        placeholder_logistics=frozenset(s.lower() for s in (common or {}).get("placeholder_logistics", ())),
        example=str(words.get("example", "")),
        example_formal=str(words.get("example_formal", "")),
        example_follow_up=str(words.get("example_follow_up", "")),
        example_follow_up_formal=str(words.get("example_follow_up_formal", "")),
        suffixes=Suffixes(*(frozenset(fold(w) for w in words.get(key, ())) for key in
                            ("age_suffixes", "based_suffixes", "amount_suffixes"))),
    )


def _classes(low: str, model: DetailWords) -> frozenset[str]:
    """A word's classes; a compound's last part lends it its noun classes (cached per word)."""
    found = model.cache.get(low)
    if found is not None:
        return found
    found = model.single.get(low, frozenset())
    if not found and model.compounds and low not in model.heads:
        found = _head(low, model)  # a listed noun in the plural ("podcasts", "vestigingen")
    if not found & HEADS:
        head = low.rsplit("-", 1)[-1] if "-" in low else ""
        extra = _head(head, model) if head else frozenset()
        if not extra and model.compounds and len(low) > 6:
            tail = range(max(2, len(low) - _LONGEST_HEAD), len(low) - 3)  # linear on a 1 MB pasted word
            extra = next((h for k in tail if (h := _head(low[k:], model))), frozenset())
        names = extra and not _says_nothing(low, model)  # not "LinkedIn-post", "Q3-planning"
        found = found | extra | ({"COMPOUND"} if names else set())  # "roosterprobleem": the first part names it
        if "-" in low and "FORMER" in model.single.get(low.split("-", 1)[0], ()):
            found = found | {"FORMER"}  # "ex-ING", "oud-Rabobanker": where they worked before
    if len(model.cache) < 50_000:
        model.cache[low] = found
    return found


def _says_nothing(low: str, model: DetailWords) -> bool:
    """A compound whose first part is a platform or a time ("linkedin-post", "q3-planning")."""
    return "-" in low and not model.single.get(low.split("-")[0], frozenset()).isdisjoint(("PLATFORM", "TIME"))


def _head(part: str, model: DetailWords) -> frozenset[str]:
    """A compound's last part's noun classes, in the singular too ("bouwprojecten" -> project)."""
    found = model.heads.get(part)
    if found is None and model.compounds and len(part) > 4:
        found = model.heads.get(part[:-2] if part.endswith("en") else part[:-1] if part.endswith("s") else "")
    return found or frozenset()


def _word(word: str, model: DetailWords) -> _Word:
    """A word's lower case, classes and whether it is a name: 1 always ("IT", "Q2", "HubSpot"),
    2 when capitalised and not first in its sentence ("Ghent"), 0 never (cached per word)."""
    found = model.words_seen.get(word)
    if found is None:
        low = fold(word)
        classes = _classes(low, model)
        if "NOTNAME" in classes and not word.isupper() or _says_nothing(low, model):
            name = 0  # "LinkedIn", "LinkedIn-post", "Q3-planning": where or when everyone is, not a name
        elif (not word.isalpha() and any(c.isdigit() for c in word)
              or len(word) > 1 and not word.islower() and not word[1:].islower()):
            name = 1
        else:
            name = 2 if word[0].isupper() and len(word) > 1 and "NOTNAME" not in classes else 0
        if name and low.endswith("'s") and low[:-2] not in model.single and low[:-2] not in _NOT_OWNERS:
            classes = classes | {"NAMEPOSS"}  # "Acme's expansion"
        found = _Word(low, classes, name, low in model.phrase_firsts, word[0].isupper())
        if len(model.words_seen) < 50_000:
            model.words_seen[word] = found
    return found


def clause_tokens(piece: str, opens: bool, model: DetailWords) -> list[Token]:
    """One clause's words, tagged; offsets are within `piece`."""
    held = [m.span() for m in PLACEHOLDER.finditer(piece)] if MAYBE_PLACEHOLDER.search(piece) else []
    clause: list[Token] = []
    phrase_starts: list[int] = []
    gap = False
    seen = model.words_seen
    for m in word_pattern(piece).finditer(piece):
        start, end = m.span()
        if held and any(hs <= start < he for hs, he in held):
            gap = True
            continue  # "[Hiring Manager Name]" says nothing about the reader
        word = m.group()
        low, classes, name, phrase_first, capital = seen.get(word) or _word(word, model)
        i = len(clause)
        tags = dict.fromkeys(classes, i + 1) if classes or phrase_first or gap else _NO_TAGS
        if gap:
            tags["GAP"], gap = i + 1, False  # a detail's span does not run on past a placeholder
        if phrase_first:
            phrase_starts.append(i)
        clause.append(Token(start, end, low, tags, name == 1 or name == 2 and not (opens and not i), capital))
    for i in phrase_starts:
        if i + 1 < len(clause):
            token = clause[i]
            for tokens, cls in model.phrases.get((token.low, clause[i + 1].low), ()):
                if cls not in token.tags and tuple(t.low for t in clause[i + 2:i + len(tokens)]) == tokens[2:]:
                    token.tags[cls] = i + len(tokens)
            if model.inversion and (a_name(clause[i + 1]) or clause[i + 1].tags.keys() & {"HONOR", "SUBJ"}):
                _inverted(clause, i, model)
            elif model.inversion and token.low in model.split_firsts and "CVERB" not in token.tags:
                _split(clause, i, model)
    if gap and clause:  # a placeholder ends the clause: "Thanks for the intro to {{contact_name}}"
        clause[-1] = clause[-1]._replace(tags={**clause[-1].tags, "ENDGAP": len(clause)})
    if clause and piece[clause[-1].end:].lstrip(" \"'”’)").startswith("?"):
        clause[0] = clause[0]._replace(tags={**clause[0].tags, "QUESTION": 1})  # it asks, it does not know
    return clause


def _inverted(clause: list[Token], i: int, model: DetailWords) -> None:
    """Dutch puts who acts after the verb when the sentence opens with something else ("Vorige week
    bracht Merel Jansen ons in contact", "Gisteren stelde mevrouw Claes mij aan u voor", "Vorige week
    liet u weten dat…"): an introduction's phrase (`_INVERTED`) that the word at i starts is read over
    the name after it, a phrase of saying (`_SAID`) over "je" / "u", and the span holds them. Other
    phrases are not: "Toen was Pieter ook…" is no "was ook"."""
    after = clause[i + 1]
    if "SUBJ" in after.tags and not a_name(after):
        start, j, classes = i + 1, i + 2, _SAID  # "gaf je aan", "liet u weten"
    else:
        start = i + 1 + ("HONOR" in after.tags and not a_name(after))  # "mevrouw Claes"
        j, classes = name_end(clause, start) + 1, _INVERTED
    token = clause[i]
    for tokens, cls in model.phrases.get((token.low, clause[j].low), ()) if start < j < len(clause) else ():
        if cls in classes and cls not in token.tags \
                and tuple(t.low for t in clause[j + 1:j + len(tokens) - 1]) == tokens[2:]:
            token.tags[cls] = j + len(tokens) - 1


def _split(clause: list[Token], i: int, model: DetailWords) -> None:
    """A Dutch verb of saying whose particle comes a few words later ("U gaf toen aan dat…", "Je gaf bij
    mijn collega aan dat…"): the two-word phrase the word at i starts is read up to the particle, before
    any "dat"."""
    for j in range(i + 2, min(i + 7, len(clause))):
        if "REL" in clause[j].tags:
            return
        if any(cls == "CVERB" and len(tokens) == 2
               for tokens, cls in model.phrases.get((clause[i].low, clause[j].low), ())):
            clause[i].tags["CVERB"] = j + 1
            return


_INVERTED = frozenset({"REFERRAL", "REFVERB", "FAVOUR", "INTRO"})
_SAID = frozenset({"CVERB"})


def a_name(token: Token) -> bool:
    """A capitalised word no list knows ("Tim", "Sara"), even first in its sentence."""
    return token.capital and (token.named or not token.tags)


def name_end(clause: list[Token], at: int) -> int:
    """The last word of the name that starts at word `at`, over its particles ("Pieter de Graaf", "Sanne
    van der Berg"); `at - 1` when no name starts there."""
    end = at - 1
    k = at
    while k < len(clause):
        if a_name(clause[k]):
            end = k
        elif not ("PARTICLE" in clause[k].tags and (end >= at or _leads_name(clause, k))):
            break
        k += 1
    return end


def _leads_name(clause: list[Token], k: int) -> bool:
    """The particle at word k opens a surname after a title, capitalised as Dutch writes it without a first name ("mr.
    De Haan", "mevrouw Van Dijk"); not a title of a paper ("via De Ondernemer")."""
    return clause[k].capital and k + 1 < len(clause) and a_name(clause[k + 1]) \
        and any("HONOR" in t.tags for t in clause[max(k - 2, 0):k])


def name_start(clause: list[Token], last: int) -> int:
    """The first word of the name that ends at word `last` (a name), back over its particles ("Sanne van
    der Berg" from "Berg")."""
    a = last
    while a and (a_name(clause[a - 1]) or "PARTICLE" in clause[a - 1].tags
                 and (a > 1 and a_name(clause[a - 2]) or a > 2 and "PARTICLE" in clause[a - 2].tags)):
        a -= 1
    return a


class Hit(NamedTuple):
    """A rule's find in a clause: kind ("content", "news", …), the rule's reason, and its first and last word."""

    kind: str
    reason: str
    first: int
    last: int  # inclusive


Clause = list[Token]
Found = list[Hit]
Rejected = list[tuple[str, int, int]]  # (reason, first word, last word) of a mention not counted


def sender_acts(token: Token) -> bool:
    """The sender as a subject ("I", "we", "ik", "wij"): not "my", "us", "mij"."""
    return "SENDER" in token.tags and not token.tags.keys() & {"BREAK", "OWN"}


def has_tag(clause: Clause, start: int, end: int, *classes: str) -> bool:
    """A word of one of `classes` among words [start, end) of the clause."""
    return any(cls in t.tags for t in clause[max(start, 0):end] for cls in classes)


def past_vague(clause: Clause, k: int) -> int:
    """The first word from k on that is not a vague adjective ("je laatste post", "your most recent post";
    not "je vorige week", a time, nor "jullie nieuwe kaart", news)."""
    while k < len(clause) and "VAGUE" in clause[k].tags and not clause[k].tags.keys() & {"TIME", "NEW"}:
        k += 1
    return k


def in_role(clause: Clause, a: int) -> bool:
    """The reader at word a opens a clause and is put in a role: "(dat) u als manager vastgoed…", "hoe je als
    kleine KMO…"; not "Ik schrijf je als lezer", where "je" is whom the sender writes to."""
    return "SUBJ" in clause[a].tags and a + 1 < len(clause) and "ASROLE" in clause[a + 1].tags \
        and (a == 0 or bool(clause[a - 1].tags.keys() & {"REL", "OPENS"}))


def phrase_last(clause: Clause, j: int) -> int:
    """The last word of the longest listed phrase that starts at word j (j itself if none)."""
    return max(clause[j].tags.values(), default=j + 1) - 1


def named_in(clause: Clause, start: int, end: int) -> bool:
    """A name or a number among words [start, end) of the clause."""
    return any(t.named for t in clause[max(start, 0):end])


def named_place(clause: Clause, start: int, end: int) -> bool:
    """A name or number that is not just where the reader works ("your work at Acme" is a company name)."""
    return any((t.named or "NUMBER" in t.tags) and "TIME" not in t.tags and not (k and "EMPLOYER" in clause[k - 1].tags)
               for k, t in enumerate(clause[:end]) if k >= start)  # not "your Q1 hiring plans"


def topic_after(clause: Clause, k: int) -> bool:
    """A topic follows word k: "on pricing", "over personeelstekort" (not "on our tool")."""
    if k >= len(clause) or "TOPIC" not in clause[k].tags or "STOP" in clause[k].tags:
        return False  # "uw reactie met belangstelling": a manner, not a topic
    rest = clause[k + 1:k + 4]
    if not rest:
        return False
    if "SENDER" in rest[0].tags:
        return has_tag(rest, 1, 3, "CONTENT")
    return any(not t.tags.keys() & {"BREAK", "SENDER", "PLATFORM"} for t in rest)  # not "your work on LinkedIn"


def through_name(clause: Clause, last: int) -> int:
    """Word `last`, or the last word of the name it stands in ("bij Port of Antwerp-Bruges", not
    "bij Port of"; "at Bank of America", not "at Bank"): named words one space apart, across a small
    word between two capitalised ones (the language's `name_joins`, tagged JOIN)."""
    def joined(k: int) -> bool:  # word k is a join between the named word before it and a capital after it
        after = clause[k + 1] if k + 1 < len(clause) else None
        return "JOIN" in clause[k].tags and k > 0 and clause[k - 1].named and after is not None and after.capital \
            and "SENDER" not in after.tags and after.start - clause[k].end <= 1  # not "…at Otterly and I'm"
    while last + 1 < len(clause) and clause[last + 1].start - clause[last].end <= 1:
        if clause[last].named and clause[last + 1].named or joined(last):
            last += 1
        elif clause[last].named and joined(last + 1):
            last += 2
        else:
            break
    return last
