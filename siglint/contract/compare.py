"""Two signatures of a target in, their changes out, each with its verdict.

A signature is MLflow's ``to_dict`` form of its three schemas (``Signature``). A change is
*breaking* when, by MLflow's own enforcement (mlflow 3.17.2):

- input and params: a request valid under the old signature is now rejected, or reaches the
  model as something else (a param left out now takes another default);
- output: the model may now answer what a consumer of the old signature does not expect (a
  field it relied on is gone or may be missing, a value of another type).

Every other difference is *compatible*: a new optional field, a widened type, a field removed
from the input (MLflow ignores it in requests that still send it), a new param.

Inputs come in three forms, enforced differently: a signature inferred from type hints (one
unnamed column: the type-hint validation, see ``values``), named columns (``_enforce_schema``)
and tensors. A change of form is breaking: the endpoint takes other requests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from siglint.contract.changes import Change, Part
from siglint.contract.values import HINT, PYDANTIC, SCALARS, Context, accepts, inner, kinds
from siglint.notation import dtype_repr

# Named columns: a request's ``dataframe_records`` are parsed to the schema's dtypes by the
# scoring server (``infer_and_parse_data``: a long column truncates 1.5, an integer one wraps
# 2**40), then enforced by ``_enforce_schema``. A value of the old type reaches the model
# unchanged under the new one only for these pairs: MLflow itself takes int64 to float64, and
# int32 to float32, as unsafe (precision), and a string column passes numbers through as they are.
_COLUMN_WIDENINGS = frozenset(
    {
        ("integer", "long"),
        ("integer", "double"),
        ("float", "double"),
        ("long", "string"),
        ("integer", "string"),
        ("double", "string"),
        ("float", "string"),
    }
)
# Params are converted by ``_enforce_param_datatype`` (``_ALLOWED_CONVERSIONS_FOR_PARAMS``, and
# ``DataType.check_type``, which takes any Python int for an integer and any float for a float).
_PARAM_WIDENINGS = frozenset(
    {
        ("integer", "long"),
        ("long", "integer"),
        ("float", "double"),
        ("double", "float"),
        ("integer", "float"),
        ("long", "float"),
        ("integer", "double"),
        ("long", "double"),
    }
)


@dataclass(frozen=True, slots=True)
class Signature:
    """The three schemas of a signature, as MLflow's ``Schema.to_dict()`` writes them (``None``:
    the part is absent; for params, also unknown, as siglint cannot see them in the code)."""

    inputs: list | None
    outputs: list | None
    params: list | None = None


def compare(old: Signature, new: Signature) -> list[Change]:
    """Every change from ``old`` to ``new``: input, then output, then params."""
    changes = [*_schema_changes("input", old.inputs, new.inputs)]
    changes += _schema_changes("output", old.outputs, new.outputs)
    if new.params is not None or old.params is None:
        changes += _param_changes(old.params or [], new.params or [])
    return changes


def form(schema: list) -> str:
    """``type hints`` (one unnamed column), ``named columns`` or ``tensors``."""
    if any(column.get("type") == "tensor" for column in schema):
        return "tensors"
    if len(schema) == 1 and "name" not in schema[0]:
        return "type hints"
    return "named columns"


def describe(dtype: dict) -> str:
    """A type as MLflow names it, an object by its fields: ``Object(name, note)``."""
    if dtype["type"] == "object":
        return f"Object({', '.join(dtype['properties'])})"
    if dtype["type"] == "array":
        return f"Array({describe(dtype['items'])})"
    if dtype["type"] == "map":
        return f"Map(str -> {describe(dtype['values'])})"
    if dtype["type"] == "tensor":
        spec = dtype.get("tensor-spec", {})
        return f"Tensor({spec.get('dtype')}, {tuple(spec.get('shape') or ())})"
    return dtype_repr(dtype)


def _schema_changes(part: Part, old: list | None, new: list | None) -> Iterator[Change]:
    if old == new:
        return
    if old is None or new is None:
        if old is None and new is not None:
            yield Change(part, "", f"{part} schema added: {_schema_text(new)}", part == "input")
        elif old is not None:
            yield Change(part, "", f"{part} schema removed (was {_schema_text(old)})", True)
        return
    old_form, new_form = form(old), form(new)
    if old_form != new_form:
        what = f"{part} is now given as {new_form}, was {old_form}: {_schema_text(new)}"
        yield Change(part, "", what, True)
    elif new_form == "type hints":
        yield from _type_changes(part, "[]", old[0], HINT, new[0], HINT)
    elif new_form == "tensors":
        yield Change(part, "", f"tensors changed: {_schema_text(old)} -> {_schema_text(new)}", True)
    else:
        yield from _column_changes(part, old, new)


def _schema_text(schema: list) -> str:
    return ", ".join(
        f"{column['name']}: {describe(column)}" if "name" in column else describe(column)
        for column in schema
    )


def _holds(part: Part, old: dict, old_context: Context, new: dict, new_context: Context) -> bool:
    """Whether a type change keeps the contract: the new type lets every old request through
    (input), or the old type every new answer (output)."""
    if part == "output":
        return accepts(old, old_context, new, new_context)
    return accepts(new, new_context, old, old_context)


def _type_changes(
    part: Part, path: str, old: dict, old_context: Context, new: dict, new_context: Context
) -> Iterator[Change]:
    old_type, new_type = old["type"], new["type"]
    if _same_type(old, new):
        return
    if old_type == new_type == "array":
        yield from _type_changes(
            part, f"{path}[]", old["items"], old_context, new["items"], new_context
        )
    elif old_type == new_type == "map":
        yield from _type_changes(
            part, f"{path}{{}}", old["values"], old_context, new["values"], new_context
        )
    elif old_type == new_type == "object":
        yield from _field_changes(part, path, old["properties"], new["properties"])
    else:
        kept = _holds(part, old, old_context, new, new_context)
        what = f"type changed from {describe(old)} to {describe(new)}"
        if kept and new_type == "any":
            what += " (MLflow no longer validates it)"
        elif not kept and part != "output":
            what += _rejected(old, old_context, new, new_context)
        yield Change(part, path, what, not kept)


def _same_type(old: dict, new: dict) -> bool:
    """Equal but for ``required`` (which its field compares)."""
    return {k: v for k, v in old.items() if k != "required"} == {
        k: v for k, v in new.items() if k != "required"
    }


def _rejected(old: dict, old_context: Context, new: dict, new_context: Context) -> str:
    """Why a request valid before fails now, for the commonest case: a scalar type narrowed."""
    if old["type"] in SCALARS and new["type"] in SCALARS:
        lost = sorted(kinds(old["type"], old_context) - kinds(new["type"], new_context))
        return f": MLflow now rejects {', '.join(lost)} values"
    return ""


def _field_changes(part: Part, path: str, old: dict, new: dict) -> Iterator[Change]:
    for name in sorted(old.keys() | new.keys()):
        where = f"{path}.{name}"
        before, after = old.get(name), new.get(name)
        if before is None:
            assert after is not None
            required = after["required"]
            what = f"new {'required' if required else 'optional'} field ({describe(after)})"
            yield Change(part, where, what, part == "input" and required)
        elif after is None:
            if part == "output":
                what = f"field removed ({describe(before)})"
                if not before["required"]:
                    what += "; it was optional"
                yield Change(part, where, what, before["required"])
            else:
                what = f"field removed ({describe(before)}): MLflow ignores it in requests"
                yield Change(part, where, what, False)
        else:
            if before["required"] != after["required"]:
                now = "required" if after["required"] else "optional"
                was = "optional" if after["required"] else "required"
                # Input: a request may leave out an optional field; output: an answer may.
                breaking = after["required"] if part != "output" else not after["required"]
                yield Change(part, where, f"{was} field is now {now}", breaking)
            yield from _type_changes(
                part, where, before, inner(before, PYDANTIC), after, inner(after, PYDANTIC)
            )


def _column_changes(part: Part, old: list, new: list) -> Iterator[Change]:
    """Named columns, enforced by ``_enforce_schema``: columns it does not know are dropped."""
    before = {column.get("name"): column for column in old}
    after = {column.get("name"): column for column in new}
    for name in sorted(before.keys() | after.keys(), key=str):
        was, now = before.get(name), after.get(name)
        where = str(name)
        if was is None:
            assert now is not None
            required = now.get("required", True)
            what = f"new {'required' if required else 'optional'} column ({describe(now)})"
            yield Change(part, where, what, part == "input" and required)
        elif now is None:
            required = was.get("required", True)
            if part == "output":
                yield Change(part, where, f"column removed ({describe(was)})", required)
            else:
                what = f"column removed ({describe(was)}): MLflow drops it from requests"
                yield Change(part, where, what, False)
        else:
            if was.get("required", True) != now.get("required", True):
                required = now.get("required", True)
                breaking = required if part != "output" else not required
                what = f"column is now {'required' if required else 'optional'}"
                yield Change(part, where, what, breaking)
            yield from _column_type_changes(part, where, was, now)


def _column_type_changes(part: Part, where: str, old: dict, new: dict) -> Iterator[Change]:
    if _same_type(old, new):
        return
    old_type, new_type = old["type"], new["type"]
    if old_type in SCALARS and new_type in SCALARS:
        wider = (old_type, new_type) if part != "output" else (new_type, old_type)
        what = f"type changed from {describe(old)} to {describe(new)}"
        yield Change(part, where, what, wider not in _COLUMN_WIDENINGS)
    else:  # lists, dicts and objects in a column are judged as the type hints judge them
        yield from _type_changes(part, where, old, HINT, new, HINT)


def _param_changes(old: list, new: list) -> Iterator[Change]:
    """Params, enforced by ``_enforce_params_schema``: one the model does not declare is ignored
    (with a warning), one a request leaves out takes its default."""
    before = {param["name"]: param for param in old}
    after = {param["name"]: param for param in new}
    for name in sorted(before.keys() | after.keys()):
        was, now = before.get(name), after.get(name)
        if was is None:
            assert now is not None
            what = f"new param ({_param_text(now)})"
            yield Change("params", name, what, False)
        elif now is None:
            what = f"param removed ({_param_text(was)}): MLflow ignores it in requests"
            yield Change("params", name, what, False)
        else:
            yield from _param_spec_changes(name, was, now)


def _param_spec_changes(name: str, was: dict, now: dict) -> Iterator[Change]:
    if (was["type"], was.get("shape")) != (now["type"], now.get("shape")):
        widened = (was["type"], now["type"]) in _PARAM_WIDENINGS
        kept = widened and was.get("shape") == now.get("shape")
        what = f"type changed from {_param_type(was)} to {_param_type(now)}"
        yield Change("params", name, what, not kept)
    if was.get("default") != now.get("default"):
        old_default, new_default = _json(was.get("default")), _json(now.get("default"))
        if now.get("default") is None:
            what = f"default removed (was {old_default}): requests without it now get None"
        else:
            what = (
                f"default changed from {old_default} to {new_default}: "
                "requests without it now mean something else"
            )
        yield Change("params", name, what, True)


def _param_type(param: dict) -> str:
    dtype = param["type"] if isinstance(param["type"], str) else describe(param["type"])
    return f"Array({dtype})" if param.get("shape") is not None else dtype


def _param_text(param: dict) -> str:
    return f"{_param_type(param)}, default {_json(param.get('default'))}"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
