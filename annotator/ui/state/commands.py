"""Undo commands: each ``redo`` calls one store method, each ``undo`` its inverse.

The store commits every call at once (there is no Save) and emits an event
after the commit; the views follow those events, so a command never touches
a widget.  Bulk actions are :class:`Macro` commands whose children run in order.

A store call can be refused (an edit would overlap a span, detection has
replaced the suggestion an undo wanted to restore, or the project file cannot
take the write: "not saved: …"); the command then reports the message instead
of raising out of Qt.  A new edit that is refused marks itself obsolete, so
the stack drops it; an undo or redo that is refused is stepped back over
(:meth:`Workspace.travel`, using :attr:`StoreCommand.skip`), so the stack
always says what the store holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.core.model import DocStatus, Relation, Span, SpanStatus
from annotator.store import ProjectStore, RemovedSpan, StoreError


class Ctx:
    """What every command needs: the store, the document, and where to send
    a refusal."""

    def __init__(self, store: ProjectStore, pk: int, report: Callable[[str], None]):
        self.store, self.pk, self.report = store, pk, report


class StoreCommand(QUndoCommand):
    def __init__(self, ctx: Ctx, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.pk = ctx.pk
        self.error: str | None = None
        self.done_once = False  # redone at least once: a later refusal must not drop it from the stack
        self.skip = False  # the next redo or undo does nothing (the stack steps back over a refusal)

    def _do(self) -> None: ...

    def _undo(self) -> None: ...

    def redo(self) -> None:
        if self.skip:
            self.skip = False
            return
        try:
            self._do()
            self.error = None
            self.done_once = True
        except StoreError as exc:
            self.error = str(exc)
            if not self.done_once:
                self.setObsolete(True)
            self.ctx.report(self.error)

    def undo(self) -> None:
        if self.skip:
            self.skip = False
            return
        try:
            self._undo()
            self.error = None
        except StoreError as exc:
            self.error = f"cannot undo “{self.text()}”: {exc}"
            self.ctx.report(self.error)


class Macro(QUndoCommand):
    """Several commands as one undo step: they run in order and undo in
    reverse; if one is refused, the ones before it are put back and the macro
    reports the refusal, so a bulk edit (or its undo) happens whole or not at all."""

    def __init__(self, ctx: Ctx, text: str, steps: list[StoreCommand]):
        super().__init__(text)
        self.pk = ctx.pk
        self.steps = steps
        self.error: str | None = None
        self.done_once = False
        self.skip = False

    def redo(self) -> None:
        if self.skip:
            self.skip = False
            return
        for i, step in enumerate(self.steps):
            step.redo()
            if step.error:
                self.error = step.error
                for done in reversed(self.steps[:i]):
                    done.undo()
                if not self.done_once:
                    self.setObsolete(True)
                return
        self.error = None
        self.done_once = True

    def undo(self) -> None:
        if self.skip:
            self.skip = False
            return
        backwards = list(reversed(self.steps))
        for i, step in enumerate(backwards):
            step.undo()
            if step.error:
                self.error = step.error
                for undone in reversed(backwards[:i]):
                    undone.redo()
                return
        self.error = None


class AddSpan(StoreCommand):
    def __init__(self, ctx: Ctx, span: Span):
        super().__init__(ctx, f"add {span.label}")
        self.span = span

    def _do(self) -> None:
        self.span = self.ctx.store.add_span(self.pk, self.span)

    def _undo(self) -> None:
        self.ctx.store.remove_span(self.pk, self.span.id)


class RemoveSpan(StoreCommand):
    def __init__(self, ctx: Ctx, span: Span, verb: str = "delete"):
        super().__init__(ctx, f"{verb} {span.label}")
        self.span_id = span.id
        self.removed: RemovedSpan | None = None

    def _do(self) -> None:
        self.removed = self.ctx.store.remove_span(self.pk, self.span_id)

    def _undo(self) -> None:
        assert self.removed is not None, "undo runs only after redo"
        self.ctx.store.restore_span(self.pk, self.removed)


class UpdateSpan(StoreCommand):
    def __init__(self, ctx: Ctx, span: Span, text: str, **changes):
        super().__init__(ctx, text)
        self.span_id, self.changes = span.id, changes
        self.before = {key: getattr(span, key) for key in changes}

    def _do(self) -> None:
        old = self.ctx.store.update_span(self.pk, self.span_id, **self.changes)
        self.before = {key: getattr(old, key) for key in self.changes}

    def _undo(self) -> None:
        self.ctx.store.update_span(self.pk, self.span_id, **self.before)


class AddRelation(StoreCommand):
    def __init__(self, ctx: Ctx, relation: Relation):
        super().__init__(ctx, f"link {relation.label}")
        self.relation = relation

    def _do(self) -> None:
        self.ctx.store.add_relation(self.pk, self.relation)

    def _undo(self) -> None:
        self.ctx.store.remove_relation(self.pk, self.relation.id)


class RemoveRelation(StoreCommand):
    def __init__(self, ctx: Ctx, relation: Relation):
        super().__init__(ctx, f"unlink {relation.label}")
        self.relation = relation

    def _do(self) -> None:
        self.relation = self.ctx.store.remove_relation(self.pk, self.relation.id)

    def _undo(self) -> None:
        self.ctx.store.add_relation(self.pk, self.relation)


class SetDocStatus(StoreCommand):
    def __init__(self, ctx: Ctx, status: DocStatus):
        super().__init__(ctx, f"mark document {status}")
        self.status, self.old = status, DocStatus.TODO

    def _do(self) -> None:
        self.old = self.ctx.store.set_status(self.pk, self.status)

    def _undo(self) -> None:
        self.ctx.store.set_status(self.pk, self.old)


class AcceptSuggestions(StoreCommand):
    def __init__(self, ctx: Ctx, span_ids: list[str] | None):
        super().__init__(ctx, "accept suggestion" if span_ids and len(span_ids) == 1 else "accept all suggestions",)
        self.span_ids = span_ids
        self.accepted: list[str] = []

    def _do(self) -> None:
        self.accepted = self.ctx.store.accept_suggestions(self.pk, self.span_ids)

    def _undo(self) -> None:
        self.ctx.store.set_span_status(self.pk, self.accepted, SpanStatus.SUGGESTED)


class AcceptDocument(StoreCommand):
    """Mark done and accept what is shown (one store transaction); undo puts
    back the old status and the suggestions."""

    def __init__(self, ctx: Ctx):
        super().__init__(ctx, "accept document")
        self.old = DocStatus.TODO
        self.accepted: list[str] = []

    def _do(self) -> None:
        self.old, self.accepted = self.ctx.store.accept_document(self.pk)

    def _undo(self) -> None:
        self.ctx.store.set_span_status(self.pk, self.accepted, SpanStatus.SUGGESTED)
        self.ctx.store.set_status(self.pk, self.old)
