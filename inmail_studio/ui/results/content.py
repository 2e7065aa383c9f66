# SPDX-License-Identifier: GPL-3.0-or-later
"""What the Results tab shows once built: headline, charts, A/B verdicts, what works, credits."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from inmail_studio.core.results.rates import Rate
from inmail_studio.core.results.summary import ResultsSummary
from inmail_studio.ui.results import charts, tables, texts
from inmail_studio.ui.results.cards import ChartCard
from inmail_studio.ui.results.groups import GroupRates

MIN_COUNTED = tables.MIN_COUNTED  # a rate on fewer messages is listed as "too few", not drawn
WIDE = 900  # from this width on, the charts stand two by two


def _label(rich: bool = False) -> QLabel:
    label = QLabel(wordWrap=True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ResultsContent(QWidget):
    """The built Results tab; `show_summary(summary)` fills every part."""

    sig_chart_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: ResultsSummary | None = None
        self.titles: dict[str, str] = {}
        self.headline = _label(rich=True)
        self.explain = _label()
        self.findings = _label()
        self.weeks = ChartCard(charts.new_plot, "sends-and-replies")
        self.templates = ChartCard(charts.new_plot, "reply-rate-per-template")
        self.acceptance = ChartCard(charts.new_plot, "acceptance-rate")
        self.credits = ChartCard(charts.new_plot, "inmail-credits")
        self.cards = [self.weeks, self.templates, self.acceptance, self.credits]
        for card in self.cards:
            card.sig_saved.connect(self.sig_chart_saved)
        self.ab_title, self.works_title, self.credits_title = _label(), _label(), _label()
        self.ab_table = tables.new_table(tables.AB_HEADERS, wrap=True)
        self.works_table = tables.new_table(tables.WORKS_HEADERS)
        self.groups = GroupRates()
        self.credit_text = _label()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(14)
        self._columns = 0
        self._place_cards(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        for part in (self.headline, self.explain, self.findings):
            layout.addWidget(part)
        layout.addLayout(self.grid)
        for part in (self.ab_title, self.ab_table, self.groups, self.works_title, self.works_table,
                     self.credits_title, self.credit_text):
            layout.addWidget(part)
        layout.addStretch(1)
        self.retranslate()

    def _place_cards(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_cards(2 if event.size().width() >= WIDE else 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.weeks.title.setText(self.tr("Sent and answered, per week"))
        self.templates.title.setText(self.tr("Reply rate per template"))
        self.acceptance.title.setText(self.tr("Connection requests accepted, by month sent"))
        self.credits.title.setText(self.tr("InMail credits"))
        self.ab_title.setText(self.tr("<b>A/B tests</b>"))
        self.works_title.setText(self.tr("<b>What works for you</b>"))
        self.credits_title.setText(self.tr("<b>InMail credits, as this app counts them</b>"))
        for title in (self.ab_title, self.works_title, self.credits_title):
            title.setTextFormat(Qt.TextFormat.RichText)
        tables.retranslate_headers(self.ab_table, tables.AB_HEADERS)
        tables.retranslate_headers(self.works_table, tables.WORKS_HEADERS)
        if self.summary is not None:
            self.show_summary(self.summary)

    def show_summary(self, summary: ResultsSummary, titles: Mapping[str, str] | None = None) -> None:
        """Fill every part; `titles` maps template ids to titles."""
        self.summary = summary
        self.titles = dict(titles) if titles is not None else self.titles
        self._show_headline(summary)
        self._show_weeks(summary)
        self._show_templates(summary)
        self._show_acceptance(summary)
        self._show_credits(summary)
        tables.fill_ab(self.ab_table, summary.comparisons, self.titles)
        self.ab_title.setVisible(bool(summary.comparisons))
        self.ab_table.setVisible(bool(summary.comparisons))
        tables.fill_works(self.works_table, summary.works)
        self.groups.show_groups(summary.groups)

    def _show_headline(self, summary: ResultsSummary) -> None:
        window = summary.settings.reply_window_days
        replies = total(summary.templates.values())
        parts = [texts.fill(self.tr("Sent: <b>{sent}</b>"), sent=summary.total_sent)]
        if replies.counted:
            parts.append(self.tr("InMails and follow-ups answered: ") + headline_rate(replies))
        if summary.acceptance.counted:
            parts.append(self.tr("connection requests accepted: ") + headline_rate(summary.acceptance))
        if summary.credits.plan is not None and any(e.kind == "send" for e in summary.credits.entries):
            parts.append(texts.fill(self.tr("InMail credits left: <b>{n}</b>"), n=summary.credits.balance))
        self.headline.setText(" · ".join(parts))
        self.explain.setText(texts.fill(self.tr(
            "A reply counts when it came within {days} days of sending. Messages from the last {days} days are "
            "too recent to tell and left out, so a rate does not only ever rise. Ranges show where the real rate "
            "lies with 95 % certainty."), days=window))
        lines = [texts.insight_text(i) for i in summary.insights]
        if summary.advice:
            lines.append(texts.tr(texts.ADVICE[summary.advice]))
        self.findings.setText("\n".join(lines))
        self.findings.setVisible(bool(lines))

    def _show_weeks(self, summary: ResultsSummary) -> None:
        if len(summary.weeks) < 2:
            self.weeks.show_missing(self.tr("Messages sent and answered per week appear from your second week "
                                            "of sending."))
            return
        charts.draw_weeks(self.weeks.ensure_plot(), summary.weeks, self.tr("Sent"),
                          self.tr("Replies and accepted invitations"))
        self.weeks.show_chart(self.tr("Answers are counted in the week they came in."))

    def _show_templates(self, summary: ResultsSummary) -> None:
        window = summary.settings.reply_window_days
        rows, few = [], []
        for (template_id, variant), rate in sorted(summary.templates.items(), key=lambda kv: str(kv[0])):
            label = self.titles.get(template_id, template_id) if template_id else self.tr("no template")
            label += f" · {variant}" if variant else ""
            (rows if rate.counted >= MIN_COUNTED else few).append((label, rate))
        if not rows:
            early = sum(r.too_early for _, r in few)
            self.templates.show_missing(texts.fill(self.tr(
                "No template has {min} messages older than {days} days yet. Messages sent in that time "
                "({early} so far) count once they are {days} days old."), min=MIN_COUNTED, days=window, early=early))
            return
        charts.draw_rates(self.templates.ensure_plot(), rows)
        note = self.tr("Dots: replies within {days} days. Bars: where the real rate lies (95 % sure).")
        if few:
            note += "\n" + self.tr("Too few to draw (under {min} counted): ") + ", ".join(
                f"{label} ({rate.counted})" for label, rate in few)
        self.templates.show_chart(texts.fill(note, days=window, min=MIN_COUNTED))

    def _show_acceptance(self, summary: ResultsSummary) -> None:
        window = summary.settings.acceptance_window_days
        months = [(m, r) for m, r in summary.acceptance_by_month.items() if r.counted >= MIN_COUNTED]
        if len(months) < 2:
            self.acceptance.show_missing(texts.fill(self.tr(
                "Acceptance over time needs two months with at least {min} connection requests older than {days} "
                "days each."), min=MIN_COUNTED, days=window))
            return
        charts.draw_months(self.acceptance.ensure_plot(), months)
        self.acceptance.show_chart(texts.fill(self.tr(
            "Dots: share accepted within {days} days. Bars: where the real rate lies (95 % sure)."), days=window))

    def _show_credits(self, summary: ResultsSummary) -> None:
        book = summary.credits
        if book.plan is None:  # nothing to count from: no invented balance
            self.credits.show_missing(self.tr("No plan chosen yet — choose your LinkedIn plan in Settings "
                                              "(Follow-ups and results) to count your InMail credits."))
            self.credit_text.setText("")
            return
        if not any(e.kind == "send" for e in book.entries) and summary.settings.plan_since is None:
            self.credits.show_missing(self.tr("No InMails marked as sent yet: the credit count starts with the "
                                              "first one."))
            self.credit_text.setText("")
            return
        charts.draw_credits(self.credits.ensure_plot(), book, summary.now, book.cap)
        self.credits.show_chart(texts.fill(self.tr("Dashed line: the most your plan lets you bank ({cap})."),
                                           cap=book.cap))
        self.credit_text.setText(self._credit_lines(summary))

    def _credit_lines(self, summary: ResultsSummary) -> str:
        """The plan, balance, pending refunds and what expires soon, in words."""
        book = summary.credits
        lines = [texts.fill(self.tr("{plan}. Credits per month: {monthly}; at most banked: {cap}. Balance: "
                                    "{balance}."), plan=texts.tr(texts.PLAN_NAMES.get(book.plan, book.plan)),
                            monthly=book.monthly, cap=book.cap, balance=book.balance)]
        if book.balance < 0:
            lines.append(self.tr("More InMails were marked as sent than this app counted credits for: set the real "
                                 "balance from LinkedIn in Settings."))
        if book.pending_refund:
            lines.append(texts.fill(self.tr("InMails still waiting for an answer: {n}. Each one answered within 90 "
                                            "days of sending gives its credit back."), n=book.pending_refund))
        if book.expiring:
            first, on = book.expiring[0]
            lines.append(texts.fill(self.tr("Expiring in the next 30 days if unused: {total} (the first {n} on "
                                            "{day})."), total=sum(n for n, _ in book.expiring), n=first,
                                    day=texts.short_date(on)))
        lines.append(self.tr("LinkedIn changes these figures now and then; when its count differs, set the real "
                             "balance in Settings."))
        return "\n".join(lines)


def headline_rate(rate: Rate) -> str:
    """"<b>20 %</b> (120 of 600)", or only the counts while they are too few for a rate."""
    if rate.counted < MIN_COUNTED:
        return texts.fill(texts.tr(texts.PHRASES["headline-few"]), hits=rate.hits, counted=rate.counted)
    return texts.fill(texts.tr(texts.PHRASES["headline"]), rate=texts.percent(rate.rate or 0.0), hits=rate.hits,
                      counted=rate.counted)


def total(rates: Iterable[Rate]) -> Rate:
    """The counts of several rates added up."""
    found = [0, 0, 0]
    for rate in rates:
        found[0] += rate.sent
        found[1] += rate.hits
        found[2] += rate.too_early
    return Rate(*found)

