"""Which values MLflow's enforcement lets through a schema type: ``accepts(wide, narrow)`` says
whether every value valid for ``narrow`` is valid (and reaches the model unchanged) for ``wide``.

A signature inferred from type hints is enforced by the type-hint validation
(``mlflow.types.type_hints._validate_data_against_type_hint``, mlflow 3.17.2), and how a value
is judged depends on where it lies:

- ``HINT``: the input list's elements, and the items and values of its lists and dicts, get an
  ``isinstance`` check: ``bool`` passes for ``int``, but ``int`` does not pass for ``float``;
- ``PYDANTIC``: everything inside a pydantic model (an ``Object``) is validated by pydantic in
  strict mode: ``int`` passes for ``float`` (and becomes the same ``float``), ``bool`` does not
  pass for ``int``; a field the model does not declare is ignored, an optional one may be
  missing or ``None``.

Types are MLflow's ``to_dict`` forms: ``{"type": "long"}``, ``{"type": "array", "items": …}``,
``{"type": "map", "values": …}``, ``{"type": "object", "properties": {name: {…, "required": b}}}``,
``{"type": "any"}``. tests/contract checks this relation against the real MLflow.
"""

from __future__ import annotations

from typing import Literal

Context = Literal["hint", "pydantic"]
HINT: Context = "hint"
PYDANTIC: Context = "pydantic"

# The Python types a JSON request's value has, that each scalar type lets through.
_KINDS: dict[Context, dict[str, frozenset[str]]] = {
    HINT: {
        "long": frozenset({"int", "bool"}),
        "integer": frozenset({"int", "bool"}),
        "double": frozenset({"float"}),
        "float": frozenset({"float"}),
        "string": frozenset({"str"}),
        "boolean": frozenset({"bool"}),
        "binary": frozenset({"bytes"}),
        "datetime": frozenset({"datetime"}),
    },
    PYDANTIC: {
        "long": frozenset({"int"}),
        "integer": frozenset({"int"}),
        "double": frozenset({"float", "int"}),
        "float": frozenset({"float", "int"}),
        "string": frozenset({"str"}),
        "boolean": frozenset({"bool"}),
        "binary": frozenset({"bytes"}),
        "datetime": frozenset({"datetime"}),
    },
}
SCALARS = frozenset(_KINDS[HINT])


def kinds(dtype: str, context: Context) -> frozenset[str]:
    """The Python types of the values the scalar ``dtype`` lets through in ``context``."""
    return _KINDS[context][dtype]


def inner(dtype: dict, context: Context) -> Context:
    """The context of what ``dtype`` holds: a pydantic model's fields are pydantic's."""
    return PYDANTIC if dtype["type"] == "object" else context


def accepts(wide: dict, wide_context: Context, narrow: dict, narrow_context: Context) -> bool:
    """Whether every value ``narrow`` lets through, ``wide`` lets through unchanged."""
    wide_type, narrow_type = wide["type"], narrow["type"]
    if wide_type == "any":
        return True
    if narrow_type == "any":
        return False
    if wide_type in SCALARS and narrow_type in SCALARS:
        return kinds(narrow_type, narrow_context) <= kinds(wide_type, wide_context)
    if wide_type == narrow_type == "array":
        return accepts(wide["items"], wide_context, narrow["items"], narrow_context)
    if wide_type == "map" and narrow_type in ("map", "object"):
        return _map_accepts(wide["values"], wide_context, narrow, narrow_context)
    if wide_type == "object" and narrow_type in ("map", "object"):
        return _object_accepts(wide["properties"], narrow, inner(narrow, narrow_context))
    return False


def _map_accepts(values: dict, context: Context, narrow: dict, narrow_context: Context) -> bool:
    if narrow["type"] == "map":
        return accepts(values, context, narrow["values"], narrow_context)
    # A pydantic model ignores the fields it does not declare, whatever their values: a dict
    # it accepts may hold anything, which only a map of ``Any`` lets through.
    return values["type"] == "any"


def _object_accepts(fields: dict, narrow: dict, narrow_context: Context) -> bool:
    if narrow["type"] == "map":
        # Any key may be missing, and any may be sent with one of the map's values.
        return all(
            not field["required"] and accepts(field, PYDANTIC, narrow["values"], narrow_context)
            for field in fields.values()
        )
    given = narrow["properties"]
    for name, field in fields.items():
        sent = given.get(name)
        if sent is None:
            if field["required"]:
                return False
            continue
        if field["required"] and not sent["required"]:
            return False
        if not accepts(field, PYDANTIC, sent, PYDANTIC):
            return False
    return True  # the fields only ``narrow`` has are ignored
