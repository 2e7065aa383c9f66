# SPDX-License-Identifier: GPL-3.0-or-later
"""The Results tab's two tables: A/B comparisons with their verdicts, and what works for you."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from inmail_studio.core.results.rates import Rate
from inmail_studio.core.results.stats import Comparison
from inmail_studio.ui.results import texts

AB_HEADERS = (QT_TRANSLATE_NOOP("Results", "Template"), QT_TRANSLATE_NOOP("Results", "Variant A"),
              QT_TRANSLATE_NOOP("Results", "Variant B"), QT_TRANSLATE_NOOP("Results", "What it shows"))
WORKS_HEADERS = (QT_TRANSLATE_NOOP("Results", "Compared by"), QT_TRANSLATE_NOOP("Results", "Messages"),
                 QT_TRANSLATE_NOOP("Results", "Replies within the window"))
REPLIED = QT_TRANSLATE_NOOP("Results", "replied")
MIN_COUNTED = 10  # fewer counted messages in a group: counts only, "too few to tell"


class FitTable(QTableWidget):
    """A read-only table as tall as its rows; with `wrap`, the last column's text wraps at the width it gets."""

    def __init__(self, columns: int, wrap: bool) -> None:
        super().__init__(0, columns)
        self.setWordWrap(wrap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.wordWrap() and event.size().width() != event.oldSize().width():
            _fit(self)


def new_table(headers: tuple[str, ...], wrap: bool = False) -> QTableWidget:
    """A read-only table that grows with its rows (the tab scrolls, not the table)."""
    table = FitTable(len(headers), wrap)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    if wrap:  # the last column takes what is left, and its text wraps there
        table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    retranslate_headers(table, headers)
    return table


def retranslate_headers(table: QTableWidget, headers: tuple[str, ...]) -> None:
    table.setHorizontalHeaderLabels([texts.tr(h) for h in headers])


def _fit(table: QTableWidget) -> None:
    """As tall as its rows: wrapped rows as tall as their text, others one line (the tooltip holds it all)."""
    if table.wordWrap() and table.rowCount():
        last = table.columnCount() - 1
        metrics = table.fontMetrics()
        width = table.viewport().width() - sum(table.columnWidth(c) for c in range(last))
        room = QRect(0, 0, max(40, width - 10), 100_000)
        for row in range(table.rowCount()):
            text = table.item(row, last).text()
            needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height() + 10
            table.setRowHeight(row, max(table.verticalHeader().defaultSectionSize(), needed))
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height)


def _put(table: QTableWidget, row: int, values: list[str]) -> None:
    for column, value in enumerate(values):
        cell = QTableWidgetItem(value)
        cell.setToolTip(value)
        table.setItem(row, column, cell)


def _counts(replied: int, sent: int) -> str:
    rate = texts.percent(replied / sent) if sent else "–"
    return texts.fill(texts.tr(texts.PHRASES["counts-short"]), replied=replied, sent=sent, rate=rate)


def fill_rows(table: QTableWidget, rows: list[list[str]]) -> None:
    """Replace the table's rows with these texts."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        _put(table, row, values)
    _fit(table)


def fill_ab(table: QTableWidget, rows: list[tuple[str, str, str, Comparison]], titles: Mapping[str, str]) -> None:
    """One row per comparison: counts of each variant and the verdict in words."""
    table.setRowCount(len(rows))
    for row, (template_id, a, b, comparison) in enumerate(rows):
        _put(table, row, [titles.get(template_id, template_id),
                          f"{a}: {_counts(comparison.replied_a, comparison.sent_a)}",
                          f"{b}: {_counts(comparison.replied_b, comparison.sent_b)}",
                          texts.verdict_text(a, b, comparison)])
    _fit(table)


def fill_works(table: QTableWidget, works: dict[str, dict[object, Rate]]) -> None:
    """One row per bucket of each dimension, with counts, rate and interval (counts only under MIN_COUNTED)."""
    rows = [(dimension, key, rate) for dimension in texts.DIMENSIONS if dimension in works
            for key, rate in works[dimension].items()]
    table.setRowCount(len(rows))
    previous = None
    for row, (dimension, key, rate) in enumerate(rows):
        shown = texts.tr(texts.DIMENSIONS[dimension]) if dimension != previous else ""
        previous = dimension
        line = texts.rate_line(rate, texts.tr(REPLIED), MIN_COUNTED)
        _put(table, row, [shown, texts.bucket_label(dimension, key), line])
    _fit(table)
