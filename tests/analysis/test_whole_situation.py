"""Findings that read the whole file: the log call that decides what MLflow logs, the moment a
hand-written signature raises, and one diagnostic for one problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.analysis.project import Project
from siglint.engine import check_source

UNION = """\
import mlflow
import numpy as np
import pandas as pd
from mlflow.models import infer_signature


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: pd.DataFrame | np.ndarray):
        return model_input

{call}
"""
FRAME = UNION.replace("pd.DataFrame | np.ndarray", "pd.DataFrame")
SIGNATURE = 'signature = infer_signature(pd.DataFrame({"a": [1.0]}))\n'
EXAMPLE = 'example = pd.DataFrame({"a": [1.0]})\n'


def diagnostics(text: str, tmp_path: Path) -> list[tuple[str, str]]:
    result = check_source(text, tmp_path / "model.py", project=Project())
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize(
    ("call", "consequence"),
    [
        (
            "",
            "MLflow warns and logs the model without a signature unless log_model is given "
            "`signature=` or `input_example=`: ",
        ),
        (
            f'{SIGNATURE}mlflow.pyfunc.save_model("m", python_model=Model(), signature=signature)',
            "MLflow warns and ignores the hints: `save_model` (line 12) logs the `signature=` it "
            "is given instead: ",
        ),
        (
            f'{EXAMPLE}mlflow.pyfunc.log_model("m", python_model=Model(), input_example=example)',
            "MLflow warns and ignores the hints: `log_model` (line 12) logs the signature it "
            "infers from its `input_example` instead: ",
        ),
        (
            'mlflow.pyfunc.log_model("m", python_model=Model(), signature=None)',
            "MLflow warns and logs the model without a signature: ",
        ),
    ],
)
def test_a_soft_hint_problem_says_what_the_log_call_logs(
    tmp_path: Path, call: str, consequence: str
) -> None:
    found = diagnostics(UNION.format(call=call), tmp_path)
    [message] = [message for code, message in found if code == "SIG101"]
    assert message.startswith(consequence)
    assert "Type hints must be wrapped in list[...]" in message


@pytest.mark.parametrize(
    ("call", "codes"),
    [
        ("", ["SIG111"]),  # logged elsewhere: the hint itself says it
        ('mlflow.pyfunc.log_model("m", python_model=Model())', ["SIG403"]),  # said at the call
        (f'{SIGNATURE}mlflow.pyfunc.log_model("m", python_model=Model(), signature=signature)', []),
        (
            f'{EXAMPLE}mlflow.pyfunc.save_model("m", python_model=Model(), input_example=example)',
            [],
        ),
    ],
)
def test_no_inference_hint_defers_to_the_log_call(
    tmp_path: Path, call: str, codes: list[str]
) -> None:
    assert [code for code, _ in diagnostics(FRAME.format(call=call), tmp_path)] == codes


def test_a_hand_written_signature_raises_when_its_code_runs(tmp_path: Path) -> None:
    text = """\
import mlflow
from mlflow.types import ColSpec, DataType, Schema

top = ColSpec("integr", "a")


class Model(mlflow.pyfunc.PythonModel):
    @staticmethod
    def schema():
        return Schema([ColSpec("features", DataType.float)])

    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input
"""
    messages = [message for code, message in diagnostics(text, tmp_path) if code == "SIG501"]
    assert [m.split(" raises ")[1].split(". Expected")[0] for m in messages] == [
        "\"Unsupported type 'integr'\" when the module runs",
        "\"Unsupported type 'features'\" when `Model.schema` is called",
    ]


def test_findings_in_another_file_are_said_once_per_target(tmp_path: Path) -> None:
    (tmp_path / "request.py").write_text(
        "from pydantic import BaseModel\n\n\nclass Request(BaseModel):\n"
        '    a: int = 1\n    b: str = "x"\n    c: float = 2.0\n',
        encoding="utf-8",
    )
    text = """\
import mlflow

from request import Request


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Request]) -> list[str]:
        return []
"""
    [(code, message)] = diagnostics(text, tmp_path)
    assert code == "SIG306"
    assert message.startswith("`a` has a default")
    assert message.endswith("(2 more like it: request.py:6, request.py:7) (in request.py:5)")


TRAINER = """\
import mlflow
import pandas as pd


class Wrapper(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: pd.DataFrame) -> pd.DataFrame:
        return model_input

{other}
class Trainer:
    def __init__(self):
        self.wrapper = Wrapper()

    def log(self, frame):
        mlflow.pyfunc.log_model("model", python_model=self.wrapper, input_example=frame)
"""
OTHER = """
class Other(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: pd.DataFrame) -> pd.DataFrame:
        return model_input

"""


def test_a_call_siglint_cannot_follow_logs_the_one_target_left(tmp_path: Path) -> None:
    assert diagnostics(TRAINER.format(other=""), tmp_path) == []
    # With two targets the call may log either: whichever it is gets the example's signature.
    assert diagnostics(TRAINER.format(other=OTHER), tmp_path) == []


@pytest.mark.parametrize("other", ["", OTHER])
def test_a_call_siglint_cannot_follow_without_an_example_logs_no_signature(
    tmp_path: Path, other: str
) -> None:
    # No SIG403 on a call whose model siglint cannot name: the hint's own finding stays.
    text = TRAINER.format(other=other).replace(", input_example=frame", "")
    found = diagnostics(text, tmp_path)
    assert [code for code, _ in found] == ["SIG111"] * (2 if other else 1)


def test_a_hint_mlflow_refuses_says_when_it_raises(tmp_path: Path) -> None:
    text = """\
from typing import Optional

import mlflow
from mlflow.pyfunc.utils import pyfunc


@pyfunc
def decorated(model_input: list[Optional[str]]) -> list[str]:
    return []


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Optional[int]]) -> list[str]:
        return []


def plain(model_input: list[Optional[float]]) -> list[str]:
    return []


mlflow.pyfunc.log_model("m", python_model=plain)
"""
    moments = [
        message.split(":")[0] for code, message in diagnostics(text, tmp_path) if code == "SIG106"
    ]
    assert moments == [
        "MLflow raises when `@pyfunc` decorates `decorated`",
        "MLflow raises when class `Model` is defined",
        "MLflow raises when the model is logged",
    ]
