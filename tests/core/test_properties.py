# SPDX-License-Identifier: GPL-3.0-or-later
"""Property tests: the coach and the renderer take any text a user can paste without breaking."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from inmail_studio.core import Message
from inmail_studio.core.lint import lint
from inmail_studio.core.message import ACCOUNTS, KINDS
from inmail_studio.core.templates.render import TemplateError, render

# No deadline: a timing assertion would make the suite flaky on a busy machine.
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that reach deep into the rules: placeholders, asks, greetings, openers, pitch words,
# Dutch address forms, URLs, abbreviations, and the characters that break naive code.
FRAGMENTS = [
    "{{ first_name }}", "{{{x}}}", "{x}", "${x}", "[Name]", "[sic]", "[1]", "[a](https://x.nl)", "<Company>", "<br>",
    "%FIRST_NAME%", "%E2%80%99", "Hi NAME,", "Hoi Naam,", "Hi xxx,", "___", "(Name)", "{% if x %}", "{%",
    "Would you be open to a call?", "Let me know.", "Zou u openstaan voor een gesprek?", "Laat gerust weten.",
    "How are you?", "No pressure.", "Fijne week!", "I'd love to connect.", "Happy to share it if useful.",
    "I hope this message finds you well", "Ik hoop dat het goed met je gaat", "special offer", "20% korting",
    "u", "je", "uw", "jouw", "we", "our", "you", "e.g.", "bijv.", "Dr.", "https://example.com/a?b=c", "www.x.nl",
    "don't", "zo'n", "scale-ups", "e\u0301", "Zoe\u0308", "🙂", "👩🏽‍💻", "🇳🇱", "שלום", "مرحبا", "\u200f", "\u202e",
    "\u0000", "\x07", "\r\n", "\n\n", "\t", "\u2028", "\ufeff", "\ufffd", "…", "?!", ".", " ", "\u00a0", "’",
    "A" * 70, "word " * 30,
    # The mail-merge family, asks by their parts, abbreviations, addresses and domains (issue 10).
    "{!Contact.FirstName}", "*|FNAME|*", "%%FirstName%%", "{contactfield=firstname|there}", "[[x]]", "_FN_",
    "#firstname#", "~~NAME~~", "`{x}`", "a.s.a.p.", "B.V.", "4 p.m.", "U.S.", "14.30 u.", "i.s.m.", "1. ",
    "jan@acme.nl", "acme.nl/jobs", "Interested?", "Ik kom graag met je in contact.", "Lukt dat?",
    "Benieuwd hoe jullie dit aanpakken.", "My calendar is here: https://cal.com/x", "Thoughts?",
    "😄 Zin om te sparren?",
]
TEXT = st.one_of(
    st.text(st.characters(), max_size=300),  # any code point, lone surrogates included
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(st.characters(), max_size=5)), max_size=40).map("".join),
)
LANGUAGES = st.sampled_from(["auto", "en", "nl"])


@PROPERTY
@given(subject=TEXT, body=TEXT, kind=st.sampled_from(KINDS), account=st.sampled_from(ACCOUNTS),
       language=LANGUAGES, template_mode=st.booleans())
@example(subject="\ud800", body="\udfff{{ x }}", kind="inmail", account="free", language="auto", template_mode=False)
@example(subject="", body="\u0000" * 3, kind="connection_request", account="free", language="nl", template_mode=True)
def test_lint_never_raises_and_spans_stay_in_their_field(
        subject: str, body: str, kind: str, account: str, language: str, template_mode: bool) -> None:
    message = Message(kind=kind, subject=subject, body=body, language=language, account=account,
                      template_mode=template_mode)
    result = lint(message)
    assert result.language in ("en", "nl")
    for finding in result.findings:
        text = message.subject if finding.field == "subject" else message.body
        assert finding.field in ("subject", "body")
        assert 0 <= finding.start <= finding.end <= len(text), finding
        if kind != "inmail":
            assert finding.field == "body", "only an InMail has a subject"
    assert 0 <= result.score <= 100
    json.dumps(result.to_dict())


@PROPERTY
@given(body=TEXT, detail=TEXT)
def test_lint_with_any_prospect_never_raises(body: str, detail: str) -> None:
    message = Message(kind="follow_up", body=body, prospect={"first_name": detail, "recent_post": detail})
    for finding in lint(message).findings:
        assert 0 <= finding.start <= finding.end <= len(body)


JINJA = [
    "{{", "}}", "{%", "%}", "{#", "#}", " ", "x", "name", "first_name", "|", "default(", "'", '"', ")", "(", "[", "]",
    ".", ",", "=", "~", "+", "*", "**", "-", "/", "//", "%", "9", "99999", "0", "-1", "for", "in", "endfor", "if",
    "else", "endif", "set", "range(", "loop", "loop.index", "join", "upper", "replace(", "format(", "attr(",
    "__class__", "__mro__", "__subclasses__()", "__globals__", "__init__", "cycler", "joiner", "namespace(",
    "lipsum", "dict(", "raw", "endraw", "macro", "endmacro", "call", "include", "import", "extends", "block",
    "filter", "endfilter", "with", "endwith", "\n", "🙂", "\ud800", "\u0000", "true", "none", "not", "and", "is",
]
SOURCE = st.one_of(
    st.text(st.characters(), max_size=80),
    st.lists(st.sampled_from(JINJA), max_size=30).map("".join),
)
VALUES = st.dictionaries(st.sampled_from(["x", "name", "first_name", "loop", "range"]), st.text(st.characters(),
                         max_size=20), max_size=3)


@settings(max_examples=500, deadline=None)
@given(source=SOURCE, values=VALUES)
@example(source="{{ ''.__class__.__mro__ }}", values={})
@example(source="{% for a in range(999) %}{% for b in range(999) %}x{% endfor %}{% endfor %}", values={})
@example(source="{{ 'x' * 99999999 }}", values={})
@example(source="{% include 'other' %}", values={})
@example(source="{{ x.__class__ }}", values={"x": "a"})
def test_render_returns_text_or_a_template_error(source: str, values: dict[str, str]) -> None:
    try:
        out = render(source, values)
    except TemplateError as exc:
        assert str(exc).strip()
    else:
        assert isinstance(out, str)
