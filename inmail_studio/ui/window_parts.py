# SPDX-License-Identifier: GPL-3.0-or-later
"""What the main window builds right after its first frame (or on first use): the template
library, the coach, then the Drafts and Prospects tabs, what the template buttons open, and the
outreach log's parts (log_parts.py; its pages are built when first opened).

The first frame holds the layout and the restored draft only; these parts fill in on the next
turns of the event loop, each put where a same-sized stand-in was, so nothing moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSplitter, QWidget

from inmail_studio.ui.main_tabs import install_tab

if TYPE_CHECKING:
    from inmail_studio.ui.coach.panel import CoachPanel
    from inmail_studio.ui.drafts.panel import DraftsPanel
    from inmail_studio.ui.library.actions import TemplateActions
    from inmail_studio.ui.library.panel import LibraryPanel
    from inmail_studio.ui.log_parts import LogParts
    from inmail_studio.ui.main_window import MainWindow
    from inmail_studio.ui.prospects.panel import ProspectsPanel


def forget_module_sources() -> None:
    """Drop the source text PySide read while modules were imported; call once start-up is done.

    PySide 6 reads the whole source of every module imported after it, to see whether it uses
    PySide (PYSIDE-2029: `inspect.getsource` in its shibokensupport/feature.py), and `linecache`
    keeps every line: 6.3 MiB for the window's modules, the standard library's and Jinja2's. A
    traceback reads the lines it shows again when it needs them.
    """
    import linecache

    linecache.clearcache()


def replace_in_splitter(splitter: QSplitter, index: int, widget: QWidget) -> None:
    """Put `widget` where the stand-in at `index` was, at the stand-in's size."""
    sizes = splitter.sizes()
    stand_in = splitter.replaceWidget(index, widget)
    splitter.setSizes(sizes)
    if stand_in is not None:
        stand_in.deleteLater()


class Parts:
    """Everything built after the first frame, each set as soon as it is built (a part that fails
    to build leaves the ones before it working). A plain class: the first frame does without
    dataclass's code generation."""

    library: LibraryPanel | None = None
    coach: CoachPanel | None = None
    drafts: DraftsPanel | None = None
    prospects: ProspectsPanel | None = None
    template_actions: TemplateActions | None = None
    log: LogParts | None = None  # the Sent, Follow-ups due and Results pages, contact warning, quotas


def build_parts(window: MainWindow, parts: Parts) -> None:
    """Build and wire the parts into `parts`, in the order a person looks for them."""
    from inmail_studio.ui.coach.panel import CoachPanel
    from inmail_studio.ui.drafts.panel import DraftsPanel
    from inmail_studio.ui.library.actions import TemplateActions
    from inmail_studio.ui.library.panel import LibraryPanel
    from inmail_studio.ui.log_parts import LogParts
    from inmail_studio.ui.prospects.panel import ProspectsPanel
    from inmail_studio.ui.translations import current_ui_language

    s = window.session
    parts.library = library = LibraryPanel(s.library)
    library.remember_filters(s.workspace, current_ui_language())  # first: the window's own language
    install_tab(window.left_tabs, 0, library)
    library.sig_template_chosen.connect(s.use_template)
    window.setTabOrder(library.search, library.list)
    parts.coach = CoachPanel()
    replace_in_splitter(window.right, 0, parts.coach)
    parts.coach.sig_finding_activated.connect(window.editor.select_finding)
    parts.drafts = DraftsPanel(s)
    install_tab(window.left_tabs, 1, parts.drafts)
    parts.drafts.sig_deleted.connect(window.offer_undo)
    parts.template_actions = TemplateActions(window, s)
    parts.template_actions.connect_panel(library)
    window.window_actions.set_shortcuts()
    parts.prospects = ProspectsPanel(s)
    install_tab(window.left_tabs, 2, parts.prospects)
    parts.prospects.sig_message.connect(window.status.say)
    parts.template_actions.sig_library_changed.connect(parts.prospects.refresh_templates)
    window.flow.sig_sent.connect(parts.prospects.walk.after_sent)  # sent: on to the next person
    parts.prospects.walk.sig_replied.connect(window.flow.mark_replied)
    parts.log = LogParts(window)  # the log's pages themselves when first opened
    parts.template_actions.sig_library_changed.connect(parts.log.set_titles)
