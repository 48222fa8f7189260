"""Evaluating the values siglint reads: a bytes literal is bytes, whatever its bytes are."""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.engine import check_source

MODEL = """\
import mlflow
import pandas as pd

{value}


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input


mlflow.pyfunc.log_model("model", python_model=Model(), input_example={example})
"""


@pytest.mark.parametrize(
    ("value", "example"),
    [
        ('name = b"\\xc4\\xe0".decode("cp1251")', "[name]"),
        ('data = b"\\xc4\\xe0"', '["a"]'),
        ('frame = pd.DataFrame({"a": [b"\\xc4\\xe0".decode("cp1251")]})', '["a"]'),
        ('ALIAS = b"\\xff" b"\\xfe"', '["a"]'),
    ],
)
def test_bytes_that_are_not_utf8_do_not_stop_the_check(
    tmp_path: Path, value: str, example: str
) -> None:
    """Such bytes used to make the whole file SIG998 ("UnicodeDecodeError")."""
    text = MODEL.format(value=value, example=example)
    result = check_source(text, tmp_path / "model.py")
    assert [d.code for d in result.diagnostics] == []
    [target] = result.targets
    assert target.outcome == "signature"


def test_an_int_too_long_for_repr_does_not_stop_the_check(tmp_path: Path) -> None:
    """A 5,000-digit hex literal (CPython 3.13 compiles it) whose int ``repr`` refuses."""
    huge = "0x" + "f" * 5000
    text = (
        "from typing import Literal\n\nimport mlflow\n\n\n"
        "class Model(mlflow.pyfunc.PythonModel):\n"
        f"    def predict(self, context, model_input: list[Literal[{huge}]]) -> list[str]:\n"
        "        return []\n"
    )
    codes = [d.code for d in check_source(text, tmp_path / "model.py").diagnostics]
    assert codes == ["SIG110"]
