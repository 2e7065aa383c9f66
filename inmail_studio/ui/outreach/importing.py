# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing LinkedIn's data export from the window: read on a worker thread, written on the GUI's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from inmail_studio.core.outreach.export_rows import ExportError
from inmail_studio.core.outreach.linkedin_export import ExportReading, read_export
from inmail_studio.core.outreach.log import ImportSummary, OutreachLog, with_languages
from inmail_studio.ui import dialogs, gui_gc
from inmail_studio.ui.outreach.texts import bad_row_text, export_problem
from inmail_studio.ui.translations import Retranslating


class _Reader(QThread):
    """Runs `read_export` and tells each message's language (pure, no store), and hands the
    reading back by signal; nothing else."""

    sig_read = Signal(object)  # ExportReading
    sig_failed = Signal(str, str)  # ExportError code, detail

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path

    def run(self) -> None:
        try:
            reading = read_export(self.path)
            reading.items = with_languages(reading.items)  # seconds for a big export: not on the GUI thread
        except ExportError as exc:
            self.sig_failed.emit(exc.code, exc.detail)
            return
        except OSError as exc:
            self.sig_failed.emit("unreadable", exc.strerror or str(exc))
            return
        except Exception as exc:  # noqa: BLE001 (a last guard: the window must hear back, never wait for ever)
            self.sig_failed.emit("unreadable", str(exc).splitlines()[0] if str(exc) else self.path.name)
            return
        self.sig_read.emit(reading)


class ExportImport(QObject):
    """One import at a time. `sig_imported(summary)` once the log holds it; `sig_failed(code,
    detail)` when the export cannot be read (ExportError codes) or written (the store's words)."""

    sig_imported = Signal(object)  # ImportSummary
    sig_failed = Signal(str, str)

    def __init__(self, log: OutreachLog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self._reader: _Reader | None = None

    @property
    def busy(self) -> bool:
        return self._reader is not None

    def start(self, path: str | Path) -> bool:
        """Begin importing `path` (a folder or .zip; a .csv stands for its folder); False while busy."""
        if self._reader is not None:
            return False
        path = Path(path)
        if path.suffix.lower() == ".csv":
            path = path.parent
        gui_gc.install()  # no Qt garbage may be collected on the reader's thread
        self._reader = _Reader(path, self)
        self._reader.sig_read.connect(self._on_read)
        self._reader.sig_failed.connect(self._on_failed)
        self._reader.finished.connect(self._on_finished)
        self._reader.start()
        return True

    def wait(self) -> None:
        """Block until a running read ends (on close)."""
        if self._reader is not None:
            self._reader.wait()

    @Slot(object)
    def _on_read(self, reading: ExportReading) -> None:
        from inmail_studio.core.errors import CoreError
        from inmail_studio.ui.texts import describe_any

        try:
            summary: ImportSummary = self.log.import_reading(reading)
        except CoreError as exc:
            self.sig_failed.emit("store", describe_any(exc))
            return
        self.sig_imported.emit(summary)

    @Slot(str, str)
    def _on_failed(self, code: str, detail: str) -> None:
        self.sig_failed.emit(code, detail)

    @Slot()
    def _on_finished(self) -> None:
        if self._reader is not None:
            self._reader.deleteLater()
        self._reader = None


class ImportButton(Retranslating, QPushButton):
    """"Import LinkedIn data…": asks for the export (.zip, or a .csv inside its folder), imports it
    without freezing the window, and tells what came of it. `sig_imported(summary)` after."""

    sig_imported = Signal(object)

    def __init__(self, log: OutreachLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.importer = ExportImport(log, self)
        self.importer.sig_imported.connect(self._on_imported)
        self.importer.sig_failed.connect(self._on_failed)
        self.clicked.connect(self._on_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Import LinkedIn data…") if not self.importer.busy else self.tr("Importing…"))
        self.setToolTip(self.tr("The .zip LinkedIn e-mails you from Settings → Data privacy → Get a copy of your "
                                "data (or a .csv in its unpacked folder)"))

    @Slot()
    def _on_clicked(self) -> None:
        path = dialogs.choose_open_file(self, self.tr("Import LinkedIn's data export"),
                                        self.tr("LinkedIn data export (*.zip *.csv)"))
        if path:
            self.import_path(path)

    def import_path(self, path: str | Path) -> None:
        if self.importer.start(path):
            self.setEnabled(False)
            self.retranslate()

    def _done(self) -> None:
        self.setEnabled(True)
        self.retranslate()

    @Slot(object)
    def _on_imported(self, summary: ImportSummary) -> None:
        self._done()
        self.sig_imported.emit(summary)
        dialogs.inform(self, self.tr("LinkedIn data imported"), self.summary_text(summary))

    @Slot(str, str)
    def _on_failed(self, code: str, detail: str) -> None:
        self._done()
        text = detail if code == "store" else export_problem(code, detail)
        dialogs.inform(self, self.tr("LinkedIn data not imported"), text)

    def summary_text(self, summary: ImportSummary) -> str:
        text = (self.tr("%n new message(s) in the log", "", summary.new) + "; "
                + self.tr("%n already there", "", summary.matched) + ".\n"
                + self.tr("%n connection request(s)", "", summary.invitations) + ", "
                + self.tr("%n accepted", "", summary.accepted) + "; "
                + self.tr("%n conversation(s) you started", "", summary.conversations) + ", "
                + self.tr("%n replied", "", summary.replied) + ".")
        if summary.bad_rows:
            text += "\n\n" + self.tr("%n row(s) skipped:", "", len(summary.bad_rows))
            for bad in summary.bad_rows[:10]:
                text += "\n" + bad_row_text(bad)
        return text
