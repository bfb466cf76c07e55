"""What the document view draws: label colours under entities, suggestions
paler than accepted spans, boilerplate greyed out, hover, and the system
palette (light or dark)."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from annotator.core.model import Span, SpanStatus
from annotator.ui.widgets.painting import Geometry, visible_lines

from ui_helpers import doc, point_of

TEXT = "Kata Gati dan Mira di Jakarta.\nBaca juga: promo hari ini\nSelesai."


def _window(make_window):
    gati, mira, line = TEXT.index("Gati"), TEXT.index("Mira"), TEXT.index("Baca")
    spans = [Span(start=gati, end=gati + 4, label="PERSON", layer="entities"),
             Span(start=mira, end=mira + 4, label="PERSON", layer="entities", source="detector:entities",
                  status=SpanStatus.SUGGESTED),
             Span(start=line, end=TEXT.index("\nSelesai"), label="BOILERPLATE", layer="segments")]
    return make_window([doc(TEXT, spans=spans)])


def _corner(window, span_text: str) -> QColor:
    """The colour just inside the top-left corner of a span's first rectangle
    (inside the dashed outline of a suggestion, above the glyphs)."""
    view, session = window.panels.view, window.ws.session
    span = next(s for s in session.index.ordered if session.text[s.start:s.end] == span_text)
    rect = Geometry(session, visible_lines(view)).rects(span)[0]
    image = view.viewport().grab().toImage()
    return image.pixelColor(QPoint(int(rect.left()) + 3, int(rect.top()) + 2))


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_entities_show_their_label_colour_and_suggestions_are_paler(qtbot, make_window):
    window = _window(make_window)
    base = window.panels.view.palette().color(QPalette.ColorRole.Base)
    person = QColor(window.ws.store.scheme.label("PERSON").color)
    accepted, suggested = _corner(window, "Gati"), _corner(window, "Mira")
    assert _distance(accepted, person) < _distance(base, person)  # tinted towards the label colour
    assert _distance(suggested, base) < _distance(accepted, base)  # the suggestion is paler


def test_boilerplate_text_is_greyed_out(qtbot, make_window):
    window = _window(make_window)
    view = window.panels.view
    image = view.viewport().grab().toImage()
    text_color = view.palette().color(QPalette.ColorRole.Text)

    def closest_to_text(cp: int) -> int:
        """How near the darkest pixel of the line through ``cp`` comes to the text colour."""
        y = point_of(view, cp).y()
        return min(_distance(image.pixelColor(QPoint(x, y)), text_color) for x in range(image.width()))

    normal = closest_to_text(TEXT.index("Selesai") + 2)
    faded = closest_to_text(TEXT.index("promo") + 2)
    assert normal < 120 < faded  # body text reaches the text colour; boilerplate never does


def test_hover_shows_the_span_and_follows_the_mouse(qtbot, make_window):
    window = _window(make_window)
    view = window.panels.view
    # QTest remembers a button as held after an earlier double click; a click resets it
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, TEXT.index("dan")))
    qtbot.mouseMove(view.viewport(), point_of(view, TEXT.index("Gati") + 1))
    qtbot.waitUntil(lambda: window.ws.session.hover is not None)
    assert window.ws.session.span(window.ws.session.hover).label == "PERSON"
    qtbot.mouseMove(view.viewport(), point_of(view, TEXT.index("dan") + 1))
    qtbot.waitUntil(lambda: window.ws.session.hover is None)


def test_the_view_follows_a_dark_system_palette(qtbot, make_window):
    window = _window(make_window)
    assert not window.panels.view.painter.theme.dark
    dark = QPalette()
    for role, color in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Window, "#2b2b2b"),
                        (QPalette.ColorRole.Text, "#e0e0e0"), (QPalette.ColorRole.WindowText, "#e0e0e0")):
        dark.setColor(role, QColor(color))
    old = QApplication.palette()
    QApplication.setPalette(dark)
    try:
        qtbot.waitUntil(lambda: window.panels.view.painter.theme.dark)
        assert window.panels.view.painter.theme.fade().name() == "#1e1e1e"
    finally:
        QApplication.setPalette(old)
    qtbot.waitUntil(lambda: not window.panels.view.painter.theme.dark)


def test_an_edit_repaints_its_lines_and_leaves_no_stale_frames(qtbot, make_window):
    """Edits repaint only the lines they touch; what the screen shows must
    still equal a full repaint after stepping, labelling and deleting."""
    text = "\n".join(f"Baris {i}: kata Gati di Jakarta." for i in range(30))
    starts = [text.index("Gati", text.index(f"Baris {n}:")) for n in (3, 7, 12)]
    spans = [Span(start=s, end=s + 4, label="PERSON", layer="entities") for s in starts]
    window = make_window([doc(text, spans=spans)])
    view = window.panels.view

    def shown():
        """What is on the screen: the window's backing store (QWidget.grab would paint afresh)."""
        qtbot.wait(20)
        origin = view.viewport().mapTo(window, QPoint(0, 0))
        size = view.viewport().size()
        return window.screen().grabWindow(window.winId(), origin.x(), origin.y(), size.width(), size.height()) \
            .toImage()

    def full():
        view.viewport().update()
        return shown()

    def check():
        assert shown() == full()

    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_2, Qt.Key.Key_Delete, Qt.Key.Key_Escape):
        qtbot.keyClick(view, key)  # select line 3, then 7 (the frame moves), relabel, delete, unselect
        check()
