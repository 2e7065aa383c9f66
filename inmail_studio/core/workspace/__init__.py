# SPDX-License-Identifier: GPL-3.0-or-later
"""The application layer: every user action, once, for the window and the command line."""
