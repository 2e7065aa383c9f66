# SPDX-License-Identifier: GPL-3.0-or-later
"""The outreach log in the window: the Sent tab, the Due view and the contact-memory warning."""
