"""What the keys do to the open document.

Every change goes through an undo command on the workspace's stack; the
store commits it and its event updates the views.  Positions arrive from
the view already converted to code points.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeyEvent

from annotator.core import edits
from annotator.core.edits import LabelAction
from annotator.core.labels import SEGMENTS
from annotator.core.model import Span, SpanStatus
from annotator.core.snapping import snap, step_edge, token_span_at
from annotator.ui.controllers import keys
from annotator.ui.controllers.keys import ALT, CTRL, NONE, SHIFT, Binding, K
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
from annotator.ui.state.workspace import Workspace
from annotator.ui.widgets.textview import DocumentView


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
            keys.binding_for(event, VIEW_KEYS) is not None or keys.label_for(event, self.ws.store.scheme) is not None)

    def handle_key(self, event: QKeyEvent) -> bool:
        """True if the key was ours; an action returning False declines it
        (e.g. Esc with nothing to cancel), leaving it to the text view."""
        if self.session.doc is None:
            return False
        binding = keys.binding_for(event, VIEW_KEYS)
        if binding is not None:
            return binding.action(self) is not False
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
        selection = self.view.selection_cp()
        current = self.session.current_span
        action = edits.label_key_action(self.ws.store.scheme, label, selection is not None, current)
        if selection is not None and action is LabelAction.LABEL_SELECTION:
            self.create(selection[0], selection[1], label, exact)
        elif action is LabelAction.TOGGLE_LINE:
            self.toggle_block(label)
        elif current is not None and action is LabelAction.RELABEL:
            self.relabel(current, label)
        else:
            # A label key with nothing selected labels nothing yet: it selects the word at the caret and
            # says so, and the same key again labels it (a stray click then a digit changes nothing).
            word = token_span_at(self.session.text, self.view.caret_cp())
            if word is None:
                self._say("Select some text first, then press a label key")
            else:
                self.view.select_cp(*word)
                key = self.ws.store.scheme.label(label).hotkey
                self._say(f"Press {key} again to label “{self.session.text[word[0]:word[1]]}” {label} · Esc cancels")

    def create(self, start: int, end: int, label: str, exact: bool = False) -> Span | None:
        text = self.session.text
        if not exact and self.snapping():
            start, end = snap(text, start, end)
        else:  # never start or end on whitespace, even when exact
            start, end = edits.trim(text, start, end)
        if start >= end:
            self._say("Nothing to label: the selection is only whitespace")
            return None
        span = edits.user_span(start, end, label, self.ws.store.scheme)
        ctx = self.ws.ctx()
        add = AddSpan(ctx, span)
        clashes = self.session.index.overlapping(start, end, span.layer)
        command = Macro(ctx, f"label {label}", [*(RemoveSpan(ctx, s, verb="replace") for s in clashes), add]) \
            if clashes else add
        if self._push(command):
            self.view.clear_selection()
            self.session.set_current(add.span.id)
            return add.span
        return None

    def relabel(self, span: Span, label: str) -> None:
        if not edits.relabel_changes(span, label):
            return
        self._push(UpdateSpan(self.ws.ctx(), span, f"relabel {span.label} → {label}", label=label,
                              status=SpanStatus.ACCEPTED))

    def toggle_block(self, label: str) -> None:
        """Mark the caret's line with a structure role, or unmark it."""
        start, end = edits.trim(self.session.text, *self.view.block_cp())
        toggle = edits.toggle_line(self.session.text, start, end, label,
                                   self.session.index.overlapping(start, end, SEGMENTS))
        if toggle is None:
            self._say("This line is empty")
            return
        ctx = self.ws.ctx()
        if toggle.add is None:  # unmark the line (a longer block keeps its other lines)
            steps: list[StoreCommand] = [RemoveSpan(ctx, s, verb="unmark") for s in toggle.remove]
            steps += [AddSpan(ctx, part) for part in toggle.keep]
            self._push(steps[0] if len(steps) == 1 else Macro(ctx, f"unmark {label}", steps))
            return
        steps = [*(RemoveSpan(ctx, s, verb="replace") for s in toggle.remove), AddSpan(ctx, toggle.add)]
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

    def step_next(self) -> None:
        return self._step(1)

    def step_prev(self) -> None:
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

    def accept(self) -> None:
        if self.session.link_from:
            return self.link_to(self.session.span(self.session.link_target))
        span = self.session.current_span
        if span is None:
            self._next_suggestion(None, self.view.caret_cp())
            return
        if span.is_suggestion:
            self._push(AcceptSuggestions(self.ws.ctx(), [span.id]))
        self._next_suggestion(self.session.span(span.id) or span, span.start)

    def reject(self) -> None:
        span = self._require()
        if span is None:
            return
        if not span.is_suggestion:
            self._say("Backspace rejects suggestions; Delete removes an accepted span")
            return
        nxt = self.session.index.step(span, span.start, 1, lambda s: s.is_suggestion)
        if self._push(RemoveSpan(self.ws.ctx(), span, verb="reject")):
            self.select(nxt)

    def delete(self) -> None:
        span = self._require()
        if span is None:
            return
        nxt = self.session.index.step(span, span.start, 1)
        if self._push(RemoveSpan(self.ws.ctx(), span)):
            self.select(nxt)

    def escape(self) -> bool | None:
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
    def _move(self, edge: str, direction: int, by_char: bool = False) -> None:
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

    def start_left(self) -> None:
        return self._move("start", -1)

    def start_right(self) -> None:
        return self._move("start", 1)

    def end_left(self) -> None:
        return self._move("end", -1)

    def end_right(self) -> None:
        return self._move("end", 1)

    def start_left_char(self) -> None:
        return self._move("start", -1, True)

    def start_right_char(self) -> None:
        return self._move("start", 1, True)

    def end_left_char(self) -> None:
        return self._move("end", -1, True)

    def end_right_char(self) -> None:
        return self._move("end", 1, True)

    # -- quotes and speakers ----------------------------------------------------------------------
    def _quote_here(self) -> Span | None:
        return edits.quote_at(self.session.index, self.session.current_span, self.view.caret_cp())

    def start_link(self) -> None:
        quote = self._quote_here()
        if quote is None:
            self._say("Select a quote first (Tab to it, or click it), then press s")
            return
        target = edits.first_link_candidate(self.session.index, self.ws.store.scheme, quote)
        self.session.set_current(quote.id)
        self.session.set_link(quote.id, target.id if target else None)
        self._say("Linking: click the speaker (or Tab to it) and press Enter · Esc cancels")

    def _step_candidate(self, direction: int) -> None:
        quote = self.session.span(self.session.link_from)
        if quote is None:
            return
        here = self.session.span(self.session.link_target) or quote
        target = edits.next_link_candidate(self.session.index, self.ws.store.scheme, quote, here, direction)
        if target is not None:
            self.session.set_link(quote.id, target.id)
            self.view.reveal(target)

    def link_to(self, child: Span | None) -> None:
        quote = self.session.span(self.session.link_from)
        if quote is None or child is None:
            self._say("Nothing to link to: label the speaker first (1 PERSON, e SPEAKER)")
            return
        try:
            link = edits.plan_link(self.ws.store.scheme, self.session.text, quote, child,
                                   lambda head, name: self.session.index.relations_of(head, name))
        except edits.LinkRefused as exc:
            self._say(str(exc))
            return
        if link is None:
            self.session.set_link(None)
            self._say("Already linked")
            return
        ctx = self.ws.ctx()
        steps: list[StoreCommand] = [RemoveRelation(ctx, r) for r in link.replaces]
        steps.append(AddRelation(ctx, link.relation))
        if link.attrs is not None:
            steps.append(UpdateSpan(ctx, quote, "set speaker", attrs=link.attrs))
        self.session.set_link(None)
        if self._push(Macro(ctx, f"link {link.relation.label}", steps)):
            self.select(self.session.span(quote.id))

    def click(self, span_id: str | None) -> None:
        if self.session.link_from:
            if span_id is not None:
                self.link_to(self.session.span(span_id))
            return
        self.session.set_current(span_id)

    def edit_speaker(self) -> None:
        quote = self._quote_here()
        if quote is None:
            self._say("Select a quote first")
            return
        self.session.set_current(quote.id)
        self.editSpeaker.emit()

    def set_quote_attrs(self, speaker: str | None = None, direct: bool | None = None) -> None:
        quote = self.session.current_span
        if quote is None or not edits.is_quote(quote):
            return
        attrs = edits.quote_attrs(quote.attrs, speaker, direct)
        if attrs != quote.attrs:
            self._push(UpdateSpan(self.ws.ctx(), quote, "edit speaker", attrs=attrs))


# The keys of the document view, bound to the controller's methods; the cheat sheet shows this table.
VIEW_KEYS: tuple[Binding[EditController], ...] = (
    Binding((K.Key_Tab,), NONE, EditController.step_next, "Tab",
            "Select the next span (while linking: the next candidate)"),
    Binding((K.Key_Backtab,), SHIFT, EditController.step_prev, "Shift+Tab", "Select the previous span"),
    Binding((K.Key_Return, K.Key_Enter), NONE, EditController.accept, "Enter",
            "Accept the selected suggestion and go to the next one (while linking: link)"),
    Binding((K.Key_Backspace,), NONE, EditController.reject, "Backspace",
            "Reject the selected suggestion and go to the next one"),
    Binding((K.Key_Delete,), NONE, EditController.delete, "Delete", "Remove the selected span"),
    Binding((K.Key_Escape,), NONE, EditController.escape, "Esc", "Cancel linking; unselect"),
    Binding((K.Key_S,), NONE, EditController.start_link, "s",
            "Link the selected quote: then click or Tab to the speaker (or cue) and press Enter"),
    Binding((K.Key_F2,), NONE, EditController.edit_speaker, "F2", "Edit the selected quote's speaker name"),
    Binding((K.Key_Left,), ALT, EditController.start_left, "Alt+←", "Move the span's start one token left"),
    Binding((K.Key_Right,), ALT, EditController.start_right, "Alt+→", "Move the span's start one token right"),
    Binding((K.Key_Left,), ALT | SHIFT, EditController.end_left, "Alt+Shift+←", "Move the span's end one token left"),
    Binding((K.Key_Right,), ALT | SHIFT, EditController.end_right, "Alt+Shift+→",
            "Move the span's end one token right"),
    Binding((K.Key_Left,), ALT | CTRL, EditController.start_left_char, "Ctrl+Alt+←",
            "Move the start one character left"),
    Binding((K.Key_Right,), ALT | CTRL, EditController.start_right_char, "Ctrl+Alt+→",
            "Move the start one character right"),
    Binding((K.Key_Left,), ALT | CTRL | SHIFT, EditController.end_left_char, "Ctrl+Alt+Shift+←",
            "Move the end one character left"),
    Binding((K.Key_Right,), ALT | CTRL | SHIFT, EditController.end_right_char, "Ctrl+Alt+Shift+→",
            "Move the end one character right"),
)
