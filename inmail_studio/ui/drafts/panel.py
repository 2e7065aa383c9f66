# SPDX-License-Identifier: GPL-3.0-or-later
"""The drafts list: open, rename, duplicate and delete (the window offers an undo)."""

from __future__ import annotations

import time

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from inmail_studio.ui import dialogs
from inmail_studio.ui.delegates import TwoLineDelegate
from inmail_studio.ui.editor.banners import when  # the sent banner's wording of a time
from inmail_studio.ui.session import DraftSession
from inmail_studio.ui.texts import draft_title
from inmail_studio.ui.translations import Retranslating

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _when(timestamp: float) -> str:
    """Today's time ("14:05"), else the day in the window's language ("30 Nov 2026", "30 nov 2026")."""
    if time.strftime("%Y%m%d", time.localtime(timestamp)) == time.strftime("%Y%m%d"):
        return time.strftime("%H:%M", time.localtime(timestamp))
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    return QLocale().toString(moment.date(), "d MMM yyyy")


class DraftsPanel(Retranslating, QWidget):
    """Follows the session's drafts. `sig_deleted(id)` fires after a delete, for the window's undo."""

    sig_deleted = Signal(int)

    def __init__(self, session: DraftSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list = QListWidget()
        TwoLineDelegate.install(self.list)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemClicked.connect(self._on_item_activated)
        self.rename_button, self.duplicate_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.duplicate_button.clicked.connect(self._on_duplicate_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        buttons = QHBoxLayout()
        for button in (self.rename_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        session.sig_drafts_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Every text of the panel, the list's rows included, in the window's language."""
        self.list.setAccessibleName(self.tr("Drafts"))
        self.rename_button.setText(self.tr("Rename"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.delete_button.setText(self.tr("Delete"))
        if self.window().isVisible():  # the rows say "sent" and the date in words; a closed window reads nothing
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Every draft, a list's people's too (sent or not): theirs under the person's name and list,
        a sent one with the time the sent log gives it (as the Sent tab and the sent banner say)."""
        current_id, sent = self.session.draft.id, self.tr("sent")
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.session.workspace.drafts.entries():
            draft = entry.draft
            state = f"{sent} · {when(entry.sent_at)}" if entry.sent_at else _when(draft.updated_at)
            where = f" · {entry.list_name}" if entry.list_name else ""
            item = QListWidgetItem(f"{draft_title(draft.display_title)}\n{state}{where}")
            item.setData(_ID_ROLE, draft.id)
            self.list.addItem(item)
            if draft.id == current_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(_ID_ROLE) if item else None

    def _update_buttons(self) -> None:
        for button in (self.rename_button, self.duplicate_button, self.delete_button):
            button.setEnabled(self.list.currentItem() is not None)

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self._update_buttons()
        self.session.open_draft(item.data(_ID_ROLE))

    @Slot()
    def _on_rename_clicked(self) -> None:
        draft = self.session.workspace.drafts.get(draft_id) if (draft_id := self.current_id()) is not None else None
        if draft is None:
            return
        title = dialogs.ask_text(self, self.tr("Rename draft"), self.tr("Name"), draft_title(draft.display_title))
        if title is not None:
            self.session.rename_draft(draft.id, title)

    @Slot()
    def _on_duplicate_clicked(self) -> None:
        if (draft_id := self.current_id()) is not None:
            self.session.duplicate_draft(draft_id)

    @Slot()
    def _on_delete_clicked(self) -> None:
        if (draft_id := self.current_id()) is not None:
            self.session.delete_draft(draft_id)
            self.sig_deleted.emit(draft_id)
