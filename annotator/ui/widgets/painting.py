"""Draws the three layers over the visible part of the document.

No character formats are ever set on the text (PySide6 6.12 leaks on every
``QSyntaxHighlighter.setFormat`` and aborts after a few thousand spans on
Python 3.11).  Instead the view paints rectangles, underlines and frames
itself, for the visible lines only: :func:`visible_lines` finds them in
O(log n), :class:`SpanIndex` finds the spans touching them, and each span's
rectangles come from the line's own ``cursorToX``, so wrapping, bidi text and
surrogate pairs are measured by Qt itself.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QTextLine
from PySide6.QtWidgets import QPlainTextEdit

from annotator.core.labels import BOILERPLATE, CUE, ENTITIES, QUOTE, QUOTES, SEGMENTS, SPEAKER
from annotator.core.model import Span
from annotator.ui.state.session import DocSession
from annotator.ui.widgets.theme import Theme



@dataclass
class VisLine:
    start: int  # UTF-16 document positions of the line's text
    end: int
    block_pos: int
    x: float  # viewport x of the layout origin
    top: float
    height: float
    line: QTextLine

    def x_of(self, pos: int) -> float:
        pair: tuple[float, int] = self.line.cursorToX(pos - self.block_pos)  # type: ignore[assignment]  # a pair
        return self.x + pair[0]


def visible_lines(view: QPlainTextEdit, clip: QRect | None = None) -> list[VisLine]:
    """The laid-out lines inside the viewport (or inside ``clip``, e.g. the
    part a paint event redraws: an edit repaints two lines, not forty), top to bottom."""
    offset = view.contentOffset()
    first, last = (clip.top(), clip.bottom()) if clip is not None else (0, view.viewport().height())
    out: list[VisLine] = []
    block = view.firstVisibleBlock()
    while block.isValid():
        geo = view.blockBoundingGeometry(block).translated(offset)
        if geo.top() > last:
            break
        if block.isVisible() and geo.bottom() >= first:
            layout = block.layout()
            origin = geo.topLeft() + layout.position()
            n = layout.lineCount()
            lo, hi = 0, n  # first line whose bottom is below the top of the area
            while lo < hi:
                mid = (lo + hi) // 2
                line = layout.lineAt(mid)
                if origin.y() + line.y() + line.height() < first:
                    lo = mid + 1
                else:
                    hi = mid
            pos = block.position()
            for i in range(lo, n):
                line = layout.lineAt(i)
                top = origin.y() + line.y()
                if top > last:
                    break
                start = pos + line.textStart()
                out.append(VisLine(start, start + line.textLength(), pos, origin.x(), top, line.height(), line))
        block = block.next()
    return out


class Geometry:
    """Span rectangles over one set of visible lines."""

    def __init__(self, session: DocSession, lines: list[VisLine]):
        self.session = session
        self.lines = lines
        self._ends = [ln.end for ln in lines]

    def cp_range(self) -> tuple[int, int]:
        if not self.lines:
            return 0, 0
        return self.session.to_cp(self.lines[0].start), self.session.to_cp(self.lines[-1].end) + 1

    def spans(self, layer: str | None = None) -> list[Span]:
        start, end = self.cp_range()
        return self.session.paint_index.overlapping(start, end, layer) if end > start else []

    def rects(self, span: Span) -> list[QRectF]:
        a, b = self.session.to_u16(span.start), self.session.to_u16(span.end)
        out = []
        i = bisect_right(self._ends, a) if a > 0 else 0
        while i < len(self.lines) and self.lines[i].start < b:
            ln = self.lines[i]
            s, e = max(a, ln.start), min(b, ln.end)
            if s < e or (s == e == ln.end and a < ln.end < b):
                x1, x2 = ln.x_of(s), ln.x_of(e)
                out.append(QRectF(min(x1, x2), ln.top, max(abs(x2 - x1), 2.0), ln.height))
            i += 1
        return out


class LayerPainter:
    def __init__(self, session: DocSession):
        self.session = session
        self.theme: Theme | None = None

    # -- under the text ---------------------------------------------------------------------------
    def _theme(self) -> Theme:
        if self.theme is None:  # the view paints only after set_theme
            raise RuntimeError("the document view painted before it had a theme")
        return self.theme

    def paint_under(self, p: QPainter, geo: Geometry) -> None:
        # Plain, pixel-aligned rectangles: an antialiased dashed rounded
        # outline costs ~30 µs, ten times a rectangle, and a screen has hundreds.
        theme = self._theme()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for span in geo.spans(QUOTES):
            if span.label == QUOTE:
                for r in geo.rects(span):
                    p.fillRect(r, theme.quote_tint(span.is_suggestion))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for span in geo.spans(ENTITIES):
            fill = theme.entity_fill(span.label, span.is_suggestion)
            if span.is_suggestion:
                p.setPen(QPen(theme.color(span.label), theme.outline, Qt.PenStyle.DashLine))
            for rect in geo.rects(span):
                box = rect.adjusted(-1, 1, 0, -1).toAlignedRect()
                p.fillRect(box, fill)
                if span.is_suggestion:
                    p.drawRect(box.adjusted(0, 0, -1, -1))

    # -- over the text ----------------------------------------------------------------------------
    def paint_over(self, p: QPainter, geo: Geometry) -> None:
        theme = self._theme()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for span in geo.spans(SEGMENTS):
            if span.label == BOILERPLATE:
                for r in geo.rects(span):
                    p.fillRect(r, theme.fade())
        for span in geo.spans(QUOTES):
            style = {QUOTE: Qt.PenStyle.SolidLine, CUE: Qt.PenStyle.SolidLine, SPEAKER: Qt.PenStyle.DotLine}
            pen_style = Qt.PenStyle.DashLine if span.is_suggestion else style.get(span.label, Qt.PenStyle.SolidLine)
            p.setPen(QPen(theme.color(span.label), 2.0, pen_style, Qt.PenCapStyle.FlatCap))
            for r in geo.rects(span):
                y = r.bottom() - 1.0
                p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if theme.label_names:
            self._paint_names(p, geo, theme)
        self._paint_links(p, geo)
        self._frame(p, geo, self.session.painted_span(self.session.current), theme.focus(), 2.0)
        hover = self.session.painted_span(self.session.hover)
        if hover is not None and hover.id != self.session.current:
            self._frame(p, geo, hover, theme.muted_text(), 1.0)

    def _paint_names(self, p: QPainter, geo: Geometry, theme: Theme) -> None:
        """Label names on the text (View → Show label names): a small chip in the label's colour at the
        top-left corner of each entity and quote span, so labels read without telling colours apart; a
        quote's chip names its speaker too."""
        font = QFont(p.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.58))
        font.setBold(True)
        metrics = QFontMetricsF(font)
        text_font = p.font()
        p.setFont(font)
        p.setPen(Qt.PenStyle.NoPen)
        for span in [*geo.spans(ENTITIES), *geo.spans(QUOTES)]:
            rects = geo.rects(span)
            if not rects:
                continue
            speaker = span.attrs.get("speaker") if span.label == QUOTE else None
            name = f"{span.label} · {speaker}"[:48] if speaker else span.label
            width, height = metrics.horizontalAdvance(name) + 4, metrics.height()
            chip = QRectF(rects[0].left(), rects[0].top() - height * 0.55, width, height)
            p.setBrush(theme.with_alpha(span.label, 150 if span.is_suggestion else 235))
            p.drawRoundedRect(chip, 2, 2)
            p.setPen(Qt.GlobalColor.black if theme.color(span.label).lightness() > 150 else Qt.GlobalColor.white)
            p.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), name)
            p.setPen(Qt.PenStyle.NoPen)
        p.setFont(text_font)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _frame(self, p: QPainter, geo: Geometry, span: Span | None, color, width: float,
               style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> None:
        if span is None:
            return
        p.setPen(QPen(color, width, style))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for r in geo.rects(span):
            p.drawRoundedRect(r.adjusted(-2, 0, 2, 0), 3, 3)

    def focus_quote(self) -> Span | None:
        """The quote whose links are shown: hovered, selected, or linked to
        the selected mention."""
        s = self.session
        for candidate in (s.painted_span(s.link_from), s.painted_span(s.hover), s.painted_span(s.current)):
            if candidate is None:
                continue
            if candidate.label == QUOTE:
                return candidate
            heads = s.paint_index.relations_of(candidate.id, as_head=False)
            if heads:
                return s.painted_span(heads[0].head)
        return None

    def framed(self) -> list[Span]:
        """Every span drawn with a frame right now: the selected and hovered
        span, and the focus quote with what it is linked to."""
        s = self.session
        spans = [s.painted_span(s.current), s.painted_span(s.hover)]
        found = self.links()
        if found is not None:
            spans.append(found[0])
            spans += [child for child, _style in found[1]]
        return [span for span in spans if span is not None]

    def links(self) -> tuple[Span, list[tuple[Span, Qt.PenStyle]]] | None:
        """The focus quote and the spans it is linked to (dashed: the
        candidate offered while linking)."""
        quote = self.focus_quote()
        if quote is None:
            return None
        s = self.session
        targets = [(s.painted_span(r.child), Qt.PenStyle.SolidLine) for r in s.paint_index.relations_of(quote.id)]
        if s.link_from == quote.id and s.link_target:
            targets.append((s.painted_span(s.link_target), Qt.PenStyle.DashLine))
        return quote, [(child, style) for child, style in targets if child is not None]

    def _paint_links(self, p: QPainter, geo: Geometry) -> None:
        found = self.links()
        if found is not None:
            for child, style in found[1]:
                self._frame(p, geo, child, self._theme().color(QUOTE), 2.0, style)

    def paint_link_gutter(self, p: QPainter, geo: Geometry, dy: float, height: float) -> None:
        """In the margin, connect the focus quote's lines to each linked
        mention's line (or to the margin's edge, pointing at one off screen);
        drawn beside the text, it never covers a word."""
        found = self.links()
        if found is None:
            return
        quote, targets = found
        color = self._theme().color(QUOTE)
        first, last = geo.cp_range()
        quote_rects = geo.rects(quote)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for i, (child, style) in enumerate(targets):
            x = 7.0 + 7 * i
            ys = [self._gutter_y(geo.rects(quote), quote, first, last, dy, height),
                  self._gutter_y(geo.rects(child), child, first, last, dy, height)]
            p.setPen(QPen(color, 2.0, style))
            p.drawLine(QPointF(x, ys[0]), QPointF(x, ys[1]))
            for y in ys:
                p.drawLine(QPointF(x, y), QPointF(x + 6, y))
            p.setBrush(color)
            p.drawEllipse(QPointF(x + 6, ys[1]), 2.5, 2.5)
        if quote_rects:
            p.setPen(QPen(color, 2.0))
            p.drawLine(QPointF(5, quote_rects[0].top() + dy + 2), QPointF(5, quote_rects[-1].bottom() + dy - 2))

    @staticmethod
    def _gutter_y(rects: list[QRectF], span: Span, first: int, last: int, dy: float, height: float) -> float:
        if rects:
            return rects[0].center().y() + dy
        return 0.0 if span.end <= first else height
