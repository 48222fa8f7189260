"""What to write instead of a hint MLflow refuses, and the fix that writes it for a non-list input.

MLflow reads the input as a list of rows (``list[X]``). Wrapping any other hint in ``list[...]``
is MLflow's own advice, but it only helps when ``X`` is a row MLflow reads: a ``set[str]`` becomes
``list[str]``, not ``list[set[str]]``, and a numpy array or a dataclass gets no fix, only advice.
"""

from __future__ import annotations

import libcst as cst

from siglint.analysis.edits import FixPlan, list_of_items, wrap_in_list
from siglint.analysis.findings import first_sentence
from siglint.analysis.inference import Inference, InferenceError
from siglint.analysis.module import ModuleInfo
from siglint.analysis.values import Class, Constant, Generic, Opaque, Value

_ADVICE = {
    "datetime.date": "Use `datetime.datetime` instead of `date`.",
    "typing.Literal": "Use `str` (MLflow cannot express a Literal), or a pydantic model.",
    "builtins.tuple": "Use `list[...]` instead of a tuple.",
    "builtins.set": "Use `list[...]` instead of a set.",
    "builtins.frozenset": "Use `list[...]` instead of a frozenset.",
    "decimal.Decimal": "Use `float` (or `str` to keep the exact digits).",
}
_ARRAY = "Use nested lists (`list[list[float]]`) instead of a numpy array."
_ANY_CLASS = (
    "Use a pydantic BaseModel, or what MLflow reads: str, int, float, bool, bytes, datetime, "
    "and lists and dicts of them."
)

# Collections MLflow refuses as the input whose items it reads as rows: ``set[X]``,
# ``tuple[X, ...]``, ``Sequence[X]``... are fixed into ``list[X]``, not ``list[set[X]]``.
_ROW_COLLECTIONS = frozenset(
    {
        "builtins.set",
        "builtins.frozenset",
        "builtins.tuple",
        "collections.abc.Sequence",
        "collections.abc.Iterable",
        "collections.abc.Collection",
    }
)


def advice(hint: Value) -> str:
    """What to use instead of a type MLflow does not support ("" when siglint has no idea)."""
    key = hint.qualname if isinstance(hint, Class) else getattr(hint, "origin", None)
    if key in _ADVICE:
        return _ADVICE[key]
    info = hint.info if isinstance(hint, Class) else None
    if info is not None:
        if info.is_enum:
            return "Use `str` instead of an Enum (MLflow cannot express one), or a pydantic model."
        if info.is_dataclass or info.is_typeddict:
            return "Use a pydantic BaseModel instead: MLflow turns it into an object schema."
        if info.is_pydantic_v1:
            return "Use a pydantic v2 BaseModel: MLflow ignores pydantic.v1 models."
    if isinstance(hint, Class | Opaque) and hint.qualname.startswith("numpy."):
        if hint.qualname.startswith(("numpy.ndarray", "numpy.typing.NDArray")):
            return _ARRAY
        return "Use the Python type (`int`, `float`, `bool`) instead of a numpy scalar."
    return ""


def not_list_fix(module: ModuleInfo, annotation: cst.BaseExpression, hint: Value) -> FixPlan | None:
    """The fix of an input ``hint`` that is not a list: ``list[X]`` of its items when it is a
    collection of them, else ``list[hint]``; none when MLflow would not read that either."""
    items = _items(hint)
    if _unreadable(hint if items is None else items) is not None:
        return None
    return wrap_in_list(module, annotation) if items is None else list_of_items(module, annotation)


def not_list_advice(hint: Value) -> str:
    """What to write instead of a non-list input ``hint``, beyond MLflow's ``list[hint]``."""
    items = _items(hint)
    element = hint if items is None else items
    problem = _unreadable(element)
    if problem is None:
        if items is None:
            return ""
        return (
            f"`list[{hint.mlflow_repr()}]` would not work either: use "
            f"`list[{items.mlflow_repr()}]`, a list of its items."
        )
    would = f"`list[{element.mlflow_repr()}]` would not work either:"
    if problem.problem != "unsupported":  # MLflow's own words say what is wrong with it
        return f"{would} {first_sentence(problem.message)}."
    what = advice(problem.hint) or _ANY_CLASS
    return f"{would} MLflow cannot read `{problem.hint.mlflow_repr()}` in a list. {what}"


def _items(hint: Value) -> Value | None:
    """``X`` when ``hint`` is ``set[X]``, ``tuple[X, ...]``, ``Sequence[X]`` and the like."""
    if not isinstance(hint, Generic) or hint.origin not in _ROW_COLLECTIONS:
        return None
    args = hint.args
    if hint.origin == "builtins.tuple":
        ellipsis = len(args) == 2 and isinstance(args[1], Constant) and args[1].value is Ellipsis
        return args[0] if ellipsis else None
    return args[0] if len(args) == 1 else None


def _unreadable(element: Value) -> InferenceError | None:
    """Why MLflow cannot read ``list[element]``, or None when it can."""
    try:
        Inference().schema_from_type_hint(element)
    except InferenceError as error:
        return error
    return None
