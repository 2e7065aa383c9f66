# SPDX-License-Identifier: GPL-3.0-or-later
"""What the lint context computes about a message (asks, placeholders, personal details), apart from the rules."""
