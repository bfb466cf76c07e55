"""The window's actions, their shortcuts and the menus that hold them."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from annotator.store import is_server_url
from annotator.ui.controllers.bulk import BulkController
from annotator.ui.controllers.editing import EditController
from annotator.ui.controllers.flow import DocumentFlow
from annotator.ui.controllers.learning import LearningController
from annotator.ui.controllers.projects import ProjectController
from annotator.ui.widgets.panels import Panels

StdKey = QKeySequence.StandardKey


class ActionHost(Protocol):
    """What the actions call on the main window (the window room sits above the controllers)."""

    panels: Panels
    flow: DocumentFlow
    editor: EditController
    bulk: BulkController
    projects: ProjectController
    learning: LearningController

    def close(self) -> bool: ...
    def show_export(self) -> None: ...
    def show_settings(self) -> None: ...
    def show_cheatsheet(self) -> None: ...
    def show_about(self) -> None: ...
    def focus_search(self) -> None: ...
    def change_font(self, step: int) -> None: ...
    def show_label_names(self, on: bool) -> None: ...
    def curate(self, on: bool) -> None: ...
    def show_agreement(self) -> None: ...


class Actions:
    def __init__(self, window: QMainWindow, host: ActionHost):
        self.window, self.host = window, host
        self.all: list[QAction] = []
        w = host
        self.open_files = self._make("&Open files…", w.projects.choose_files, StdKey.Open)
        self.open_folder = self._make("Open &folder…", w.projects.choose_folder, "Ctrl+Shift+O")
        self.new_project = self._make("&New project…", w.projects.new_project, "Ctrl+Shift+N")
        self.open_project = self._make("Open &project…", w.projects.choose_project, "Ctrl+Alt+O")
        self.open_shared = self._make("Open s&hared project (PostgreSQL)…", w.projects.choose_server_project)
        self.export = self._make("&Export training data…", w.show_export, "Ctrl+E")
        self.quit = self._make("&Quit", w.close, StdKey.Quit)
        self.undo = self._make("&Undo", w.flow.undo, StdKey.Undo)
        self.redo = self._make("&Redo", w.flow.redo, StdKey.Redo)
        self.accept_all = self._make("Accept all &suggestions", w.editor.accept_all, "Ctrl+Shift+A")
        self.relabel_mentions = self._make("&Label every occurrence like this one…", w.bulk.relabel_mentions,
                                           "Ctrl+Shift+L")
        self.delete_mentions = self._make("&Delete identical mentions…", w.bulk.delete_mentions, "Ctrl+Shift+Del")
        self.by = {(verb, by): self._make(f"{verb.capitalize()} suggestions of this {by}",
                                          (w.bulk.accept_by if verb == "accept" else w.bulk.reject_by), None, by)
                   for verb in ("accept", "reject") for by in ("label", "layer", "paragraph")}
        self.settings = self._make("&Settings…", w.show_settings, StdKey.Preferences)
        self.accept_doc = self._make("&Accept document", w.flow.accept_document, "Ctrl+Return")
        self.skip_doc = self._make("S&kip document", w.flow.skip, "Ctrl+Backspace")
        self.next_doc = self._make("&Next document", lambda: w.flow.step(1), "Ctrl+PgDown")
        self.prev_doc = self._make("&Previous document", lambda: w.flow.step(-1), "Ctrl+PgUp")
        self.next_unfinished = self._make("Next &unfinished", w.flow.next_unfinished, "Ctrl+U")
        self.detect = self._make("&Detect again in this document", w.projects.detect_current, "Ctrl+D")
        self.detect_missing = self._make("Detect where &not yet detected", w.projects.detect_missing)
        self.detect_all = self._make("Detect in &all documents", w.projects.detect_all)
        self.retrain = self._make("&Retrain the model now", w.learning.retrain_now)
        self.next_uncertain = self._make("Next least &certain (review queue)", w.learning.next_uncertain,
                                         "Ctrl+Shift+U")
        self.least_certain = self._make("Least certain su&ggestion here (teach)", w.learning.least_certain_suggestion,
                                        "Ctrl+Alt+U")
        self.find = self._make("&Find document…", w.focus_search, StdKey.Find)
        self.curate = QAction("&Curate: work on the curated set", window, checkable=True)
        self.curate.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.curate.toggled.connect(host.curate)
        window.addAction(self.curate)
        self.all.append(self.curate)
        self.agreement = self._make("&Agreement between annotators", w.show_agreement, "Ctrl+Shift+G")
        self.label_names = QAction("Show label &names on the text", window, checkable=True)
        self.label_names.setShortcut(QKeySequence("Ctrl+Alt+L"))
        self.label_names.toggled.connect(host.show_label_names)
        window.addAction(self.label_names)
        self.all.append(self.label_names)
        self.bigger = self._make("&Bigger text", lambda: w.change_font(1), StdKey.ZoomIn)
        self.smaller = self._make("&Smaller text", lambda: w.change_font(-1), StdKey.ZoomOut)
        self.cheatsheet = self._make("&Keyboard shortcuts", w.show_cheatsheet, StdKey.HelpContents)
        self.about = self._make("&About annotator", w.show_about)
        self.recent = QMenu("&Recent projects", window)
        self._menus()

    def _make(self, text: str, slot: Callable, shortcut=None, *args: str) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot(*args))
        self.window.addAction(action)  # shortcuts work even when the menu bar is hidden
        self.all.append(action)
        return action

    def _menus(self) -> None:
        bar = self.window.menuBar()
        file = bar.addMenu("&File")
        file.addActions([self.open_files, self.open_folder])
        file.addSeparator()
        file.addActions([self.new_project, self.open_project, self.open_shared])
        file.addMenu(self.recent)
        file.addSeparator()
        file.addAction(self.export)
        file.addSeparator()
        file.addAction(self.quit)
        edit = bar.addMenu("&Edit")
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addAction(self.accept_all)
        suggestions = edit.addMenu("Accept or reject &suggestions of…")
        suggestions.addActions([self.by["accept", by] for by in ("label", "layer", "paragraph")])
        suggestions.addSeparator()
        suggestions.addActions([self.by["reject", by] for by in ("label", "layer", "paragraph")])
        edit.addActions([self.relabel_mentions, self.delete_mentions])
        edit.addSeparator()
        edit.addAction(self.settings)
        doc = bar.addMenu("&Document")
        doc.addActions([self.accept_doc, self.skip_doc])
        doc.addSeparator()
        doc.addActions([self.next_doc, self.prev_doc, self.next_unfinished, self.next_uncertain, self.least_certain,
                        self.find])
        doc.addSeparator()
        doc.addActions([self.detect, self.detect_missing, self.detect_all])
        doc.addAction(self.retrain)
        team = bar.addMenu("&Team")
        team.addActions([self.curate, self.agreement])
        view = bar.addMenu("&View")
        for dock in self.host.panels.docks():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addAction(self.label_names)
        view.addActions([self.bigger, self.smaller])
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.cheatsheet, self.about])

    def fill_recent(self, paths: list[str], current: str | None) -> None:
        self.recent.clear()
        for path in paths:
            action = self.recent.addAction(path if is_server_url(path) else os.path.basename(path))
            action.setToolTip(path)
            action.setEnabled(path != current)
            action.triggered.connect(lambda _=False, p=path: self.host.projects.open_project(p))
        self.recent.setEnabled(bool(paths))
