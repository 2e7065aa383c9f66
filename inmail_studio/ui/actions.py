# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's actions, its toolbar and keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar

from inmail_studio.ui.enum_props import set_enum

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence


class WindowActions(QObject):
    """Made before the first frame (without icons or shortcuts, which cost start-up time);
    `set_shortcuts()` adds the keys right after it. The texts follow the window's language: the
    window passes `QEvent.LanguageChange` on to this child, and `retranslate()` sets them again."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new, self.save, self.find = self._action(), self._action(), self._action()
        self.copy_subject, self.copy_message, self.copy_all = self._action(), self._action(), self._action()
        self.sent, self.next, self.settings = self._action(), self._action(), self._action()
        self._toolbar: QToolBar | None = None
        self._keys: dict[QAction, QKeySequence] = {}  # filled by set_shortcuts
        self.retranslate()

    def retranslate(self) -> None:
        """Every action's text and tooltip (with its shortcut), in the window's language."""
        for action, text in ((self.new, self.tr("New draft")), (self.save, self.tr("Save")),
                             (self.find, self.tr("Search templates")), (self.copy_subject, self.tr("Copy subject")),
                             (self.copy_message, self.tr("Copy message")), (self.copy_all, self.tr("Copy all")),
                             (self.sent, self.tr("Mark as sent")), (self.next, self.tr("Next prospect")),
                             (self.settings, self.tr("Settings…"))):
            action.setText(text)
            key = self._key_text(action)
            action.setToolTip(f"{text} ({key})" if key else text)
        if self._toolbar is not None:
            self._toolbar.setWindowTitle(self.tr("Main"))

    def _key_text(self, action: QAction) -> str:
        """The action's shortcut as the platform writes it, in the window's language ("Ctrl+S")."""
        sequence = self._keys.get(action)
        return sequence.toString(sequence.SequenceFormat.NativeText) if sequence is not None else ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def _action(self) -> QAction:
        action = QAction(self.window)  # QAction(text, parent) would build QIcon's Python types before the first frame
        self.window.addAction(action)
        return action

    def wire(self, slots: dict[QAction, Callable[[], None]]) -> None:
        for action, slot in slots.items():
            action.triggered.connect(slot)

    def toolbar(self) -> QToolBar:
        toolbar = self._toolbar = QToolBar(self.tr("Main"), objectName="mainToolbar", movable=False)
        set_enum(toolbar, "toolButtonStyle", "ToolButtonTextOnly")  # not Qt's enum: ui/enum_props.py
        for action in (self.new, self.save, None, self.copy_subject, self.copy_message, self.copy_all, None,
                       self.sent, self.next, None, self.settings):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        return toolbar

    def set_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence

        key = QKeySequence.StandardKey
        for action, shortcut in ((self.new, key.New), (self.save, key.Save), (self.find, key.Find),
                                 (self.copy_message, "Ctrl+Shift+C"), (self.sent, "Ctrl+Return"),
                                 (self.next, "Alt+Right"), (self.settings, key.Preferences)):
            sequence = QKeySequence(shortcut)
            action.setShortcut(sequence)
            self._keys[action] = sequence
        self.retranslate()
