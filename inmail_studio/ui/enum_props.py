# SPDX-License-Identifier: GPL-3.0-or-later
"""Set Qt's enum-typed widget properties by key name, for what the window builds before its first frame.

PySide builds the Python type of Qt's `Qt` namespace, with all of its 93 enums, the first time a
program names `Qt` (even `from PySide6.QtCore import Qt`): 12–15 ms on our machine, as long as
everything else before the window's first frame together. A bare window never pays it, and the
first frame needs only four of those values (a splitter's orientation, a toolbar's button style,
a line editor's scroll bars, a label's text format). Qt's property system takes an enum value by
its key name, as a Designer .ui file sets it (`QMetaProperty::write`), without Python's enum.
Everything built after the first frame uses `Qt` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_enum(target: QObject, name: str, key: str) -> None:
    """Set the enum property `name` of `target` to the value Qt calls `key`, e.g.
    `set_enum(splitter, "orientation", "Vertical")` for `Qt.Orientation.Vertical`.

    Raises ValueError when `target` has no such property or the enum no such key.
    """
    if not target.setProperty(name, key):
        raise ValueError(f"{type(target).__name__} has no enum property {name!r} with a key {key!r}")
