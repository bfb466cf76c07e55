"""The main window: composes the panels, controllers and actions and wires
their signals.  It holds no annotation logic of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow

from annotator.core.events import (
    DocumentsAdded,
    DocumentsRemoved,
    Event,
    SchemeChanged,
    SetReplaced,
    SpanAdded,
    SpanChanged,
    SpanRemoved,
    SpansStatusChanged,
    StatusChanged,
    SuggestionsReplaced,
)
from annotator.ui.controllers.actions import Actions
from annotator.ui.controllers.bulk import BulkController
from annotator.ui.controllers.editing import EditController
from annotator.ui.controllers.flow import DocumentFlow
from annotator.ui.controllers.learning import LearningController
from annotator.ui.widgets.panels import Panels
from annotator.ui.state.prefs import Prefs
from annotator.ui.controllers.projects import ProjectController
from annotator.ui.widgets.statusbar import hint
from annotator.ui.state.workspace import Workspace

if TYPE_CHECKING:
    from annotator.ui.controllers.agreement import AgreementController
    from annotator.ui.controllers.curation import CurationController
    from annotator.ui.dialogs.settings import SettingsDialog
    from annotator.tasks import ImportResult
    from annotator.ui.widgets.agreement import AgreementPanel
    from annotator.ui.widgets.curation import CurationPanel

# The dialogs (and the exporters behind Export) are imported when first opened, the team's views (curation,
# agreement) when first shown: the first paint needs none of them.
# the events that change a document's span counts in the corpus list
_COUNT_EVENTS = (SpanAdded, SpanRemoved, SpanChanged, SpansStatusChanged, SuggestionsReplaced)


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace, prefs: Prefs | None = None):
        super().__init__()
        self.ws, self.prefs = ws, prefs or Prefs()
        self.panels = Panels(self, ws)
        self.panels.high_contrast = self.prefs.high_contrast
        self.panels.label_names = self.prefs.label_names
        self.flow = DocumentFlow(ws, self.panels.corpus.current_filter)
        self.editor = EditController(ws, self.panels.view, lambda: self.prefs.snapping)
        self.projects = ProjectController(ws, self.prefs, self)
        self.bulk = BulkController(ws, self.panels.view, self)
        self._team: tuple[CurationController, AgreementController] | None = None
        self.panels.team_built = self._team_built
        self.learning = LearningController(ws, self)
        self.learning.modelText.connect(self.panels.status.show_model)
        self.learning.openRequested.connect(self.flow.open)
        self.learning.selectRequested.connect(lambda span_id: self.editor.select(self.ws.session.span(span_id)))
        self.menu_actions = Actions(self, self)
        self.menu_actions.label_names.blockSignals(True)
        self.menu_actions.label_names.setChecked(self.prefs.label_names)
        self.menu_actions.label_names.blockSignals(False)
        self._corpus_timer = QTimer(self, singleShot=True, interval=400)
        self._rows_timer = QTimer(self, singleShot=True, interval=500)  # coalesces row refreshes after edits
        self._dirty_rows: set[int] = set()
        self._position: tuple[int, int] | None = None
        self._wire()
        self.setAcceptDrops(True)
        self.resize(1400, 880)
        self._restore()
        self._project_changed()

    def _wire(self) -> None:
        ws, p, session = self.ws, self.panels, self.ws.session
        ws.projectChanged.connect(self._project_changed)
        ws.setChanged.connect(self._set_changed)
        ws.closing.connect(self._stop_timers)
        ws.closing.connect(p.corpus.model.stop)
        ws.storeEvent.connect(self._store_event)
        ws.message.connect(p.status.say)
        ws.warning.connect(p.status.warn)
        ws.jobs.progress.connect(p.status.job_progress)
        ws.jobs.idle.connect(p.status.job_idle)
        ws.jobs.changed.connect(self._job_changed)
        self._corpus_timer.timeout.connect(self._refresh_corpus)
        self._rows_timer.timeout.connect(self._refresh_rows)
        for signal in (session.loaded, session.indexReady, session.currentChanged, session.spansChanged,
                       session.docStatusChanged):
            signal.connect(self._update_status)
        p.view.selectionChanged.connect(self._update_hint)
        p.view.cursorPositionChanged.connect(self._update_hint)  # the caret's line may be marked
        p.corpus.documentActivated.connect(self.flow.open)
        p.corpus.nextUnfinished.connect(self.flow.next_unfinished)
        self.flow.opened.connect(self._opened)
        p.palette.labelChosen.connect(self._label_clicked)
        p.spans.spanActivated.connect(lambda span_id: self.editor.select(session.span(span_id)))
        p.spans.speakerEdited.connect(lambda name: self.editor.set_quote_attrs(speaker=name))
        p.spans.directEdited.connect(lambda direct: self.editor.set_quote_attrs(direct=direct))
        p.spans.doneEditing.connect(p.view.setFocus)
        self.editor.editSpeaker.connect(self._edit_speaker)
        self.projects.imported.connect(self._imported)

    def _team_built(self, curation: CurationPanel, agreement: AgreementPanel) -> None:
        from annotator.ui.controllers.agreement import AgreementController
        from annotator.ui.controllers.curation import CurationController

        curating = CurationController(self.ws, curation, self.panels.view)
        self._team = curating, AgreementController(self.ws, agreement, self.flow, curating)
        self._team[1].curating.connect(lambda _pk: self._show_dock(self.panels.curation_dock))

    @property
    def curation(self) -> CurationController:
        """The curation view's controller (the view is built on first use)."""
        self.panels.team()
        assert self._team is not None
        return self._team[0]

    @property
    def agreement(self) -> AgreementController:
        """The agreement view's controller (the view is built on first use)."""
        self.panels.team()
        assert self._team is not None
        return self._team[1]

    # -- reactions --------------------------------------------------------------------------------
    def _project_changed(self) -> None:
        self.panels.set_project()
        self.panels.set_font_size(self.prefs.font_size)
        self._title()
        self.prefs.add_recent(self.ws.store.path)
        self._fill_recent()
        self.flow.open_first()
        self._update_status()
        self.learning.show_model()

    def _title(self) -> None:
        """The project, who works, and whether on the curated set (also the Curate action's check)."""
        store, curating = self.ws.store, self.ws.curating
        who = f"{store.annotator} curating" if curating else store.annotator
        self.setWindowTitle(f"{store.path} — {who} — annotator")
        self.menu_actions.curate.blockSignals(True)
        self.menu_actions.curate.setChecked(curating)
        self.menu_actions.curate.blockSignals(False)

    def _set_changed(self) -> None:
        """Curating or not: the title, the corpus list's statuses (per set) and the actions follow."""
        self._title()
        if self.ws.curating:
            self._show_dock(self.panels.curation_dock)
        self._refresh_corpus()
        self._update_status()

    def _fill_recent(self) -> None:
        self.menu_actions.fill_recent(self.prefs.recent(), self.ws.store.path)

    def _store_event(self, event: Event) -> None:
        corpus = self.panels.corpus
        if isinstance(event, SchemeChanged):
            self.panels.show_scheme()
            corpus.set_store(self.ws.store)
        elif isinstance(event, DocumentsAdded):
            self._corpus_timer.start()
        elif isinstance(event, DocumentsRemoved):
            self._documents_removed(set(event.pks))
        elif isinstance(event, SetReplaced):  # someone else's edit (a shared project) or a merge
            if event.name == self.ws.store.set_name:
                corpus.model.document_changed(event.doc, status_changed=True)
                corpus.update_progress()
        elif isinstance(event, StatusChanged):
            corpus.model.document_changed(event.doc, status_changed=True)
            corpus.update_progress()
            if event.doc == self.ws.session.pk:
                corpus.show_document(event.doc)
        elif isinstance(event, _COUNT_EVENTS):
            # a row's span counts cost a count over the document's spans: not on every key press
            self._dirty_rows.add(event.doc)
            self._rows_timer.start()

    def _documents_removed(self, pks: set[int]) -> None:
        """Documents left the project: the list forgets them; the open one, if it went, gives way to the next
        document (or an empty editor); and undo steps on them, which could not be undone, leave the history."""
        undo = self.ws.undo
        if any(getattr(undo.command(i), "pk", None) in pks for i in range(undo.count())):
            undo.clear()
        self._dirty_rows -= pks
        if self.ws.session.pk in pks:
            self.ws.session.clear()
            self.flow.open_first()
            self.ws.message.emit("The document on show was removed from the project")
        self._refresh_corpus()

    def _stop_timers(self) -> None:
        for timer in (self._corpus_timer, self._rows_timer):
            timer.stop()

    def _refresh_rows(self) -> None:
        for pk in self._dirty_rows:
            self.panels.corpus.model.document_changed(pk)
        self._dirty_rows.clear()

    def _job_changed(self, pks: list[int]) -> None:
        if self.ws.session.pk in pks:
            self.ws.session.reload()
        self._corpus_timer.start()

    def _refresh_corpus(self) -> None:
        corpus = self.panels.corpus
        corpus.model.refresh()
        corpus.update_progress()
        if self.ws.session.pk is not None:
            corpus.show_document(self.ws.session.pk)

    def _imported(self, result: ImportResult) -> None:
        self._refresh_corpus()
        if result.first is not None:
            self.flow.open(result.first)

    def _opened(self, pk: int) -> None:
        self._position = (self.ws.store.position(pk), self.ws.store.count())
        self.panels.corpus.show_document(pk)
        self.panels.view.setFocus()
        self._update_status()

    def _label_clicked(self, label: str) -> None:
        if self.ws.session.doc is not None:
            self.editor.apply_label(label)
            self.panels.view.setFocus()

    def _edit_speaker(self) -> None:
        self.panels.spans_dock.show()
        self.panels.spans_dock.raise_()
        self.panels.spans.focus_speaker()

    def _update_status(self) -> None:
        session = self.ws.session
        self.panels.status.show_document(session, self._position if session.pk is not None else None)
        self._update_hint()

    def _update_hint(self) -> None:
        view, session = self.panels.view, self.ws.session
        has_selection = view.textCursor().hasSelection()
        line_label = None
        if session.doc is not None and not has_selection:
            marked = session.paint_index.overlapping(*view.block_cp(), "segments")
            line_label = marked[0].label if marked else None
        self.panels.status.show_hint(hint(session, has_selection, self.ws.store.scheme, line_label))

    # -- commands from the menus ------------------------------------------------------------------
    def show_export(self) -> None:
        from annotator.ui.dialogs.export import ExportDialog

        ExportDialog(self.ws.store, self).exec()

    def settings_dialog(self) -> SettingsDialog:
        from annotator.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ws.store, self.prefs, self)
        dialog.accepted.connect(lambda: self.panels.set_font_size(self.prefs.font_size))
        dialog.accepted.connect(lambda: self.panels.set_high_contrast(self.prefs.high_contrast))
        return dialog

    def show_settings(self) -> None:
        self.settings_dialog().exec()

    def show_cheatsheet(self) -> None:
        from annotator.ui.dialogs.cheatsheet import CheatSheet

        CheatSheet(self.ws.store.scheme, self.menu_actions.all, self).exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from annotator import __version__

        QMessageBox.about(self, "annotator", f"annotator {__version__}\nEntities, quotes and speakers, structure.")

    def focus_search(self) -> None:
        self.panels.corpus_dock.show()
        self.panels.corpus.search.setFocus()
        self.panels.corpus.search.selectAll()

    def _show_dock(self, dock: QDockWidget) -> None:
        """Show one of the team's docks under the text, tall enough for its tables (two fifths of the window)."""
        if not dock.isVisible():
            others = [d for d in (self.panels.curation_dock, self.panels.agreement_dock) if d is not dock]
            shown = [d for d in others if d.isVisible() and not d.isFloating()]
            if shown:
                self.tabifyDockWidget(shown[0], dock)  # one above the other would leave each too short
            dock.show()
            self.resizeDocks([dock], [max(dock.height(), self.height() * 2 // 5)], Qt.Orientation.Vertical)
        dock.raise_()

    def show_agreement(self) -> None:
        """The agreement view, computed afresh (in the background)."""
        self._show_dock(self.panels.agreement_dock)
        self.agreement.compute()

    def curate(self, on: bool) -> None:
        self.curation.set_curating(on)
        if self.curation.curating != on:  # refused: the action shows the truth again
            self._set_changed()

    def show_label_names(self, on: bool) -> None:
        self.prefs.label_names = on
        self.panels.set_label_names(on)

    def change_font(self, step: int) -> None:
        self.prefs.font_size = max(6.0, min(40.0, self.prefs.font_size + step))
        self.panels.set_font_size(self.prefs.font_size)

    # -- window events ----------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry, state = self.prefs.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._fit_docks = state is None  # the first show sizes the panels for the screen

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A window made narrower than its side panels allow (a small screen) gives them their share
        again, so the text keeps room; widening never changes what the person chose."""
        super().resizeEvent(event)
        if self.isVisible():
            self._keep_text_room(event.size().width())

    def _keep_text_room(self, width: int) -> None:
        sides = sum(dock.width() for dock in (self.panels.corpus_dock, self.panels.palette_dock)
                    if dock.isVisible() and not dock.isFloating())
        if sides > width * 3 // 5:
            self.panels.fit_docks(width)

    def showEvent(self, event: QShowEvent) -> None:
        if self._fit_docks:
            self._fit_docks = False
            self.panels.fit_docks(self.width())
        super().showEvent(event)
        # panels restored for a wider window than the screen allows (the window was saved on a larger
        # screen) would leave the text no room: once laid out, they give it back
        QTimer.singleShot(0, lambda: self._keep_text_room(self.width()))

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.projects.import_paths(paths)

    def closeEvent(self, event) -> None:
        self.prefs.save_window_state(self.saveGeometry(), self.saveState())
        self.ws.jobs.stop()
        self._stop_timers()
        super().closeEvent(event)
