# SPDX-License-Identifier: GPL-3.0-or-later
"""List rows with a title and a quieter second line (template kind and tags, draft date, status)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

PADDING = 6


class TwoLineDelegate(QStyledItemDelegate):
    """Paints an item's text "title\\nsubtitle": the title as usual, the subtitle smaller and dimmer."""

    @classmethod
    def install(cls, view: QListView) -> None:
        """Paint `view`'s rows this way. Every row is two lines high, so Qt measures one, not all."""
        view.setItemDelegate(cls(view))
        view.setUniformItemSizes(True)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        title, small = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(small).height() + 2 * PADDING
        return QSize(0, height)  # as wide as the list: with uniform sizes a width here would stick

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the style paints the row (background, selection, focus); paint() adds the text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        first, _, second = text.partition("\n")
        # Asked of the view rather than read from option.state: that flag type is QStyle's, and
        # building QStyle's Python types costs the first frame several milliseconds.
        view = option.widget
        selection = view.selectionModel() if view is not None else None
        selected = selection is not None and selection.isSelected(index)
        active = view is not None and view.isActiveWindow()
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = option.palette.color(group, role)
        title, small = self._fonts(option)
        rect = option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        painter.save()
        painter.setPen(color)
        painter.setFont(title)
        line = QFontMetrics(title).height()
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(title).elidedText(first, Qt.TextElideMode.ElideRight, rect.width()))
        if second:
            dim = color if selected else option.palette.color(group, QPalette.ColorRole.PlaceholderText)
            painter.setPen(dim)
            painter.setFont(small)
            painter.drawText(QRect(rect.left(), rect.top() + line + 2, rect.width(), QFontMetrics(small).height()),
                             Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(small).elidedText(second, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()
