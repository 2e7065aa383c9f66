# SPDX-License-Identifier: GPL-3.0-or-later
"""What the lint context computes about a message (asks, placeholders, reading ease, personal details), apart from the rules that judge it."""
