# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's first frame: its layout and the restored draft, before the workspace is open.

The main window lays itself out here, shows the draft `first_look()` read (core/workspace/
first_look.py) and paints; on the next turn of the event loop it opens the workspace and shows the
same draft from it (main_window.py). Whatever was typed in between is carried over, never lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from inmail_studio.ui import dialogs
from inmail_studio.ui.editor.banners import BannerSlot
from inmail_studio.ui.editor.fields import MessageEditor
from inmail_studio.ui.editor.header import EditedBanner, EditorHeader
from inmail_studio.ui.enum_props import set_enum
from inmail_studio.ui.main_tabs import LeftTabs, MainTabs
from inmail_studio.ui.preview.mobile import MobilePreview
from inmail_studio.ui.prospects.form import ProspectForm
from inmail_studio.ui.texts import describe, draft_title

if TYPE_CHECKING:
    from collections.abc import Callable

    from inmail_studio.core.workspace.first_look import FirstLook
    from inmail_studio.ui.main_window import MainWindow


def _vertical_splitter() -> QSplitter:
    splitter = QSplitter()
    set_enum(splitter, "orientation", "Vertical")  # not Qt's enum before the first frame: ui/enum_props.py
    return splitter


def lay_out(window: MainWindow) -> None:
    """Make the window's widgets and put them in place (its attributes `left_tabs`, `editor`, `header`,
    `banner`, `banner_slot`, `center_layout`, `form`, `preview`, `right`, `main_tabs`).

    The template library, the coach and the hidden tabs are built right after the first frame
    (window_parts.py): until then, stand-ins hold their place.
    """
    window.left_tabs = LeftTabs()
    window.editor = MessageEditor(count_later=True)  # counters after the first frame: see complete
    window.header = EditorHeader()
    window.banner = EditedBanner()
    window.banner_slot = BannerSlot(window.banner)  # keeps its height: the editor never moves
    center = QWidget()
    window.center_layout = center_layout = QVBoxLayout(center)  # log_parts.py adds the contact warning
    for widget, stretch in ((window.header, 0), (window.banner_slot, 0), (window.editor, 1)):
        center_layout.addWidget(widget, stretch)
    window.form = ProspectForm()
    window.preview = MobilePreview()
    window.right = right = _vertical_splitter()
    right.addWidget(QWidget())  # the coach's stand-in
    right.addWidget(window.preview)
    right.setStretchFactor(0, 1)
    middle = _vertical_splitter()
    middle.addWidget(center)
    form_scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
    form_scroll.setWidget(window.form)
    middle.addWidget(form_scroll)
    middle.setStretchFactor(0, 3)
    middle.setStretchFactor(1, 2)
    middle.setSizes([520, 300])
    splitter = QSplitter()  # horizontal
    for widget, stretch in ((window.left_tabs, 0), (middle, 1), (right, 0)):
        splitter.addWidget(widget)
        splitter.setStretchFactor(splitter.count() - 1, stretch)
    splitter.setSizes([400, 580, 340])
    window.main_tabs = MainTabs(splitter)  # Write, then the log's pages (stand-ins until log_parts.py)
    window.setCentralWidget(window.main_tabs)


def window_title(display_title: str) -> str:
    """The window's title for a draft titled `display_title` ("" for an untitled one)."""
    return f"{draft_title(display_title)} — InMail Studio"


def show_first_look(window: MainWindow, look: FirstLook) -> None:
    """Show the draft to restore as the workspace will: its text, kind, language and banner, and
    a sent one as a record that cannot be changed (as MessageFlow.show does); its form, counters
    and coach follow once the workspace is open."""
    draft = look.draft
    templated = draft.template_id is not None
    window.header.show_state(draft.kind, draft.language, kind_free=not templated)
    window.banner_slot.show_state(templated and draft.edited, look.sent_at)
    window.editor.show_kind(draft.kind)
    window.editor.set_text(draft.subject, draft.body)
    if look.sent_at is not None:
        for editor in (window.editor.subject, window.editor.body):
            editor.setReadOnly(True)
        for part in (window.form, window.header, window.window_actions.sent):
            part.setEnabled(False)
    window.preview.show_message(draft.kind, draft.subject, draft.body, look.subject_chars)
    window.window_actions.copy_subject.setEnabled(draft.kind == "inmail")  # only an InMail has a subject
    window.setWindowTitle(window_title(draft.display_title))


def typed_since(look: FirstLook, text: tuple[str, str]) -> bool:
    """Whether the editor's `text` (subject, body) is no longer the first look's."""
    return text != (look.draft.subject, look.draft.body)


def carry_over(window: MainWindow, look: FirstLook, text: tuple[str, str]) -> None:
    """Keep what was typed before the workspace opened: into the draft it was typed in, or a new
    one when the workspace opened another draft (a database it had to fall back from) or the draft
    turns out to be sent (marked so elsewhere meanwhile): a sent message's text is a record. A draft
    the first look found sent stays read-only until complete() reads the sent log."""
    session = window.session
    draft_id = session.draft.id
    if look.sent_at is not None and look.draft.id == draft_id:
        window.flow.sent_at = look.sent_at
    if not typed_since(look, text):
        return
    if draft_id != look.draft.id or (draft_id and session.workspace.sending.last_sent(draft_id) is not None):
        session.new_draft()
    session.set_text(*text)


def or_stop(window: MainWindow, step: Callable[[], object]) -> bool:
    """Run `step`, which opens the workspace after the first frame; True when it ran. When nothing
    can be stored (`DatabaseUnavailable`), say so as `run()` (app.py) does when that happens before
    the first frame, leave the event loop with exit code 1 and return False: the window must close,
    as a window that looks usable but keeps nothing would lose all that is typed in it."""
    from inmail_studio.core.workspace.first_look import cannot_store

    try:
        step()
    except Exception as exc:
        if not cannot_store(exc):
            raise
        from PySide6.QtCore import QCoreApplication

        dialogs.critical(window, "InMail Studio", describe(exc))
        QCoreApplication.exit(1)
        return False
    return True
