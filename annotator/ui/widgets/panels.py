"""The window's widgets and docks: corpus on the left, the document in the
middle, labels, spans and guidelines on the right, the status bar below."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from annotator.ui.widgets.doclist import CorpusPanel
from annotator.ui.widgets.palette import LabelPalette
from annotator.ui.widgets.spanlist import SpanPanel
from annotator.ui.widgets.statusbar import StatusBar
from annotator.ui.widgets.textview import DocumentView
from annotator.ui.widgets.theme import Theme
from annotator.ui.state.workspace import Workspace

if TYPE_CHECKING:
    from annotator.ui.widgets.agreement import AgreementPanel
    from annotator.ui.widgets.curation import CurationPanel
    from annotator.ui.widgets.guidelines import GuidelinesPane


class Panels:
    def __init__(self, window: QMainWindow, ws: Workspace):
        self.ws = ws
        self.view = DocumentView(ws.session, window)
        self.corpus = CorpusPanel()
        self.palette = LabelPalette()
        self.spans = SpanPanel(ws.session)
        self.status = StatusBar(window)
        window.setCentralWidget(self.view)
        window.setStatusBar(self.status)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.corpus_dock = self._dock(window, "Documents", self.corpus, left)
        self.palette_dock = self._dock(window, "Labels", self.palette, right)
        self.spans_dock = self._dock(window, "Spans", self.spans, right)
        # the guidelines share the spans' place as a tab behind them: built when the tab is first shown
        self._guidelines: GuidelinesPane | None = None
        self.guidelines_dock = self._dock(window, "Guidelines", None, right)
        window.tabifyDockWidget(self.spans_dock, self.guidelines_dock)
        self.guidelines_dock.visibilityChanged.connect(lambda shown: shown and self.guidelines)
        self.spans_dock.raise_()
        # the team's views: wide tables under the text, shown when asked for; their docks exist from the start
        # (the window's saved layout names them), what is in them is built when first shown or asked for
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.curation_dock = self._dock(window, "Curation", None, bottom)
        self.agreement_dock = self._dock(window, "Agreement", None, bottom)
        self._team: tuple[CurationPanel, AgreementPanel] | None = None
        self.team_built: Callable[[CurationPanel, AgreementPanel], None] = lambda curation, agreement: None
        for dock in (self.curation_dock, self.agreement_dock):
            dock.hide()
            dock.visibilityChanged.connect(lambda shown: shown and self.team())
        self.window = window
        self.high_contrast = False  # the window sets these two from the preferences
        self.label_names = False
        self.fit_docks(1400)
        window.resizeDocks([self.palette_dock, self.spans_dock], [250, 600], Qt.Orientation.Vertical)

    def team(self) -> tuple[CurationPanel, AgreementPanel]:
        """The curation and agreement views, built (and handed to :attr:`team_built`, which wires them) the
        first time either is shown or asked for: the first paint needs neither."""
        if self._team is None:
            from annotator.ui.widgets.agreement import AgreementPanel
            from annotator.ui.widgets.curation import CurationPanel

            self._team = CurationPanel(), AgreementPanel()
            self.curation_dock.setWidget(self._team[0])
            self.agreement_dock.setWidget(self._team[1])
            self.team_built(*self._team)
        return self._team

    @property
    def guidelines(self) -> GuidelinesPane:
        """The guidelines pane (built the first time its tab is shown or it is asked for)."""
        if self._guidelines is None:
            from annotator.ui.widgets.guidelines import GuidelinesPane

            self._guidelines = GuidelinesPane()
            self.guidelines_dock.setWidget(self._guidelines)
            if self.ws.is_open:
                self._guidelines.set_store(self.ws.store)
        return self._guidelines

    @property
    def curation(self) -> CurationPanel:
        return self.team()[0]

    @property
    def agreement(self) -> AgreementPanel:
        return self.team()[1]

    def fit_docks(self, width: int) -> None:
        """The side panels' widths for a window ``width`` wide: the text keeps at least two fifths of it
        (on a 1024-pixel screen, the documents 275 and the labels and spans about 300 pixels)."""
        self.window.resizeDocks([self.corpus_dock, self.palette_dock], [min(340, width * 27 // 100),
                                                                        min(360, width * 28 // 100)],
                                Qt.Orientation.Horizontal)

    @staticmethod
    def _dock(window: QMainWindow, title: str, widget: QWidget | None, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, window)
        dock.setObjectName(title.lower())  # for saveState/restoreState
        if widget is not None:
            dock.setWidget(widget)
        window.addDockWidget(area, dock)
        return dock

    def docks(self) -> list[QDockWidget]:
        return [self.corpus_dock, self.palette_dock, self.spans_dock, self.guidelines_dock, self.curation_dock,
                self.agreement_dock]

    def set_project(self) -> None:
        store = self.ws.store
        self.corpus.set_store(store)
        if self._guidelines is not None:
            self._guidelines.set_store(store)
        self.show_scheme()

    def show_scheme(self) -> None:
        self.palette.show_scheme(self.ws.store.scheme)
        self._theme()

    def _theme(self) -> None:
        scheme = self.ws.store.scheme
        theme = Theme(self.view.palette(), scheme, self.high_contrast, self.label_names)
        self.view.set_theme(theme)
        self.spans.model.colors = {name: theme.color(name) for name in scheme.labels()}
        self.spans.model.layoutChanged.emit()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self._theme()

    def set_label_names(self, on: bool) -> None:
        self.label_names = on
        self._theme()

    def set_font_size(self, points: float) -> None:
        font = QFont(self.view.font())
        font.setPointSizeF(points)
        self.view.setFont(font)
        self.view.margin.update()
