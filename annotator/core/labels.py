"""Label schemes: layers, labels, colours, hotkeys, relation types.

A scheme is data (``resources/labels/default.json``); each project keeps its
own copy, which the settings dialog edits.
"""

from __future__ import annotations

from functools import cached_property

import orjson
from pydantic import BaseModel, ConfigDict, Field, model_validator

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


class LabelDef(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    color: str = "#cccccc"
    hotkey: str = ""
    description: str = ""


class LayerDef(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    title: str = ""
    labels: list[LabelDef] = Field(default_factory=list)


class RelationDef(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    head: list[str] = Field(default_factory=list)
    child: list[str] = Field(default_factory=list)


class UnknownLabel(ValueError):
    pass


class LabelScheme(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = "custom"
    layers: list[LayerDef]
    relations: list[RelationDef] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> LabelScheme:
        seen: set[str] = set()
        keys: set[str] = set()
        for layer in self.layers:
            for label in layer.labels:
                if label.name in seen:
                    raise ValueError(f"label {label.name!r} is defined twice")
                seen.add(label.name)
                if label.hotkey:
                    if label.hotkey in keys:
                        raise ValueError(f"hotkey {label.hotkey!r} is used twice")
                    keys.add(label.hotkey)
        return self

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
