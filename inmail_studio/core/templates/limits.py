# SPDX-License-Identifier: GPL-3.0-or-later
"""How far a template may go: sizes, loops and time (shared by the renderer and the sandbox)."""

from __future__ import annotations

MAX_SOURCE_CHARS = 100_000  # characters of template text
MAX_OUTPUT_CHARS = 200_000  # characters a render may produce (a hundred times LinkedIn's limit)
MAX_LOOP_NESTING = 2
MAX_RANGE = 1_000  # items of range()
RENDER_SECONDS = 1.0  # wall-clock time a render may take
MAX_INT_BITS = 4_096  # about 1,200 digits: more than any message needs
MAX_PARTS = 10_000  # slices, batches and list items a filter may make
