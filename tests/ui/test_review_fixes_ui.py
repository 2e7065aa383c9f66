# SPDX-License-Identifier: GPL-3.0-or-later
"""Defects a review found, as the window shows them: a damaged LinkedIn export is told in one message
(the import does not hang), and forgetting a person from the Sent tab leaves nothing of them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from inmail_studio.core.outreach.log import OutreachLog
from inmail_studio.core.store import Store
from inmail_studio.ui.outreach.sent_tab import SentTab

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_review_fixes import damaged_export  # noqa: E402


@pytest.fixture
def log(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "data" / "inmail-studio.sqlite3")
    yield OutreachLog(store.sent, store.settings)
    store.close()


@pytest.mark.parametrize("compression", [0, 8], ids=["stored-bad-crc", "deflated-broken-stream"])
def test_a_damaged_zip_is_told_in_one_message_and_the_button_comes_back(qtbot, log, tmp_path: Path, dialogs,
                                                                       compression: int) -> None:
    tab = SentTab(log)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.import_button.importer.sig_failed, timeout=10_000):
        tab.import_button.import_path(damaged_export(tmp_path, compression))
    assert len(dialogs.messages) == 1
    assert dialogs.messages[0].startswith("LinkedIn data not imported: A file of the export cannot be read "
                                          "(messages.csv: ")
    qtbot.waitUntil(lambda: not tab.import_button.importer.busy)
    assert tab.import_button.isEnabled() and log.items() == []


def test_forget_in_the_sent_tab_removes_the_person_everywhere(qtbot, tmp_path: Path, dialogs) -> None:
    from PySide6.QtCore import Qt

    from inmail_studio.core.paths import Paths, resources_dir
    from inmail_studio.core.prospects.model import Prospect
    from inmail_studio.core.workspace import Workspace

    ws = Workspace.open(Paths(resources=resources_dir(), data=tmp_path / "ws"))
    ws.desk.restore_last()
    lst = ws.store.prospects.create_list("L", [Prospect(first_name="Ann", last_name="Lee", company="Acme"),
                                               Prospect(first_name="Bob", last_name="Kay", company="Acme")])
    ann, bob = ws.people.people(lst.id)
    for person in (ann, bob):
        ws.people.open(person.id)
        ws.desk.set_text("", f"Hi {person.first_name}, would you be open to a call?")
        ws.sending.mark_sent()
    ws.log.add(kind="follow_up", to_name="Ann Lee", company="Acme", body="Hi Ann, any news? (from my phone)")
    tab = SentTab(ws.log, ws.sending)
    qtbot.addWidget(tab)
    tab.show()
    names = [tab.model.item(row).to_name for row in range(tab.model.rowCount())]
    tab.table.selectRow(names.index("Ann Lee"))
    with qtbot.waitSignal(tab.sig_forgotten) as forgotten:
        qtbot.mouseClick(tab.forget_button, Qt.MouseButton.LeftButton)
    assert [tab.model.item(row).to_name for row in range(tab.model.rowCount())] == ["Bob Kay"]
    assert [p.first_name for p in ws.people.people(lst.id)] == ["Bob"]  # her prospect record went too
    assert all("Ann" not in d.body for d in ws.store.drafts.everyone())
    assert forgotten.args[0].lists and forgotten.args[0].drafts  # the window refreshes the lists and drafts
    assert "Ann Lee: every message to them, their drafts and their prospect records" in dialogs.questions[-1]
    ws.close()
