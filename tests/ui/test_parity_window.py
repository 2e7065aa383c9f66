# SPDX-License-Identifier: GPL-3.0-or-later
"""The window composes exactly as the command line does: every built-in template, typed into the
real window's form, with and without a sender name in Settings."""

from __future__ import annotations

import io
import json

import pytest

from inmail_studio import cli
from inmail_studio.core.lint.engine import lint
from inmail_studio.core.settings import Preferences


def on_the_command_line(data: str, template_id: str, values: dict[str, str]) -> tuple[str, str, dict]:  # type: ignore[type-arg]
    out = io.StringIO()
    sets = [arg for name, value in values.items() for arg in ("--set", f"{name}={value}")]
    assert cli.main(["--data-dir", data, "render", template_id, *sets, "--json"], out=out) in (0, 1)
    rendered = json.loads(out.getvalue())
    return rendered["subject"], rendered["body"], rendered["lint"]


@pytest.mark.parametrize("sender", ["", "Joost de Vries"])
def test_every_builtin_template_in_the_window_matches_the_command_line(window, paths, sender: str) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    session.set_preferences(Preferences(sender_name=sender))
    builtin = [t for t in session.library if t.builtin]
    assert len(builtin) >= 20
    differences = []
    for template in builtin:
        session.new_draft()
        session.use_template(template.id)
        values = {k: v for k, v in template.sample.items() if k != "sender_name"}
        for name, value in values.items():
            window.form.sig_value_changed.emit(name, value)  # as typing in the form does
        coached = lint(session.composition.message(session.preferences)).to_dict()  # what the window lints
        in_window = (session.draft.subject, session.draft.body, coached)
        if in_window != on_the_command_line(str(paths.data), template.id, values):
            differences.append(template.id)
    assert differences == []
