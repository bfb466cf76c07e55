"""The corpus panel: every document of the project, filtered, with progress.

:class:`CorpusModel` is virtual: it knows only the row count and fetches
summaries a page at a time when the view asks for a row, so a 100,000-document
project costs one ``count`` and a page or two on screen.  A text search is
different: finding its matches means reading texts, so it runs in a
:class:`~annotator.ui.widgets.search.SearchWorker` thread, and the list shows the
first page the moment it arrives, the number of matches when it is known, and
further pages as the view scrolls to them (``canFetchMore``/``fetchMore``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import DocStatus, shorten
from annotator.store import DocFilter, DocSummary, ProjectStore, StoreError
from annotator.ui.widgets.tables import row_table

if TYPE_CHECKING:
    from annotator.ui.widgets.search import SearchWorker

PAGE = 200
_STATUS_TEXT = {DocStatus.TODO: "todo", DocStatus.DONE: "✓ done", DocStatus.SKIPPED: "skipped"}


class CorpusModel(QAbstractTableModel):
    HEADERS = ("#", "Title", "Status", "Spans", "Sugg.")
    listed = Signal()  # the current filter's first page is in the list (it may be empty)
    counted = Signal()  # :attr:`total` is known
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.store: ProjectStore | None = None
        self.filter = DocFilter()
        self.total: int | None = None  # documents the filter lists, once known
        self._count = 0  # rows in the model (a search: the pages arrived so far)
        self._pages: dict[int, list[DocSummary]] = {}
        self._more = False  # a search: another page may follow
        self._generation = 0  # bumped by every refresh: answers to older searches are dropped
        self._asked: int | None = None  # a search: the offset of the page asked for and not yet in
        self._worker: SearchWorker | None = None

    def set_store(self, store: ProjectStore | None) -> None:
        self.stop()
        self.store = store
        self.refresh()

    def _project(self) -> ProjectStore:
        if self.store is None:
            raise StoreError("no project is open")
        return self.store

    def set_filter(self, flt: DocFilter) -> None:
        self.filter = flt
        self.refresh()

    @property
    def incremental(self) -> bool:
        return bool(self.filter.search)

    @property
    def searching(self) -> bool:
        """A text search whose first page has not arrived yet."""
        return self._asked == 0

    def refresh(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._pages.clear()
        self._count, self._more, self._asked, self.total = 0, False, None, None
        if self.store is not None and not self.incremental:
            self._count = self.total = self.store.count(self.filter)
        self.endResetModel()
        if self.store is None:
            return
        if self.incremental:
            self._ask(0)
        else:
            self.listed.emit()
            self.counted.emit()

    def _ask(self, offset: int) -> None:
        if self._worker is None:
            from annotator.ui.widgets.search import SearchWorker  # a filter's thread: the first paint lists none

            self._worker = SearchWorker(self._project().ref(), PAGE, self)
            self._worker.pageReady.connect(self._page_ready)
            self._worker.countReady.connect(self._count_ready)
            self._worker.failed.connect(self._failed)
        self._asked = offset
        self._worker.ask(self._generation, self.filter, offset, count=offset == 0)

    def _page_ready(self, generation: int, offset: int, page: list[DocSummary], more: bool) -> None:
        if generation != self._generation or offset != self._asked:
            return
        self._asked, self._more = None, more
        if page:
            self.beginInsertRows(QModelIndex(), self._count, self._count + len(page) - 1)
            self._pages[self._count // PAGE] = page
            self._count += len(page)
            self.endInsertRows()
        if offset == 0:
            self.listed.emit()

    def _count_ready(self, generation: int, n: int) -> None:
        if generation == self._generation:
            self.total = n
            self.counted.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._asked = None
            self.failed.emit(message)

    def stop(self) -> None:
        """Stop the search thread (the project is closing or changing); answers still on their way are dropped."""
        self._generation += 1
        if self._worker is not None:
            self._worker.stop()
            self._worker.deleteLater()
            self._worker = None

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more and self._asked is None

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._ask(self._count)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def summary(self, row: int) -> DocSummary | None:
        if not 0 <= row < self._count:
            return None
        page = self._pages.get(row // PAGE)
        if page is None:
            page = self._pages[row // PAGE] = self._project().list_documents(self.filter, row // PAGE * PAGE, PAGE)
        i = row % PAGE
        return page[i] if i < len(page) else None

    def pk_at(self, row: int) -> int | None:
        summary = self.summary(row)
        return summary.pk if summary else None

    def row_of(self, pk: int) -> int | None:
        if self.incremental:  # only what is listed so far: positions under a text filter cost a full scan
            return next((n * PAGE + i for n, page in self._pages.items()
                         for i, s in enumerate(page) if s.pk == pk), None)
        row = self._project().position(pk, self.filter)
        return row if self.pk_at(row) == pk else None

    def document_changed(self, pk: int, status_changed: bool = False) -> None:
        """Refresh one document's row (or everything, if it may now leave the filter)."""
        if status_changed and (self.filter.status or self.filter.label) and not self.incremental:
            self.refresh()
            return
        for number, page in self._pages.items():
            for i, summary in enumerate(page):
                if summary.pk == pk:
                    page[i] = self._project().summary(pk)
                    row = number * PAGE + i
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
                    return

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        summary = self.summary(index.row())
        if summary is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{summary.pk:,}"
            if col == 1:
                return shorten(summary.title or summary.id, 200)
            if col == 2:
                return _STATUS_TEXT[summary.status]
            return f"{summary.n_spans:,}" if col == 3 else f"{summary.n_suggested:,}" if summary.n_suggested else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{shorten(summary.title, 200)}\n{shorten(summary.source or summary.id, 200)} · "
                    f"{summary.n_chars:,} characters · "
                    f"{summary.n_spans:,} spans, {summary.n_suggested:,} suggested")
        if role == Qt.ItemDataRole.ForegroundRole and summary.status != DocStatus.TODO and col in (1, 2):
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 4:
            return "suggestions nobody has accepted or rejected yet"
        return None


class CorpusPanel(QWidget):
    documentActivated = Signal(int)
    nextUnfinished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CorpusModel(self)
        self.search = QLineEdit(placeholderText="Filter by text or id…", clearButtonEnabled=True)
        self.status = QComboBox()
        for text, value in (("All", None), ("To do", DocStatus.TODO), ("Done", DocStatus.DONE),
                            ("Skipped", DocStatus.SKIPPED)):
            self.status.addItem(text, value)
        self.label = QComboBox()
        self.order = QComboBox()
        self.order.addItem("In order", "project")
        self.order.addItem("Least certain first", "uncertainty")
        self.order.setToolTip("List the documents in the project's order, or those whose entity suggestions the "
                              "model is least sure of first")
        digits = self.fontMetrics().horizontalAdvance("88,888") + 12  # counts up to 99,999 in full
        self.table = row_table(self.model, {0: self.fontMetrics().horizontalAdvance("8,888") + 8, 2: 58, 3: digits,
                                            4: digits})
        self._open_first = False  # Enter in the search box: open the first match once it is listed
        self.progress = QLabel()
        self.next_button = QPushButton("Next unfinished")
        self.next_button.setToolTip("Open the next document that is still to do (Ctrl+U)")
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._layout()
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self._open_match)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.label.currentIndexChanged.connect(self.apply_filter)
        self.order.currentIndexChanged.connect(self.apply_filter)
        self.model.listed.connect(self.update_progress)
        self.model.listed.connect(self._listed)
        self.model.counted.connect(self.update_progress)
        self.model.failed.connect(self.progress.setText)
        self.table.activated.connect(self._activate)
        self.table.clicked.connect(self._activate)
        self.next_button.clicked.connect(self.nextUnfinished)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.label)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.order)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.next_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(top)
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        box.addLayout(bottom)

    def set_store(self, store: ProjectStore) -> None:
        self.label.blockSignals(True)
        self.label.clear()
        self.label.addItem("Any label", None)
        for name in store.scheme.labels():
            self.label.addItem(name, name)
        self.label.blockSignals(False)
        self.model.set_store(store)
        self.update_progress()

    def current_filter(self) -> DocFilter:
        return DocFilter(status=self.status.currentData(), label=self.label.currentData(),
                         search=self.search.text().strip() or None, order=self.order.currentData())

    def apply_filter(self) -> None:
        """List what the filter widgets ask for (the search box waits for a pause in typing first)."""
        self._debounce.stop()
        self.model.set_filter(self.current_filter())
        self.update_progress()

    def _open_match(self) -> None:
        """Enter in the search box opens the first document it lists."""
        self._open_first = True
        if self._debounce.isActive() or self.model.filter != self.current_filter():
            self.apply_filter()
        else:
            self._listed()

    def _listed(self) -> None:
        if self._open_first and not self.model.searching:
            self._open_first = False
            pk = self.model.pk_at(0) if self.model.rowCount() else None
            if pk is not None:
                self.documentActivated.emit(pk)

    def _activate(self, index: QModelIndex) -> None:
        pk = self.model.pk_at(index.row())
        if pk is not None:
            self.documentActivated.emit(pk)

    def show_document(self, pk: int) -> None:
        """Select a document's row (if the filter shows it) without re-opening it."""
        row = self.model.row_of(pk)
        if row is None:
            self.table.clearSelection()
            return
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows)
        self.table.scrollTo(index)

    def update_progress(self) -> None:
        store = self.model.store
        if store is None:
            return
        counts = store.progress()
        text = f"{counts['done']:,} of {counts['total']:,} done"
        if counts["skipped"]:
            text += f" · {counts['skipped']:,} skipped"
        model = self.model
        if model.filter != DocFilter():
            if model.total is not None:
                listed = f"{model.total:,} listed"
            elif model.searching:
                listed = "searching…"
            else:
                listed = f"{model.rowCount():,}+ listed, counting…"
            text = f"{listed} · {text}"
        self.progress.setText(text)
