"""The document view: read-only text with the three layers painted over it.

Keys go to an :class:`~annotator.ui.controllers.editing.EditController` first (label
hotkeys, Tab stepping, Enter/Backspace on suggestions); what it leaves is
normal caret movement and keyboard selection.  Clicks select the span under
the mouse; hovering shows a quote's speaker link.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QHelpEvent, QKeyEvent, QKeySequence, QPainter, QRegion, QTextCursor, QTextOption
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip, QWidget

from annotator.core.labels import BOILERPLATE, SEGMENTS
from annotator.core.model import Span, shorten
from annotator.ui.widgets.painting import Geometry, LayerPainter, visible_lines
from annotator.ui.state.session import DocSession
from annotator.ui.widgets.theme import Theme

MARGIN_WIDTH = 104


class Margin(QWidget):
    """The left margin: structure roles (TITLE, BYLINE, BOILERPLATE …) as small tags."""

    def __init__(self, view: DocumentView):
        super().__init__(view)
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills itself: nothing under it to paint

    def sizeHint(self) -> QSize:
        return QSize(MARGIN_WIDTH, 0)

    def paintEvent(self, event) -> None:
        view = self.view
        theme = view.painter.theme
        p = QPainter(self)
        p.fillRect(event.rect(), view.palette().alternateBase())
        if theme is None or view.session.doc is None:
            return
        geo = view.geometry_now()
        lines = geo.lines
        font = QFont(view.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.72))
        font.setBold(True)
        p.setFont(font)
        dy = view.viewport().y() - self.y()
        view.painter.paint_link_gutter(p, geo, dy, self.height())
        for span in geo.spans(SEGMENTS):
            rects = geo.rects(span)
            if not rects:
                continue
            color = theme.color(span.label)
            top, bottom = rects[0].top() + dy, rects[-1].bottom() + dy
            p.fillRect(QRect(self.width() - 5, int(top) + 1, 3, int(bottom - top) - 2), color)
            if view.session.to_u16(span.start) >= lines[0].start:  # tag where the span begins
                p.setPen(color if span.label != BOILERPLATE else theme.muted_text())
                font.setItalic(span.is_suggestion)  # suggested: italic, as in the span list
                p.setFont(font)
                p.drawText(QRect(2, int(top), self.width() - 10, int(rects[0].height())),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, span.label)


class DocumentView(QPlainTextEdit):
    spanClicked = Signal(object)  # span id, or None for a click on bare text

    def __init__(self, session: DocSession, parent: QWidget | None = None):
        super().__init__(parent)
        # The viewport fetched as what it is, a plain QWidget: the first viewport() call would otherwise
        # have PySide make a Python class for every QtWidgets class to find its most derived type (~12 ms
        # before the first paint, docs/performance.md). Kept, so viewport() returns this same wrapper.
        self._viewport = self.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)
        self.session = session
        self.painter = LayerPainter(session)
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        self.key_wanted: Callable[[QKeyEvent], bool] | None = None
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setMouseTracking(True)
        self.setAcceptDrops(False)  # files dropped here go to the window's import
        self.document().setUndoRedoEnabled(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Always there, so going from a short document to a long one never narrows the text and lays
        # all of it out a second time before the first paint.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.margin = Margin(self)
        self.setViewportMargins(MARGIN_WIDTH, 0, 0, 0)
        self.updateRequest.connect(self._update_margin)
        session.loaded.connect(self._load)
        session.spansLoaded.connect(self._spans_loaded)
        session.spansChanged.connect(self.refresh)
        session.currentChanged.connect(self.refresh)
        self._press: QPoint | None = None
        self._shown: tuple[int | None, str] = (None, "")
        self._framed: list[Span] = []  # spans drawn with a frame at the last refresh
        self._after_paint: list[Callable[[], None]] = []

    def set_theme(self, theme: Theme) -> None:
        self.painter.theme = theme
        self.viewport().update()  # every colour may have changed
        self.margin.update()

    def refresh(self) -> None:
        """Repaint after a change: only the lines of the spans that changed
        and of those framed before or now, when the session can say which
        (Qt's own text drawing of a whole screen costs more than the edit)."""
        changed = self.session.take_changed()
        focus = self.painter.framed()
        if changed is None or len(changed) > 200 or self.painter.theme is None:
            self.viewport().update()
        else:
            geo = self.geometry_now()
            width = self.viewport().width()
            region = QRegion()
            for span in (*changed, *focus, *self._framed):
                for r in geo.rects(span):
                    region += QRect(0, int(r.top()) - 3, width, int(r.height()) + 6)
            if not region.isEmpty():
                self.viewport().update(region)
        self._framed = focus
        self.margin.update()

    def _load(self) -> None:
        # A document's text never changes, so reading the same document again
        # (after detection, say) keeps the text, the caret and the scroll position.
        if (self.session.pk, self.session.text) != self._shown:
            self.setPlainText(self.session.shown_text)
            self._shown = (self.session.pk, self.session.text)
        self.refresh()

    def _spans_loaded(self, start: int, end: int) -> None:
        """Spans of a big document arrived: repaint if they reach the visible lines."""
        first, last = self.geometry_now().cp_range()
        if first < end and start < last:
            self.viewport().update()
            self.margin.update()

    def after_next_paint(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the text has next been painted (start-up: the garbage collector, the timing;
        benchmarks)."""
        self._after_paint.append(callback)
        self.viewport().update()

    def _update_margin(self, rect: QRect, dy: int) -> None:
        if dy:
            self.margin.scroll(0, dy)
        else:
            self.margin.update(0, rect.y(), self.margin.width(), rect.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.margin.setGeometry(QRect(cr.left(), cr.top(), MARGIN_WIDTH, cr.height()))
        metrics, size = self.fontMetrics(), self.viewport().size()
        screen = size.height() // max(1, metrics.lineSpacing()) * (size.width() // max(1, metrics.averageCharWidth()))
        self.session.head_chars = max(4_000, 2 * screen)  # a big document's spans read before its first paint

    # -- painting ---------------------------------------------------------------------------------
    def geometry_now(self, clip: QRect | None = None) -> Geometry:
        """The visible lines (those inside ``clip``) as laid out right now.  Never cached: the
        QTextLine objects die with any relayout, and using a stale one crashes."""
        return Geometry(self.session, visible_lines(self, clip))

    def paintEvent(self, event) -> None:
        geo = None
        if self.painter.theme is not None and self.session.doc is not None:
            geo = self.geometry_now(event.rect())
            p = QPainter(self.viewport())
            self.painter.paint_under(p, geo)
            p.end()
        super().paintEvent(event)
        if geo is not None:
            p = QPainter(self.viewport())
            self.painter.paint_over(p, geo)
            p.end()
        if self._after_paint:
            callbacks, self._after_paint = self._after_paint, []
            for callback in callbacks:
                callback()

    def copy_selection(self) -> None:
        """Copy the document's own text: the display breaks of a long line are not in it."""
        chosen = self.selection_cp()
        if chosen is not None:
            QApplication.clipboard().setText(self.session.text[chosen[0]:chosen[1]])

    # -- positions (code points) ------------------------------------------------------------------
    def selection_cp(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.session.to_cp(cursor.selectionStart()), self.session.to_cp(cursor.selectionEnd())

    def caret_cp(self) -> int:
        return self.session.to_cp(self.textCursor().position())

    def block_cp(self) -> tuple[int, int]:
        """The caret's line (paragraph) as a code-point range, without its newline."""
        block = self.textCursor().block()
        start = block.position()
        return self.session.to_cp(start), self.session.to_cp(start + block.length() - 1)

    def select_cp(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.session.to_u16(start))
        cursor.setPosition(self.session.to_u16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def reveal(self, span: Span | None) -> None:
        """Scroll a span into view and put the caret at its start."""
        if span is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(self.session.to_u16(span.end))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(self.session.to_u16(span.start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)

    def span_at_point(self, point: QPoint) -> Span | None:
        """The innermost span under a viewport point."""
        if self.session.doc is None:
            return None
        cursor = self.cursorForPosition(point)
        pos = cursor.position()
        if point.x() < self.cursorRect(cursor).x() and pos > 0:
            pos -= 1
        for span in self.session.paint_index.at(self.session.to_cp(pos)):
            if any(r.contains(point.toPointF()) for r in self.geometry_now().rects(span)):
                return span
        return None

    # -- input ------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()  # the window's undo (the store's edits), not the text control's
                return True
            if self.key_wanted and self.key_wanted(event):
                event.accept()
                return True
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            if self.key_handler and self.key_handler(event):
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_handler and self.key_handler(event):
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        point = event.position().toPoint()
        if press is not None and (point - press).manhattanLength() < 4 and not self.textCursor().hasSelection():
            span = self.span_at_point(point)
            self.spanClicked.emit(span.id if span else None)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if not event.buttons():
            span = self.span_at_point(event.position().toPoint())
            self.session.set_hover(span.id if span else None)

    def leaveEvent(self, event) -> None:
        self.session.set_hover(None)
        super().leaveEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            span = self.span_at_point(event.pos())
            if span is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), describe(span, self.session), self.viewport())
            return True
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.painter.theme is not None:
            old = self.painter.theme
            self.set_theme(Theme(self.palette(), old.scheme, old.high_contrast, old.label_names))


def describe(span: Span, session: DocSession) -> str:
    """One line about a span, for tooltips and the status bar."""
    text = shorten(session.text[span.start:min(span.end, span.start + 61)])
    bits = [f"{shorten(span.label, 30)}: “{text}”", str(span.status)]
    if span.source != "user":
        bits.append(shorten(span.source, 30) + (f" {span.score:.2f}" if span.score is not None else ""))
    speaker = span.attrs.get("speaker")
    if speaker:
        bits.append(f"speaker {shorten(str(speaker))}")
    for rel in session.index.relations_of(span.id):
        child = session.span(rel.child)
        if child is not None:
            target = shorten(session.text[child.start:min(child.end, child.start + 61)])
            bits.append(f"{shorten(rel.label, 30)} → {target}")
    return " · ".join(bits)
