# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the paths, stores and window, and run the Qt event loop."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from inmail_studio import APP_ID, __version__

if TYPE_CHECKING:
    from inmail_studio.core.paths import Paths

# Everything else of ours is imported after keep_no_module_sources() (the end of this module).


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    from inmail_studio.core.paths import DATA_DIR_ENV

    parser = argparse.ArgumentParser(prog="inmail-studio", description="InMail Studio: a writing coach for "
                                     "LinkedIn outreach. Commands lint, render and templates run without a window.")
    parser.add_argument("--data-dir", metavar="PATH",
                        help=f"folder for drafts and your own templates (or set {DATA_DIR_ENV})")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def paint_on_gui_thread() -> None:
    """Let Qt's raster engine paint on the GUI thread alone; call before the first paint.

    By default it splits every fill taller than 96 pixels into bands, hands them to a pool of
    helper threads and waits for them (QT_THREAD_PARALLEL_FILLS in Qt's qdrawhelper.cpp). On a
    busy machine each hand-off waits for the scheduler: measured while typing, 20–30 waits per
    frame, frames of 15–60 ms wall clock for about 5 ms of painting, on 2 cores under load. Our
    window's fills are small enough to do at once. Qt reads `QT_NO_GUI_THREADPOOL` (set or not)
    once, when it first paints.
    """
    os.environ["QT_NO_GUI_THREADPOOL"] = "1"


def keep_no_module_sources() -> None:
    """Have PySide's import check leave no source text behind; call as soon as PySide is loaded.

    PySide 6 reads the whole source of the module every import statement names, once it is loaded
    itself, to see whether it uses PySide (PYSIDE-2029: `_mod_uses_pyside` in shibokensupport/
    feature.py, `"PySide6" in inspect.getsource(module)`), and `linecache` keeps every line: 6.3
    MiB by the first lint, and 0.1–0.5 ms a statement (3 ms for the standard library modules our
    first imports name: typing, inspect, re, pathlib...). The same test on the file's bytes keeps
    nothing (UTF-8 and the other encodings Python source may use write "PySide6" alike); a module
    without a .py file goes to PySide's own check, and its lines are dropped after it. Without that
    function (another PySide) nothing changes. Called when this module is imported (a program that
    builds the window itself has loaded PySide by then), by `run()` once it has, and by `build_window()`.
    """
    import linecache

    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "keeps_no_source", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None) or ""
        if path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        try:
            return bool(check(module))
        finally:
            linecache.cache.pop(path, None)

    uses_pyside.keeps_no_source = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def build_window(paths: Paths):  # type: ignore[no-untyped-def]
    """The main window over the data folder (opened as a `Workspace`); the caller shows it.

    The first frame shows the layout and the draft to restore, read ahead with sqlite3 alone
    (core/workspace/first_look.py); the workspace opens right after it (MainWindow.complete), its
    template library and the draft's template with it. When the file cannot be read ahead (a first
    start is fine; another schema version, damage or a lock are not) the workspace opens here.
    Raises `DatabaseUnavailable` when not even a temporary database can be made here; after the
    first frame the window says so as run() does and the app exits with 1.
    """
    paint_on_gui_thread()
    keep_no_module_sources()
    from inmail_studio.core.workspace.first_look import first_look
    from inmail_studio.ui.main_window import MainWindow

    def open_session():  # type: ignore[no-untyped-def]
        from inmail_studio.core.workspace import Workspace
        from inmail_studio.ui.session import DraftSession

        return DraftSession(Workspace.open(paths), defer_template=True)

    return MainWindow(open_session, first_look(paths.database))


SETTLE_AFTER_MS = 1500
GUI_SWITCH_INTERVAL_S = 0.001


def settle() -> None:
    """Tune the interpreter for a window someone types in, once start-up is over.

    The coach's thread runs Python while the user types: the GUI thread gets the interpreter back
    every millisecond instead of every five. What start-up made lives as long as the window, so
    it is kept out of the collector's full passes, which would otherwise walk it all mid-typing.
    """
    import linecache

    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    linecache.clearcache()  # sources PySide read at each import (ui/window_parts.forget_module_sources)
    gc.collect()
    gc.freeze()


def _install_translator(app, paths: Paths) -> None:  # type: ignore[no-untyped-def]
    """Our catalogue and Qt's own (its file dialog, its buttons) for the language chosen in
    Settings, by default the system's; the same `UiTranslations` Settings switches later, so the
    coach, the window and Qt's dialogs always speak one language."""
    from inmail_studio.ui import translations

    translations.install(app, paths.resources / "i18n")


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    keep_no_module_sources()
    from inmail_studio.core.paths import Paths

    app = QApplication([sys.argv[0], *argv])
    app.setApplicationName("InMail Studio")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("InMail Studio")
    app.setDesktopFileName(APP_ID)
    paths = Paths.default(args.data_dir)
    icon = paths.resources / "icons" / f"{APP_ID}.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    _install_translator(app, paths)
    from inmail_studio.core.store import DatabaseUnavailable

    try:
        window = build_window(paths)
    except DatabaseUnavailable as exc:
        from PySide6.QtWidgets import QMessageBox

        from inmail_studio.ui.texts import describe

        QMessageBox.critical(None, "InMail Studio", describe(exc))
        return 1
    window.resize(1320, 820)
    window.show()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(SETTLE_AFTER_MS, settle)  # once the window is up and the first lint is in
    return app.exec()


keep_no_module_sources()  # see there: when PySide is loaded already, the modules imported next are ours
