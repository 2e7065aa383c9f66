# SPDX-License-Identifier: GPL-3.0-or-later
"""A person's detail that is no detail ("x", "-", "n/a") never reaches the message nor passes the coach."""

from __future__ import annotations

import pytest

from inmail_studio.core.compose import compose
from inmail_studio.core.details import looks_empty
from inmail_studio.core.lint.engine import lint
from inmail_studio.core.paths import Paths
from inmail_studio.core.settings import Preferences
from inmail_studio.core.templates import TemplateLibrary

TEMPLATE = "nl-recruit-inmail-developer-project"
LIST = {"hiring_company": "Coolblue", "role": "PO", "sender_name": "Joost"}  # "PO": list-wide, never judged


@pytest.mark.parametrize("value", ["x", "-", "n/a", "N.v.t.", "ab", " ?? ", "...", "–", "tbd"])
def test_junk_looks_empty(value: str) -> None:
    assert looks_empty(value)


@pytest.mark.parametrize("value", ["", "AI-agent", "de bezorgplanner", "Kotlin", "SAP"])
def test_real_details_and_nothing_at_all_do_not(value: str) -> None:
    assert not looks_empty(value)


def library(tmp_path) -> TemplateLibrary:  # type: ignore[no-untyped-def]
    paths = Paths.default(str(tmp_path))
    return TemplateLibrary(paths.builtin_templates, paths.user_templates)


@pytest.mark.parametrize("junk", ["x", "-", "n/a"])
def test_a_junk_detail_stays_to_fill_in_and_does_not_personalise(tmp_path, junk: str) -> None:  # type: ignore[no-untyped-def]
    template = library(tmp_path).get(TEMPLATE)
    person = {"first_name": "Bo", "company": "HP", "project": junk}
    composed = compose(template, person, LIST, Preferences())
    assert composed.subject == "Je werk aan {{ project }}"
    assert "Hoi Bo," in composed.body and "bij HP aan {{ project }}" in composed.body  # short names stay
    assert "voor Coolblue" in composed.body or "Coolblue" in composed.body
    result = lint(composed.message)
    assert result.has_errors and result.score < 100  # the placeholder is left: nothing "ready to send"
    real = compose(template, {**person, "project": "de bezorgplanner"}, LIST, Preferences())
    assert "{{ project }}" not in real.subject + real.body
