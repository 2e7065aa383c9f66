# SPDX-License-Identifier: GPL-3.0-or-later
"""Suite-wide settings: the `slow` marker (slow tests still run by default)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: builds or installs something; deselect with -m 'not slow'")
