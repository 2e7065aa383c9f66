# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's actions, its toolbar and keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar


class WindowActions(QObject):
    """Made before the first frame (without icons or shortcuts, which cost start-up time);
    `set_shortcuts()` adds the keys right after it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new = self._action(self.tr("New draft"))
        self.save = self._action(self.tr("Save"))
        self.find = self._action(self.tr("Search templates"))
        self.copy_subject = self._action(self.tr("Copy subject"))
        self.copy_message = self._action(self.tr("Copy message"))
        self.copy_all = self._action(self.tr("Copy all"))
        self.sent = self._action(self.tr("Mark as sent"))
        self.next = self._action(self.tr("Next prospect"))
        self.settings = self._action(self.tr("Settings…"))

    def _action(self, text: str) -> QAction:
        action = QAction(self.window)  # QAction(text, parent) would build QIcon's Python types before the first frame
        action.setText(text)
        self.window.addAction(action)
        return action

    def wire(self, slots: dict[QAction, Callable[[], None]]) -> None:
        for action, slot in slots.items():
            action.triggered.connect(slot)

    def toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Main"), objectName="mainToolbar", movable=False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
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
            native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({native})" if native else action.text())
