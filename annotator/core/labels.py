"""Label schemes: layers, labels, colours, hotkeys, relation types.

A scheme is data (``resources/labels/default.json``); each project keeps its
own copy, which the settings dialog edits.
"""

from __future__ import annotations

import json
from functools import cached_property
from typing import Any

import orjson

from annotator.core.record import MISSING, Record, all_of
from annotator.core.resources import resource

# The layers and the labels the code gives a meaning of its own (painting, linking, exports, detectors).
# Everything else about a label (colour, hotkey, description) is data in the project's scheme; a project may
# rename or drop other labels freely.  See docs/contracts.md, "Layers and labels".
ENTITIES, QUOTES, SEGMENTS = "entities", "quotes", "segments"
LAYERS = (ENTITIES, QUOTES, SEGMENTS)

PERSON, ORG, LOC, DATE, MISC = "PERSON", "ORG", "LOC", "DATE", "MISC"  # entities
QUOTE = "QUOTE"  # a stretch of reported speech: what is linked, painted as a bracket, exported as a quote
CUE = "CUE"  # the speech verb or phrase that introduces a quote ("kata", "ujarnya")
SPEAKER = "SPEAKER"  # a span naming the speaker where no entity does ("seorang warga")
BOILERPLATE, TITLE, BYLINE, DATELINE, CAPTION, SUBHEADING = (
    "BOILERPLATE", "TITLE", "BYLINE", "DATELINE", "CAPTION", "SUBHEADING")  # segments: a line's role

# Relation names: a quote points at its speaker (an entity or a SPEAKER span) and at its cue.
REL_SPEAKER = "SPEAKER"
REL_CUE = "CUE"


def _duplicate(layers: list[LayerDef]) -> str | None:
    """What a scheme may not have: a label defined twice, or a hotkey used twice (None if neither)."""
    seen: set[str] = set()
    keys: set[str] = set()
    for layer in layers:
        for label in layer.labels:
            if label.name in seen:
                return f"label {label.name!r} is defined twice"
            seen.add(label.name)
            if label.hotkey:
                if label.hotkey in keys:
                    return f"hotkey {label.hotkey!r} is used twice"
                keys.add(label.hotkey)
    return None


class LabelDef(Record):
    __slots__ = ("name", "color", "hotkey", "description")
    _fields = __slots__
    name: str
    color: str
    hotkey: str
    description: str

    def __init__(self, *, name: str = MISSING, color: str = "#cccccc", hotkey: str = "", description: str = "",
                 **extra: Any) -> None:
        self._init({"name": name, "color": color, "hotkey": hotkey, "description": description}, extra)

    @classmethod
    def _defaults(cls) -> dict[str, Any]:
        return {"color": "#cccccc", "hotkey": "", "description": ""}

    def _fast(self, values: dict[str, Any]) -> bool:
        name, color, hotkey, description = values.values()
        color = "#cccccc" if color is MISSING else color
        hotkey = "" if hotkey is MISSING else hotkey
        description = "" if description is MISSING else description
        if not (type(name) is str and type(color) is str and type(hotkey) is str and type(description) is str):
            return False
        self.name, self.color, self.hotkey, self.description = name, color, hotkey, description
        return True


class LayerDef(Record):
    __slots__ = ("name", "title", "labels")
    _fields = __slots__
    _nested = {"labels": LabelDef}
    name: str
    title: str
    labels: list[LabelDef]

    def __init__(self, *, name: str = MISSING, title: str = "", labels: list[LabelDef] = MISSING,
                 **extra: Any) -> None:
        self._init({"name": name, "title": title, "labels": labels}, extra)

    @classmethod
    def _defaults(cls) -> dict[str, Any]:
        return {"title": "", "labels": []}

    def _fast(self, values: dict[str, Any]) -> bool:
        name, title, labels = values.values()
        title = "" if title is MISSING else title
        if not (type(name) is str and type(title) is str and (labels is MISSING or all_of(LabelDef, labels))):
            return False
        self.name, self.title, self.labels = name, title, [] if labels is MISSING else list(labels)
        return True


class RelationDef(Record):
    __slots__ = ("name", "head", "child")
    _fields = __slots__
    name: str
    head: list[str]
    child: list[str]

    def __init__(self, *, name: str = MISSING, head: list[str] = MISSING, child: list[str] = MISSING,
                 **extra: Any) -> None:
        self._init({"name": name, "head": head, "child": child}, extra)

    @classmethod
    def _defaults(cls) -> dict[str, Any]:
        return {"head": [], "child": []}

    def _fast(self, values: dict[str, Any]) -> bool:
        name, head, child = values.values()
        if not (type(name) is str and (head is MISSING or all_of(str, head))
                and (child is MISSING or all_of(str, child))):
            return False
        self.name = name
        self.head = [] if head is MISSING else list(head)
        self.child = [] if child is MISSING else list(child)
        return True


class UnknownLabel(ValueError):
    pass


class LabelScheme(Record):
    """The layers with their labels, and the relation types (``__dict__`` kept: it caches an index)."""

    _fields = ("name", "layers", "relations")
    _nested = {"layers": LayerDef, "relations": RelationDef}
    name: str
    layers: list[LayerDef]
    relations: list[RelationDef]

    def __init__(self, *, name: str = "custom", layers: list[LayerDef] = MISSING,
                 relations: list[RelationDef] = MISSING, **extra: Any) -> None:
        self._init({"name": name, "layers": layers, "relations": relations}, extra)

    @classmethod
    def _defaults(cls) -> dict[str, Any]:
        return {"name": "custom", "relations": []}

    def _fast(self, values: dict[str, Any]) -> bool:
        name, layers, relations = values.values()
        name = "custom" if name is MISSING else name
        if not (type(name) is str and all_of(LayerDef, layers)
                and (relations is MISSING or all_of(RelationDef, relations))):
            return False
        if _duplicate(layers) is not None:
            return False  # pydantic's model raises the error
        self.name, self.layers = name, list(layers)
        self.relations = [] if relations is MISSING else list(relations)
        return True

    @classmethod
    def model_validate_json(cls, data: bytes | str) -> LabelScheme:
        """The scheme in JSON ``data`` (as pydantic reads it: a JSON error is a ``ValidationError``)."""
        try:
            parsed = json.loads(data)  # a scheme is small; the stdlib's reader is loaded already (core.ids)
        except ValueError:
            from annotator.core.schema import validated_json

            return validated_json(cls, data)
        return cls.model_validate(parsed)

    @classmethod
    def default(cls) -> LabelScheme:
        return cls.model_validate_json(resource("labels", "default.json").read_bytes())

    def to_json(self) -> bytes:
        return orjson.dumps(self.model_dump(), option=orjson.OPT_INDENT_2)

    @cached_property
    def _label_index(self) -> dict[str, tuple[str, LabelDef]]:
        return {lab.name: (layer.name, lab) for layer in self.layers for lab in layer.labels}

    def labels(self) -> list[str]:
        return list(self._label_index)

    def layer_names(self) -> list[str]:
        return [layer.name for layer in self.layers]

    def layer_of(self, label: str) -> str:
        try:
            return self._label_index[label][0]
        except KeyError:
            raise UnknownLabel(f"unknown label {label!r} (this project knows {', '.join(self.labels())})") from None

    def label(self, name: str) -> LabelDef:
        self.layer_of(name)
        return self._label_index[name][1]

    def has_label(self, name: str) -> bool:
        return name in self._label_index

    def layer(self, name: str) -> LayerDef:
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise KeyError(name)

    def relation_names(self) -> list[str]:
        return [r.name for r in self.relations]

    def by_hotkey(self, key: str) -> LabelDef | None:
        for layer in self.layers:
            for label in layer.labels:
                if label.hotkey == key:
                    return label
        return None
