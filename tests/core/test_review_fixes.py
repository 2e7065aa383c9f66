# SPDX-License-Identifier: GPL-3.0-or-later
"""Defects a review of the core and the command line found, each as the user would meet it:
typing lost on reopening a person, forgetting a person leaving data behind or taking namesakes,
the command line writing into a throw-away database, a newer database moved aside, and more."""

from __future__ import annotations

from pathlib import Path

import pytest

from inmail_studio.core.paths import Paths, resources_dir
from inmail_studio.core.prospects.model import Prospect
from inmail_studio.core.workspace import Workspace


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    data = tmp_path / "data"
    (data / "templates").mkdir(parents=True)
    return Paths(resources=resources_dir(), data=data)


@pytest.fixture
def ws(paths: Paths):  # type: ignore[no-untyped-def]
    workspace = Workspace.open(paths)
    workspace.desk.restore_last()
    yield workspace
    workspace.close()


# 10. reopening the open person keeps what was typed -------------------------------------------------
def test_reopening_the_open_person_keeps_the_text_typed_since_the_last_save(ws: Workspace) -> None:
    lst = ws.store.prospects.create_list("L", [Prospect(first_name="Ann"), Prospect(first_name="Bob", status="sent")])
    ann = ws.people.people(lst.id)[0]
    ws.people.open(ann.id)
    ws.desk.set_text("", "first part")
    ws.desk.save()
    ws.desk.set_text("", "first part and a paragraph typed in the last second")
    ws.people.open(ann.id)  # her row clicked again, or the walk landing on her
    assert ws.desk.draft.body == "first part and a paragraph typed in the last second"
    assert ws.store.drafts.for_prospect(ann.id).body == "first part and a paragraph typed in the last second"
