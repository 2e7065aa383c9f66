# SPDX-License-Identifier: GPL-3.0-or-later
"""The Results tab and the quota counter: charts and counts over the outreach log (pyqtgraph loaded on first show)."""
