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
