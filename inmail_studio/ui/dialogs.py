# SPDX-License-Identifier: GPL-3.0-or-later
"""The few modal questions the app asks, in one place so tests can answer them (loaded on use)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def ask_yes_no(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """Ask before doing `yes` (sending with errors, deleting…); Enter and Escape answer `no`, the safe choice."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def critical(parent: QWidget | None, title: str, text: str) -> None:
    """A message that the app cannot go on, with Qt's critical icon."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str, value: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label, text=value)
    return text if ok else None


# The folder the last import or export used, for the next one (this run of the app only).
_last_folder: str | None = None


def start_folder() -> str:
    """Where a file dialog opens: the folder used last, else Downloads (where LinkedIn's exports
    land), else the home folder."""
    from PySide6.QtCore import QStandardPaths

    if _last_folder and Path(_last_folder).is_dir():
        return _last_folder
    for location in (QStandardPaths.StandardLocation.DownloadLocation, QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def _remember(path: str) -> str | None:
    global _last_folder
    if path:
        _last_folder = str(Path(path).parent)
    return path or None


def choose_open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(), filters)
    return _remember(path)


def choose_save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """`suggested` is a file name (it is put in the start folder) or a whole path."""
    from PySide6.QtWidgets import QFileDialog

    target = suggested if Path(suggested).is_absolute() else str(Path(start_folder()) / suggested)
    path, _ = QFileDialog.getSaveFileName(parent, title, target, filters)
    return _remember(path)
