# SPDX-License-Identifier: GPL-3.0-or-later
"""Every finding's message, hint and reason exists in English and Dutch, and the coach speaks the
interface language while the message's own language decides which rules run."""

from __future__ import annotations

from string import Formatter

from inmail_studio.core import Message
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.data import TEXT_KEYS
from inmail_studio.core.lint.engine import rulebook

UI_LANGUAGES = ("en", "nl")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


def _cases() -> list[tuple[str, str, dict[str, dict[str, str]]]]:
    book = rulebook()
    return [(rule_id, case, {code: dict(t) for code, t in text.texts.items()})
            for rule_id, spec in book.rules.items() for case, text in spec.texts.items()]


def test_there_are_rules_to_check() -> None:
    assert len(_cases()) >= 20


def test_every_rule_case_has_its_texts_in_english_and_dutch() -> None:
    missing = [f"{rule}.{case}: {code}.{key}" for rule, case, texts in _cases()
               for code in UI_LANGUAGES for key in TEXT_KEYS if not texts.get(code, {}).get(key, "").strip()]
    assert not missing, "write these texts in resources/rules/<rule>/rule.toml:\n" + "\n".join(missing)


def test_a_dutch_text_is_a_translation_not_a_copy() -> None:
    copies = [f"{rule}.{case}.{key}" for rule, case, texts in _cases() for key in TEXT_KEYS
              if "nl" in texts and texts["nl"].get(key) == texts["en"].get(key)]
    assert not copies


def test_a_dutch_text_only_asks_for_fields_the_rule_fills_in() -> None:
    """The rule fills in what the English text names; a Dutch text asking for more would fail."""
    extra = [f"{rule}.{case}.{key}: {sorted(_fields(texts['nl'][key]) - _fields(texts['en'][key]))}"
             for rule, case, texts in _cases() for key in TEXT_KEYS
             if key in texts.get("nl", {}) and _fields(texts["nl"][key]) - _fields(texts["en"][key])]
    assert not extra


DUTCH_MESSAGE = Message(kind="inmail", subject="Snelle vraag", language="auto", body=(
    "Hoi [Naam],\n\nIk zag je bericht over het nieuwe magazijn in Tilburg. Wij helpen logistieke bedrijven "
    "met planning en ik denk dat we veel voor jullie kunnen betekenen. Ik hoop dat u tijd heeft.\n\n"
    "Groet,\nJoost"))


def test_the_coach_speaks_the_interface_language_about_a_dutch_message() -> None:
    dutch, english = lint(DUTCH_MESSAGE, ui_lang="nl"), lint(DUTCH_MESSAGE, ui_lang="en")
    assert dutch.language == english.language == "nl"  # the message's language picks the rules...
    assert [f.rule for f in dutch.findings] == [f.rule for f in english.findings]  # ...whatever the UI says
    by_rule = {f.rule: f for f in dutch.findings}
    assert by_rule["vague-subject"].message == "'Snelle vraag' is een vaag onderwerp: het geeft geen reden om het " \
                                               "bericht te openen."
    assert by_rule["unfilled-placeholder"].message.startswith("'[Naam]' is een invulveld")
    assert by_rule["call-to-action"].hint.startswith("Sluit af met één laagdrempelige vraag")
    english_texts = {text for f in english.findings for text in (f.message, f.hint, f.reason)}
    assert not english_texts & {text for f in dutch.findings for text in (f.message, f.hint, f.reason)}
    assert {f.rule: f for f in english.findings}["vague-subject"].message.startswith("'Snelle vraag' is a vague")


def test_a_dutch_interface_suggests_a_dutch_subject() -> None:
    hint = {f.rule: f for f in lint(DUTCH_MESSAGE, ui_lang="nl").findings}["vague-subject"].hint
    assert "Your talk" not in hint
    assert "Jullie nieuwe vestiging in Utrecht" in hint
