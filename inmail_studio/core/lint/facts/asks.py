# SPDX-License-Identifier: GPL-3.0-or-later
"""Which sentences ask the reader for a concrete next step, and what kind of step.

An ask is modelled by its parts, not listed whole: a FRAME (a question to the reader, an
imperative, a wish or intent, "would help", an offer or availability, an invitation, an
indirect question, a link presented as the step) combined with a STEP (connect, call, reply,
read, feedback, introduce…). The step names the ask's kind: interest, meeting, connect,
opinion, resource, calendar, intro or reply (the corpus labels, CORPUS_SPEC). Both are word
lists per language in resources/rules/call-to-action/<lang>.toml; closings, pleasantries and
rhetorical questions are spans in which no frame counts.

- a question (ending in "?", perhaps before an emoji) asks unless it is rhetorical or small talk
  (a span of [not] spans: "Ever wondered…?", "Why do so many teams…?", "Wat een avond, hè?");
  such a question asks only with a frame;
- a direct frame ("let me know", "feel free to", an imperative, "I'd like to invite you")
  asks by itself, an indirect question ("I'm curious how you…") too;
- a wish, offer, availability or value ("I'd love to", "happy to", "would go a long way")
  asks when the sentence names a step;
- a link asks when the sentence presents it ("here", "at", "Portfolio: …") or names a step;
- spans of [not] steps ("…, and I'll set up a call", "If you ever have 10 minutes, …") hide their
  steps but not their frames: the sender's promise or the reader's spare time sets no kind;
- a weak ask, the sender's backdrop to an ask ("growing my network of founders", "your input would
  be valuable", "ik breid mijn netwerk uit", "a two-line reply is enough", "een halfuurtje
  volstaat"), counts only in a message where nothing else asks: the tuning writers labelled such
  a sentence an ask alone (1 of 1) and no ask beside another (14 of 15).

The rules come first: with a few hundred labelled messages to tune on, a classifier alone learns
their phrasing, while the parts carry over to new ones (a new wish with a known step). Sentences
written after tuning came out right at first try in 81-91 % of cases (tests/core/test_asks_phrasings.py),
later in 86-100 % per batch and 34 of 36 whole messages (tests/core/test_asks_generalise.py),
and in round 3 87-98 % per batch and 29 of 29 whole messages (tests/core/test_asks_round3.py),
before their misses were fixed as phenomena; and every ask can say why it is one.

On whole messages by a writer the rules never saw, the right bucket (0 / 1 / 2+) came out at
87.1 %, 90.2 % / 86.3 % and 88.2 % (heldout2-4, each scored once before study); round 5 showed that
a new writer mostly brings new phenomena (fixing heldout4's odd half moved its untouched even half
from 85.8 % to 86.8 %). The studied sets stand at 97.8 / 100 / 100 / 97.1 / 97.6 % (tune, heldout,
heldout2-4): figures of sets the rules have seen, not a forecast. A blind second labelling of
heldout4 agreed with the first on 97.2 % of buckets, the ceiling against any one writer.

The coach then weighs the rules' reading of each sentence with a learned model (ask_stack.py): a
logistic regression over the sentence's words, form and place (ask_model.py) and what the rules
said of it (do they count it, of which kind, did they classify it as an ask but drop it, how many
asks they count in the message). A sentence asks when its p(ask) is above the file's threshold,
and its `because` names the words that make it read as an ask when the rules alone would not
count it. Its kind comes from a second learned model (ask_kinds.py) over the same features and the
rules' kind; without that file, an ask the rules count keeps their kind, one only the model finds
takes the kind the rules classify it as, else the step it names, else "reply". Trained on writers no
rule was tuned on (tests/data/coach_corpus/stack/), each scored by a model that never saw its writer
(tools/train_ask_stack.py): with 21 writers the right bucket went from 85.3 % (rules alone) to
89.2 %; with 53 writers and their reviewed labels (tools/corpus_review.py), 91.5 %. On three new
writers each (README, "How well the coach does"): round 9 (607 messages) from 87.3 % (rules alone)
to 92.3 %; round 10 (611), from 84.5 % to 91.2 %; round 11 (600), from 83.5 % to 91.5 %, the kind
right for 87.7 % of the asks found. Without the weights file (resources/rules/call-to-action/
ask_model.json) or the message's kind, the rules decide alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from inmail_studio.core.lint.data import RuleBook
from inmail_studio.core.lint.facts import ask_kinds, ask_model, ask_stack
from inmail_studio.core.lint.facts.ask_model import closed_text
from inmail_studio.core.lint.facts.ask_stack import Reading, StackModel
from inmail_studio.core.lint.facts.patterns import Grouped, grouped, remember, words_of
from inmail_studio.core.lint.matching import alternation
from inmail_studio.core.text import URL_RE, Span, fold

RULE = "call-to-action"
ASK_CACHE_SIZE = 20_000
# Every URL, address or domain URL_RE finds holds "://" or a letter or digit, a dot and two letters
# ("cal.com", "www.x"): a cheap gate before the costly search (a third of the detector's time). Both
# branches start with a literal ("." then a look back at the letter before it, or ":"), so the engine
# jumps from dot to colon instead of trying every character.
_MAYBE_LINK = re.compile(r"\.(?<=[^\W_]\.)[A-Za-z]{2}|://")
FRAMES = ("direct", "indirect", "wish", "value", "booking")


class Ask(NamedTuple):
    """An asking sentence: [start, end) in the body, its text, and the kind of step it asks for.

    `because` is empty for an ask the rules found (their frame and step say why). For one only the
    learned model found, it names the features that weigh most towards an ask, strongest first
    (codes such as "w:graag", "end?", "url"): the sentence reads as an ask because of these.
    """

    start: int
    end: int
    text: str
    kind: str
    because: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Model:
    steps: Grouped | None  # one named group per kind
    kinds: tuple[str, ...]  # in order of precedence
    frames: Grouped | None  # one named group per frame
    link: re.Pattern[str] | None
    question_opening: re.Pattern[str] | None  # "are you", "kun je": a clause that opens as a question
    spans_not: Grouped | None
    steps_not: Grouped | None
    sentences_not: re.Pattern[str] | None
    weak: re.Pattern[str] | None
    cache: dict[str, tuple[str | None, bool]]
    named: dict[str, str | None]  # step_kind per sentence, kept by _classify, which finds it on the way


def _model(book: RuleBook, language: str) -> _Model:
    def build() -> _Model:
        words = book.words(RULE, language)
        kinds = tuple(book.rules[RULE].options.get("kinds", ()))
        steps, frames = words.get("steps", {}), words.get("frames", {})
        return _Model(
            steps=grouped({"duration": steps.get("duration", ()), "size": steps.get("size", ()),
                           "status": steps.get("status", ()), **{kind: steps.get(kind, ()) for kind in kinds}}),
            kinds=kinds,
            frames=grouped({frame: frames.get(frame, ()) for frame in FRAMES}),
            link=alternation(frames.get("link", ())),
            question_opening=alternation(frames.get("question_opening", ())),
            spans_not=grouped({"not": words.get("not", {}).get("spans", ())}),
            steps_not=grouped({"not": words.get("not", {}).get("steps", ())}),
            sentences_not=alternation(words.get("not", {}).get("sentences", ())),
            weak=alternation(words.get("not", {}).get("weak", ())),
            cache={},
            named={},
        )
    return book.compiled((RULE, language), build)


def _found(pattern: Grouped | None, low: str, words: list[str], blocked: list[tuple[int, int]]) -> dict[str, int]:
    """The named groups of `pattern` that match outside every blocked span, with where each first does."""
    found: dict[str, int] = {}
    for name, start, _ in pattern.matches(low, words) if pattern is not None else ():
        if not any(s <= start < e for s, e in blocked) and start < found.get(name, len(low)):
            found[name] = start
    return found


def _spans(pattern: Grouped | None, low: str, words: list[str]) -> list[tuple[int, int]]:
    """[start, end) of each match: the spans in which no frame or step counts."""
    if pattern is None:
        return []
    return [(start, end) for _, start, end in pattern.matches(low, words)]


def _classify(sentence: str, model: _Model) -> tuple[str | None, bool]:
    """(the kind of step the sentence asks for or None, whether small talk, a rhetorical question or
    a closing formula is why it asks none: the stacked model may not count it then).

    The steps are looked for only when a frame, a question or a link makes an ask possible:
    most sentences of a message ask nothing, and their words pass no gate.
    """
    low = fold(sentence)
    words = words_of(low) if "'" in low or "_" in low else ask_model.words(sentence)  # the same, read once for both
    frames = _found(model.frames, low, words, [])
    question = closed_text(low).endswith("?")  # "Connecten? 🙂" asks too
    link = None
    if _MAYBE_LINK.search(low):
        link = next((m for m in URL_RE.finditer(sentence) if "@" not in m.group()), None)
    if not (frames or question or link):
        return None, False
    blocked = _spans(model.spans_not, low, words)
    if blocked:
        frames = _found(model.frames, low, words, blocked)
    steps = _found(model.steps, low, words, blocked + _spans(model.steps_not, low, words))
    kind = remember(model.named, sentence, _kind(steps, model.kinds), ASK_CACHE_SIZE)
    if "value" in frames and min(steps.values(), default=len(low)) < frames["value"]:
        frames["wish"] = frames["value"]  # "A short call would help": the step comes first
    if frames.pop("booking", None) is not None and link and kind == "meeting":
        kind = "calendar"  # "You can grab 20 minutes with me here: https://…" books through the link
    found = _decide(low, model, frames, kind, question, link.group() if link else None, blocked)
    if found is None and question and blocked and (rest := _after_small_talk(low, blocked)):
        found = _classify(rest, model)[0]  # "Hope you're well — would you be open to a call?"
    if found is None and link and not (frames or question) and _signature(sentence, link.span()):
        return None, True  # "Joost | https://fietsdata.nl": who wrote it, not a step (the model may not count it)
    if found is None:  # a question whose only ask-like words are small talk ("How are you?")
        return None, question and bool(blocked)
    closing = model.sentences_not is not None and model.sentences_not.search(low)
    if closing:  # a closing formula around an ask word ("Let me know if you have any questions")
        rest = question and _after_small_talk(low, [closing.span()])  # "Any questions, just shout — or…?"
        found = _classify(rest, model)[0] if rest else None
        if found is None:  # "Would love to connect and happy to answer any questions"
            found = _joined_ask(low, closing.span(), model)
        return found, found is None
    return found, False


# Where a clause joined to the next begins: "and"/"en"/"but"/"maar", a semicolon or a dash; not a
# comma, which also opens a condition of the clause before it ("Feel free to reach out, if…").
_CONJUNCTION = r"\s+(?:and|but|en|maar)\s+"
_JOINED = re.compile(rf"\s*[;\u2014\u2013]\s*|\s+-\s+|{_CONJUNCTION}")


def _joined_clauses(low: str, span: tuple[int, int]) -> tuple[str, str]:
    """The clauses joined by a conjunction, semicolon or dash before and after the one holding a
    closing formula at `span` ("would love to connect and i'm happy to answer any questions" ->
    "would love to connect", ""); "" where there is none (a comma does not join: "Feel free to
    reach out, if you have any questions" is one closing)."""
    joins = [m for m in _JOINED.finditer(low, 0, span[0])]
    before = low[:joins[-1].start()] if joins else ""
    after = _JOINED.search(low, span[1])
    return before, low[after.end():] if after else ""


def _joined_ask(low: str, span: tuple[int, int], model: _Model) -> str | None:
    """The kind of ask a clause joined to a closing formula makes, before it or after it ("Are you
    free for a call on Tuesday and let me know if you have any questions": a clause that opens as a
    question is read as one); None when neither asks."""
    for clause in _joined_clauses(low, span):
        if len(clause.split()) < 2:
            continue
        found = _classify(clause, model)[0]
        if found is None and model.question_opening and model.question_opening.match(clause):
            found = _classify(clause.rstrip(" .!") + "?", model)[0]
        if found is not None:
            return found
    return None


# A signature line: a name, company or phone number and a link, set apart by a bar, dot or dash.
_SIGNATURE_BAR = re.compile(r"[|·•–—]")
SIGNATURE_WORDS = 6


def _signature(sentence: str, link: tuple[int, int]) -> bool:
    """The sentence is a signature line holding a link at `link` (offsets in `sentence`): beside the
    link, a bar, centred dot or dash and at most `SIGNATURE_WORDS` words ("Anouk de Vries ·
    Brightline · brightline.nl")."""
    rest = fold(sentence[:link[0]] + " " + sentence[link[1]:])
    return bool(_SIGNATURE_BAR.search(rest)) and len(words_of(rest)) <= SIGNATURE_WORDS


# Where a clause ends after small talk: a dash, comma, semicolon or colon, or "and"/"but"/"en"/"maar".
_CLAUSE = re.compile(rf"\s*[,;:\u2014\u2013-]\s+|{_CONJUNCTION}")


def _after_small_talk(low: str, blocked: list[tuple[int, int]]) -> str | None:
    """The clause after the last small-talk span of a question ("Hope you're well — would you…?",
    "Geen haast, maar sta je open…?"), or None when the small talk runs to its end."""
    clause = _CLAUSE.search(low, max(end for _, end in blocked))
    rest = low[clause.end():] if clause else ""
    return rest if len(rest.split()) >= 2 else None


def _kind(steps: dict[str, int], kinds: tuple[str, ...]) -> str | None:
    """The kind of step asked for: the first of `kinds` found (a length of time is a meeting unless
    a thing offered is named too), but a meeting without a time yields
    to interest or a connection named before it ("Open to a chat?" asks about interest, "Keen to
    connect and swap notes" to connect; "Open to a call this week?" asks for a meeting), and a
    meeting with a size ("Open to a short call?") only to a connection. A question whether they
    did something or a request for their own details (a "status" step) is a reply."""
    if "duration" in steps and "resource" not in steps:  # "15 minutes next week", not "a 2-minute Loom"
        steps.setdefault("meeting", steps["duration"])
    if "status" in steps and not ("calendar" in steps or "interest" in steps):
        return "reply"  # "Did you get a chance to read the deck?", "Send me your CV"
    kind = next((k for k in kinds if k in steps), None)
    if kind == "meeting" and "reply" not in steps:
        rivals = ("connect",) if "size" in steps else ("interest", "connect")
        earlier = [k for k in rivals if steps.get(k, len(kinds) + 10**9) < steps["meeting"]]
        return min(earlier, key=steps.__getitem__) if earlier else kind
    return kind


def _is_link(token: str) -> bool:
    """A URL or a domain with a path is a link offered; a bare domain is often a company name
    ("the Booking.com meetup") and offers something only when the sentence presents it."""
    return token.startswith(("http", "www.")) or "/" in token


def _decide(low: str, model: _Model, frames: dict[str, int], kind: str | None, question: bool, link: str | None,
            blocked: list[tuple[int, int]]) -> str | None:
    if link and (model.link and model.link.search(low) or kind and _is_link(link)):
        return "calendar" if kind == "calendar" else "resource"
    if question:
        if blocked:  # small talk or a rhetorical question ("Who doesn't love…?") asks only with a frame
            return kind or "reply" if frames else None
        return kind or "reply"
    if "direct" in frames:
        return kind or "reply"
    if "indirect" in frames:
        return kind if kind in ("opinion", "interest", "intro", "reply") else "opinion"
    if "wish" in frames and kind:
        return kind
    return None


def classify(sentence: str, language: str, book: RuleBook) -> str | None:
    """The kind of step `sentence` asks for, or None when it asks for none. Cached per language."""
    return _judge(sentence, language, book)[0]


def _judge(sentence: str, language: str, book: RuleBook) -> tuple[str | None, bool]:
    """`classify`'s kind and whether small talk or a closing formula is why it is None (_classify)."""
    model = _model(book, language)
    found = model.cache.get(sentence)
    return remember(model.cache, sentence, _classify(sentence, model), ASK_CACHE_SIZE) if found is None else found


# A LinkedIn message holds a few dozen sentences; a pasted book is not a message, and asking
# which of its 15,000 sentences ask would take seconds. Past this many, sentences are not read.
MAX_SENTENCES = 2_000


# A line that is only a link, perhaps after an arrow or emoji ("👉 https://…"), and a line that
# introduces what follows (ending in ":" or a pointing emoji: "Here's the deck:", "Book here 👇").
_LINK_LINE = re.compile(r"[^\w]*(?:https?://|www\.)\S+\s*")
_INTRO_END = re.compile(r"(?::|[\u2193\u2b07\U0001f447\U0001f449][\ufe0f\U0001f3fb-\U0001f3ff]*)\s*$")


def _with_intro(previous: Span | None, sentence: Span) -> str:
    """The text to read for `sentence`: a link on its own line is read with the line that
    introduces it ("De video staat hier:" + the link), which is then one ask, not two."""
    if previous is not None and _LINK_LINE.fullmatch(sentence.text) and _INTRO_END.search(previous.text):
        return f"{previous.text} {sentence.text.strip()}"
    return sentence.text


def find_asks(sentences: Sequence[Span], language: str, book: RuleBook, kind: str | None = None,
              learned: StackModel | None = None) -> list[Ask]:
    """The asking sentences among the first `MAX_SENTENCES`, in order, each with its kind. For a message
    of `kind` ("inmail", "connection_request", "follow_up") the stacked model (`learned`, by default the
    one beside the book's rules) decides each sentence from its words, its place and the rules' reading
    of it; without `kind` or a model the rules alone decide."""
    if kind is not None and learned is None:
        learned = ask_stack.for_book(book)
    if kind is None or learned is None:
        return _rule_asks(sentences[:MAX_SENTENCES], language, book)[0]
    read = sentences[:MAX_SENTENCES]
    _, readings = read_asks(read, language, book)
    texts = [s.text for s in read]
    asked = [d for d in ask_stack.decide(texts, readings, kind, language, learned) if d.ask]
    kinds = ask_kinds.for_book(book)
    names = ask_stack.features(texts, readings, kind, language, [d.index for d in asked]) if kinds else []
    return [_stacked_ask(read[d.index], readings[d.index], d.because, language, book,
                         None if kinds is None else (kinds, names[at])) for at, d in enumerate(asked)]


def read_asks(sentences: Sequence[Span], language: str, book: RuleBook) -> tuple[list[Ask], list[Reading]]:
    """The rules' asks among the first `MAX_SENTENCES` sentences and, from the same single pass, their
    reading of each: the kind `classify` gives the text read for it (a link line with its intro) and
    the kind of the ask they count there (ask_stack.Reading, what the stacked model weighs)."""
    read = sentences[:MAX_SENTENCES]
    found, raws = _rule_asks(read, language, book)
    at = {a.start: a.kind for a in found}
    return found, [Reading(raw, at.get(s.start), veto) for s, (raw, veto) in zip(read, raws, strict=True)]


def _stacked_ask(sentence: Span, reading: Reading, because: tuple[str, ...], language: str, book: RuleBook,
                 kinds: tuple[ask_kinds.KindModel, list[str]] | None = None) -> Ask:
    """An ask the stacked model counts, of the kind the kind model gives from the sentence's features
    (`kinds`: the model and the features) or, without one, ask_stack.ask_kind (the rules', else their
    classification's, else the step the sentence names, else "reply"); `because` says why when the
    rules alone would not count it."""
    if kinds is None:  # the step named matters only where the rules give no kind
        step = None if reading.ask or reading.raw else step_kind(sentence.text, language, book)
        return Ask(sentence.start, sentence.end, sentence.text, ask_stack.ask_kind(reading, step), because)
    features, rules_kind = ask_kinds.kind_features(kinds[1], reading, step_kind(sentence.text, language, book))
    return Ask(sentence.start, sentence.end, sentence.text, kinds[0].kind(features, rules_kind), because)


def step_kind(sentence: str, language: str, book: RuleBook) -> str | None:
    """The kind of step `sentence` names outside the spans where none counts, with or without a frame."""
    model = _model(book, language)
    if sentence in model.named:  # an ask's sentence: classified already, and its steps read on the way
        return model.named[sentence]
    low = fold(sentence)
    words = words_of(low)
    blocked = _spans(model.spans_not, low, words) + _spans(model.steps_not, low, words)
    return remember(model.named, sentence, _kind(_found(model.steps, low, words, blocked), model.kinds), ASK_CACHE_SIZE)


def _rule_asks(sentences: Sequence[Span], language: str, book: RuleBook
               ) -> tuple[list[Ask], list[tuple[str | None, bool]]]:
    """The rules' asks (weak asks only when no other sentence asks; a link line and the line
    introducing it ask once), and per sentence the kind `classify` gave its text (None: no ask) and
    whether small talk or a closing formula is why it asks none."""
    found: list[Ask] = []
    weak: list[Ask] = []
    raws: list[tuple[str | None, bool]] = []
    pattern = _model(book, language).weak
    previous: Span | None = None
    for s in sentences:
        text = _with_intro(previous, s)
        kind, veto = _judge(text, language, book)
        raws.append((kind, veto))
        if kind is not None:
            if text != s.text and found and found[-1].start == previous.start:
                found.pop()  # "Here's the deck:" and its link: one ask, at the link's line
            is_weak = pattern is not None and pattern.search(fold(s.text)) is not None
            (weak if is_weak else found).append(Ask(s.start, s.end, s.text, kind))
        previous = s
    return found or weak, raws
