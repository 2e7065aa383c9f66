# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail detector's clauses: a text cut where a clause ends (a sentence's end, a line break, a semicolon,
a spaced dash, a comma), except where what follows belongs to what came before: an event's name in apposition
("at a conference, Web Summit, last month"), who made an introduction ("Tom Baker, who introduced us"), a
colleague's title in apposition ("Fatima, your regional HR lead,"), the full stop of a title or an abbreviation
("Mr. Okafor", "ca. 25.000 euro")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from inmail_studio.core.text import WORD_RE, fold

__all__ = ["PUNCTUATION", "pieces"]

# Where a clause ends: at a sentence's end (the empty group "sentence" marks it; a line break ends
# a sentence too: "Hi Anna,\nCaught your talk…"), a semicolon, a spaced dash or a comma. "Like you,
# I started as a nurse" is one clause: that comma does not part the tie from its "I". Every branch
# takes its first character from the one class and then looks back at which it was: the engine then
# skips from candidate to candidate instead of trying every character (twice as fast).
_BOUNDARY = re.compile(r"[.!?…\n;, \t](?:(?:(?<=[.!?…])[.!?…]*[\"'”’»)\]]*(?=\s|$)|(?<=\n))(?P<sentence>)"
                       r"|(?<=;)|(?<=[ \t])[—–-][ \t]|(?<=,)(?<!ike you,)(?<!als jij,)(?<!als jou,)[ \t])")
_APPOSITION = re.compile(r"[^,.;:!?…\n]*")  # up to the next comma or stop
_SENTENCE_END = re.compile(r"[.!?\n]")
PUNCTUATION = "\"'“”‘’«»()[]{}.,:;!?…*"


def _word_before(text: str, at: int) -> str:
    """The text from the last space before `at` up to `at`: the word a comma or full stop closes."""
    return text[text.rfind(" ", 0, at) + 1:at]


def _apposed(text: str, comma: int, single: Mapping[str, frozenset[str]]) -> bool:
    """The comma at `comma` ends "a conference" and an event's name follows, on its own up to the next
    comma or stop: "at a conference, Web Summit, last month" and "op een congres, de Zorgtech Dag," are
    one clause, not an unnamed event; "at a conference, Anna introduced us" is two, and a lone word that
    could be a person or a town (", Anna,", ", London,"), a title (", Mr Baker") or a question is not
    joined (the question keeps its "?" in reach)."""
    last = _word_before(text, comma)  # most commas end no event noun: look no further
    before = text[max(0, comma - 40):comma - len(last)].split()
    if "EVENT" not in single.get(fold(last), ()) or not before or "INDEF" not in single.get(fold(before[-1]), ()):
        return False
    apposition = _APPOSITION.match(text, comma + 1)
    name = WORD_RE.findall(apposition.group())
    if name and "ARTICLE" in single.get(fold(name[0]), ()):
        name = name[1:]
    event_like = len(name) > 1 or bool(name) and any(c.isupper() or c.isdigit() for c in name[0][1:])  # "DevOpsDays"
    asked = _SENTENCE_END.search(text, comma)
    return event_like and len(name) <= 5 and all(w[:1].isupper() or w.isdigit() for w in name) \
        and not single.get(fold(name[0]), frozenset()) & {"HONOR", "PLACE"} and not (asked and asked.group() == "?")


def _who_next(text: str, comma: int, single: Mapping[str, frozenset[str]]) -> bool:
    """The comma at `comma` ends a name and "who" / "die" follows with an introduction in reach: "Tom
    Baker, who introduced us" is one clause, so who made it stays with the name. Other relative clauses
    stay apart ("My colleague Priya, who met you at Websummit,")."""
    after = text[comma + 1:comma + 80].split()
    last = _word_before(text, comma)
    return bool(after) and "WHO" in single.get(fold(after[0]), ()) and last[:1].isupper() \
        and not single.get(fold(last)) \
        and any(single.get(fold(w.strip(PUNCTUATION)), frozenset()) & _INTRODUCING for w in after[1:8])


_INTRODUCING = frozenset({"INTRO", "FAVOUR", "REFVERB"})


def _their_title_next(text: str, comma: int, single: Mapping[str, frozenset[str]]) -> bool:
    """The comma at `comma` ends a name and a title of the reader's colleague follows in apposition, closed by a
    comma: "Fatima, your regional HR lead, asked me…" is one clause up to that second comma, so the name stays
    with its title (detail_ties.their_colleague)."""
    last = _word_before(text, comma)
    if not last[:1].isupper() or fold(last) in single:
        return False
    after = _APPOSITION.match(text, comma + 1)
    words = [fold(w) for w in after.group().split()]
    return 1 < len(words) <= 5 and text[after.end():after.end() + 1] == "," and "POSS" in single.get(words[0], ()) \
        and bool(single.get(words[-1].rsplit("-", 1)[-1], frozenset()) & {"STAFF", "PEERS"})


def _titled(text: str, stop: int, single: Mapping[str, frozenset[str]]) -> bool:
    """The full stop at `stop` ends a title before a name ("Mr. Okafor", "dhr. Wouters") or an abbreviation before
    what goes on ("ca. 25.000 euro", "bijv. de planning"), not a sentence."""
    classes = single.get(fold(_word_before(text, stop)), ())
    after = text[stop + 1:stop + 3].strip()[:1]
    return "HONOR" in classes and after.isupper() or "ABBREV" in classes and after != "" and not after.isupper()


def pieces(text: str, single: Mapping[str, frozenset[str]]) -> list[tuple[int, int, bool]]:
    """The text cut into clauses: [start, end) with the punctuation that closes each, and
    whether it opens a sentence (its first word's capital then says nothing). `single` is the
    language's word classes (`DetailWords.single`), to keep a named event's apposition in its clause."""
    out, at, opens = [], 0, True
    commas = "," in text
    for m in _BOUNDARY.finditer(text):
        mark = text[m.start()]
        if commas and mark == "," and (_apposed(text, m.start(), single) or _who_next(text, m.start(), single)
                                       or _their_title_next(text, m.start(), single)) \
                or mark == "." and _titled(text, m.start(), single):
            continue
        out.append((at, m.end(), opens))
        at, opens = m.end(), m.lastgroup == "sentence"
    if at < len(text):
        out.append((at, len(text), opens))
    return out
