"""pydantic's models of the model classes, for the values they do not take as they are (``core/record.py``).

Each model here has the name, fields, defaults, constraints and checks of the plain class it validates for
(``core/model.py``, ``core/labels.py``; ``tests/core/test_model.py`` keeps the two alike): what it accepts it
converts as pydantic converts, what it refuses it refuses with pydantic's ``ValidationError``, as when the
model classes were pydantic's own.  Imported only on such a value, never on the way to the first paint.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from annotator.core import labels, model
from annotator.core.ids import span_id as make_span_id
from annotator.core.ids import text_id
from annotator.core.model import SOURCE_USER, DocStatus, SpanStatus
from annotator.core.record import Record


class Span(BaseModel):
    model_config = ConfigDict(validate_assignment=False, extra="forbid")

    id: str = ""
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str
    layer: str
    source: str = SOURCE_USER
    status: SpanStatus = SpanStatus.ACCEPTED
    score: float | None = None
    attrs: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if not self.id:
            self.id = make_span_id(self.layer, self.label, self.start, self.end)
        return self


class Relation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = ""
    label: str
    head: str
    child: str
    source: str = SOURCE_USER
    status: SpanStatus = SpanStatus.ACCEPTED

    @model_validator(mode="after")
    def _check(self) -> Relation:
        if not self.id:
            self.id = f"r-{self.label}-{self.head}-{self.child}"
        return self


class BlockHint(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start: int
    end: int
    tag: str
    cls: str = ""
    link_density: float = 0.0
    depth: int = 0


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = ""
    text: str
    meta: dict[str, Any] = Field(default_factory=dict)
    spans: list[Span] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    status: DocStatus = DocStatus.TODO
    blocks: list[BlockHint] = Field(default_factory=list)
    annotator: str | None = None

    @model_validator(mode="after")
    def _check(self) -> Document:
        if not self.id:
            self.id = text_id(self.text)
        return self


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


class LabelScheme(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = "custom"
    layers: list[LayerDef]
    relations: list[RelationDef] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> LabelScheme:
        problem = labels._duplicate(self.layers)  # type: ignore[arg-type]  # the same attributes
        if problem:
            raise ValueError(problem)
        return self


SCHEMAS: dict[type[Record], type[BaseModel]] = {
    model.Span: Span, model.Relation: Relation, model.BlockHint: BlockHint, model.Document: Document,
    labels.LabelDef: LabelDef, labels.LayerDef: LayerDef, labels.RelationDef: RelationDef,
    labels.LabelScheme: LabelScheme,
}
R = TypeVar("R", bound=Record)


def _data(value: Any) -> Any:
    """``value`` with the records inside as dicts (pydantic's models take dicts, not our classes)."""
    if isinstance(value, Record):
        return value.model_dump()
    if isinstance(value, list | tuple):
        return [_data(item) for item in value]
    if isinstance(value, dict):
        return {key: _data(item) for key, item in value.items()}
    return value


def _values(cls: type[Record], checked: BaseModel, given: dict[str, Any] | None) -> dict[str, Any]:
    """The field values of ``checked`` for ``cls``: nested models become records; a record that was given
    stays the same object (as pydantic kept a model instance)."""
    values = {}
    for name in cls._fields:
        value = getattr(checked, name)
        item_cls = cls._nested.get(name)
        if item_cls is not None:
            originals = given.get(name) if given else None
            if not (isinstance(originals, list | tuple) and len(originals) == len(value)):
                originals = [None] * len(value)
            value = [original if type(original) is item_cls else _record(item_cls, item)
                     for original, item in zip(originals, value)]
        values[name] = value
    return values


def _record(cls: type[R], checked: BaseModel) -> R:
    return _with(cls, _values(cls, checked, None))


def _with(cls: type[R], values: dict[str, Any]) -> R:
    made = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(made, name, value)
    return made


def validated(cls: type[Record], given: dict[str, Any]) -> dict[str, Any]:
    """The field values of a ``cls`` made of the keyword arguments ``given``, or ``ValidationError``."""
    return _values(cls, SCHEMAS[cls].model_validate(_data(given)), given)


def validated_record(cls: type[R], data: Any) -> R:
    """``data`` (a dict or an object with the fields) as a ``cls``, or ``ValidationError``."""
    given = data if isinstance(data, dict) else None
    return _with(cls, _values(cls, SCHEMAS[cls].model_validate(_data(data)), given))


def validated_json(cls: type[R], data: bytes | str) -> R:
    """The ``cls`` in JSON ``data``, or ``ValidationError`` (also for data that is not JSON)."""
    return _record(cls, SCHEMAS[cls].model_validate_json(data))
