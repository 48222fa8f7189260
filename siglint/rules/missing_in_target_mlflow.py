"""## What it does
Flags MLflow modules and names that the release named by `target-mlflow-version` does not have: an import (`from mlflow.pyfunc import ResponsesAgent`), or an attribute of an imported MLflow module (`mlflow.pyfunc.ResponsesAgent`). The release each appeared in is read from the released mlflow-skinny wheels themselves (`scripts/generate_mlflow_versions.py`). An import or attribute inside a `try` whose handler catches what it would raise (`except ImportError:`, the compatibility idiom), or under an `if` whose test reads MLflow's version (`if mlflow.__version__ >= "2.22":`, `importlib.metadata.version("mlflow")`), is not flagged.

## Why is this bad?
With the oldest MLflow the project supports, importing the module raises (`ImportError`, `ModuleNotFoundError`, or `AttributeError` where the name is used), so the model cannot even be defined there. `ResponsesAgent`, for one, appeared in MLflow 2.22.0.

## Fix safety
No fix: require the release that has the name, or target it.

## References
- <https://mlflow.org/docs/latest/python_api/mlflow.pyfunc.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import with_example
from siglint.rules.registry import Example, Rule

# The examples target MLflow 2.21 (their siglint.toml), which has ChatAgent, not ResponsesAgent.
_TARGET = (("siglint.toml", 'target-mlflow-version = "2.21"\n'),)
_AGENT = (
    '# target-mlflow-version = "2.21"\nimport mlflow\nfrom mlflow.pyfunc import {0}\n\n\n'
    "class Agent({0}):\n    def predict(self, {1}):\n        return None\n"
)
VALID = (
    Example(
        _AGENT.format("ChatAgent", "messages, context=None, custom_inputs=None"), files=_TARGET
    ),
)
INVALID: tuple[Example, ...] = (
    Example(_AGENT.format("ResponsesAgent", "request"), files=_TARGET),
    Example(
        "import mlflow\n\n\nclass Agent(mlflow.pyfunc.ResponsesAgent):\n"
        "    def predict(self, request):\n        return None\n",
        files=_TARGET,
    ),
    Example("from mlflow.types.responses import ResponsesAgentRequest\n", files=_TARGET),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.mlflow_names._finding",)

RULE = Rule(
    code="SIG903",
    name="missing-in-target-mlflow",
    severity=Severity.ERROR,
    summary="An MLflow name the targeted release does not have: importing the module raises there.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    min_mlflow=None,
    valid=VALID,
    invalid=INVALID,
)
