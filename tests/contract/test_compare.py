"""What ``siglint.contract.compare`` says of a change: its part, field path, words and verdict."""

from __future__ import annotations

from siglint.contract.compare import Signature, compare


def _lines(old: Signature, new: Signature) -> list[str]:
    return [f"{c.part} {c.field}: {c.what} — {c.verdict}" for c in compare(old, new)]


def _element(dtype: dict) -> list:
    return [{**dtype, "required": True}]


def test_field_paths_through_arrays_maps_and_objects() -> None:
    def model(tags: str, score: str) -> list:
        inner = {"type": "object", "properties": {"score": {"type": score, "required": True}}}
        return _element(
            {
                "type": "object",
                "properties": {
                    "tags": {"type": "array", "items": {"type": tags}, "required": True},
                    "by_lang": {"type": "map", "values": inner, "required": False},
                },
            }
        )

    old, new = model("string", "long"), model("long", "double")
    assert _lines(Signature(old, None), Signature(new, None)) == [
        "input [].by_lang{}.score: type changed from long to double — compatible",
        "input [].tags[]: type changed from string to long: MLflow now rejects str values "
        "— breaking",
    ]


def test_the_same_change_read_by_a_consumer_of_the_output() -> None:
    old = _element({"type": "object", "properties": {"a": {"type": "long", "required": True}}})
    new = _element(
        {
            "type": "object",
            "properties": {
                "a": {"type": "long", "required": False},
                "b": {"type": "string", "required": True},
            },
        }
    )
    assert _lines(Signature(None, old), Signature(None, new)) == [
        "output [].a: required field is now optional — breaking",
        "output [].b: new required field (string) — compatible",
    ]
    assert _lines(Signature(None, new), Signature(None, old)) == [
        "output [].a: optional field is now required — compatible",
        "output [].b: field removed (string) — breaking",
    ]


def test_a_change_of_form_and_of_tensors() -> None:
    columns = [{"type": "string", "name": "text", "required": True}]
    hints = _element({"type": "string"})
    assert _lines(Signature(columns, None), Signature(hints, None)) == [
        "input : input is now given as type hints, was named columns: string — breaking"
    ]
    tensor = [{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 4]}}]
    wider = [{"type": "tensor", "tensor-spec": {"dtype": "float32", "shape": [-1, 8]}}]
    assert _lines(Signature(tensor, None), Signature(wider, None)) == [
        "input : tensors changed: Tensor(float32, (-1, 4)) -> Tensor(float32, (-1, 8)) — breaking"
    ]


def test_params() -> None:
    old = [
        {"name": "temperature", "type": "double", "default": 0.5, "shape": None},
        {"name": "top_k", "type": "long", "default": 3, "shape": None},
        {"name": "stop", "type": "string", "default": None, "shape": None},
    ]
    new = [
        {"name": "temperature", "type": "double", "default": None, "shape": None},
        {"name": "top_k", "type": "double", "default": 3, "shape": None},
        {"name": "seed", "type": "long", "default": 1, "shape": None},
    ]
    assert _lines(Signature(None, None, old), Signature(None, None, new)) == [
        "params seed: new param (long, default 1) — compatible",
        "params stop: param removed (string, default null): MLflow ignores it in requests "
        "— compatible",
        "params temperature: default removed (was 0.5): requests without it now get None "
        "— breaking",
        "params top_k: type changed from long to double — compatible",
    ]


def test_params_siglint_cannot_see_are_not_compared() -> None:
    logged = [{"name": "temperature", "type": "double", "default": 0.5, "shape": None}]
    assert compare(Signature(None, None, logged), Signature(None, None, None)) == []


def test_a_schema_appears_or_goes() -> None:
    hints = _element({"type": "string"})
    assert _lines(Signature(None, hints), Signature(None, None)) == [
        "output : output schema removed (was string) — breaking"
    ]
    assert _lines(Signature(None, None), Signature(hints, None)) == [
        "input : input schema added: string — breaking"
    ]


def test_the_pre_filter_is_asked_for_targets_only() -> None:
    """``siglint diff`` skips the files the pre-filter proves hold no target: the settings it
    asks with must want MLflow's names and an anchor, and nothing else (not a file with a
    suppression)."""
    from siglint.contract.collect import _TARGET_RULES
    from siglint.prefilter import Screen, Trigger

    assert Screen()._wanted_for(_TARGET_RULES) == (Trigger.MLFLOW | Trigger.ANCHOR,)
