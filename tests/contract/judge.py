"""The real MLflow judges signature changes: run as a script (``python judge.py < cases.json``).

Each case is ``{"part": "input"|"output"|"params", "old": schema, "new": schema}`` (MLflow's
``to_dict`` forms). For input and output, each schema is turned back into the type hint MLflow
infers it from (checked: MLflow infers that very schema from it), and values are generated:

- input: requests built from the old schema, kept if the old hint's validation (the wrapper a
  served pyfunc runs: ``_convert_data_to_type_hint`` then ``_validate_data_against_type_hint``)
  accepts them, then validated with the new hint. Breaking: one is rejected, or reaches the model
  as something else (a value the new model declares differs from what the old one received);
- output: answers built from the new schema, kept if the new hint accepts them, then validated
  with the old hint (a consumer of the old signature);
- params: requests leaving each param out or sending values of every type, through
  ``_enforce_params_schema`` with the old and then the new ``ParamSchema``;
- columns (``"columns-input"``, ``"columns-output"``): a named-column signature, ``dataframe_records``
  requests of JSON values parsed as the scoring server parses them
  (``infer_and_parse_data``) and enforced by ``_enforce_schema``, with each schema in turn.

Prints ``[{"breaking": bool, "requests": n, "example": why}, ...]``, one per case.
"""

from __future__ import annotations

import json
import sys
import warnings
from datetime import datetime
from typing import Any, Optional

warnings.simplefilter("ignore")

import pydantic  # noqa: E402
from mlflow.exceptions import MlflowException  # noqa: E402
from mlflow.models.utils import _enforce_params_schema, _enforce_schema  # noqa: E402
from mlflow.pyfunc.scoring_server import infer_and_parse_data  # noqa: E402
from mlflow.types.schema import ParamSchema, Schema  # noqa: E402
from mlflow.types.type_hints import (  # noqa: E402
    _convert_data_to_type_hint,
    _infer_schema_from_list_type_hint,
    _validate_data_against_type_hint,
)

_NATURAL: dict[str, Any] = {
    "long": 7,
    "integer": 7,
    "double": 2.5,
    "float": 2.5,
    "string": "text",
    "boolean": True,
    "binary": b"hi",
    "datetime": datetime(2024, 1, 2, 3, 4, 5),
}
# Every kind of value a request may hold at any place: each is tried everywhere.
_POOL: list[Any] = [0, 7, True, False, 1.5, 2.0, "text", "", b"hi", datetime(2024, 1, 1)]
_SCALAR_HINTS = {
    "long": int,
    "integer": int,
    "double": float,
    "float": float,
    "string": str,
    "boolean": bool,
    "binary": bytes,
    "datetime": datetime,
    "any": Any,
}
_models = 0


def hint(dtype: dict) -> Any:
    global _models
    kind = dtype["type"]
    if kind in _SCALAR_HINTS:
        return _SCALAR_HINTS[kind]
    if kind == "array":
        return list[hint(dtype["items"])]
    if kind == "map":
        return dict[str, hint(dtype["values"])]
    fields: dict[str, Any] = {}
    for name, field in dtype["properties"].items():
        inner = hint(field)
        fields[name] = (inner, ...) if field["required"] else (Optional[inner], None)  # noqa: UP045
    _models += 1
    return pydantic.create_model(f"Model{_models}", **fields)


def validate(data: Any, type_hint: Any) -> Any:
    """What the served model's wrapper does with the input (raises ``MlflowException``)."""
    return _validate_data_against_type_hint(_convert_data_to_type_hint(data, type_hint), type_hint)


def values(dtype: dict, keys: list[str]) -> list[Any]:
    """Values for ``dtype``: its natural one first, then every variant at every place."""
    kind = dtype["type"]
    if kind == "any":
        return ["text", 1, None, [1], {"k": 1}, *_POOL]
    if kind in _NATURAL:
        return [_NATURAL[kind], *_POOL, None]
    if kind == "array":
        inner = values(dtype["items"], keys)
        return [[inner[0]], [], *([v] for v in inner[1:]), [inner[0], inner[-1]], "text", None]
    if kind == "map":
        inner = values(dtype["values"], keys)
        return [
            {"k": inner[0]},
            {},
            *({key: v} for key in keys for v in inner),
            [inner[0]],
            None,
        ]
    fields = dtype["properties"]
    base = {name: values(f, keys)[0] for name, f in fields.items() if f["required"]}
    found: list[Any] = [base]
    for name, field in fields.items():
        for value in values(field, keys)[1:]:
            found.append({**base, name: value})
        found.append({k: v for k, v in base.items() if k != name})
        found.append({**base, name: values(field, keys)[0]})
    found += [{**base, "zzz": 1}, [base], "text", None]
    return found


def field_names(dtype: dict) -> list[str]:
    kind = dtype["type"]
    if kind == "object":
        names = list(dtype["properties"])
        for field in dtype["properties"].values():
            names += field_names(field)
        return names
    if kind == "array":
        return field_names(dtype["items"])
    if kind == "map":
        return field_names(dtype["values"])
    return []


def plain(value: Any) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return {k: plain(v) for k, v in value.__dict__.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def same(now: Any, before: Any) -> bool:
    """Whether what the model receives now means what it meant: the fields both declare."""
    if isinstance(now, dict) and isinstance(before, dict):
        return all(same(now[k], before[k]) for k in now if k in before)
    if isinstance(now, list) and isinstance(before, list):
        return len(now) == len(before) and all(map(same, now, before))
    numbers = {type(now), type(before)} <= {int, float}
    return now == before and (type(now) is type(before) or numbers)


def judge_schema(old: list, new: list, *, reverse: bool) -> dict:
    """Input: old requests through the new hint; output (``reverse``): new answers through the
    old hint."""
    source, target = (new, old) if reverse else (old, new)
    hints = []
    for schema in (source, target):
        type_hint = list[hint(schema[0])]
        inferred = _infer_schema_from_list_type_hint(type_hint).to_dict()
        assert inferred == schema, (inferred, schema)
        hints.append(type_hint)
    keys = ["k", *field_names(target[0])]
    verdict = _Verdict()
    for element in values(source[0], keys):
        request = [element]
        try:
            before = validate(request, hints[0])
        except MlflowException:
            continue
        try:
            after = validate(request, hints[1])
        except MlflowException as error:
            verdict.add(f"{request!r}: {error}")
            continue
        if not same(plain(after), plain(before)):
            verdict.add(f"{request!r}: {plain(before)!r} became {plain(after)!r}")
        else:
            verdict.add(None)
    return verdict.to_json()


class _Verdict:
    """Every request valid under the old signature, and the first that breaks, if one does."""

    def __init__(self) -> None:
        self.requests = 0
        self.example: str | None = None

    def add(self, broken: str | None) -> None:
        self.requests += 1
        if broken is not None and self.example is None:
            self.example = broken[:300]

    def to_json(self) -> dict:
        return {
            "breaking": self.example is not None,
            "requests": self.requests,
            "example": self.example,
        }


def judge_params(old: list, new: list) -> dict:
    old_schema = ParamSchema.from_json(json.dumps(old))
    new_schema = ParamSchema.from_json(json.dumps(new))
    names = [p["name"] for p in old]
    requests_made: list[dict] = [{}]
    for name in names:
        for value in [*_POOL, [1, 2], ["a"], [1.5], None]:
            requests_made.append({name: value})
    verdict = _Verdict()
    for params in requests_made:
        try:
            before = _enforce_params_schema(dict(params), old_schema)
        except MlflowException:
            continue
        try:
            after = _enforce_params_schema(dict(params), new_schema)
        except MlflowException as error:
            verdict.add(f"{params!r}: {error}")
            continue
        changed = [n for n in set(before) & set(after) if not same(after[n], before[n])]
        verdict.add(f"{params!r}: {changed[0]} changed" if changed else None)
    return verdict.to_json()


# What a JSON request may hold in a column.
_JSON_POOL: list[Any] = [
    *(0, 7, 2**31 - 1, 2**40, 2**53 + 1, True, False, 1.5, 2.0, 0.1),
    *("text", "", "2024-01-01T00:00:00", "aGk="),
]
_JSON_NATURAL: dict[str, Any] = {
    **_NATURAL,
    "binary": "aGk=",
    "datetime": "2024-01-02T03:04:05",
}


def _served(records: list[dict], schema: list) -> Any:
    """What ``_enforce_schema`` gives the model for ``{"dataframe_records": records}``."""
    parsed = Schema.from_json(json.dumps(schema))
    frame = infer_and_parse_data({"dataframe_records": records}, parsed)
    return _enforce_schema(frame, parsed)


def judge_columns(old: list, new: list, *, reverse: bool) -> dict:
    source, target = (new, old) if reverse else (old, new)
    base = {c["name"]: _JSON_NATURAL[c["type"]] for c in source if c.get("required", True)}
    requests: list[dict] = [base, {**base, "zzz": 1}]
    for column in source:
        name = column["name"]
        requests.append({k: v for k, v in base.items() if k != name})
        requests += [{**base, name: value} for value in [*_JSON_POOL, None]]
    verdict = _Verdict()
    for record in requests:
        try:
            before = _served([record], source)
        except Exception:  # whatever MLflow raises is a rejection
            continue
        # Valid: MLflow takes the numbers as sent. (It truncates 1.5 sent for a long column and
        # wraps 2**40 for an integer one: such a request is not of the signature's types.)
        numeric = [c["name"] for c in source if c["type"] in ("long", "integer", "double", "float")]
        if any(not same(_plain_column(before[c]), [record[c]]) for c in numeric if c in record):
            continue
        try:
            after = _served([record], target)
        except Exception as error:
            verdict.add(f"{record!r}: {type(error).__name__}: {error}")
            continue
        changed = [
            c
            for c in set(before.columns) & set(after.columns)
            if not same(_plain_column(after[c]), _plain_column(before[c]))
        ]
        verdict.add(f"{record!r}: column {changed[0]} changed" if changed else None)
    return verdict.to_json()


def _plain_column(column: Any) -> list:
    return [None if _missing(v) else (v.item() if hasattr(v, "item") else v) for v in column]


def _missing(value: Any) -> bool:
    try:
        return bool(value != value) or value is None
    except (TypeError, ValueError):
        return False


def main() -> None:
    verdicts = []
    for case in json.load(sys.stdin):
        if case["part"] == "params":
            verdicts.append(judge_params(case["old"], case["new"]))
        elif case["part"].startswith("columns-"):
            reverse = case["part"] == "columns-output"
            verdicts.append(judge_columns(case["old"], case["new"], reverse=reverse))
        else:
            verdicts.append(
                judge_schema(case["old"], case["new"], reverse=case["part"] == "output")
            )
    json.dump(verdicts, sys.stdout)


if __name__ == "__main__":
    main()
