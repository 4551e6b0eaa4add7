"""Print the proofreading booklet (:mod:`kiosk.booklet`) as a PDF with Qt's own writer.

A4 pages, the bundled serif at 11 pt (it is drawn for Cyrillic as well as Latin),
a footer with the exhibition's title and the page number. Qt's rich text lays
the HTML out page by page; each page is then drawn into a :class:`QPdfWriter`.
Only a QGuiApplication is needed, so it runs on Qt's offscreen platform.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageReader,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from kiosk import __version__
from kiosk.app import application
from kiosk.booklet import THUMBNAIL_BOX, Booklet, build_booklet
from kiosk.content import Report
from kiosk.fonts import FontFamilies, load_bundled_fonts

RESOLUTION = 300
"""Dots per inch of the PDF's coordinates: text is vector either way; this sets the grid."""

MARGINS_MM = QMarginsF(22, 18, 22, 14)
"""Left, top, right, bottom: room to hold the sheet and to write in the margin."""

FOOTER_MM = 10.0
"""The footer's band at the foot of each page's printable area."""

BODY_POINTS = 11
FOOTER_POINTS = 8
THUMBNAIL_SHARPNESS = 3
"""A thumbnail keeps this many image pixels per CSS pixel (about 290 dpi)."""


def export_pdf(
    report: Report, languages: Sequence[str], path: Path, *, exported: date | None = None
) -> int:
    """Write the booklet of ``report``'s exhibition to ``path``; return its page count.

    The booklet is laid out twice: the first layout finds the page of each chapter,
    the second prints them in the contents (blank cells the first time, so nothing
    moves). The PDF is written next to ``path`` and renamed into place when it is
    complete, so a failed export never leaves half a file. Raises OSError if it
    cannot be written.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application()
    families = load_bundled_fonts()
    day = exported or date.today()

    def booklet(pages: dict[str, int] | None) -> Booklet:
        return build_booklet(
            report,
            languages,
            exported=day,
            version=__version__,
            image_size=_image_size,
            pages=pages,
        )

    partial = path.with_name(path.name + ".part")
    partial.write_bytes(b"")  # raises OSError now, rather than Qt failing quietly later
    try:
        first = booklet(None)
        writer = _writer(partial, first.title)
        final = booklet(chapter_pages(_laid_out(first, writer, families), first.chapters))
        count = _print(final, _laid_out(final, writer, families), writer, families)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def chapter_pages(document: QTextDocument, anchors: Sequence[str]) -> dict[str, int]:
    """The printed page (from 1) on which each of ``anchors`` stands."""
    wanted, found = set(anchors), {}
    printed = {page: number for number, page in enumerate(printed_pages(document), start=1)}
    height = document.pageSize().height()
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            for name in fragments.fragment().charFormat().anchorNames():
                if name in wanted:
                    middle = layout.blockBoundingRect(block).center().y()
                    found[name] = printed.get(int(middle // height), 1)
            fragments += 1
        block = block.next()
    return found


def printed_pages(document: QTextDocument) -> list[int]:
    """The pages of the laid-out ``document`` that hold something to read, in order.

    A block that ends a chapter exactly at the foot of a page can push its bottom
    margin onto the next page; the chapter heading after it then breaks to the
    page after that, and the page between holds nothing. Such pages are not printed.
    """
    height = document.pageSize().height()
    layout = document.documentLayout()
    pages: set[int] = set()
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            top = layout.blockBoundingRect(block).top()
            lines = block.layout()
            for index in range(lines.lineCount()):
                line = lines.lineAt(index)
                pages.add(int((top + line.y() + line.height() / 2) // height))
        block = block.next()
    return sorted(pages)


def _print(
    booklet: Booklet, document: QTextDocument, writer: QPdfWriter, families: FontFamilies
) -> int:
    """Draw each printed page of the laid-out ``document`` and its footer; return their count."""
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    pages = printed_pages(document)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Qt cannot write the PDF of {booklet.title}")
    try:
        for number, page in enumerate(pages):
            if number:
                writer.newPage()
            _draw_page(painter, document, page)
            _draw_footer(
                painter, booklet, families, number, len(pages), area.width(), area.height()
            )
    finally:
        painter.end()
    return len(pages)


def _mm(millimetres: float) -> float:
    return millimetres * RESOLUTION / 25.4


def _writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(f"kiosk {__version__}")
    return writer


def _laid_out(booklet: Booklet, writer: QPdfWriter, families: FontFamilies) -> QTextDocument:
    """The booklet as a rich-text document, cut into the pages of ``writer``."""
    document = QTextDocument()
    # Lay out for the PDF's resolution: sizes in points and CSS pixels are scaled to it.
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    font = QFont(families.serif)
    font.setPointSize(BODY_POINTS)
    document.setDefaultFont(font)
    option = QTextOption()
    # A long URL or file name breaks anywhere rather than running off the page.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    for url, image_path in booklet.images.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(url), _thumbnail(image_path)
        )
    document.setHtml(booklet.html)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    # Whole pixels: the layout counts in 1/64 pixel, and pages must meet exactly.
    document.setPageSize(QSizeF(area.width(), int(area.height() - _mm(FOOTER_MM))))
    return document


def _image_size(path: Path) -> tuple[int, int] | None:
    size = QImageReader(str(path)).size()
    return (size.width(), size.height()) if size.isValid() else None


def _thumbnail(path: Path) -> QImage:
    """The picture at a size a thumbnail needs: the PDF does not carry a 24-megapixel photo."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    box = QSize(*THUMBNAIL_BOX) * THUMBNAIL_SHARPNESS
    size = reader.size()
    if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():  # checked by validation; a file may still change since
        image = QImage(box, QImage.Format.Format_RGB32)
        image.fill(QColor("#d8d2ca"))
    return image


def _draw_page(painter: QPainter, document: QTextDocument, page: int) -> None:
    height = document.pageSize().height()
    painter.save()
    painter.translate(0, -page * height)
    document.drawContents(painter, QRectF(0, page * height, document.pageSize().width(), height))
    painter.restore()


def _draw_footer(
    painter: QPainter,
    booklet: Booklet,
    families: FontFamilies,
    page: int,
    count: int,
    width: float,
    bottom: float,
) -> None:
    font = QFont(families.sans)
    font.setPointSize(FOOTER_POINTS)
    painter.setFont(font)
    painter.setPen(QColor("#6b645c"))
    line = bottom - _mm(FOOTER_MM) + _mm(3)
    painter.drawLine(QPointF(0, line), QPointF(width, line))
    band = QRectF(0, line + _mm(1.5), width, _mm(FOOTER_MM) - _mm(4.5))
    number = booklet.page_of.format(page=page + 1, count=count)
    right = painter.fontMetrics().horizontalAdvance(number) + _mm(6)
    left_band = band.adjusted(0, 0, -right, 0)
    footer = painter.fontMetrics().elidedText(
        booklet.footer, Qt.TextElideMode.ElideRight, int(left_band.width())
    )
    painter.drawText(left_band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, footer)
    painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, number)
