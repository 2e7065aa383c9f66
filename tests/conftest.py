# SPDX-License-Identifier: GPL-3.0-or-later
"""Suite-wide settings: the `slow` marker (slow tests still run by default), a private data folder,
garbage collected between tests."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from inmail_studio.ui import gui_gc


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: builds or installs something; deselect with -m 'not slow'")


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data folder (the command line reads its preferences
    from there when no --data-dir is given)."""
    monkeypatch.setenv("INMAIL_STUDIO_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    """Once a window's worker has moved cyclic collection to the GUI thread's timer
    (inmail_studio.ui.gui_gc), a test that never runs the event loop would leave its garbage to the
    next: collect it here, on the main thread, as the app's timer would have, after the widgets the
    test closed are really deleted."""
    yield
    if not gc.isenabled():
        # Widgets closed by qtbot are deleted later: delete them now, while their Python side is whole.
        # Collected first, a view's model could lose its attributes and the deletion in the next test's
        # event loop would call its rowCount() on what is left ("no attribute '_items'", 1 CI run in 3).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gui_gc.collect_due()
