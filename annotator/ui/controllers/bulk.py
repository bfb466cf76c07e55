"""Bulk corrections: label every occurrence of the selected span's text like it (relabelling the spans on
its other occurrences and labelling the unlabelled ones; in this document, or on confirmation in every todo
document of the project), delete every identical mention (in this document or the whole project), and
accept or reject the suggestions of one label, one layer or one paragraph.  Each is one undo step (a
:class:`Macro`); which spans it touches is decided in ``core/bulk.py``."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from annotator.core import bulk
from annotator.core.model import SOURCE_USER, DocStatus, Span, SpanStatus
from annotator.store import DocFilter
from annotator.ui.state.commands import AcceptSuggestions, AddSpan, Ctx, Macro, RemoveSpan, StoreCommand, UpdateSpan
from annotator.ui.state.workspace import Workspace
from annotator.ui.widgets.textview import DocumentView


class Scope(Enum):
    DOCUMENT = "document"
    PROJECT = "project"


class BulkController(QObject):
    def __init__(self, ws: Workspace, view: DocumentView, parent: QWidget):
        super().__init__(parent)
        self.ws, self.view, self.session, self.parent_widget = ws, view, ws.session, parent

    def ask_scope(self, what: str, others: int, kind: str = "") -> Scope | None:
        """This document only, or the ``others`` other documents too (None: cancelled)."""
        if not others:
            return Scope.DOCUMENT
        from PySide6.QtWidgets import QMessageBox  # made when first asked (docs/performance.md, start-up)

        answer = QMessageBox.question(
            self.parent_widget, "Identical mentions",
            f"{what} in this document.\n\nAlso in the {others:,} other {kind}document{'s' if others != 1 else ''} "
            "of the project? (One undo step either way.)",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return Scope.PROJECT if answer == QMessageBox.StandardButton.Yes else Scope.DOCUMENT

    # -- identical mentions -----------------------------------------------------------------------
    def relabel_mentions(self) -> None:
        """Every occurrence of the selected span's text gets its label (accepted): spans on an occurrence are
        relabelled, unlabelled occurrences labelled."""
        self._mentions(relabel=True)

    def delete_mentions(self) -> None:
        """Every mention with the selected span's text, in its layer, is deleted."""
        self._mentions(relabel=False)

    def _mentions(self, relabel: bool) -> None:
        span = self.session.current_span
        if span is None or self.session.pk is None:
            self.ws.message.emit("Select a span first (Tab, or click it): its identical mentions are changed")
            return
        mention = bulk.mention_text(self.session.text, span)
        verb = f"label every “{mention}” as {span.label}" if relabel else f"delete “{mention}”"
        here = self._steps(Ctx(self.ws.store, self.session.pk, self.ws.warning.emit), self.session.text,
                           self.session.index.ordered, mention, span, relabel)
        store = self.ws.store
        flt = DocFilter(status=DocStatus.TODO) if relabel else DocFilter()  # labelling leaves finished work alone
        others = [s.pk for s in store.list_documents(flt, 0, store.count(flt)) if s.pk != self.session.pk]
        scope = self.ask_scope(verb.capitalize(), len(others), "todo " if relabel else "")
        if scope is None:
            return
        steps, docs = list(here), 1 if here else 0
        if scope is Scope.PROJECT:
            for pk in others:
                doc = store.get_document(pk)
                found = self._steps(Ctx(store, pk, self.ws.warning.emit), doc.text, doc.spans, mention, span, relabel)
                steps += found
                docs += bool(found)
        if not steps:
            self.ws.message.emit(f"Nothing to change: no other mention of “{mention}” differs")
            return
        if self.ws.push(Macro(self.ws.ctx(), f"{verb} ({len(steps):,}×)", steps)):
            self.ws.message.emit(f"{'Labelled' if relabel else 'Deleted'} {len(steps):,} mention"
                                 f"{'s' if len(steps) != 1 else ''} of “{mention}” in {docs:,} document"
                                 f"{'s' if docs != 1 else ''} · Ctrl+Z undoes it")

    @staticmethod
    def _steps(ctx: Ctx, text: str, spans: list[Span], mention: str, model: Span, relabel: bool) -> list[StoreCommand]:
        if not relabel:
            return [RemoveSpan(ctx, s) for s in bulk.same_mentions(text, spans, mention, model.layer)]
        change, add = bulk.label_all(text, spans, mention, model.layer, model.label)
        steps: list[StoreCommand] = [UpdateSpan(ctx, s, f"relabel {s.label} → {model.label}", label=model.label,
                                                status=SpanStatus.ACCEPTED) for s in change]
        steps += [AddSpan(ctx, Span(start=a, end=b, label=model.label, layer=model.layer, source=SOURCE_USER,
                                    status=SpanStatus.ACCEPTED)) for a, b in add]
        return steps

    # -- suggestions by label, layer or paragraph -------------------------------------------------
    def accept_by(self, by: str) -> None:
        self._suggestions(by, accept=True)

    def reject_by(self, by: str) -> None:
        self._suggestions(by, accept=False)

    def _suggestions(self, by: str, accept: bool) -> None:
        if self.session.pk is None:
            return
        span = self.session.current_span
        if by in ("label", "layer") and span is None:
            self.ws.message.emit(f"Select a span first: the suggestions of its {by} are "
                                 f"{'accepted' if accept else 'rejected'}")
            return
        if by == "label" and span is not None:
            found, what = bulk.suggestions_matching(self.session.index.ordered, label=span.label), span.label
        elif by == "layer" and span is not None:
            found, what = bulk.suggestions_matching(self.session.index.ordered, layer=span.layer), span.layer
        else:
            found, what = bulk.suggestions_matching(self.session.index.ordered, within=self.view.block_cp()), \
                "this paragraph"
        if not found:
            self.ws.message.emit(f"No suggestions of {what} left")
            return
        ctx = self.ws.ctx()
        verb = "accept" if accept else "reject"
        command = (Macro(ctx, f"accept suggestions of {what}", [AcceptSuggestions(ctx, [s.id for s in found])])
                   if accept else Macro(ctx, f"reject suggestions of {what}",
                                        [RemoveSpan(ctx, s, verb="reject") for s in found]))
        if self.ws.push(command):
            self.ws.message.emit(f"{verb.capitalize()}ed {len(found):,} suggestion{'s' if len(found) != 1 else ''} "
                                 f"of {what} · Ctrl+Z undoes it")
