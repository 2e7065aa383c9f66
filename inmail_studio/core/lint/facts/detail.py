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
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from inmail_studio.core.text import WORD_RE

# Which list (section, key) gives which class.
_CLASSES = {
    ("reader", "possessive"): "POSS", ("reader", "subject"): "SUBJ", ("reader", "company"): "COMPANY",
    ("reader", "sender"): "SENDER", ("content", "nouns"): "CONTENT", ("content", "topic_nouns"): "WEAK",
    ("content", "verbs"): "CVERB", ("content", "topic"): "TOPIC", ("content", "perceive"): "PERCEIVE",
    ("event", "nouns"): "EVENT", ("event", "meet"): "MEET", ("event", "organise"): "ORGANISE",
    ("event", "at"): "AT", ("tie", "markers"): "TIE", ("tie", "also"): "ALSO", ("tie", "fellow"): "ALUM",
    ("tie", "referral"): "REFERRAL", ("tie", "mutual"): "MUTUAL", ("news", "congrats"): "CONGRATS",
    ("news", "congrats_on"): "CONGRATS_ON", ("news", "verbs"): "NEWSV", ("news", "vacancy_verbs"): "VACV",
    ("news", "nouns"): "NEWSN", ("news", "sites"): "SITE", ("news", "vacancy"): "VACANCY",
    ("news", "company_subjects"): "CSUBJ", ("challenge", "verbs"): "CHALV", ("challenge", "nouns"): "CHALN",
    ("generic", "not_detail"): "GENERIC", ("generic", "role"): "ROLE", ("generic", "speculation"): "SPEC",
    ("generic", "modal"): "MODAL", ("generic", "break_words"): "BREAK", ("generic", "span_stop"): "STOP",
    ("generic", "not_names"): "NOTNAME",
}
# Noun classes a compound's last part can carry ("LinkedIn-artikel", "netwerkborrel").
_NOUNS = frozenset({"CONTENT", "WEAK", "EVENT", "NEWSN", "SITE", "VACANCY", "CHALN", "GENERIC"})
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)|\n|;|\s[—–-]\s|,\s")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)|\n")
_PLACEHOLDER = re.compile(r"\{\{-?\s*([^{}]{1,80}?)\s*-?\}\}|[#$]?\{!?([^{}]{1,60})\}|\[\[?([^\[\]\n]{1,80})\]\]?"
                          r"|<([^<>\n]{1,60})>|%([A-Za-z_]{2,40})%|\*\|([A-Za-z_]{2,40})\|\*")
_PLACEHOLDER_WORD = re.compile(r"[A-Z]?[a-zà-ÿ]+|[A-Z]+(?![a-z])")
_MAX_EXTEND = 6


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


@dataclass(frozen=True)
class DetailWords:
    """One language's lists, compiled: single words by class, phrases by their first word."""

    single: Mapping[str, frozenset[str]]
    phrases: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    heads: Mapping[str, frozenset[str]]  # noun classes by word, for the parts of compounds
    compounds: bool
    window: int  # how far a verb may stand from its subject (Dutch puts it at the clause's end)
    placeholder_details: frozenset[str]
    example: str
    cache: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, hash=False, repr=False)


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in WORD_RE.findall(text))


def compile_words(words: Mapping[str, Any], common: Mapping[str, Any] | None = None) -> DetailWords:
    """Compile one language's lists (a personalisation/<lang>.toml as read) and the rule's
    language-independent lists (`common`, the rule.toml [words]). Raises KeyError for an unknown
    section/key pair in the file, so a typo does not go unnoticed."""
    single: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for section, lists in words.items():
        if not isinstance(lists, Mapping):
            continue
        for key, entries in lists.items():
            cls = _CLASSES[(section, key)]
            for entry in entries:
                tokens = _words(entry)
                if len(tokens) == 1:
                    single.setdefault(tokens[0], set()).add(cls)
                elif tokens:
                    phrases.setdefault(tokens[0], []).append((tokens, cls))
    heads = {w: frozenset(c & _NOUNS) for w, c in single.items() if c & _NOUNS}
    return DetailWords(
        single={w: frozenset(c) for w, c in single.items()},
        phrases={w: tuple(sorted(p, key=lambda x: -len(x[0]))) for w, p in phrases.items()},
        heads=heads, compounds=bool(words.get("compounds", False)), window=int(words.get("verb_window", 2)),
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


def _clauses(text: str, model: DetailWords) -> list[list[_Token]]:
    """The text's words, tagged, grouped by clause."""
    bounds = [m.end() for m in _BOUNDARY.finditer(text)]
    sentence_starts = {0, *(m.end() for m in _SENTENCE_END.finditer(text))}
    clauses: dict[int, list[_Token]] = {}
    previous_end = -1
    for m in WORD_RE.finditer(text):
        word, start = m.group(), m.start()
        low = word.lower().replace("’", "'")
        tags = dict.fromkeys(_classes(low, model), 0)
        first = previous_end < 0 or any(s > previous_end and s <= start for s in sentence_starts
                                        if previous_end < s <= start) or text[previous_end:start].strip() in {"", "\n"} and previous_end in sentence_starts
        named = (any(c.isdigit() for c in word) or not word.islower() and "NOTNAME" not in tags
                 and not (first and word[:1].isupper() and word[1:].islower()))
        clauses.setdefault(bisect_right(bounds, start), []).append(_Token(start, m.end(), low, tags, named))
        previous_end = m.end()
    out = list(clauses.values())
    for clause in out:
        _tag_phrases(clause, model)
        for i, token in enumerate(clause):
            for cls in token.tags:
                token.tags[cls] = token.tags[cls] or i + 1
    return out


def _tag_phrases(clause: list[_Token], model: DetailWords) -> None:
    for i, token in enumerate(clause):
        for tokens, cls in model.phrases.get(token.low, ()):
            if tuple(t.low for t in clause[i:i + len(tokens)]) == tokens:
                token.tags.setdefault(cls, i + len(tokens))
