# SPDX-License-Identifier: GPL-3.0-or-later
"""The rule book: each rule's declaration, texts, thresholds and word lists, read once and compiled.

Layout of `resources/rules/` (one rule, one place, as in Vale's styles):

    en.toml, nl.toml          what every rule shares about a language (name, Flesch weights,
                              stop words, abbreviations, syllables)
    <rule-id>/rule.toml       the rule: `extends` (its kind: "function" for a rule in code,
                              or a reusable kind such as "existence"), its options,
                              `[thresholds]`, language-independent `[words]`, and
                              `[texts.<case>]` with `level` and `en.message`/`en.hint`/
                              `en.reason` (and the same under `nl.` for a Dutch interface;
                              `en.hint_for_nl` gives a hint's examples for a Dutch message,
                              `en.hint_for_nl-u` and `nl.hint_u` for one that says "u")
    <rule-id>/en.toml, nl.toml   the rule's word lists for messages in that language
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from inmail_studio.core.lint.matching import PhraseMatcher, alternation
from inmail_studio.core.lint.model import Severity
from inmail_studio.core.message import LANGUAGES
from inmail_studio.core.text import WORD_RE, fold
from inmail_studio.core.ui_language import UI_LANGUAGES

LANGUAGE_CODES = LANGUAGES
TEXT_KEYS = ("message", "hint", "reason")
T = TypeVar("T")


@dataclass(frozen=True)
class RuleText:
    """One case of a rule: its severity and its message, hint and reason per interface language.

    `texts` maps a language code to {"message", "hint", "reason"}; a text missing in a language
    falls back to English (the Dutch texts are being written).
    """

    severity: Severity
    texts: Mapping[str, Mapping[str, str]]

    def render(self, ui_lang: str = "en", message_lang: str = "", **fields: Any) -> tuple[str, str, str]:
        """(message, hint, reason) in `ui_lang`, with the {fields} filled in.

        A hint whose examples are words of the message may exist per message language:
        `hint_for_nl` is the hint for a Dutch message ("('Je lezing over hybride onboarding')").
        `message_lang` may name a form of address after a hyphen ("nl-u": a Dutch message that says
        "u"): `hint_for_nl-u` then comes first, `hint_for_nl` next; `hint_u` is the hint in its own
        language for a message in that form.
        """
        chosen, english = self.texts.get(ui_lang, {}), self.texts["en"]
        base, _, form = message_lang.partition("-")
        hints = [f"hint_for_{message_lang}", f"hint_for_{base}"] if ui_lang != base else []
        hints += [f"hint_{form}"] if form and ui_lang == base else []

        def text(key: str) -> str:
            if key == "hint":
                key = next((k for k in hints if k in chosen), key)
            return chosen.get(key, english.get(key, "")).format(**fields)

        return text("message"), text("hint"), text("reason")


@dataclass(frozen=True)
class RuleSpec:
    """A rule as declared in resources/rules/<id>/: kind, options, thresholds, texts, word lists."""

    id: str
    extends: str
    options: Mapping[str, Any]
    thresholds: Mapping[str, float]
    texts: Mapping[str, RuleText]  # by case
    words: Mapping[str, Mapping[str, Any]]  # by message language; "*" for the language-independent lists


@dataclass(frozen=True)
class LanguageData:
    """A message language as the rules see it: the shared data plus the word lists several rules read."""

    code: str
    name: str
    readability_formula: str
    flesch: tuple[float, float, float]  # base, per word per sentence, per syllable per word
    min_reading_ease: float
    pyphen: str
    stopwords: frozenset[str]
    abbreviations: frozenset[str]  # never end a sentence (text.sentences)
    may_end: frozenset[str]  # end one only before a capital
    stand_in_greeting: re.Pattern[str] | None
    greeting_words: frozenset[str]  # first words of the greetings: no greeting, no stand-in to look for
    stand_in_words: frozenset[str]  # first words of the stand-ins ("name", "xxx")
    stand_in_marks: tuple[str, ...]  # stand-ins without a word ("...")
    vague_subject: PhraseMatcher
    vague_alone: frozenset[str]  # vague only as the whole subject, lower-case words joined by one space
    personal_cues: re.Pattern[str] | None
    self_words: frozenset[str]
    you_words: frozenset[str]
    formal: frozenset[str]
    informal: frozenset[str]
    vowels: str
    diaeresis: str


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

    rules: Mapping[str, RuleSpec]
    placeholders: PlaceholderData
    languages: Mapping[str, LanguageData]
    # The folder the book was read from (a rule's further data, e.g. a learned model's weights, lies
    # beside its rule.toml there); None for a book built in code.
    folder: Path | None = None
    cache: dict[Any, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def text(self, rule: str, case: str) -> RuleText:
        """Raises KeyError for a rule or case that is not declared."""
        return self.rules[rule].texts[case]

    @property
    def thresholds(self) -> dict[str, float]:
        """Every rule's thresholds in one table (their names are unique)."""
        return {k: v for spec in self.rules.values() for k, v in spec.thresholds.items()}

    def words(self, rule: str, language: str) -> Mapping[str, Any]:
        """A rule's word lists for one message language ({} when it has none)."""
        spec = self.rules.get(rule)
        return spec.words.get(language, {}) if spec else {}

    def compiled(self, key: Any, build: Callable[[], T]) -> T:
        """`build()` once per book and key: compiled patterns a fact or a kind keeps. A ValueError that
        `build` raises (a broken model file) is remembered and raised again, one line, without building
        again: a draft linted at every pause does not re-read a broken file each time."""
        if key not in self.cache:
            try:
                self.cache[key] = build()
            except ValueError as error:
                self.cache[key] = _Failed(str(error))
        value = self.cache[key]
        if isinstance(value, _Failed):
            raise ValueError(value.reason)
        return value  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class _Failed:
    """What `RuleBook.compiled` keeps for a build that raised ValueError: its one-line reason."""

    reason: str


def read_model_json(path: Path, what: str) -> Any:
    """The JSON value in the learned model file at `path`, or None when there is no such file (the
    rules then decide alone). Raises ValueError, one line naming the file and `what` it should hold
    ("the stacked ask model"), when it cannot be read or is not JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise ValueError(f"{path}: cannot read {what}: {error}") from None

def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _rule_text(entry: Mapping[str, Any]) -> RuleText:
    texts = {code: dict(entry[code]) for code in UI_LANGUAGES if code in entry}
    return RuleText(Severity(entry["level"]), texts)


def _rule(folder: Path) -> RuleSpec:
    raw = _read(folder / "rule.toml")
    texts = {case: _rule_text(entry) for case, entry in raw.pop("texts", {}).items()}
    words: dict[str, Mapping[str, Any]] = {"*": raw.pop("words", {})}
    for code in LANGUAGE_CODES:
        if (folder / f"{code}.toml").is_file():
            words[code] = _read(folder / f"{code}.toml")
    thresholds = raw.pop("thresholds", {})
    extends = raw.pop("extends", "function")
    return RuleSpec(folder.name, extends, raw, thresholds, texts, words)


def _rule_folders(rules_dir: Path) -> list[Path]:
    return sorted((p for p in rules_dir.iterdir() if (p / "rule.toml").is_file()), key=lambda p: p.name)


def _stand_in_greeting(holders: Mapping[str, Any]) -> re.Pattern[str] | None:
    if not holders.get("greetings"):
        return None
    greet = "|".join(re.escape(g).replace(r"\ ", r"\s+") for g in holders["greetings"])
    names = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in holders["stand_ins"])
    # The greeting is matched case-insensitively, the stand-in exactly: "Hi Name," is a
    # stand-in, "Hi Nameeta," is not.
    return re.compile(rf"(?<!\w)(?i:{greet})\s+(?P<ph>{names})(?=\s*[,!:.\n]|\s*$)")


def _language(code: str, raw: dict[str, Any], rules: Mapping[str, RuleSpec]) -> LanguageData:
    def words(rule: str) -> Mapping[str, Any]:
        spec = rules.get(rule)
        return spec.words.get(code, {}) if spec else {}

    holders = words("unfilled-placeholder")
    lang = raw.get("language", {})
    return LanguageData(
        code=code,
        name=lang.get("name", code),
        readability_formula=lang.get("readability_formula", "Flesch reading ease"),
        flesch=tuple(float(lang["flesch"][k]) for k in ("base", "sentence_length", "syllables")),  # type: ignore[arg-type]
        min_reading_ease=float(lang.get("min_reading_ease", 50)),
        pyphen=lang.get("pyphen", code),
        stopwords=frozenset(raw.get("detect", {}).get("stopwords", ())),
        abbreviations=frozenset(raw.get("sentences", {}).get("abbreviations", ())),
        may_end=frozenset(raw.get("sentences", {}).get("may_end", ())),
        stand_in_greeting=_stand_in_greeting(holders),
        greeting_words=frozenset(g.split()[0].lower() for g in holders.get("greetings", ())),
        stand_in_words=frozenset(WORD_RE.findall(s)[0].lower() for s in holders.get("stand_ins", ())
                                 if WORD_RE.search(s)),
        stand_in_marks=tuple(s for s in holders.get("stand_ins", ()) if not WORD_RE.search(s)),
        vague_subject=PhraseMatcher(words("vague-subject").get("phrases", ())),
        vague_alone=frozenset(" ".join(fold(w) for w in WORD_RE.findall(p))
                              for p in words("vague-subject").get("alone", ())),
        personal_cues=alternation(words("personalisation").get("cues", ())),
        self_words=frozenset(words("reader-focus").get("self", ())),
        you_words=frozenset(words("reader-focus").get("you", ())),
        formal=frozenset(words("address-form").get("formal", ())),
        informal=frozenset(words("address-form").get("informal", ())),
        vowels=raw.get("syllables", {}).get("vowels", ""),
        diaeresis=raw.get("syllables", {}).get("diaeresis", ""),
    )


@lru_cache(maxsize=4)
def load_placeholders(rules_dir: Path) -> PlaceholderData:
    """Only the placeholder patterns: the editor colours them without compiling every rule."""
    common = _read(rules_dir / "unfilled-placeholder" / "rule.toml")["words"]
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
    """Read and compile every rule under `rules_dir`; raises OSError or TOMLDecodeError on a bad folder."""
    rules = {p.name: _rule(p) for p in _rule_folders(rules_dir)}
    languages = {code: _language(code, _read(rules_dir / f"{code}.toml"), rules) for code in LANGUAGE_CODES}
    return RuleBook(rules=rules, placeholders=load_placeholders(rules_dir), languages=languages, folder=rules_dir)
