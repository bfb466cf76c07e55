"""The base of the model classes (documents, spans, label schemes): plain classes, validated without pydantic
when a value already has its field's exact type, and by pydantic only otherwise.

Importing pydantic and building its validators costs ~110 ms, most of a start-up's budget, and every value the
window reads from its project is already of the right type.  So each model class checks its keyword arguments
itself (exact types and the constraints, a few ``type(x) is int`` tests) and only a value that is not already
right (a string for a number, a dict for a span, a missing field, an end before its start) goes to the pydantic
model of the same name in ``core/schema.py``, imported then: it converts the value as before or raises the same
``pydantic.ValidationError``.  The classes keep the methods of pydantic's models that the program uses
(``model_dump``, ``model_copy``, ``model_construct``, ``model_validate``), with the same meaning.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, ClassVar, Self

MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING", "__slots__": ()})()
"""The default of a keyword argument that was not given (a required field, or one whose default is fresh)."""

_new = object.__new__


def _dump(value: Any, json: bool) -> Any:
    if isinstance(value, Record):
        return value.model_dump(mode="json" if json else "python")
    if isinstance(value, list | tuple):
        return [_dump(item, json) for item in value]
    if isinstance(value, dict):
        return {key: _dump(item, json) for key, item in value.items()}
    if json and isinstance(value, Enum):
        return value.value
    return value


def str_keys(value: dict[Any, Any]) -> bool:
    """True if every key of ``value`` is a ``str`` (what ``dict[str, Any]`` requires)."""
    return all(type(key) is str for key in value)


def all_of(cls: type, items: Any) -> bool:
    """True if ``items`` is a list whose every item is exactly a ``cls`` (a list field's fast path)."""
    return type(items) is list and all(type(item) is cls for item in items)


class Record:
    """Fields in ``_fields`` order; equality, ``repr`` and pydantic's model methods over them.

    Subclasses set ``_fields``, ``_nested`` (list fields of records: field → record class) and implement
    ``_defaults`` (a fresh value for each optional field).  Their ``__init__`` tries the exact types first and
    calls :meth:`_validated` for anything else."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _nested: ClassVar[dict[str, type[Record]]] = {}

    @classmethod
    def _defaults(cls) -> dict[str, Any]:
        return {}

    def _validated(self, given: dict[str, Any]) -> None:
        """Fill the fields from ``given`` (the keyword arguments that were passed) by pydantic's model of this
        class: converted as pydantic converts them, or ``pydantic.ValidationError``."""
        from annotator.core.schema import validated

        for name, value in validated(type(self), given).items():
            object.__setattr__(self, name, value)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._fields)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value (as pydantic's models)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name, MISSING)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def model_dump(self, *, mode: str = "python", exclude: set[str] | None = None) -> dict[str, Any]:
        """The fields as a dict, records inside as dicts; with ``mode="json"`` enums as their values."""
        json = mode == "json"
        return {name: _dump(getattr(self, name), json) for name in self._fields
                if not exclude or name not in exclude}

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Self:
        """A shallow copy (fields share their values), with ``update``'s fields replaced, unvalidated."""
        copy = _new(type(self))
        for name in self._fields:
            object.__setattr__(copy, name, getattr(self, name))
        for name, value in (update or {}).items():
            object.__setattr__(copy, name, value)
        return copy

    @classmethod
    def model_construct(cls, **values: Any) -> Self:
        """A record of ``values`` (the defaults for the others) without any validation or derived id."""
        made = _new(cls)
        for name, value in (cls._defaults() | values).items():
            object.__setattr__(made, name, value)
        return made

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """``data`` (a dict, records inside as dicts or records) as this class; a record of it as it is."""
        if type(data) is cls:
            return data
        if type(data) is dict:
            made = cls._from_dict(data)
            if made is not None:
                return made
        from annotator.core.schema import validated_record

        return validated_record(cls, data)

    @classmethod
    def _from_dict(cls, data: dict[str, Any]) -> Self | None:
        """``data`` as this class when every value inside has its exact type (dicts for nested records);
        None for anything pydantic has to look at (the caller then validates the whole of ``data``)."""
        if not str_keys(data) or not data.keys() <= set(cls._fields):
            return None
        values = dict(data)
        for name, item_cls in cls._nested.items():
            items = values.get(name, MISSING)
            if items is MISSING:
                continue
            if type(items) is not list:
                return None
            made = []
            for item in items:
                if type(item) is dict:
                    item = item_cls._from_dict(item)
                    if item is None:
                        return None
                elif type(item) is not item_cls:
                    return None
                made.append(item)
            values[name] = made
        record = _new(cls)
        if not record._fast(dict.fromkeys(cls._fields, MISSING) | values):
            return None
        return record

    def _init(self, values: dict[str, Any], extra: dict[str, Any]) -> None:
        """``__init__``'s work: ``values`` holds every field (:data:`MISSING` where not given), ``extra`` any
        keyword argument that is not a field (pydantic's error for it)."""
        if extra or not self._fast(values):
            self._validated({name: value for name, value in values.items() if value is not MISSING} | extra)

    def _fast(self, values: dict[str, Any]) -> bool:
        """Fill the fields from ``values`` (every field, :data:`MISSING` where not given) if each has its exact
        type and meets its constraints; False (with nothing promised about the fields) otherwise."""
        raise NotImplementedError
