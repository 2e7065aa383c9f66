# SPDX-License-Identifier: GPL-3.0-or-later
"""The coach's finding rows: each wrapped in full at the list's width, never cut off with "…"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

PADDING = 2  # pixels around a row's text
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_TALL = 100_000  # pixels: "no height limit" for measuring


class WrappedRowDelegate(QStyledItemDelegate):
    """Measures and paints a row's text with one width, the list's own.

    Qt's delegate measures a wrapped row with one width and paints it in a narrower one for the
    current row, then elides its last line ("…") and leaves the line under it empty. Here both
    use `text_width()`, so every row shows its whole text in as many lines as it needs.
    """

    @classmethod
    def install(cls, view: QListView) -> WrappedRowDelegate:
        """Paint `view`'s rows this way; rows are measured again whenever the list's width changes."""
        delegate = cls(view)
        view.setItemDelegate(delegate)
        view.setUniformItemSizes(False)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        return delegate

    @staticmethod
    def text_width(option: QStyleOptionViewItem) -> int:
        """The width in pixels a row's text wraps in: the list's viewport less its spacing and padding."""
        view = option.widget
        if isinstance(view, QListView):
            width = view.viewport().width() - 2 * view.spacing()
        else:
            width = option.rect.width()
        return max(1, width - 2 * PADDING)

    def text_rect(self, option: QStyleOptionViewItem, text: str) -> QRect:
        """Where the whole of `text` goes inside the row `option.rect`, wrapped at `text_width()`."""
        metrics = QFontMetrics(option.font)
        needed = metrics.boundingRect(QRect(0, 0, self.text_width(option), _TALL), _WRAP, text)
        return QRect(option.rect.left() + PADDING, option.rect.top() + PADDING, self.text_width(option),
                     needed.height())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        height = self.text_rect(opt, opt.text).height() + 2 * PADDING
        return QSize(self.text_width(opt) + 2 * PADDING, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""  # the style paints the row (background, selection, focus)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        active = bool(opt.state & QStyle.StateFlag.State_Active)
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(group, role))
        painter.setFont(opt.font)
        painter.drawText(self.text_rect(opt, text), _WRAP, text)
        painter.restore()
