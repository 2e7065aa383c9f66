# SPDX-License-Identifier: GPL-3.0-or-later
"""The outreach log: what was sent to whom, and what came of it."""
