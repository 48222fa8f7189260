"""MLflow's hint -> schema mapping, statically: a mirror of ``mlflow/types/type_hints.py``.

The functions keep MLflow's names and structure so that each branch can be checked against the
original. Schemas are built directly in the ``Schema.to_dict()`` form that the ``MLmodel`` file
stores. MLflow's three kinds of failure become three exceptions: ``InvalidTypeHint`` (raised at
define time), ``SoftFailure`` (a plain ``MlflowException`` or ``UnsupportedTypeHintException``:
only warned about) and ``Crash`` (a non-MLflow exception, such as the ``RecursionError`` of a
self-referencing pydantic model).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from siglint.analysis import known
from siglint.analysis.values import (
    ANY,
    DICT,
    LIST,
    NONE_TYPE,
    OPTIONAL,
    STR,
    UNION,
    UNION_ORIGINS,
    Class,
    Opaque,
    Value,
    args_of,
    builtin,
    origin_of,
    pydantic_field_type,
)

Dtype = dict
Column = dict

SUPPORTED_TYPE_HINT_MSG = (
    "Type hints must be a list[...] where collection element type is one of these types: "
    "[<class 'int'>, <class 'str'>, <class 'bool'>, <class 'float'>, <class 'bytes'>, "
    "<class 'datetime.datetime'>], pydantic BaseModel subclasses, lists and dictionaries of "
    "primitive types, or typing.Any. Check "
    "https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints for more details."
)
OPTIONAL_INPUT_MSG = (
    "Input cannot be Optional type. Fix this by removing the Optional wrapper from the type hint. "
    "To use optional fields, use a Pydantic-based type hint definition. See "
    "https://docs.pydantic.dev/latest/api/base_model/ for pydantic BaseModel examples. Check "
    "https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints for more details."
)

TYPE_HINTS_TO_DATATYPE = {
    builtin("int"): "long",
    builtin("str"): "string",
    builtin("bool"): "boolean",
    builtin("float"): "double",
    builtin("bytes"): "binary",
    Class("datetime.datetime"): "datetime",
}

Problem = Literal[
    "not_list",
    "optional_list",
    "optional_element",
    "optional_field",
    "no_element_type",
    "many_element_types",
    "bare_collection",
    "dict_arity",
    "dict_key",
    "unsupported",
    "empty_object",
    "recursion",
]


class InferenceError(Exception):
    def __init__(self, problem: Problem, message: str, hint: Value, where: object = None) -> None:
        super().__init__(message)
        self.problem = problem
        self.message = message
        self.hint = hint
        self.where = where  # the pydantic field involved, if any


class InvalidTypeHint(InferenceError):
    """``InvalidTypeHintException``: MLflow raises."""


class SoftFailure(InferenceError):
    """``UnsupportedTypeHintException`` or a plain ``MlflowException``: MLflow warns."""


class Crash(InferenceError):
    """Not an ``MlflowException``: caught as a warning at define time, fatal at log time."""


@dataclass(frozen=True, slots=True)
class Event:
    """A warning that inference itself emits (``Any``, ``Union``), with the hint that caused it."""

    kind: Literal["any", "union", "optional_union", "guessed"]
    hint: Value
    where: object = None


@dataclass
class Inference:
    """One run of inference; ``events`` collects the warnings MLflow would print on the way."""

    events: list[Event] = field(default_factory=list)
    _models: list[str] = field(default_factory=list)
    _field: object = None

    # --------------------------------------------------------------- column types
    def colspec_type(self, hint: Value) -> tuple[Dtype, bool]:
        """``_infer_colspec_type_from_type_hint``: (dtype dict, required)."""
        if hint == ANY:
            self.events.append(Event("any", hint, self._field))
            return {"type": "any"}, True
        datatype = TYPE_HINTS_TO_DATATYPE.get(hint) if isinstance(hint, Class) else None
        if datatype is not None:
            return {"type": datatype}, True
        if is_pydantic(hint):
            return self.pydantic_object(hint), True
        origin = origin_of(hint)
        if origin is not None:
            args = args_of(hint)
            if origin == known.PYDANTIC_ROOT and len(args) == 1:  # ``RootModel[X]`` in the hint
                root = [("root", pydantic_field_type(args[0]), True, self._field)]
                return self._object(hint, hint.mlflow_repr(), {}, root), True
            if origin == "builtins.list":
                element = self.element_type_of_list_type_hint(hint)
                return {"type": "array", "items": self.colspec_type(element)[0]}, True
            if origin == "builtins.dict":
                if len(args) == 2:
                    if args[0] != STR:
                        raise InvalidTypeHint(
                            "dict_key",
                            f"Dictionary key type must be str, got {args[0].runtime_str()} in "
                            f"type hint {hint.mlflow_repr()}",
                            hint,
                            self._field,
                        )
                    return {"type": "map", "values": self.colspec_type(args[1])[0]}, True
                raise InvalidTypeHint(
                    "dict_arity",
                    f"Dictionary type hint must contain two element types, got {hint.mlflow_repr()}",
                    hint,
                    self._field,
                )
            if origin in UNION_ORIGINS:
                if NONE_TYPE in args:
                    if len(args) == 2:
                        effective = next(a for a in args if a != NONE_TYPE)
                        return self.colspec_type(effective)[0], False
                    self.events.append(Event("optional_union", hint, self._field))
                    return {"type": "any"}, False
                self.events.append(Event("union", hint, self._field))
                return {"type": "any"}, True
        self.raise_type_hint_error(hint)
        raise AssertionError("unreachable")

    def raise_type_hint_error(self, hint: Value) -> None:
        if hint in (LIST, DICT, OPTIONAL, UNION, Class("types.UnionType")):
            raise InvalidTypeHint(
                "bare_collection",
                f"Invalid type hint `{hint.mlflow_repr()}`, it must include a valid element type. "
                f"{SUPPORTED_TYPE_HINT_MSG}",
                hint,
                self._field,
            )
        if isinstance(hint, Opaque):
            self.events.append(Event("guessed", hint, self._field))
        raise SoftFailure(
            "unsupported",
            f"Unsupported type hint `{hint.mlflow_repr()}`. {SUPPORTED_TYPE_HINT_MSG}",
            hint,
            self._field,
        )

    def pydantic_object(self, model: Class) -> Dtype:
        """``_infer_type_from_pydantic_model``."""
        if model.info is None:
            return self._external_element(model)
        inherited = model.info.external_pydantic_base()
        return self._object(
            model,
            model.info.name,
            self._external_element(inherited).get("properties", {}) if inherited else {},
            [(f.name, f.annotation, f.required, f) for f in model.info.model_fields()],
        )

    def _object(
        self,
        model: Value,
        name: str,
        inherited: dict[str, Dtype],
        fields: list[tuple[str, Value, bool, object]],
    ) -> Dtype:
        """An ``Object`` from ``(name, annotation, pydantic's is_required, where)`` fields."""
        key = model.runtime_str()
        if key in self._models:
            raise Crash(
                "recursion",
                "maximum recursion depth exceeded while calling a Python object",
                model,
                self._field,
            )
        self._models.append(key)
        outer_field = self._field
        try:
            properties = dict(inherited)
            for field_name, annotation, is_required, where in fields:
                self._field = where
                dtype, required = self.colspec_type(annotation)
                if not required and is_required:
                    raise InvalidTypeHint(
                        "optional_field",
                        f"Optional field `{field_name}` in Pydantic model `{name}` doesn't "
                        "have a default value. Please set default value to None for this field.",
                        annotation,
                        where,
                    )
                properties[field_name] = {**dtype, "required": required}
        finally:
            self._field = outer_field
            self._models.pop()
        if not properties:
            raise SoftFailure(
                "empty_object",
                "Creating Object with empty properties is not allowed.",
                model,
                outer_field,
            )
        return {"type": "object", "properties": dict(sorted(properties.items()))}

    def _external_element(self, cls: Class) -> Dtype:
        data = known.external_class_info(cls.qualname) or {}
        element = data.get("element", {})
        if "dtype" in element:
            return element["dtype"]
        kind = element.get("error")
        error = InvalidTypeHint if kind == "invalid" else SoftFailure
        raise error("unsupported", element.get("message", ""), cls, self._field)

    # --------------------------------------------------------------- lists
    def element_type_of_list_type_hint(self, hint: Value) -> Value:
        """``_get_element_type_of_list_type_hint``."""
        args = args_of(hint)
        if NONE_TYPE in args:
            raise SoftFailure("optional_list", OPTIONAL_INPUT_MSG, hint)
        if not args:
            raise InvalidTypeHint(
                "no_element_type",
                f"Type hint `{hint.mlflow_repr()}` doesn't contain a collection element type. "
                "Fix by adding an element type to the collection type definition, e.g. "
                "`list[str]` instead of `list`.",
                hint,
                self._field,
            )
        if len(args) > 1:
            raise InvalidTypeHint(
                "many_element_types",
                f"Type hint `{hint.mlflow_repr()}` contains {len(args)} element types. "
                "Collections must have only a single type definition e.g. `list[int]` is valid; "
                "`list[str, int]` is invalid.",
                hint,
                self._field,
            )
        return args[0]

    def schema_from_list_type_hint(self, hint: Value) -> list[Column]:
        """``_infer_schema_from_list_type_hint``."""
        if not is_list_type_hint(hint):
            raise SoftFailure(
                "not_list",
                "Type hints must be wrapped in list[...] because MLflow assumes the predict method "
                "to take multiple input instances. Specify your type hint as "
                f"`list[{hint.mlflow_repr()}]` for a valid signature.",
                hint,
            )
        return self.schema_from_type_hint(self.element_type_of_list_type_hint(hint))

    def schema_from_type_hint(self, hint: Value) -> list[Column]:
        """``_infer_schema_from_type_hint``."""
        dtype, required = self.colspec_type(hint)
        if not required:
            raise InvalidTypeHint("optional_element", OPTIONAL_INPUT_MSG, hint)
        return [{**dtype, "required": True}]


def is_pydantic(hint: Value) -> bool:
    if not isinstance(hint, Class):
        return False
    if hint.info is not None:
        return hint.info.is_pydantic
    data = known.external_class_info(hint.qualname)
    return bool(data and data["pydantic"])


def origin_type(hint: Value) -> str | None:
    """``_get_origin_type``: looks through a single-member ``Optional``."""
    origin = origin_of(hint)
    if origin in UNION_ORIGINS:
        args = args_of(hint)
        if NONE_TYPE in args and len(args) == 2:
            return origin_type(next(a for a in args if a != NONE_TYPE))
        return "typing.Any"
    return origin


def is_list_type_hint(hint: Value) -> bool:
    return hint == LIST or origin_type(hint) == "builtins.list"


def no_inference(hint: Value) -> bool:
    """``_signature_cannot_be_inferred_from_type_hint``."""
    return hint in known.NO_INFERENCE


def is_type_from_example(hint: Value) -> bool:
    return hint == known.TYPE_FROM_EXAMPLE


def output_schema(
    hint: Value | None, inference: Inference
) -> tuple[list[Column], InferenceError | None]:
    """The lenient output rules (``models/signature.py``): any failure gives ``AnyType``."""
    default = [{"type": "any", "required": True}]
    if hint is None:
        return default, None
    try:
        if is_list_type_hint(hint):
            return inference.schema_from_list_type_hint(hint), None
        return inference.schema_from_type_hint(hint), None
    except InferenceError as error:
        return default, error
