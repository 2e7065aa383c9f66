# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentence boundaries in English and Dutch business writing: abbreviations, times, units,
company forms, country names, the Dutch dotted ones, lists, links and emoji.

The same cases rank the segmenters in benchmarks/bench_segmenters.py.
"""

from __future__ import annotations

import pytest

from inmail_studio.core import Message, text
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.engine import rulebook

# (language, text of one line, the sentences a reader sees)
HARD_CASES = [
    ("en", "Could we talk a.s.a.p. about the pilot?", ["Could we talk a.s.a.p. about the pilot?"]),
    ("en", "I'm Lisa, recruiter at Northwind Logistics B.V. I saw your PR on Airflow.",
     ["I'm Lisa, recruiter at Northwind Logistics B.V.", "I saw your PR on Airflow."]),
    ("en", "We sell in the U.S. and Europe. Both grow.", ["We sell in the U.S. and Europe.", "Both grow."]),
    ("en", "We opened an office in the U.S. Next year the U.K. follows.",
     ["We opened an office in the U.S.", "Next year the U.K. follows."]),
    ("en", "Does Tue or Thu after 4 p.m. work?", ["Does Tue or Thu after 4 p.m. work?"]),
    ("en", "Shall I book 30 min. on Monday at 11 a.m. CET?", ["Shall I book 30 min. on Monday at 11 a.m. CET?"]),
    ("en", "The call is at 9 a.m. Bring the numbers.", ["The call is at 9 a.m.", "Bring the numbers."]),
    ("en", "Tools, e.g. Slack and Jira, i.e. the usual ones. Fine.",
     ["Tools, e.g. Slack and Jira, i.e. the usual ones.", "Fine."]),
    ("en", "It cut returns by ca. 18% for brands like Nordwand. Impressive.",
     ["It cut returns by ca. 18% for brands like Nordwand.", "Impressive."]),
    ("en", "I met Dr. Jansen and J. R. Smith at Acme Ltd. They were kind.",
     ["I met Dr. Jansen and J. R. Smith at Acme Ltd.", "They were kind."]),
    ("en", "CloudTrim Inc. is hiring. Interested?", ["CloudTrim Inc. is hiring.", "Interested?"]),
    ("en", "We raised $2.5M vs. $1M last year. Good.", ["We raised $2.5M vs. $1M last year.", "Good."]),
    ("en", "It weighs approx. 4 kg. That is light.", ["It weighs approx. 4 kg.", "That is light."]),
    ("en", "See you on Jan. 5 at St. Pancras. Cheers!", ["See you on Jan. 5 at St. Pancras.", "Cheers!"]),
    ("en", "Our Q3 numbers are in, etc. Want them?", ["Our Q3 numbers are in, etc.", "Want them?"]),
    ("en", "Fellow Lagos-born engineer here 👋 Always nice to meet people from home.",
     ["Fellow Lagos-born engineer here 👋", "Always nice to meet people from home."]),
    ("en", "Sign up here: https://meetup.com/ehv/302 Hope to see you there!",
     ["Sign up here: https://meetup.com/ehv/302", "Hope to see you there!"]),
    ("en", "The recording: loom.com/share/4f8a2c Have a look when you can.",
     ["The recording: loom.com/share/4f8a2c", "Have a look when you can."]),
    ("en", "We met at the Booking.com Amsterdam office.", ["We met at the Booking.com Amsterdam office."]),
    ("en", "Have a great holiday season! 🎄", ["Have a great holiday season! 🎄"]),
    ("en", "1. I send you the case study", ["1. I send you the case study"]),
    ("en", "We grew in 2015. Then we slowed.", ["We grew in 2015.", "Then we slowed."]),
    ("en", "Version 2.5 ships today. Good.", ["Version 2.5 ships today.", "Good."]),
    ("en", "Write to jan.de.vries@acme.io or see acme.io/jobs. Thanks.",
     ["Write to jan.de.vries@acme.io or see acme.io/jobs.", "Thanks."]),
    ("nl", "Kunnen we z.s.m. bellen over de pilot?", ["Kunnen we z.s.m. bellen over de pilot?"]),
    ("nl", "Omzet € 600 mln. en groeiend. Wij zoeken een controller.",
     ["Omzet € 600 mln. en groeiend.", "Wij zoeken een controller."]),
    ("nl", "Geachte dhr./mevr. De Wit, dank voor uw reactie.", ["Geachte dhr./mevr. De Wit, dank voor uw reactie."]),
    ("en", "I'm free Tue./Wed. after 2 p.m. if that helps.", ["I'm free Tue./Wed. after 2 p.m. if that helps."]),
    ("en", "The role (req. #8841) is open.", ["The role (req. #8841) is open."]),
    ("nl", "Voor banken, ministeries e.a. We nemen alles uit handen.",
     ["Voor banken, ministeries e.a.", "We nemen alles uit handen."]),
    ("nl", "Je verhaal (die reportage!) zou perfect passen.", ["Je verhaal (die reportage!) zou perfect passen."]),
    ("nl", "Locatie halverwege (Gouda? 😄). Leuk?", ["Locatie halverwege (Gouda? 😄).", "Leuk?"]),
    ("en", 'She asked: "why not now?" — a fair question. Agreed.',
     ['She asked: "why not now?" — a fair question.', "Agreed."]),
    ("nl", "Wij begeleiden o.a. bedrijven in West-Vlaanderen, i.s.m. Proximus. Interesse?",
     ["Wij begeleiden o.a. bedrijven in West-Vlaanderen, i.s.m. Proximus.", "Interesse?"]),
    ("nl", "Ik schrijf namens Bouwbedrijf Jansen B.V. Wij zoeken een planner.",
     ["Ik schrijf namens Bouwbedrijf Jansen B.V.", "Wij zoeken een planner."]),
    ("nl", "Schikt donderdag om 14.30 u. of vrijdag om 10 u.?", ["Schikt donderdag om 14.30 u. of vrijdag om 10 u.?"]),
    ("nl", "Het gaat om ca. 25 medewerkers, bijv. in de buitendienst. Past dat?",
     ["Het gaat om ca. 25 medewerkers, bijv. in de buitendienst.", "Past dat?"]),
    ("nl", "Geachte dhr. drs. F.J. Brouwer, dank voor uw bericht.",
     ["Geachte dhr. drs. F.J. Brouwer, dank voor uw bericht."]),
    ("nl", "N.B. de prijzen zijn geldig t/m 31 januari.", ["N.B. de prijzen zijn geldig t/m 31 januari."]),
    ("nl", "Het betreft de m.b.t. inkoop en t.a.v. de heer Smit gestelde vragen. Dank!",
     ["Het betreft de m.b.t. inkoop en t.a.v. de heer Smit gestelde vragen.", "Dank!"]),
    ("nl", "Wij werken met Gebr. Koning en mevr. De Wit. Zij zijn tevreden.",
     ["Wij werken met Gebr. Koning en mevr. De Wit.", "Zij zijn tevreden."]),
    ("nl", "Ik bel u i.v.m. de vacature, d.w.z. de rol in Delft. Schikt dat?",
     ["Ik bel u i.v.m. de vacature, d.w.z. de rol in Delft.", "Schikt dat?"]),
    ("nl", "Wij leveren in Nederland, België enz. Ook in Duitsland?",
     ["Wij leveren in Nederland, België enz.", "Ook in Duitsland?"]),
    ("nl", "Ook een West-Vlaamse in de marketing 😄 Zin om te connecteren?",
     ["Ook een West-Vlaamse in de marketing 😄", "Zin om te connecteren?"]),
    ("nl", "Kijk op www.acme.nl/vacatures. Groet!", ["Kijk op www.acme.nl/vacatures.", "Groet!"]),
    ("nl", "Dat doen we zo. Bel je me?", ["Dat doen we zo.", "Bel je me?"]),
    # A month abbreviated after a day ends a sentence before a capitalised word that is no acronym.
    ("en", "The dinner is on 3 Dec. Would you like to come?", ["The dinner is on 3 Dec.", "Would you like to come?"]),
    ("en", "Deadline is 14 Feb. Could you confirm by then?", ["Deadline is 14 Feb.", "Could you confirm by then?"]),
    ("en", "Shall we say Dec. 3 at 10 a.m. CET?", ["Shall we say Dec. 3 at 10 a.m. CET?"]),
    ("en", "We meet on 3 Dec. at 10 a.m. in Leeds.", ["We meet on 3 Dec. at 10 a.m. in Leeds."]),
    ("nl", "De borrel is op 12 dec. Kom je ook?", ["De borrel is op 12 dec.", "Kom je ook?"]),
    ("nl", "Vanaf 1 okt. 2026 geldt de nieuwe regel.", ["Vanaf 1 okt. 2026 geldt de nieuwe regel."]),
    ("nl", "We spreken af op 4 mrt. CET of later.", ["We spreken af op 4 mrt. CET of later."]),
]


def _split(language: str, line: str) -> list[str]:
    data = rulebook().languages[language]
    return [s.text for s in text.sentences(line, data.abbreviations, data.may_end)]


@pytest.mark.parametrize(("language", "line", "expected"), HARD_CASES, ids=[c[1][:40] for c in HARD_CASES])
def test_hard_case(language: str, line: str, expected: list[str]) -> None:
    assert _split(language, line) == expected


def test_abbreviation_before_an_ask_keeps_it_one_ask() -> None:
    # The example: today's splitter made "about the pilot?" a sentence of its own.
    result = lint(Message(kind="follow_up", body="Hi Anna,\n\nCould we talk a.s.a.p. about the pilot?", language="en"))
    assert result.metrics.cta_count == 1
    assert result.metrics.sentences == 2
