"""What the keys do to the open document.

Every change goes through an undo command on the workspace's stack; the
store commits it and its event updates the views.  Positions arrive from
the view already converted to code points.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeyEvent

from annotator.core.model import SOURCE_USER, Relation, Span, SpanStatus
from annotator.ui.controllers import keys
from annotator.ui.state.commands import (
    AcceptSuggestions,
    AddRelation,
    AddSpan,
    Macro,
    RemoveRelation,
    RemoveSpan,
    StoreCommand,
    UpdateSpan,
)
from annotator.ui.widgets.textview import DocumentView
from annotator.core.snapping import snap, step_edge, token_at
from annotator.ui.state.workspace import Workspace


class EditController(QObject):
    editSpeaker = Signal()  # F2: the span panel focuses its speaker field

    def __init__(self, ws: Workspace, view: DocumentView, snapping=lambda: True):
        super().__init__(ws)
        self.ws, self.view, self.session = ws, view, ws.session
        self.snapping = snapping
        view.key_handler = self.handle_key
        view.key_wanted = self.wants
        view.spanClicked.connect(self.click)

    # -- key dispatch -----------------------------------------------------------------------------
    def wants(self, event: QKeyEvent) -> bool:
        return self.session.doc is not None and (
            keys.binding_for(event) is not None or keys.label_for(event, self.ws.store.scheme) is not None)

    def handle_key(self, event: QKeyEvent) -> bool:
        """True if the key was ours; an action returning False declines it
        (e.g. Esc with nothing to cancel), leaving it to the text view."""
        if self.session.doc is None:
            return False
        binding = keys.binding_for(event)
        if binding is not None:
            return getattr(self, binding.action)() is not False
        found = keys.label_for(event, self.ws.store.scheme)
        if found is not None:
            self.apply_label(*found)
            return True
        return False

    def _say(self, text: str) -> None:
        self.ws.message.emit(text)

    def _push(self, command) -> bool:
        return self.ws.push(command)

    # -- labelling --------------------------------------------------------------------------------
    def apply_label(self, label: str, exact: bool = False) -> None:
        """A label key: label the selection, toggle a structure role on the
        caret's line, relabel the selected span, or label the word at the caret."""
        layer = self.ws.store.scheme.layer_of(label)
        selection = self.view.selection_cp()
        current = self.session.current_span
        if selection is not None:
            self.create(selection[0], selection[1], label, exact)
        elif layer == "segments" and (current is None or current.layer != "segments"):
            self.toggle_block(label)
        elif current is not None:
            self.relabel(current, label)
        else:
            word = token_at(self.session.text, self.view.caret_cp())
            if word is None:
                self._say("Select some text first, then press a label key")
            else:
                self.create(*word, label, exact=True)

    def create(self, start: int, end: int, label: str, exact: bool = False) -> Span | None:
        text = self.session.text
        if not exact and self.snapping():
            start, end = snap(text, start, end)
        else:  # never start or end on whitespace, even when exact
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
        if start >= end:
            self._say("Nothing to label: the selection is only whitespace")
            return None
        layer = self.ws.store.scheme.layer_of(label)
        span = Span(start=start, end=end, label=label, layer=layer, source=SOURCE_USER, status=SpanStatus.ACCEPTED)
        ctx = self.ws.ctx()
        add = AddSpan(ctx, span)
        clashes = self.session.index.overlapping(start, end, layer)
        command = Macro(ctx, f"label {label}", [*(RemoveSpan(ctx, s, verb="replace") for s in clashes), add]) \
            if clashes else add
        if self._push(command):
            self.view.clear_selection()
            self.session.set_current(add.span.id)
            return add.span
        return None

    def relabel(self, span: Span, label: str) -> None:
        if span.label == label and not span.is_suggestion:
            return
        self._push(UpdateSpan(self.ws.ctx(), span, f"relabel {span.label} → {label}", label=label,
                              status=SpanStatus.ACCEPTED))

    def toggle_block(self, label: str) -> None:
        """Mark the caret's line with a structure role, or unmark it."""
        start, end = self.view.block_cp()
        text = self.session.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            self._say("This line is empty")
            return
        ctx = self.ws.ctx()
        marked = self.session.index.overlapping(start, end, "segments")
        if marked and all(s.label == label for s in marked):
            steps: list[StoreCommand] = [RemoveSpan(ctx, s, verb="unmark") for s in marked]
            self._push(steps[0] if len(steps) == 1 else Macro(ctx, f"unmark {label}", steps))
            return
        span = Span(start=start, end=end, label=label, layer="segments", source=SOURCE_USER)
        steps = [*(RemoveSpan(ctx, s, verb="replace") for s in marked), AddSpan(ctx, span)]
        self._push(steps[0] if len(steps) == 1 else Macro(ctx, f"mark {label}", steps))

    # -- the selected span ------------------------------------------------------------------------
    def select(self, span: Span | None) -> None:
        self.session.set_current(span.id if span else None)
        if span is not None:
            self.view.reveal(span)

    def _require(self) -> Span | None:
        span = self.session.current_span
        if span is None:
            self._say("No span selected: Tab selects the next one")
        return span

    def step_next(self):
        return self._step(1)

    def step_prev(self):
        return self._step(-1)

    def _step(self, direction: int) -> None:
        if self.session.link_from:
            self._step_candidate(direction)
            return
        span = self.session.index.step(self.session.current_span, self.view.caret_cp(), direction)
        if span is not None:
            self.view.clear_selection()
            self.select(span)

    def _next_suggestion(self, after: Span | None, pos: int) -> None:
        nxt = self.session.index.step(after, pos, 1, lambda s: s.is_suggestion)
        self.select(nxt)

    def accept(self):
        if self.session.link_from:
            return self.link_to(self.session.span(self.session.link_target))
        span = self.session.current_span
        if span is None:
            self._next_suggestion(None, self.view.caret_cp())
            return
        if span.is_suggestion:
            self._push(AcceptSuggestions(self.ws.ctx(), [span.id]))
        self._next_suggestion(self.session.span(span.id) or span, span.start)

    def reject(self):
        span = self._require()
        if span is None:
            return
        if not span.is_suggestion:
            self._say("Backspace rejects suggestions; Delete removes an accepted span")
            return
        nxt = self.session.index.step(span, span.start, 1, lambda s: s.is_suggestion)
        if self._push(RemoveSpan(self.ws.ctx(), span, verb="reject")):
            self.select(nxt)

    def delete(self):
        span = self._require()
        if span is None:
            return
        nxt = self.session.index.step(span, span.start, 1)
        if self._push(RemoveSpan(self.ws.ctx(), span)):
            self.select(nxt)

    def escape(self):
        if self.session.link_from:
            self.session.set_link(None)
            self._say("Linking cancelled")
        elif self.view.textCursor().hasSelection():
            self.view.clear_selection()
        elif self.session.current:
            self.session.set_current(None)
        else:
            return False
        return None

    def accept_all(self) -> None:
        if self.session.pk is None:
            return
        if not self.session.index.n_suggested:
            self._say("No suggestions left in this document")
            return
        self._push(AcceptSuggestions(self.ws.ctx(), None))

    # -- edges ------------------------------------------------------------------------------------
    def _move(self, edge: str, direction: int, by_char: bool = False):
        span = self._require()
        if span is None:
            return
        pos = span.start if edge == "start" else span.end
        new = pos + direction if by_char else step_edge(self.session.text, pos, direction, edge)
        start, end = (new, span.end) if edge == "start" else (span.start, new)
        if new is None or start is None or end is None or not 0 <= start < end <= len(self.session.text):
            self._say("The span cannot shrink or grow further that way")
            return
        self._push(UpdateSpan(self.ws.ctx(), span, f"move {edge} of {span.label}", **{edge: new}))

    def start_left(self):
        return self._move("start", -1)

    def start_right(self):
        return self._move("start", 1)

    def end_left(self):
        return self._move("end", -1)

    def end_right(self):
        return self._move("end", 1)

    def start_left_char(self):
        return self._move("start", -1, True)

    def start_right_char(self):
        return self._move("start", 1, True)

    def end_left_char(self):
        return self._move("end", -1, True)

    def end_right_char(self):
        return self._move("end", 1, True)

    # -- quotes and speakers ----------------------------------------------------------------------
    def _quote_here(self) -> Span | None:
        span = self.session.current_span
        if span is not None and span.label == "QUOTE":
            return span
        return next((s for s in self.session.index.at(self.view.caret_cp()) if s.label == "QUOTE"), None)

    def _child_labels(self, head: Span) -> dict[str, str]:
        """Label of a possible linked span → the relation's name."""
        out: dict[str, str] = {}
        for rel in self.ws.store.scheme.relations:
            if head.label in rel.head:
                for child in rel.child:
                    out.setdefault(child, rel.name)
        return out

    def start_link(self):
        quote = self._quote_here()
        if quote is None:
            self._say("Select a quote first (Tab to it, or click it), then press s")
            return
        labels = self._child_labels(quote)
        target = self.session.index.step(quote, quote.end, 1, lambda s: s.label in labels and s.start >= quote.end) \
            or self.session.index.step(quote, quote.start, -1, lambda s: s.label in labels)
        self.session.set_current(quote.id)
        self.session.set_link(quote.id, target.id if target else None)
        self._say("Linking: click the speaker (or Tab to it) and press Enter · Esc cancels")

    def _step_candidate(self, direction: int) -> None:
        quote = self.session.span(self.session.link_from)
        if quote is None:
            return
        labels = self._child_labels(quote)
        here = self.session.span(self.session.link_target) or quote
        target = self.session.index.step(here, here.start, direction, lambda s: s.label in labels)
        if target is not None:
            self.session.set_link(quote.id, target.id)
            self.view.reveal(target)

    def link_to(self, child: Span | None) -> None:
        quote = self.session.span(self.session.link_from)
        if quote is None or child is None:
            self._say("Nothing to link to: label the speaker first (1 PERSON, e SPEAKER)")
            return
        name = self._child_labels(quote).get(child.label)
        if name is None:
            self._say(f"A {quote.label} cannot be linked to a {child.label}")
            return
        ctx = self.ws.ctx()
        steps: list[StoreCommand] = [RemoveRelation(ctx, r) for r in self.session.index.relations_of(quote.id, name)]
        if any(r.child == child.id for r in self.session.index.relations_of(quote.id, name)):
            self.session.set_link(None)
            self._say("Already linked")
            return
        steps.append(AddRelation(ctx, Relation(label=name, head=quote.id, child=child.id, source=SOURCE_USER)))
        if name == "SPEAKER" and child.layer == "entities":
            attrs = {**quote.attrs, "speaker": self.session.text[child.start:child.end]}
            steps.append(UpdateSpan(ctx, quote, "set speaker", attrs=attrs))
        self.session.set_link(None)
        if self._push(Macro(ctx, f"link {name}", steps)):
            self.select(self.session.span(quote.id))

    def click(self, span_id: str | None) -> None:
        if self.session.link_from:
            if span_id is not None:
                self.link_to(self.session.span(span_id))
            return
        self.session.set_current(span_id)

    def edit_speaker(self):
        if self._quote_here() is None:
            self._say("Select a quote first")
            return
        self.session.set_current(self._quote_here().id)
        self.editSpeaker.emit()

    def set_quote_attrs(self, speaker: str | None = None, direct: bool | None = None) -> None:
        quote = self.session.current_span
        if quote is None or quote.label != "QUOTE":
            return
        attrs = dict(quote.attrs)
        if speaker is not None:
            if speaker.strip():
                attrs["speaker"] = speaker.strip()
            else:
                attrs.pop("speaker", None)
        if direct is not None:
            if direct:
                attrs.pop("direct", None)
            else:
                attrs["direct"] = False
        if attrs != quote.attrs:
            self._push(UpdateSpan(self.ws.ctx(), quote, "edit speaker", attrs=attrs))
