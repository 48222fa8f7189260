"""siglint reads code as data: nothing in the analysed files ever runs."""

from __future__ import annotations

import sys

SIDE_EFFECTS = """
import mlflow
from pydantic import BaseModel
open(r"{marker}", "w").write("module")

def mark(what):
    open(r"{marker}", "w").write(what)
    return lambda f: f

class Meta(type):
    def __new__(mcs, *args):
        mark("metaclass")
        return super().__new__(mcs, *args)

class Item(BaseModel):
    mark("pydantic body")
    name: str

class Model(mlflow.pyfunc.PythonModel, metaclass=Meta):
    mark("class body")

    def __init_subclass__(cls):
        mark("init_subclass")

    @mark("decorator")
    def predict(self, model_input: list[Item], params=mark("default")) -> list[str]:
        mark("call")
        return []
"""


def test_nothing_in_the_analysed_file_runs(schema_of, tmp_path):
    marker = tmp_path / "ran.txt"
    [target] = schema_of(
        SIDE_EFFECTS.format(marker=marker), files={"sibling.py": f'open(r"{marker}", "w")'}
    )
    assert target["outcome"] == "signature"
    assert target["input_schema"][0]["type"] == "object"
    assert not marker.exists()
    assert "model" not in sys.modules and "sibling" not in sys.modules


def test_the_core_does_not_import_mlflow_pandas_numpy_or_pygls():
    import subprocess

    code = (
        "import sys, siglint.engine, siglint.cli.main\n"
        "bad = [m for m in ('mlflow', 'pandas', 'numpy', 'pygls', 'pydantic') if m in sys.modules]\n"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
