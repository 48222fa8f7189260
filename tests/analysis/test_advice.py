"""A non-list input that no list makes readable gets advice, not a fix that MLflow would refuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.engine import check_source

MODEL = """\
from dataclasses import dataclass
from typing import TypedDict

import mlflow
import numpy as np
import numpy.typing as npt
from somewhere_else import ChatRequest


@dataclass
class Point:
    x: float


class Row(TypedDict):
    text: str


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: {hint}) -> list[str]:
        return []
"""

ADVICE = {
    "an ndarray": (
        "npt.NDArray[np.float64]",
        "`list[NDArray[...]]` would not work either: MLflow cannot read `NDArray[...]` in a list. "
        "Use nested lists (`list[list[float]]`) instead of a numpy array.",
    ),
    "a set of ndarrays": (
        "set[np.ndarray]",
        "`list[ndarray]` would not work either: MLflow cannot read `ndarray` in a list. "
        "Use nested lists (`list[list[float]]`) instead of a numpy array.",
    ),
    "a dataclass": (
        "Point",
        "`list[Point]` would not work either: MLflow cannot read `Point` in a list. "
        "Use a pydantic BaseModel instead: MLflow turns it into an object schema.",
    ),
    "a TypedDict": (
        "Row",
        "`list[Row]` would not work either: MLflow cannot read `Row` in a list. "
        "Use a pydantic BaseModel instead: MLflow turns it into an object schema.",
    ),
    "a request class siglint cannot see": (
        "ChatRequest",
        "`list[ChatRequest]` would not work either: MLflow cannot read `ChatRequest` in a list. "
        "Use a pydantic BaseModel, or what MLflow reads: str, int, float, bool, bytes, datetime, "
        "and lists and dicts of them.",
    ),
    "a dict MLflow refuses for another reason": (
        "dict[bytes, int]",
        "`list[dict[bytes, int]]` would not work either: Dictionary key type must be str, got "
        "<class 'bytes'> in type hint dict[bytes, int].",
    ),
    "a fixed-length tuple": (
        "tuple[str, int]",
        "`list[tuple[str, int]]` would not work either: MLflow cannot read `tuple[str, int]` in a "
        "list. Use `list[...]` instead of a tuple.",
    ),
}


@pytest.mark.parametrize(("hint", "advice"), ADVICE.values(), ids=ADVICE.keys())
def test_no_list_makes_it_readable_so_no_fix_but_advice(hint: str, advice: str) -> None:
    diagnostics = check_source(MODEL.format(hint=hint), Path("/project/model.py")).diagnostics
    [finding] = [d for d in diagnostics if d.code == "SIG101"]
    assert finding.fix is None
    assert finding.message.endswith(f"for a valid signature. {advice}")


def test_a_collection_of_readable_items_is_told_to_become_a_list_of_them() -> None:
    text = MODEL.format(hint="set[str]")
    [finding] = [d for d in check_source(text, Path("/project/model.py")).diagnostics]
    assert finding.message.endswith(
        "`list[set[str]]` would not work either: use `list[str]`, a list of its items."
    )
    assert finding.fix is not None
    assert finding.fix.title == (
        "Use `list[...]` instead of `set[...]`: the input becomes [string (required)]"
    )
