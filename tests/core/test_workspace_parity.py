# SPDX-License-Identifier: GPL-3.0-or-later
"""One way to compose: every built-in template gives the same subject, body and coach result on the
command line as in the window, with and without preferences."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from inmail_studio import cli
from inmail_studio.core.lint.engine import lint
from inmail_studio.core.paths import Paths, resources_dir
from inmail_studio.core.settings import Preferences
from inmail_studio.core.templates import TemplateLibrary
from inmail_studio.core.workspace import Workspace

RESOURCES = resources_dir()
BUILTIN = [t.id for t in TemplateLibrary(RESOURCES / "templates", RESOURCES / "no-user-templates")]
PREFERENCES = {
    "defaults": None,
    "sender name set": Preferences(sender_name="Joost de Vries"),
    "free account, Dutch": Preferences(account="free", default_language="nl", sender_name="Joost"),
}


def window_path(data: Path, template_id: str, values: dict[str, str]) -> tuple[str, str, dict]:  # type: ignore[type-arg]
    """What the window does: choose the template, type each value in the form, coach the draft."""
    ws = Workspace.open(Paths(resources=RESOURCES, data=data))
    try:
        ws.desk.restore_last()
        ws.desk.use_template(template_id)
        for name, value in values.items():
            ws.desk.set_value(name, value)
        draft = ws.desk.draft
        return draft.subject, draft.body, lint(ws.desk.message()).to_dict()
    finally:
        ws.close()


def cli_path(data: Path, template_id: str, values: dict[str, str]) -> tuple[str, str, dict]:  # type: ignore[type-arg]
    out = io.StringIO()
    sets = [arg for name, value in values.items() for arg in ("--set", f"{name}={value}")]
    code = cli.main(["render", template_id, *sets, "--json", "--data-dir", str(data)], out=out)
    assert code in (0, 1)
    rendered = json.loads(out.getvalue())
    return rendered["subject"], rendered["body"], rendered["lint"]


@pytest.mark.parametrize("preferences", PREFERENCES.values(), ids=PREFERENCES.keys())
def test_every_builtin_template_composes_the_same_in_the_window_and_on_the_command_line(
        tmp_path: Path, preferences: Preferences | None) -> None:
    assert len(BUILTIN) >= 20
    data = tmp_path / "data"
    if preferences is not None:
        ws = Workspace.open(Paths(resources=RESOURCES, data=data))
        ws.set_preferences(preferences)
        ws.close()
    library = TemplateLibrary(RESOURCES / "templates", data / "templates")
    differences = []
    for template_id in BUILTIN:
        values = {k: v for k, v in library.get(template_id).sample.items() if k != "sender_name"}
        window, command_line = window_path(data, template_id, values), cli_path(data, template_id, values)
        if window != command_line:
            differences.append(template_id)
    assert differences == []


def test_the_sender_name_from_settings_reaches_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ws = Workspace.open(Paths(resources=RESOURCES, data=data))
    ws.set_preferences(Preferences(sender_name="Joost de Vries"))
    ws.close()
    template = next(t for t in BUILTIN if "sender_name" in TemplateLibrary(
        RESOURCES / "templates", data / "templates").get(t).variables)
    _subject, body, result = cli_path(data, template, {})
    assert "Joost de Vries" in body and "{{ sender_name }}" not in result["metrics"]["unfilled_placeholders"]
