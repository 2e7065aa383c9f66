# SPDX-License-Identifier: GPL-3.0-or-later
"""The Sent tab's search box and filters, turned into one core LogQuery."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from inmail_studio.core.message import KINDS, LANGUAGES
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.outreach.query import NO_REPLY, LogQuery
from inmail_studio.ui.labels import LANGUAGES as LANGUAGE_LABELS
from inmail_studio.ui.labels import label
from inmail_studio.ui.outreach.texts import kind_label, outcome_label
from inmail_studio.ui.translations import Retranslating

SEARCH_DELAY_MS = 150  # typing a name re-filters once the fingers pause
PERIODS = (0, 7, 30, 90, 365)  # days back; 0 is any time
OUTCOME_FILTERS = ("pending", NO_REPLY, "replied", "accepted", "declined")


def _set_entries(combo: QComboBox, everything: str, entries: Iterable[tuple[str, object]]) -> None:
    """Refill a combo ("everything" first, data None) and keep the chosen entry when it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, data in entries:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
    combo.blockSignals(False)


class LogFilterBar(Retranslating, QWidget):
    """`sig_query_changed` fires when a filter changes, and SEARCH_DELAY_MS after typing stops."""

    sig_query_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(clearButtonEnabled=True)
        self.lists, self.templates, self.kinds = QComboBox(), QComboBox(), QComboBox()
        self.languages, self.outcomes, self.period = QComboBox(), QComboBox(), QComboBox()
        self._lists: list[str] = []
        self._templates: list[str] = []
        self._titles: dict[str, str] = {}
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.sig_query_changed)
        self.search.textEdited.connect(self._on_search_edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for combo in (self.lists, self.templates, self.kinds, self.languages, self.outcomes, self.period):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.sig_query_changed)
            layout.addWidget(combo)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search a person or the text"))
        _set_entries(self.lists, self.tr("All lists"), ((name, name) for name in self._lists))
        _set_entries(self.templates, self.tr("All templates"), self._template_entries())
        _set_entries(self.kinds, self.tr("All kinds"), ((kind_label(k), k) for k in KINDS))
        _set_entries(self.languages, self.tr("All languages"),
                     ((label(LANGUAGE_LABELS, code), code) for code in LANGUAGES))
        _set_entries(self.outcomes, self.tr("All outcomes"), ((outcome_label(o), o) for o in OUTCOME_FILTERS))
        periods = {7: self.tr("Last 7 days"), 30: self.tr("Last 30 days"), 90: self.tr("Last 90 days"),
                   365: self.tr("Last 12 months")}
        _set_entries(self.period, self.tr("Any time"), ((periods[d], d) for d in PERIODS if d))

    def set_choices(self, items: Iterable[LogItem]) -> None:
        """Offer the lists and templates the log holds."""
        lists, templates = set(), set()
        for item in items:
            if item.list_name:
                lists.add(item.list_name)
            if item.template_id:
                templates.add(item.template_id)
        self._lists, self._templates = sorted(lists, key=str.casefold), sorted(templates)
        _set_entries(self.lists, self.lists.itemText(0) or self.tr("All lists"), ((n, n) for n in self._lists))
        _set_entries(self.templates, self.templates.itemText(0) or self.tr("All templates"),
                     self._template_entries())

    def set_titles(self, titles: Mapping[str, str]) -> None:
        """Offer templates by the titles the user knows them by (template id -> title)."""
        self._titles = dict(titles)
        _set_entries(self.templates, self.templates.itemText(0) or self.tr("All templates"),
                     self._template_entries())

    def _template_entries(self) -> list[tuple[str, str]]:
        """(title, id) of the templates in the log, by title; an id without a title shows as is."""
        return sorted(((self._titles.get(t, t), t) for t in self._templates), key=lambda e: e[0].casefold())

    def query(self, today: date) -> LogQuery:
        """The filters as a core query; the period counts back from `today`."""
        days = self.period.currentData()
        return LogQuery(text=self.search.text().strip(), list_name=self.lists.currentData(),
                        template_id=self.templates.currentData(), kind=self.kinds.currentData(),
                        language=self.languages.currentData(), outcome=self.outcomes.currentData(),
                        since=today - timedelta(days=days) if days else None)

    @Slot(str)
    def _on_search_edited(self, _text: str) -> None:
        self._timer.start()
