"""Every verdict of ``siglint.contract.compare`` agrees with the real MLflow's enforcement.

A matrix of signature changes (each scalar type to each other, at each place a type can be;
fields added, removed, made optional or required; shapes changed; params) is judged twice: by
siglint, and by ``judge.py``, which runs requests generated from the old signature through
MLflow's own validation with the new one (in one subprocess, with this interpreter).
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from siglint.contract.compare import Signature, compare

JUDGE = Path(__file__).with_name("judge.py")

SCALARS = ["long", "double", "string", "boolean", "binary", "datetime", "any"]


def _top(dtype: dict) -> list:
    return [{**dtype, "required": True}]


def _field(dtype: dict, required: bool = True, **others: dict) -> dict:
    properties = {"x": {**dtype, "required": required}, **others}
    return {"type": "object", "properties": dict(sorted(properties.items()))}


_REQUIRED_NAME = {"type": "string", "required": True}

# Each place a type can be, as a function of the type.
PLACES: dict[str, Callable[[dict], list]] = {
    "element": lambda t: _top(t),
    "array item": lambda t: _top({"type": "array", "items": t}),
    "map value": lambda t: _top({"type": "map", "values": t}),
    "field": lambda t: _top(_field(t, name=_REQUIRED_NAME)),
    "optional field": lambda t: _top(_field(t, required=False, name=_REQUIRED_NAME)),
    "array in a field": lambda t: _top(_field({"type": "array", "items": t})),
    "map in a field": lambda t: _top(_field({"type": "map", "values": t})),
}


def _scalar(name: str) -> dict:
    return {"type": name}


def _obj(**fields: tuple[str | dict, bool]) -> dict:
    properties = {}
    for name, (dtype, required) in sorted(fields.items()):
        dtype = _scalar(dtype) if isinstance(dtype, str) else dtype
        properties[name] = {**dtype, "required": required}
    return {"type": "object", "properties": properties}


def _shapes() -> list[tuple[str, dict, dict]]:
    """Fields and shapes: (name, old type, new type) of the input element or output."""
    ticket = _obj(title=("string", True), priority=("long", True))
    return [
        (
            "new required field",
            ticket,
            _obj(title=("string", True), priority=("long", True), team=("string", True)),
        ),
        (
            "new optional field",
            ticket,
            _obj(title=("string", True), priority=("long", True), team=("string", False)),
        ),
        ("required field removed", ticket, _obj(title=("string", True))),
        (
            "optional field removed",
            _obj(title=("string", True), note=("string", False)),
            _obj(title=("string", True)),
        ),
        (
            "optional to required",
            _obj(title=("string", True), note=("string", False)),
            _obj(title=("string", True), note=("string", True)),
        ),
        ("required to optional", ticket, _obj(title=("string", True), priority=("long", False))),
        ("str list to object list", _scalar("string"), ticket),
        ("object to str", ticket, _scalar("string")),
        ("object to map of any", ticket, {"type": "map", "values": {"type": "any"}}),
        (
            "object to map of str",
            _obj(a=("string", True), b=("string", True)),
            {"type": "map", "values": {"type": "string"}},
        ),
        (
            "object with optional to map of str",
            _obj(a=("string", True), b=("string", False)),
            {"type": "map", "values": {"type": "string"}},
        ),
        (
            "object with long to map of double",
            _obj(a=("long", True)),
            {"type": "map", "values": {"type": "double"}},
        ),
        (
            "map to object with a required field",
            {"type": "map", "values": {"type": "string"}},
            _obj(a=("string", True)),
        ),
        (
            "map of str to object of optional str",
            {"type": "map", "values": {"type": "string"}},
            _obj(a=("string", False)),
        ),
        (
            "map of str to object of optional long",
            {"type": "map", "values": {"type": "string"}},
            _obj(a=("long", False)),
        ),
        (
            "map of long to object of optional double",
            {"type": "map", "values": {"type": "long"}},
            _obj(a=("double", False)),
        ),
        (
            "array to map",
            {"type": "array", "items": {"type": "string"}},
            {"type": "map", "values": {"type": "string"}},
        ),
        (
            "map to array",
            {"type": "map", "values": {"type": "string"}},
            {"type": "array", "items": {"type": "string"}},
        ),
        ("scalar to array", _scalar("string"), {"type": "array", "items": {"type": "string"}}),
        ("array to scalar", {"type": "array", "items": {"type": "string"}}, _scalar("string")),
        (
            "nested new required field",
            _obj(t=(ticket, True)),
            _obj(
                t=(
                    _obj(title=("string", True), priority=("long", True), team=("string", True)),
                    True,
                )
            ),
        ),
        (
            "nested field narrowed",
            _obj(t=(ticket, True)),
            _obj(t=(_obj(title=("string", True), priority=("boolean", True)), True)),
        ),
        (
            "nested field widened",
            _obj(t=(ticket, True)),
            _obj(t=(_obj(title=("string", True), priority=("double", True)), True)),
        ),
        ("object to any", ticket, _scalar("any")),
        ("any to object", _scalar("any"), ticket),
        (
            "field object to map",
            _obj(t=(ticket, True)),
            _obj(t=({"type": "map", "values": {"type": "any"}}, True)),
        ),
        (
            "array of objects gains a field",
            {"type": "array", "items": ticket},
            {
                "type": "array",
                "items": _obj(
                    title=("string", True), priority=("long", True), team=("string", False)
                ),
            },
        ),
    ]


PARAM_TYPES = ["long", "integer", "double", "float", "string", "boolean"]


def _param(name: str, dtype: str, default: object, shape: list | None = None) -> dict:
    return {"name": name, "type": dtype, "default": default, "shape": shape}


def _param_cases() -> list[tuple[str, list, list]]:
    cases = []
    for old, new in itertools.permutations(PARAM_TYPES, 2):
        # No default: only the type changes.
        cases.append((f"param {old} to {new}", [_param("p", old, None)], [_param("p", new, None)]))
    cases += [
        (
            "param added",
            [_param("p", "long", 3)],
            [_param("p", "long", 3), _param("q", "string", "x")],
        ),
        (
            "param removed",
            [_param("p", "long", 3), _param("q", "string", "x")],
            [_param("p", "long", 3)],
        ),
        ("param default changed", [_param("p", "double", 0.5)], [_param("p", "double", 0.7)]),
        ("param default removed", [_param("p", "double", 0.5)], [_param("p", "double", None)]),
        (
            "param becomes a list",
            [_param("p", "string", "x")],
            [_param("p", "string", ["x"], [-1])],
        ),
        (
            "param list of long to double",
            [_param("p", "long", [1], [-1])],
            [_param("p", "double", [1], [-1])],
        ),
        (
            "param list becomes scalar",
            [_param("p", "string", ["x"], [-1])],
            [_param("p", "string", "x")],
        ),
    ]
    return cases


COLUMN_TYPES = ["long", "integer", "double", "float", "string", "boolean", "binary", "datetime"]


def _columns(**columns: tuple[str, bool]) -> list:
    return [
        {"type": dtype, "name": name, "required": required}
        for name, (dtype, required) in columns.items()
    ]


def _column_cases() -> list[tuple[str, list, list]]:
    cases = [
        (f"column {old} to {new}", _columns(a=(old, True)), _columns(a=(new, True)))
        for old, new in itertools.permutations(COLUMN_TYPES, 2)
    ]
    two = _columns(a=("string", True), b=("long", True))
    cases += [
        ("new required column", two, [*two, *_columns(c=("string", True))]),
        ("new optional column", two, [*two, *_columns(c=("string", False))]),
        ("column removed", two, two[:1]),
        ("column to optional", two, _columns(a=("string", True), b=("long", False))),
        (
            "column to required",
            _columns(a=("string", True), b=("long", False)),
            two,
        ),
    ]
    return cases


def _matrix() -> list[tuple[str, str, list, list]]:
    """(name, part, old, new)."""
    cases = []
    for place, put in PLACES.items():
        for old, new in itertools.permutations(SCALARS, 2):
            for part in ("input", "output"):
                cases.append(
                    (f"{part} {place} {old} to {new}", part, put(_scalar(old)), put(_scalar(new)))
                )
    for name, old, new in _shapes():
        for part in ("input", "output"):
            cases.append((f"{part} {name}", part, _top(old), _top(new)))
    for name, old, new in _param_cases():
        cases.append((name, "params", old, new))
    for name, old, new in _column_cases():
        for part in ("input", "output"):
            cases.append((f"{part} {name}", f"columns-{part}", old, new))
    return cases


MATRIX = _matrix()


@pytest.fixture(scope="module")
def mlflow_verdicts() -> list[dict]:
    cases = [{"part": part, "old": old, "new": new} for _, part, old, new in MATRIX]
    done = subprocess.run(
        [sys.executable, str(JUDGE)],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def _siglint_breaking(part: str, old: list, new: list) -> bool:
    if part == "params":
        changes = compare(Signature(None, None, old), Signature(None, None, new))
    elif part in ("input", "columns-input"):
        changes = compare(Signature(old, None), Signature(new, None))
    else:
        changes = compare(Signature(None, old), Signature(None, new))
    assert changes, "a change must be reported"
    return any(change.breaking for change in changes)


def test_every_verdict_agrees_with_mlflow(mlflow_verdicts: list[dict]) -> None:
    disagreements = []
    for (name, part, old, new), judged in zip(MATRIX, mlflow_verdicts, strict=True):
        assert judged["requests"] > 0, f"{name}: no request is valid under the old signature"
        ours = _siglint_breaking(part, old, new)
        if ours != judged["breaking"]:
            disagreements.append(
                f"{name}: siglint {ours}, MLflow {judged['breaking']} ({judged['example']})"
            )
    assert not disagreements, "\n".join(disagreements)


def test_the_matrix_is_large_and_has_both_verdicts(mlflow_verdicts: list[dict]) -> None:
    requests = sum(v["requests"] for v in mlflow_verdicts)
    breaking = sum(v["breaking"] for v in mlflow_verdicts)
    print(f"matrix: {len(MATRIX)} changes, {requests} requests, {breaking} breaking")
    assert len(MATRIX) > 600
    assert 0 < breaking < len(MATRIX)
