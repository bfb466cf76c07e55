"""Store events are typed: one class per kind, fields checked when an event is made."""

import dataclasses

import pytest

import annotator.core.events as ev
from annotator.core.model import Span


def test_every_kind_has_exactly_one_event_class():
    kinds = [cls.kind for cls in ev.EVENT_TYPES]
    assert sorted(kinds) == sorted(ev.EventKind) and len(set(kinds)) == len(kinds) == 14


def test_a_misspelt_field_or_a_missing_one_fails_where_the_event_is_made():
    span = Span(start=0, end=4, label="PERSON", layer="entities")
    with pytest.raises(TypeError):
        ev.SpanAdded(doc=1, spann=span)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ev.SpanAdded(span=span)  # type: ignore[call-arg]  (a change inside a document names the document)


def test_events_are_frozen_and_reach_every_subscriber_once():
    emitter, seen = ev.Emitter(), []
    emitter.connect(seen.append)
    emitter.connect(seen.append)  # connecting twice still delivers once
    event = ev.SettingChanged(key="ui.last_document")
    emitter.emit(event)
    assert seen == [event] and seen[0].kind == ev.EventKind.SETTING_CHANGED and seen[0].doc is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.key = "other"  # type: ignore[misc]
    emitter.disconnect(seen.append)
    emitter.emit(event)
    assert seen == [event]
