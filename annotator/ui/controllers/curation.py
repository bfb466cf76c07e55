"""Curation from the keyboard: the window works on the curated set, the curation panel compares the
annotators' sets of the open document, and each choice (take one annotator's version, take both, reject,
accept every agreed span) is one undo step (a :class:`Macro` of the two-line commands).

What is compared and what a choice writes is decided in ``core/curation.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer

from annotator.core.events import Event, SetReplaced
from annotator.core.curation import Item, Kind, Overlap, Plan, Sets, compare, plan_take, taken
from annotator.store import CURATED, StoreError
from annotator.ui.state.commands import AddRelation, AddSpan, Macro, RemoveSpan, StoreCommand
from annotator.ui.state.workspace import Workspace
from annotator.ui.widgets.curation import CurationPanel
from annotator.ui.widgets.textview import DocumentView


class CurationController(QObject):
    def __init__(self, ws: Workspace, panel: CurationPanel, view: DocumentView):
        super().__init__(panel)
        self.ws, self.panel, self.view, self.session = ws, panel, view, ws.session
        self.names: list[str] = []
        self.items: list[Item] = []
        self.sets = Sets()
        self._pk: int | None = None  # the document whose sets were read
        self._off = False  # the panel says the window is not curating
        self._refresh = QTimer(self, singleShot=True, interval=0)  # one refresh for a burst of edits
        self._refresh.timeout.connect(self.refresh)
        for signal in (self.session.loaded, self.session.indexReady, self.session.spansChanged, ws.setChanged,
                       ws.projectChanged):
            signal.connect(self._refresh.start)
        ws.closing.connect(self._refresh.stop)
        ws.storeEvent.connect(self._store_event)
        panel.curate.connect(lambda: self.set_curating(True))
        panel.take.connect(lambda i: self.take([self.names[i]] if i < len(self.names) else []))
        panel.takeAll.connect(lambda: self.take(self.names, "take both"))
        panel.reject.connect(lambda: self.take([], "reject"))
        panel.acceptAgreed.connect(self.accept_agreed)
        panel.jump.connect(self.jump)
        self._refresh.start()  # built after the document opened (on first use): show it

    @property
    def curating(self) -> bool:
        return self.ws.curating

    def set_curating(self, on: bool) -> None:
        """Work on the curated set (``on``) or on one's own again."""
        if not self.ws.is_open:
            return
        store = self.ws.store
        try:
            self.ws.use_set(CURATED if on else store.annotator)
        except StoreError as exc:
            self.ws.warning.emit(str(exc))
            return
        self.ws.message.emit("Curating: edits go to the curated set" if on
                             else f"Working on {store.annotator}'s own set again")

    # -- what the panel shows ---------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ws.is_open:
            return
        if not self.curating:
            if self._pk is None and self._off:
                return  # already says so; edits to one's own set change nothing here
            self._pk, self._off = None, True
            self.panel.show_off(f"You are working on {self.ws.store.set_name}'s set. Curating compares the "
                                "annotators' sets of each document and settles them into the curated set, "
                                "the gold that export writes.")
            return
        self._off = False
        pk = self.session.pk
        if pk is None or self.session.doc is None:
            self.panel.show_off("No document is open.")
            return
        if pk != self._pk:
            self._read_sets(pk)
        index = self.session.index
        states = [taken(item, index.overlapping(item.start, item.end, item.layer)) for item in self.items]
        open_ = sum(1 for item, (_, whose) in zip(self.items, states) if not whose)
        disagreements = sum(1 for item in self.items if item.kind is not Kind.AGREED)
        sets = f"{len(self.names)} annotators' sets" if len(self.names) > 1 else "1 annotator's set"
        heading = (f"{sets}: {', '.join(self.names)} · {len(self.items)} places, {disagreements} disagreements · "
                   f"{open_} not settled" if self.names else "Nobody has annotated this document yet.")
        self.panel.show_items(self.session.text, self.names, self.items, states, heading)

    def _read_sets(self, pk: int) -> None:
        store = self.ws.store
        self.names = [name for name in store.set_names(pk) if name != CURATED]
        docs = {name: store.get_set(pk, name) for name in self.names}
        self.sets = Sets({n: d.spans for n, d in docs.items() if d}, {n: d.relations for n, d in docs.items() if d})
        self.items = compare(self.sets.spans)
        self._pk = pk

    def _store_event(self, event: Event) -> None:
        """An annotator's set of the open document was replaced (a merge): compare again."""
        if isinstance(event, SetReplaced) and event.doc == self._pk:
            self._pk = None
            self._refresh.start()

    # -- the choices ------------------------------------------------------------------------------
    def take(self, names: Sequence[str], what: str | None = None) -> None:
        rows = self.panel.selected_rows()
        if not self.curating or not rows:
            self.ws.message.emit("Select a place in the curation list first")
            return
        if what is None:
            what = f"take {names[0]}'s version" if names else "reject"
        self._apply([self.items[r] for r in rows], names, f"{what} ({len(rows)}×)")

    def accept_agreed(self) -> None:
        if not self.curating or not self.names:
            return
        agreed = [item for item in self.items if item.kind is Kind.AGREED]
        self._apply(agreed, self.names[:1], "accept agreed spans", f"{len(agreed)} agreed places")

    def _apply(self, items: Sequence[Item], names: Sequence[str], text: str, done: str | None = None) -> None:
        index = self.session.index
        try:
            plan = plan_take(items, names, index.ordered, self.sets, index.relations.values())
        except Overlap as exc:
            self.ws.warning.emit(f"Cannot take both: {exc}")
            return
        if not plan:
            self.ws.message.emit("The curated set already has that")
            return
        if self.ws.push(Macro(self.ws.ctx(), text, self._steps(plan))):
            self.ws.message.emit(f"{text[0].upper()}{text[1:]}: {done or 'done'} · Ctrl+Z undoes it")

    def _steps(self, plan: Plan) -> list[StoreCommand]:
        ctx = self.ws.ctx()
        return [*(RemoveSpan(ctx, s) for s in plan.remove), *(AddSpan(ctx, s) for s in plan.add),
                *(AddRelation(ctx, r) for r in plan.relations)]

    def jump(self, row: int) -> None:
        """Show the place in the text, selected: a label key there puts the curator's own label in."""
        if 0 <= row < len(self.items):
            item = self.items[row]
            self.view.select_cp(item.start, item.end)
            self.view.ensureCursorVisible()
            self.view.setFocus()
