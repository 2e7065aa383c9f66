# SPDX-License-Identifier: GPL-3.0-or-later
"""Suite-wide settings: the `slow` marker (slow tests still run by default)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: builds or installs something; deselect with -m 'not slow'")


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data folder (the command line reads its preferences
    from there when no --data-dir is given)."""
    monkeypatch.setenv("INMAIL_STUDIO_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))
