"""Schemas for people: MLflow's own notation (``repr(Schema)``) and a serving request example.

Shared by ``siglint schema --output-format text`` and the language server's hover.
"""

from __future__ import annotations

import json

# What each outcome means, in the words of the CLI's text output and of the hover.
OUTCOMES = {
    "signature": "MLflow logs this signature (inferred from the type hints)",
    "no_signature": "MLflow logs the model without a signature from the type hints",
    "error": "MLflow raises: the model cannot be defined or logged",
    "builtin": "MLflow sets the standard signature of this model class itself",
}


def dtype_repr(dtype: dict, *, nested_map_value: bool = False) -> str:
    kind = dtype["type"]
    if kind == "array":
        return f"Array({dtype_repr(dtype['items'])})"
    if kind == "map":
        # Map.__repr__ formats its value type with str(), so a DataType prints as DataType.x
        return f"Map(str -> {dtype_repr(dtype['values'], nested_map_value=True)})"
    if kind == "object":
        properties = ", ".join(
            f"{name}: {dtype_repr(prop)} ({'required' if prop['required'] else 'optional'})"
            for name, prop in dtype["properties"].items()
        )
        return "{" + properties + "}"
    if kind == "any":
        return "Any"
    return f"DataType.{kind}" if nested_map_value else kind


def schema_repr(schema: list[dict]) -> str:
    """``repr(Schema)``: ``[Array(string) (required)]``."""
    columns = []
    for column in schema:
        required = "required" if column.get("required", True) else "optional"
        text = f"{dtype_repr(column)} ({required})"
        if "name" in column:
            text = f"{column['name']!r}: {text}"
        columns.append(text)
    return "[" + ", ".join(columns) + "]"


_SCALARS = {
    "string": "text",
    "long": 1,
    "integer": 1,
    "double": 1.5,
    "float": 1.5,
    "boolean": True,
    "binary": "aGVsbG8=",
    "datetime": "2024-01-01T00:00:00",
    "any": "any JSON value",
}


# Plausible values, by field name, where MLflow's chat and agent schemas expect particular ones;
# any other string is "text".
_MESSAGE = {"role": "user", "content": "What is MLflow?"}
_NAMED: dict[tuple[str, str], object] = {
    ("role", "string"): _MESSAGE["role"],
    ("content", "string"): _MESSAGE["content"],
    ("input", "array"): [_MESSAGE],  # a ResponsesAgent's input: Array(Any)
}
# Optional, and shown all the same: MLflow's message classes need content (or tool calls).
_ALWAYS_SHOWN = frozenset({"content"})


def example_value(dtype: dict, name: str | None = None) -> object:
    """A value of ``dtype``: its required fields only, plausible where the field's name says
    what MLflow expects (a message's ``role``, an agent's ``input``)."""
    kind = dtype["type"]
    if name is not None and (name, kind) in _NAMED:
        return _NAMED[name, kind]
    if kind == "array":
        return [example_value(dtype["items"])]
    if kind == "map":
        return {"key": example_value(dtype["values"])}
    if kind == "object":
        return {
            field: example_value(prop, field)
            for field, prop in dtype["properties"].items()
            if prop["required"] or field in _ALWAYS_SHOWN
        }
    return _SCALARS.get(kind)


def request_example(schema: list[dict]) -> str:
    """A JSON body a serving endpoint accepts.

    A signature inferred from hints has one unnamed column and takes ``{"inputs": [...]}`` only;
    the chat and agent schemas have named columns, sent as top-level keys (required ones shown).
    """
    if len(schema) == 1 and "name" not in schema[0]:
        return json.dumps({"inputs": [example_value(schema[0])]})
    return json.dumps(
        {c["name"]: example_value(c, c["name"]) for c in schema if c.get("required", True)}
    )
