# SPDX-License-Identifier: GPL-3.0-or-later
"""The four Results charts drawn with pyqtgraph (imported here only, when the tab is first shown)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPalette

from inmail_studio.core.results.credits import Ledger, daily_balances
from inmail_studio.core.results.rates import Rate
from inmail_studio.core.results.summary import Week
from inmail_studio.ui.results import texts
from inmail_studio.ui.theme import is_dark

SENT_COLOR = ("#5c7cfa", "#91a7ff")  # light, dark
ANSWER_COLOR = ("#2e7d32", "#81c784")
RATE_COLOR = ("#1565c0", "#64b5f6")


def _color(pair: tuple[str, str]) -> QColor:
    return QColor(pair[1] if is_dark() else pair[0])


def new_plot() -> pg.PlotWidget:
    """An empty plot in the palette's colours, without mouse zoom (charts here are read, not explored)."""
    palette = QGuiApplication.palette()
    plot = pg.PlotWidget(background=palette.color(QPalette.ColorRole.Base))
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    text = palette.color(QPalette.ColorRole.Text)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setTextPen(text)
        axis.setPen(text)
    plot.showGrid(y=True, alpha=0.15)
    return plot


def _left_ticks(plot: pg.PlotWidget, ticks: list[tuple[float, str]]) -> None:
    """Labels on the left axis, which pyqtgraph does not widen for text ticks by itself."""
    axis = plot.getAxis("left")
    axis.setTicks([ticks])
    metrics = QFontMetrics(axis.style.get("tickFont") or plot.font())
    axis.setWidth(max(metrics.horizontalAdvance(label) for _, label in ticks) + 16)


def _ticks(labels: Sequence[str], every: int = 1) -> list[list[tuple[float, str]]]:
    return [[(float(i), label) for i, label in enumerate(labels) if i % every == 0]]


def draw_weeks(plot: pg.PlotWidget, weeks: Sequence[Week], sent_label: str, answered_label: str) -> None:
    """Bars per week: messages sent, and answers (replies, acceptances) that came that week."""
    plot.clear()
    plot.addLegend(offset=(-10, 5), labelTextColor=QGuiApplication.palette().color(QPalette.ColorRole.Text))
    xs = list(range(len(weeks)))
    plot.addItem(_bars([x - 0.2 for x in xs], [w.sent for w in weeks], SENT_COLOR, sent_label))
    plot.addItem(_bars([x + 0.2 for x in xs], [w.answered for w in weeks], ANSWER_COLOR, answered_label))
    plot.getAxis("bottom").setTicks(_ticks([texts.short_date(w.start) for w in weeks], max(1, len(weeks) // 6)))
    plot.setXRange(-0.7, len(weeks) - 0.3, padding=0)
    plot.setYRange(0, max([w.sent for w in weeks] + [1]) * 1.45, padding=0)


def _bars(xs: list[float], heights: list[int], color: tuple[str, str], name: str) -> pg.BarGraphItem:
    fill = _color(color)
    return pg.BarGraphItem(x=xs, height=heights, width=0.38, brush=fill, pen=pg.mkPen(fill), name=name)


def draw_rates(plot: pg.PlotWidget, rows: Sequence[tuple[str, Rate]]) -> None:
    """One row per label: the rate as a dot and its 95 % interval as a horizontal bar, in percent."""
    plot.clear()
    ys = list(range(len(rows)))[::-1]  # first row on top
    rates = [100 * (r.rate or 0.0) for _, r in rows]
    lows = [100 * r.interval[0] for _, r in rows]  # type: ignore[index]
    highs = [100 * r.interval[1] for _, r in rows]  # type: ignore[index]
    pen = pg.mkPen(_color(RATE_COLOR), width=2)
    x, low, high = np.asarray(rates), np.asarray(lows), np.asarray(highs)
    plot.addItem(pg.ErrorBarItem(x=x, y=np.asarray(ys, dtype=float), left=x - low, right=high - x, beam=0.15,
                                 pen=pen))
    plot.addItem(pg.ScatterPlotItem(x=rates, y=ys, size=9, brush=_color(RATE_COLOR), pen=pen))
    _left_ticks(plot, [(float(y), label) for y, (label, _) in zip(ys, rows, strict=True)])
    plot.getAxis("bottom").setTicks([[(float(v), f"{v} %") for v in range(0, 101, 20)]])
    plot.setXRange(0, max(highs + [10]) * 1.1, padding=0)
    plot.setYRange(-0.6, len(rows) - 0.4, padding=0)


def draw_months(plot: pg.PlotWidget, months: Sequence[tuple[str, Rate]]) -> None:
    """The acceptance rate per month sent, with its 95 % interval as a vertical bar."""
    plot.clear()
    xs = list(range(len(months)))
    rates = [100 * (r.rate or 0.0) for _, r in months]
    lows = [100 * r.interval[0] for _, r in months]  # type: ignore[index]
    highs = [100 * r.interval[1] for _, r in months]  # type: ignore[index]
    pen = pg.mkPen(_color(ANSWER_COLOR), width=2)
    y, low, high = np.asarray(rates), np.asarray(lows), np.asarray(highs)
    plot.addItem(pg.ErrorBarItem(x=np.asarray(xs, dtype=float), y=y, top=high - y, bottom=y - low, beam=0.15,
                                 pen=pen))
    plot.plot(xs, rates, pen=pen, symbol="o", symbolBrush=_color(ANSWER_COLOR), symbolPen=pen)
    plot.getAxis("bottom").setTicks(_ticks([texts.month_label(m) for m, _ in months]))
    _left_ticks(plot, [(float(v), f"{v} %") for v in range(0, 101, 20)])
    plot.setXRange(-0.5, len(months) - 0.5, padding=0)
    plot.setYRange(0, 100, padding=0)


def draw_credits(plot: pg.PlotWidget, book: Ledger, now: datetime, cap: int) -> None:
    """The balance at the end of each day as steps over time, ending at the balance shown beside
    it (core daily_balances), with the plan's cap as a dashed line."""
    plot.clear()
    xs: list[float] = []
    ys: list[int] = []
    for day, balance in daily_balances(book, now):
        x = datetime.combine(day, time(), now.tzinfo).timestamp()
        if ys:
            xs.append(x)
            ys.append(ys[-1])
        xs.append(x)
        ys.append(balance)
    xs.append(now.timestamp())
    ys.append(ys[-1] if ys else 0)
    plot.plot(xs, ys, pen=pg.mkPen(_color(RATE_COLOR), width=2))
    plot.addItem(pg.InfiniteLine(pos=cap, angle=0, pen=pg.mkPen(_color(SENT_COLOR), style=Qt.PenStyle.DashLine)))
    first, span = xs[0], max(xs[-1] - xs[0], 1.0)
    ticks = [first + span * i / 5 for i in range(6)]
    plot.getAxis("bottom").setTicks([[(t, texts.short_date(datetime.fromtimestamp(t, now.tzinfo).date()))
                                      for t in ticks]])
    plot.setXRange(first, xs[-1], padding=0.02)
    plot.setYRange(min(ys + [0]), max(ys + [cap]) * 1.1 + 1, padding=0)

