"""Logging a callable: siglint's verdict on each ``save_model`` call equals the real MLflow's.

Each case is a module that ends with one ``mlflow.pyfunc.save_model(path=PATH, ...)`` call. The
real MLflow runs every case once, in a subprocess (``PATH`` a fresh folder): the call raises
(MLflow's message) or saves a model (its input schema). siglint must report the raise with the
rule that names it, report nothing when MLflow saves, and show the saved input schema.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from siglint.engine import check_source

_DECORATED = """\
import mlflow
from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[str]) -> list[str]:
    return model_input
"""
_PLAIN = """\
import mlflow


def score(model_input: list[float]) -> list[float]:
    return model_input
"""
_TWO = """\
import mlflow


def score(model_input: list[float], params=None) -> list[float]:
    return model_input
"""
_CALLABLE_CLASS = """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input

    def __call__(self, model_input: list[int]) -> list[int]:
        return model_input
"""
_CLASS = """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
"""
_CLASS_WITH_INIT = _CLASS.replace(
    "class Model(mlflow.pyfunc.PythonModel):\n",
    "class Model(mlflow.pyfunc.PythonModel):\n    def __init__(self, threshold):\n"
    "        self.threshold = threshold\n\n",
)
_NOT_A_MODEL = _CLASS.replace("(mlflow.pyfunc.PythonModel)", "")
# Not a PythonModel, but callable: MLflow logs it as a function model (its __call__).
_CALLABLE_OBJECT = """\
import mlflow


class Scorer:
    def __call__(self, model_input: list[str]) -> list[str]:
        return model_input
"""

# (name, module, arguments after path=PATH, the rule siglint reports or None)
CASES = [
    ("decorated, nothing", _DECORATED, "python_model=predict", "SIG406"),
    ("decorated, example None", _DECORATED, "python_model=predict, input_example=None", "SIG406"),
    ("decorated, conda_env", _DECORATED, 'python_model=predict, conda_env={"name": "x"}', "SIG406"),
    ("decorated, pip", _DECORATED, 'python_model=predict, pip_requirements=["numpy"]', None),
    ("decorated, example", _DECORATED, 'python_model=predict, input_example=["a"]', None),
    ("plain, nothing", _PLAIN, "python_model=score", "SIG406"),
    ("plain, extra pip", _PLAIN, 'python_model=score, extra_pip_requirements=["numpy"]', None),
    ("plain, example", _PLAIN, "python_model=score, input_example=[1.0]", None),
    ("two parameters, pip", _TWO, 'python_model=score, pip_requirements=["numpy"]', "SIG006"),
    ("two parameters, nothing", _TWO, "python_model=score", "SIG006"),
    ("callable instance, nothing", _CALLABLE_CLASS, "python_model=Model()", "SIG406"),
    (
        "callable instance, pip",
        _CALLABLE_CLASS,
        'python_model=Model(), pip_requirements=["x"]',
        None,
    ),
    ("instance, nothing", _CLASS, "python_model=Model()", None),
    (
        "callable object, pip",
        _CALLABLE_OBJECT,
        'python_model=Scorer(), pip_requirements=["x"]',
        None,
    ),
    ("callable object, nothing", _CALLABLE_OBJECT, "python_model=Scorer()", "SIG406"),
    (
        "callable object, two parameters",
        _CALLABLE_OBJECT.replace("model_input: list[str])", "model_input: list[str], params=None)"),
        'python_model=Scorer(), pip_requirements=["x"]',
        "SIG006",
    ),
    (
        "neither a model nor callable",
        _NOT_A_MODEL,
        "python_model=Model(), input_example=['a']",
        "SIG408",
    ),
    (
        "neither, through a variable",
        _NOT_A_MODEL + "\n\nmodel = Model()\n",
        'python_model=model, pip_requirements=["x"]',
        "SIG408",
    ),
    ("the class, not an instance", _CLASS, 'python_model=Model, pip_requirements=["x"]', "SIG407"),
    # Saved without raising: the class itself is the function (serving builds a Model per input).
    (
        "the class, one __init__ parameter",
        _CLASS_WITH_INIT,
        'python_model=Model, pip_requirements=["x"]',
        "SIG407",
    ),
    *(
        (
            f"the literal {literal}",
            _PLAIN,
            f'python_model={literal}, pip_requirements=["x"]',
            "SIG408",
        )
        for literal in ("42", "4.2", "1j", 'b"x"', "[1]", "(1,)", '{"a": 1}', "{1}", "True", "...")
    ),
    ("a dict of arguments", _PLAIN, '**{"python_model": score, "pip_requirements": ["x"]}', None),
]
_RULES = {"SIG006", "SIG406", "SIG407", "SIG408"}

_ORACLE = """\
import json, logging, os, sys, tempfile, warnings
logging.disable(logging.CRITICAL)
warnings.simplefilter("ignore")
import mlflow
from mlflow.models import Model

results = []
for source in json.load(sys.stdin):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model")
        try:
            exec(compile(source, "case.py", "exec"), {"__name__": "case", "PATH": path})
        except Exception as error:
            results.append({"raised": str(error)})
            continue
        signature = Model.load(path).signature
        results.append({"input": signature.inputs.to_dict() if signature else None})
print(json.dumps(results))
"""


def _source(module: str, arguments: str) -> str:
    return f"{module}\n\nmlflow.pyfunc.save_model(path=PATH, {arguments})\n"


@pytest.fixture(scope="module")
def mlflow_results() -> list[dict]:
    """What the real MLflow does with every case, in order."""
    sources = [_source(module, arguments) for _, module, arguments, _ in CASES]
    proc = subprocess.run(
        [sys.executable, "-c", _ORACLE],
        input=json.dumps(sources),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(proc.stdout)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[case[0] for case in CASES])
def test_siglint_says_what_mlflow_does_with_the_call(
    index: int, mlflow_results: list[dict], tmp_path: Path
) -> None:
    _, module, arguments, rule = CASES[index]
    result = check_source(textwrap.dedent(_source(module, arguments)), tmp_path / "case.py")
    reported = [d for d in result.diagnostics if d.code in _RULES]
    outcome = mlflow_results[index]
    if rule is None:
        assert "raised" not in outcome, outcome
        assert reported == []
        # The saved input schema; siglint cannot see through a dictionary of arguments.
        schemas = [target.input_schema for target in result.targets]
        assert schemas == ([] if arguments.startswith("**") else [outcome["input"]])
        return
    assert [d.code for d in reported] == [rule]
    if "raised" not in outcome:  # logged, but not the model that was meant
        assert outcome["input"] is None
        assert "never runs predict" in reported[0].message
        return
    # siglint quotes MLflow's own message.
    assert outcome["raised"].split(". ")[0] in reported[0].message
