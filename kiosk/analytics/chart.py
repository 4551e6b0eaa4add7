"""The chart of ``kiosk stats --chart``: median time per panel visit, as horizontal bars.

Drawn with QPainter on a QImage in the bundled typefaces, so it needs only a
QGuiApplication (Qt's offscreen platform will do), and looks the same on every PC.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from kiosk.analytics.statstext import Labels, date_range, duration
from kiosk.analytics.summary import PanelRow, Summary

SIZE = (1600, 900)
"""The chart's size in pixels: 16:9, for a slide or a page."""

TITLE = "Median time per panel visit"
X_AXIS = "Median time of a visit, up to the visitor's last touch"
Y_AXIS = "Panel"

BACKGROUND = QColor("#fbfaf7")
INK = QColor("#2b2926")
MUTED = QColor("#6e6a64")
GRID = QColor("#e3dfd8")
BAR = QColor("#5b7c99")

_STEPS = (1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 14400)
"""Gridline spacings, in seconds: round numbers of seconds, minutes and hours."""


def draw_chart(summary: Summary, labels: Labels, sans: str, size: tuple[int, int] = SIZE) -> QImage:
    """The chart as an image, bars longest first; ``sans``: the font family for all text."""
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        _Chart(painter, summary, labels, sans, size).draw()
    finally:
        painter.end()
    return image


def save_chart(path: Path, summary: Summary, labels: Labels, sans: str) -> bool:
    """Draw the chart and write it as PNG; False if the file could not be written."""
    image = draw_chart(summary, labels, sans)
    # PNG whatever the file is called; PySide takes the format as str (its stubs say bytes).
    return bool(image.save(str(path), "PNG"))  # type: ignore[call-overload]


class _Chart:
    """One drawing: the title, the axes, the gridlines and a bar per panel."""

    def __init__(
        self,
        painter: QPainter,
        summary: Summary,
        labels: Labels,
        sans: str,
        size: tuple[int, int],
    ) -> None:
        self.p, self.summary, self.labels, self.sans = painter, summary, labels, sans
        self.width, self.height = size
        rows = [row for row in summary.panels if row.median_s is not None]
        self.rows = sorted(rows, key=lambda row: (-(row.median_s or 0), row.panel_id))

    def font(self, pixels: int, bold: bool = False) -> QFont:
        font = QFont(self.sans)
        font.setPixelSize(pixels)
        font.setBold(bold)
        self.p.setFont(font)
        return font

    def text(self, rect: QRectF, flags: Qt.AlignmentFlag, text: str, colour: QColor) -> None:
        self.p.setPen(colour)
        self.p.drawText(rect, int(flags), text)

    def draw(self) -> None:
        self.font(44, bold=True)
        self.text(QRectF(80, 44, self.width - 160, 60), _LEFT, TITLE, INK)
        self.font(26)
        sessions = f"{self.summary.sessions} session{'s' * (self.summary.sessions != 1)}"
        subtitle = f"{date_range(self.summary)}  ·  {sessions}"
        self.text(QRectF(80, 108, self.width - 160, 40), _LEFT, subtitle, MUTED)
        if not self.rows:
            self.font(30)
            self.text(QRectF(0, 0, self.width, self.height), _CENTRE, "No panel visits", MUTED)
            return
        plot = self.plot_area()
        top = self.ticks(plot)
        self.bars(plot, top)
        self.axis_titles(plot)

    def plot_area(self) -> QRectF:
        """Room on the left for the longest panel name (up to a third of the width)."""
        metrics = QFontMetricsF(self.font(24))
        widest = max(metrics.horizontalAdvance(self.labels.panel(r.panel_id)) for r in self.rows)
        left = _LABELS_X + min(math.ceil(widest) + 2, self.width // 3) + _GAP
        return QRectF(left, 190, self.width - left - 90, self.height - 190 - 150)

    def ticks(self, plot: QRectF) -> float:
        """Gridlines and their times under the plot; the time at the right edge."""
        longest = max(row.median_s or 0.0 for row in self.rows)
        step = next((s for s in _STEPS if longest * 1.3 / s <= 6), _STEPS[-1])
        top = max(1, math.ceil(longest * 1.3 / step)) * step
        self.font(22)
        for i in range(top // step + 1):
            x = plot.left() + plot.width() * i * step / top
            self.p.setPen(QPen(INK if i == 0 else GRID, 2 if i == 0 else 1))
            self.p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            label = QRectF(x - 90, plot.bottom() + 12, 180, 30)
            self.text(label, _CENTRE, _tick(i * step), MUTED)
        return float(top)

    def bars(self, plot: QRectF, top: float) -> None:
        pitch = plot.height() / len(self.rows)
        thickness = min(56.0, pitch * 0.62)
        for i, row in enumerate(self.rows):
            middle = plot.top() + pitch * (i + 0.5)
            length = plot.width() * (row.median_s or 0.0) / top
            bar = QRectF(plot.left(), middle - thickness / 2, length, thickness)
            self.p.fillRect(bar, BAR)
            self.font(24)
            room = plot.left() - _GAP - _LABELS_X
            name = QFontMetricsF(self.p.font()).elidedText(
                self.labels.panel(row.panel_id), Qt.TextElideMode.ElideRight, room
            )
            self.text(QRectF(_LABELS_X, middle - 20, room, 40), _RIGHT, name, INK)
            self.font(22)
            self.text(QRectF(bar.right() + 12, middle - 18, 400, 36), _LEFT, _bar_label(row), INK)

    def axis_titles(self, plot: QRectF) -> None:
        self.font(24, bold=True)
        self.text(QRectF(plot.left(), plot.bottom() + 60, plot.width(), 36), _CENTRE, X_AXIS, INK)
        self.p.save()
        self.p.translate(84, plot.center().y())
        self.p.rotate(-90)
        self.text(QRectF(-200, -18, 400, 36), _CENTRE, Y_AXIS, INK)
        self.p.restore()


_LABELS_X = 130
"""Where the panel names may begin (the axis title "Panel" stands left of them)."""
_GAP = 20
"""Between a panel's name and its bar."""

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


def _tick(seconds: int) -> str:
    """A gridline's time: '0', '30 s', '2 min', '1 h'."""
    if seconds == 0:
        return "0"
    if seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    if seconds % 60 == 0:
        return f"{seconds // 60} min"
    return duration(seconds)


def _bar_label(row: PanelRow) -> str:
    return f"{duration(row.median_s)}   ({row.visits} visit{'s' * (row.visits != 1)})"
