# SPDX-License-Identifier: GPL-3.0-or-later
"""Words, sentences and paragraphs with their spans: the counting every rule shares.

Sentences are split by our own rules, not by a library. Measured with
benchmarks/bench_segmenters.py (2026-11-30, rerun after the month cases) on 53 hard cases of
English and Dutch business writing (tests/core/test_segmentation.py: times, units, company forms,
country names, the Dutch dotted abbreviations, dates, lists, links, emoji) and on the 1,068
labelled sentences of the tuning corpus, splitting a 200-word message line by line:

    ours       53/53 hard cases, 100.0 % of the corpus sentences,  0.15 ms
    pysbd      33/53,  96.3 %,  5.2 ms (over the whole 2 ms lint budget on its own)
    sentencex  32/53,  96.0 %,  0.01 ms

Both libraries end a sentence at "B.V." or "o.a." only by their own lists, know few Dutch
business abbreviations ("i.s.m.", "t/m", "14.30 u."), and do not end one at an emoji or a
link that closes a line; the rules below do, and the word lists stay data per language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache, partial
from typing import NamedTuple

# Combining marks stay inside a word so a decomposed "Zoe\u0308" is one word, not two.
_MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_LETTERS = rf"[^\W_]++(?:[{_MARK}][^\W_]*+)*+"  # possessive: a run is never given back
# Top-level domains a bare domain in a message ends with ("College.edu", "yaradesign.nl/werk");
# a list, so that "e.g." or "B.V." or a missing space ("today.Then") is not taken for one.
_TLDS = ("com|org|net|edu|gov|io|co|nl|be|de|uk|eu|fr|es|it|pt|ch|at|se|dk|no|fi|pl|ie|lu|us|ca|au|in|"
         "ai|app|dev|tech|info|biz|me|ly|gle|xyz|site|online|studio|agency|cloud|so|to|gg|tv|fm|page|link|cc")
_PATH = r"(?:/[^\s]*[^\s.,;:!?)\]\"'’”»])?"
# Bounded repeats (an address part is at most 64 characters, a domain has few labels): a pasted
# "a.a.a.a…" must cost time linear in its length, not quadratic.
_EMAIL = r"[\w%+\-]{1,64}(?:\.[\w%+\-]{1,64}){0,6}@[^\W_][\w\-]{0,62}(?:\.[\w\-]{1,63}){0,6}\.[A-Za-z]{2,24}"
_DOMAIN = rf"(?:[^\W_][\w\-]{{0,62}}\.){{1,6}}(?i:{_TLDS})(?![\w\-@])" + _PATH
# Counting words, a bare domain is any dotted name ending in 2-24 lower-case letters
# ("College.edu", "Node.js", "acme.nl/demo"), the definition the coach is measured with; "e.g.",
# "B.V." and "Acme.NL" are not one. (Finding links, URL_RE keeps to known top-level domains.)
_WORD_EMAIL = r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,6}"
_WORD_DOMAIN = r"(?:[^\W_]{1,63}(?:-[^\W_]{1,63}){0,8}\.){1,12}[a-z]{2,24}\b" + _PATH
# A URL, an e-mail address or a bare domain (with or without a path) is one word; otherwise
# runs of letters or digits, with inner apostrophes and hyphens kept in the word ("don't",
# "scale-ups", "zo'n"). The address and domain branches are tried only where an "@" or "." comes
# within 64 word characters (the lookahead: an address's local part and a domain's label are at
# most 64 and 63 long, RFC 5321 and RFC 1035): a word count takes 20 instead of 32 µs for 400
# words, with the same words on all 5,907 corpus messages. The bound keeps a pasted run of emoji
# or underscores linear.
_URL_WORD = r"(?:https?://|www\.)\S+"
_PLAIN_WORD = rf"{_LETTERS}(?:['’\-]{_LETTERS})*"
WORD_RE = re.compile(rf"{_URL_WORD}|(?=[\w+%\-]{{0,64}}+[@.])(?:{_WORD_EMAIL}|{_WORD_DOMAIN})|{_PLAIN_WORD}")
# The address and domain branch needs an "@" or a dot before a letter or digit. In a text with
# neither (six messages in seven) this finds the same words without trying its look-ahead at every
# word: a quarter less time per pass (`word_pattern`).
_NO_ADDRESS_WORD_RE = re.compile(f"{_URL_WORD}|{_PLAIN_WORD}")
_ADDRESS_MARK = re.compile(r"@|\.[^\W_]")
# What makes a word more than one run of letters and digits: a joiner, a joined mark, a link, an address
# or domain; and "İ", which lower-cases to two characters.
_NOT_RUNS = re.compile(rf"['’\-İ{_MARK}]|@|\.[^\W_]|https?://|www\.")
URL_RE = re.compile(rf"(?:https?://|www\.)\S+|{_EMAIL}|{_DOMAIN}")

# A sentence ends at . ! ? … (with any closing quote or bracket) before white space or the end,
# and at an emoji or emoticon that is followed by a capital ("… here 👋 Always nice to meet").
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
_EMOJI_MODIFIER = "\ufe0f\u200d\U0001f3fb-\U0001f3ff"
# Each branch starts only where its run starts (a look back at the character before) and never
# gives back what it took (possessive): a pasted line of 100,000 emoji or full stops costs linear
# time. All three take their first character from one class and then look back at which it was:
# the engine then skips from candidate to candidate instead of trying every character (4× faster).
_STOP_END = (
    rf"[.!?…{_EMOJI}:;<](?:"
    r"(?<=[.!?…])(?<![.!?…].)[.!?…]*+[\"'”’»)\]]*+(?=\s|$)"
    rf"|(?<=[{_EMOJI}])(?<![{_EMOJI}{_EMOJI_MODIFIER}].)[{_EMOJI_MODIFIER}]*+(?:[{_EMOJI}][{_EMOJI_MODIFIER}]*+)*+"
    r"(?=\s+[\"'“‘(]?[^\W\d_])"
    r"|(?<!\S.)(?:(?<=:)-?[)D(]|(?<=;)-?\)|(?<=<)3)(?=\s+[^\W\d_]))")
# A link that closes a sentence without a full stop: "…: https://x.io/rsvp Hope to see you".
# A bare domain counts when it has a path ("loom.com/share/4f8a Have a look"): without one it
# is often a company name ("Booking.com Amsterdam"). Either holds a "/" or "www.": a line without
# them is searched without this branch, which would try every word.
_LINK_END = (r"(?<!\S)(?:(?:https?://|www\.)\S++"
             rf"|(?:[^\W_][\w\-]{{0,62}}\.){{1,6}}(?i:{_TLDS})/\S*+)(?=\s+[A-ZÀ-ÖØ-Þ])")
_SENTENCE_END = re.compile(_STOP_END)
_SENTENCE_OR_LINK_END = re.compile(f"{_STOP_END}|{_LINK_END}")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(]?(\S)(\S*)")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # "J", "F.J", "a.s.a.p", "u.s"
_LIST_NUMBER = re.compile(r"\s*\(?\d{1,2}$")  # "1." opening a numbered line
# A month abbreviated after a day ends a sentence when a capitalised word follows: "on 3 Dec. Would
# you like to come?" (but "Dec. 3", "3 Dec. 10 a.m." and "3 dec. a.s." go on).
_MONTHS = frozenset("jan feb mar mrt apr jun jul aug sep sept oct okt nov dec".split())
_DAY_BEFORE = re.compile(r"(?<!\S)\d{1,2}\s+$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


class Span(NamedTuple):  # a tuple: made by the hundred per message, it must be cheap
    start: int
    end: int
    text: str


def fold(text: str) -> str:
    """Lower case with the typographic apostrophe (’) as ', the form the word lists are written in."""
    return text.lower().replace("’", "'")


def nfc_len(text: str) -> int:
    """Characters as LinkedIn counts them: code points after NFC normalisation."""
    return len(unicodedata.normalize("NFC", text)) if not text.isascii() else len(text)


def is_nfc(text: str) -> bool:
    """Whether `text` is already in NFC (nearly always: typed text is); cheap for ASCII."""
    return text.isascii() or unicodedata.is_normalized("NFC", text)


def nfc_with_offsets(text: str) -> tuple[str, list[int]] | None:
    """`text` in NFC and, for each offset in it (0 … its length), the offset in `text` it came from;
    None when `text` already is NFC (nearly always: typed text is). Each starter and the combining
    marks after it are composed on their own, so a span that starts and ends between words maps back
    exactly ("gei\u0308nteresseerd", pasted from a decomposing editor, reads as "geïnteresseerd").
    A piece ends before a starter that does not compose with it (Hangul jamo do)."""
    if is_nfc(text):
        return None
    nfc = partial(unicodedata.normalize, "NFC")
    pieces: list[str] = []
    offsets: list[int] = []
    start = 0
    for at in range(1, len(text) + 1):
        if at == len(text) or not unicodedata.combining(text[at]) and (
                nfc(text[start:at + 1]) == nfc(text[start:at]) + nfc(text[at])):
            piece = nfc(text[start:at])
            pieces.append(piece)
            offsets += [start] * len(piece)
            start = at
    offsets.append(len(text))
    return "".join(pieces), offsets


def in_abbreviation(text: str, word: Span) -> bool:
    """`word` is one letter group of a dotted abbreviation: the "u" of "a.u.b.", the "e" of "i.e."."""
    return (text[word.end:word.end + 1] == "." and text[word.end + 1:word.end + 2].isalpha()
            or word.start >= 2 and text[word.start - 1] == "." and text[word.start - 2].isalpha())


def nfc_index(text: str, count: int) -> int:
    """Offset in `text` where its first `count` characters, as `nfc_len` counts them, end.

    Where an over-long field's overflow starts: "e" + U+0301 (a decomposed "é") is one
    character to LinkedIn but two code points here. Binary search: NFC length grows with the prefix.
    """
    if text.isascii():
        return min(count, len(text))
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if nfc_len(text[:middle]) <= count:
            low = middle
        else:
            high = middle - 1
    return low


def word_pattern(text: str) -> re.Pattern[str]:
    """A pattern that finds in `text` exactly the words WORD_RE finds: WORD_RE itself, or one without
    its address and domain branch when `text` cannot hold an address or a domain (faster)."""
    return WORD_RE if _ADDRESS_MARK.search(text) else _NO_ADDRESS_WORD_RE


def words(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), m.group()) for m in word_pattern(text).finditer(text)]


def count_words(text: str) -> int:
    return len(word_pattern(text).findall(text))


def words_are_runs(text: str) -> bool:
    """Whether the words of `text` (WORD_RE) are just its runs of letters and digits, and stay so in
    lower case: it holds no apostrophe, hyphen, joined mark, link, address, domain or "İ"."""
    return _NOT_RUNS.search(text) is None


@lru_cache(maxsize=16)
def word_texts(text: str) -> tuple[str, ...]:
    """The words of `text` (WORD_RE), in order. Cached for a few texts: the language guess and the
    rules read the same body."""
    return tuple(word_pattern(text).findall(text))


def lower_words(text: str) -> list[str]:
    """The words WORD_RE finds in `text.lower()`, in order: `word_texts` lower-cased one by one where that
    gives the same words, else found anew. It does unless `text` holds "İ" (two characters lower-cased),
    "Σ" (lower-cased by what follows it), a link ("http", "www") or an address or domain (an "@" or a dot
    before a letter or digit: a domain's ending is matched in lower case only); every other character
    lower-cases to one of the same classes (a letter, a mark, white space…), every code point tried."""
    low = text.lower()
    if "İ" in text or "Σ" in text or "http" in low or "www" in low or _ADDRESS_MARK.search(text):
        return word_pattern(low).findall(low)
    words = word_texts(text)
    return "\n".join(words).lower().split("\n") if words else []  # one call: no word holds a line break


def _trimmed(text: str, start: int, end: int) -> Span | None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped or not WORD_RE.search(stripped):
        return None
    start += len(chunk) - len(chunk.lstrip())
    return Span(start, start + len(stripped), stripped)


def sentences(text: str, abbreviations: Iterable[str] = (), may_end: Iterable[str] = ()) -> list[Span]:
    """Sentences, with every line break also ending one: a greeting line is its own sentence.

    A full stop does not end a sentence after one of `abbreviations` ("e.g", "bijv", "ca":
    lower case, without the last dot), after an initial ("J. Smith", "F.J. Brouwer"), or after a
    number that opens a line ("1. We send"). After one of `may_end` ("b.v", "p.m", "etc") or
    another dotted abbreviation ("a.s.a.p", "u.s") it ends one only when a capital follows:
    "at Acme B.V. I saw" is two sentences, "Could we talk a.s.a.p. about it?" one.

    Why our own rules and not pysbd or sentencex: see the module docstring.
    """
    abbrevs = abbreviations if isinstance(abbreviations, frozenset) else frozenset(abbreviations)
    enders = may_end if isinstance(may_end, frozenset) else frozenset(may_end)
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        for start, end in _line_sentences(line, abbrevs, enders):
            spans.append(Span(offset + start, offset + end, line[start:end]))
        offset += len(line) + 1
    return spans


def _ends_at_stop(line: str, start: int, stop: int, after: int, abbrevs: frozenset[str],
                  enders: frozenset[str]) -> bool:
    """Does the full stop at line[stop] (the match ending at `after`) end a sentence?"""
    # The token before the stop: from the last white space (a search from `start` would try
    # every position of the sentence).
    before = line[max(start, line.rfind(" ", start, stop) + 1, line.rfind("\t", start, stop) + 1):stop]
    before = before.rstrip(".!?…")
    lower = before.lower().lstrip("(\"'“‘")
    if "./" in lower:  # a pair of abbreviations, "dhr./mevr." or "Tue./Wed.": the last one decides
        lower = lower.rsplit("/", 1)[1]
    if lower in abbrevs:
        return lower in _MONTHS and _month_ends(line, stop - len(before), after)
    if before.isdigit():
        return _LIST_NUMBER.fullmatch(line, 0, stop) is None
    initial = (len(lower) == 1 or "." in lower) and _INITIALS.fullmatch(lower) is not None
    if not initial and lower not in enders:
        return True  # most words: what follows need not be read
    nxt = _NEXT_WORD.match(line, after)
    capital_next = nxt is not None and nxt.group(1).isupper()
    if lower in enders:  # "at 11 a.m. CET" goes on: a capital, but an acronym
        word = (nxt.group(1) + nxt.group(2)).rstrip("?!.,") if nxt else ""
        return nxt is None or (capital_next and not (len(word) > 1 and word.isupper()))
    if before[:1].isupper() and not lower.count(".") >= 2:  # an initial (not one of `enders`, read above)
        return False  # an initial before a name
    return capital_next or nxt is None


def _month_ends(line: str, token_start: int, after: int) -> bool:
    """Does a month abbreviation at line[token_start] end its sentence: after a day ("3 Dec.") and
    before a capitalised word that is no acronym ("Would", not "CET")?"""
    if not _DAY_BEFORE.search(line, max(0, token_start - 8), token_start):
        return False
    nxt = _NEXT_WORD.match(line, after)
    word = (nxt.group(1) + nxt.group(2)).rstrip("?!.,") if nxt else ""
    return nxt is not None and nxt.group(1).isupper() and not (len(word) > 1 and word.isupper())


def _in_brackets(line: str, start: int, stop: int) -> bool:
    """Is a round bracket open at `stop` (looking back from `start`, a bounded window)?"""
    return line.count("(", start, stop) > line.count(")", start, stop)


def _goes_on(line: str, after: int) -> bool:
    """Does the sentence go on after a closing quote or bracket: a lower-case word or a dash next?"""
    nxt = _NEXT_WORD.match(line, after)
    return nxt is not None and (nxt.group(1).islower() or nxt.group(1) in "—–-")


@lru_cache(maxsize=8192)
def _line_sentences(line: str, abbrevs: frozenset[str], enders: frozenset[str] = frozenset()
                    ) -> tuple[tuple[int, int], ...]:
    """[start, end) of each sentence in one line; cached, as messages from a template share lines."""
    found = []
    start = 0
    ends = _SENTENCE_OR_LINK_END if "/" in line or "www." in line else _SENTENCE_END
    for m in ends.finditer(line):
        stop = m.group().rstrip("\"'”’»)]")
        if stop == "." and not _ends_at_stop(line, start, m.start(), m.end(), abbrevs, enders):
            continue
        if stop != m.group() and stop[:1] in "!?" and _goes_on(line, m.end()):
            continue  # a quoted or bracketed "?" or "!" inside a sentence: '(Gouda!) zou passen'
        if stop[:1] in "!?" and stop == m.group() and _in_brackets(line, max(start, m.start() - 200), m.start()):
            continue  # "(Gouda? 😄)": the bracket is still open
        if span := _trimmed(line, start, m.end()):
            found.append((span.start, span.end))
        start = m.end()
    if span := _trimmed(line, start, len(line)):
        found.append((span.start, span.end))
    elif found and line[start:].strip():  # an emoji after the last full stop belongs to that sentence
        found[-1] = (found[-1][0], len(line.rstrip()))
    return tuple(found)


def paragraphs(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        span = _trimmed(text, start, m.start())
        if span:
            spans.append(span)
        start = m.end()
    span = _trimmed(text, start, len(text))
    if span:
        spans.append(span)
    return spans


# Someone else's words in quotation marks on one line: "…", “…”, „…", «…», or ‘…’/'…' opening after
# a space or line start (so "it's" and "Anna's" open nothing).
_QUOTED = re.compile(r'"[^"\n]{1,200}"|“[^”“\n]{1,200}”|„[^”“"\n]{1,200}[”“"]|«[^»\n]{1,200}»'
                     r"|(?<![\w])[‘'][^‘’'\n]{1,200}[’'](?![\w])")


def quoted(text: str) -> list[tuple[int, int]]:
    """[start, end) in code points of each stretch of `text` in quotation marks (the marks included):
    words the writer quotes, such as a title or the reader's own phrase, are not the writer's."""
    if not any(mark in text for mark in "\"“„«‘'"):
        return []
    return [m.span() for m in _QUOTED.finditer(text)]


def utf16_offset(text: str, index: int) -> int:
    """Code-point offset → UTF-16 offset, as Qt's text positions count (emoji take two)."""
    prefix = text[:index]
    return index if prefix.isascii() else index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def from_utf16_offset(text: str, position: int) -> int:
    """UTF-16 offset (a Qt cursor position) → code-point offset."""
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
