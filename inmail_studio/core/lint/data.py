# SPDX-License-Identifier: GPL-3.0-or-later
"""Rule texts and per-language word lists, read from resources/rules once and compiled."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from inmail_studio.core.lint.model import Severity
from inmail_studio.core.text import WORD_RE, Span

LANGUAGE_CODES = ("en", "nl")


class PhraseMatcher:
    """Finds listed phrases word by word, in time linear in the text whatever the list's length.

    A phrase matches a run of whole words, ignoring case, the white space between them and the
    kind of apostrophe; `patterns` are regular expressions for what a word list cannot say.
    """

    def __init__(self, phrases: Iterable[str], patterns: Iterable[str] = ()) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in set(phrases):
            tokens = tuple(w.lower().replace("’", "'") for w in WORD_RE.findall(phrase))
            if tokens:
                self._by_first.setdefault(tokens[0], []).append(tokens)
        for candidates in self._by_first.values():
            candidates.sort(key=len, reverse=True)
        self._firsts = frozenset(self._by_first)
        patterns = list(patterns)
        self._regex = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None

    def finditer(self, text: str, lower: list[str], spans: Callable[[], list[Span]]) -> Iterator[tuple[int, int]]:
        """[start, end) of each match, in order; `lower` are the text's words lower-cased with '
        for ’, and `spans()` gives their offsets (asked for only when something matched)."""
        found = []
        by_first = self._by_first
        hits = self._firsts.intersection(lower)
        resume = 0
        for i in [i for i, w in enumerate(lower) if w in hits] if hits else ():
            if i < resume:
                continue
            for tokens in by_first[lower[i]]:
                if tuple(lower[i:i + len(tokens)]) == tokens:
                    words = spans()
                    found.append((words[i].start, words[i + len(tokens) - 1].end))
                    resume = i + len(tokens)
                    break
        if self._regex is not None:
            found += [m.span() for m in self._regex.finditer(text)]
            # A pattern and a phrase can match the same words ("20% korting", "korting"): the
            # reader sees one underline, and the score counts it once.
            found.sort(key=lambda span: (span[0], -span[1]))
            kept: list[tuple[int, int]] = []
            for start, end in found:
                if not kept or start >= kept[-1][1]:
                    kept.append((start, end))
            found = kept
        return iter(found)


def _alternation(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """One regex for a list: the branches that start at a word boundary share one leading \\b.

    `\\b(?:A|B)` matches what `\\bA|\\bB` does, but the engine tests the boundary once per
    position instead of once per branch: a third of the time for the call-to-action lists.
    """
    patterns = list(patterns)
    if not patterns:
        return None
    bounded = [p[2:] for p in patterns if p.startswith("\\b")]
    others = [p for p in patterns if not p.startswith("\\b")]
    parts = ([r"\b(?:" + "|".join(f"(?:{p})" for p in bounded) + ")"] if bounded else [])
    parts += [f"(?:{p})" for p in others]
    return re.compile("|".join(parts), flags)


@dataclass(frozen=True)
class RuleText:
    severity: Severity
    message: str
    hint: str
    reason: str

    def render(self, **fields: Any) -> tuple[str, str, str]:
        return (
            self.message.format(**fields),
            self.hint.format(**fields),
            self.reason.format(**fields),
        )


@dataclass(frozen=True)
class LanguageData:
    code: str
    name: str
    readability_formula: str
    flesch: tuple[float, float, float]  # base, per word per sentence, per syllable per word
    min_reading_ease: float
    pyphen: str
    stopwords: frozenset[str]
    abbreviations: frozenset[str]
    stand_in_greeting: re.Pattern[str] | None
    greeting_words: frozenset[str]  # first words of the greetings: no greeting, no stand-in to look for
    stand_in_words: frozenset[str]  # first words of the stand-ins ("name", "xxx")
    stand_in_marks: tuple[str, ...]  # stand-ins without a word ("...")
    vague_subject: PhraseMatcher
    pitch: PhraseMatcher
    opener: PhraseMatcher
    cta_ask: re.Pattern[str] | None
    cta_ask_in_question: re.Pattern[str] | None
    cta_not_ask: re.Pattern[str] | None
    question_to_reader: re.Pattern[str] | None
    personal_cues: re.Pattern[str] | None
    self_words: frozenset[str]
    you_words: frozenset[str]
    formal: frozenset[str]
    informal: frozenset[str]
    vowels: str
    diaeresis: str
    # Sentences already classified as asks or not: a list rendered from one template repeats
    # most of its sentences, so bulk linting pays for each sentence once.
    ask_cache: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class PlaceholderData:
    triggers: re.Pattern[str]
    patterns: re.Pattern[str]
    bracket: re.Pattern[str]
    bracket_max_words: int
    bracket_not: frozenset[str]
    angle: re.Pattern[str]
    angle_not: frozenset[str]


@dataclass(frozen=True)
class RuleBook:
    """Everything the rules read, compiled once per resources folder."""

    texts: Mapping[str, RuleText]
    thresholds: Mapping[str, float]
    placeholders: PlaceholderData
    languages: Mapping[str, LanguageData]

    def text(self, rule: str, case: str) -> RuleText:
        return self.texts[f"{rule}.{case}"]


def _flesch(weights: Mapping[str, float]) -> tuple[float, float, float]:
    return float(weights["base"]), float(weights["sentence_length"]), float(weights["syllables"])


def _language(code: str, raw: dict[str, Any]) -> LanguageData:
    def section(name: str) -> dict[str, Any]:
        return raw.get(name, {})

    holders = section("placeholders")
    stand_in = None
    if holders.get("greetings"):
        greet = "|".join(re.escape(g).replace(r"\ ", r"\s+") for g in holders["greetings"])
        names = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in holders["stand_ins"])
        # The greeting is matched case-insensitively, the stand-in exactly: "Hi Name," is a
        # stand-in, "Hi Nameeta," is not.
        stand_in = re.compile(rf"(?<!\w)(?i:{greet})\s+(?P<ph>{names})(?=\s*[,!:.\n]|\s*$)")
    cta = section("call-to-action")
    focus = section("reader-focus")
    address = section("address-form")
    lang = section("language")
    return LanguageData(
        code=code,
        name=lang.get("name", code),
        readability_formula=lang.get("readability_formula", "Flesch reading ease"),
        flesch=_flesch(lang["flesch"]),
        min_reading_ease=float(lang.get("min_reading_ease", 50)),
        pyphen=lang.get("pyphen", code),
        stopwords=frozenset(section("detect").get("stopwords", ())),
        abbreviations=frozenset(section("sentences").get("abbreviations", ())),
        stand_in_greeting=stand_in,
        greeting_words=frozenset(g.split()[0].lower() for g in holders.get("greetings", ())),
        stand_in_words=frozenset(WORD_RE.findall(s)[0].lower() for s in holders.get("stand_ins", ())
                                 if WORD_RE.search(s)),
        stand_in_marks=tuple(s for s in holders.get("stand_ins", ()) if not WORD_RE.search(s)),
        vague_subject=PhraseMatcher(section("vague-subject").get("phrases", ())),
        pitch=PhraseMatcher(
            section("first-contact-pitch").get("phrases", ()),
            section("first-contact-pitch").get("patterns", ()),
        ),
        opener=PhraseMatcher(section("generic-opener").get("phrases", ())),
        cta_ask=_alternation(cta.get("ask", ()), re.IGNORECASE | re.MULTILINE),
        cta_ask_in_question=_alternation(cta.get("ask_in_question", ()), re.IGNORECASE | re.MULTILINE),
        cta_not_ask=_alternation(cta.get("not_ask", ()), re.IGNORECASE | re.MULTILINE),
        question_to_reader=_alternation([cta["question_to_reader"]]) if "question_to_reader" in cta else None,
        personal_cues=_alternation(section("personalisation").get("cues", ())),
        self_words=frozenset(focus.get("self", ())),
        you_words=frozenset(focus.get("you", ())),
        formal=frozenset(address.get("formal", ())),
        informal=frozenset(address.get("informal", ())),
        vowels=section("syllables").get("vowels", ""),
        diaeresis=section("syllables").get("diaeresis", ""),
    )


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=4)
def load_placeholders(rules_dir: Path) -> PlaceholderData:
    """Only the placeholder patterns: the editor colours them without compiling every rule."""
    common = _read(rules_dir / "common.toml")["placeholders"]
    return PlaceholderData(
        triggers=re.compile(common["triggers"]),
        patterns=re.compile("|".join(f"(?:{p})" for p in common["patterns"])),
        bracket=re.compile(common["bracket"]),
        bracket_max_words=int(common["bracket_max_words"]),
        bracket_not=frozenset(s.lower() for s in common["bracket_not"]),
        angle=re.compile(common["angle"]),
        angle_not=frozenset(s.lower() for s in common["angle_not"]),
    )


@lru_cache(maxsize=4)
def load_rulebook(rules_dir: Path) -> RuleBook:
    rules = _read(rules_dir / "rules.toml")
    thresholds = rules.pop("thresholds", {})
    texts = {
        f"{rule}.{case}": RuleText(Severity(entry["level"]), entry["message"], entry["hint"], entry["reason"])
        for rule, cases in rules.items()
        for case, entry in cases.items()
    }
    placeholders = load_placeholders(rules_dir)
    languages = {code: _language(code, _read(rules_dir / f"{code}.toml")) for code in LANGUAGE_CODES}
    return RuleBook(texts=texts, thresholds=thresholds, placeholders=placeholders, languages=languages)
