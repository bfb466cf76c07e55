"""Text searches over the corpus, off the GUI thread.

A text search reads every text it has to look at: the first page of a word
that is found comes after a few documents, but a word that is found nowhere,
or the number of matches, costs a scan of all of them (a third of a second
to a second at 100,000 documents).  :class:`SearchWorker` runs these queries
in a thread with its own read-only connection to the project (SQLite
releases Python's lock while it scans), so the window keeps taking keys and
paints the list the moment a page arrives.  Requests carry a generation: a
search that a newer one replaced is skipped, or its answer dropped.
"""

from __future__ import annotations

import queue

from PySide6.QtCore import QObject, QThread, Signal

from annotator.store import DocFilter, ProjectRef, reopen


class SearchWorker(QThread):
    pageReady = Signal(int, int, object, bool)  # generation, offset, list[DocSummary], more may follow
    countReady = Signal(int, int)  # generation, documents matching
    failed = Signal(int, str)

    def __init__(self, project: ProjectRef, page_size: int, parent: QObject | None = None):
        super().__init__(parent)
        self.project, self.page_size = project, page_size
        self.latest = 0  # the newest generation asked for; older requests are not run
        self._requests: queue.SimpleQueue = queue.SimpleQueue()

    def ask(self, generation: int, flt: DocFilter, offset: int, count: bool) -> None:
        """Queue a page of ``flt`` from ``offset`` (and then its count); answers come as signals."""
        self.latest = generation
        self._requests.put((generation, flt, offset, count))
        if not self.isRunning():
            self.start()

    def stop(self) -> None:
        """Finish the query under way (if any) and end the thread."""
        if self.isRunning():
            self.latest = -1
            self._requests.put(None)
            self.wait()

    def run(self) -> None:
        store = None
        try:
            while (request := self._requests.get()) is not None:
                generation, flt, offset, count = request
                if generation != self.latest:
                    continue
                try:
                    store = store or reopen(self.project, readonly=True)
                    page = store.list_documents(flt, offset, self.page_size)
                    more = len(page) == self.page_size
                    self.pageReady.emit(generation, offset, page, more)
                    if count and generation == self.latest:  # a short first page is the whole answer
                        self.countReady.emit(generation, store.count(flt) if more else offset + len(page))
                except Exception as exc:  # noqa: BLE001 - shown to the person; the window must survive
                    self.failed.emit(generation, f"search failed: {exc}")
        finally:
            if store is not None:
                store.close()
