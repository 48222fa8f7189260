"""## What it does
Flags `signature=` passed when logging a `ChatModel`, `ChatAgent` or `ResponsesAgent`.

## Why is this bad?
These classes have a standard signature that MLflow sets itself; `log_model`/`save_model` raise "… subclasses have a standard signature that is set automatically. Please remove the `signature` parameter".

## Fix safety
The fix removes the `signature=` argument; it is safe.

## References
- <https://mlflow.org/docs/latest/genai/serving/responses-agent>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules._examples import logged, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(
        logged(
            "from mlflow.pyfunc import ChatAgent\nimport mlflow\n\n\nclass Agent(ChatAgent):\n    def predict(self, messages, context=None, custom_inputs=None):\n        raise NotImplementedError\n",
            'name="agent", python_model=Agent()',
        )
    ),
)
INVALID: tuple[Example, ...] = (
    Example(
        logged(
            "from mlflow.pyfunc import ChatAgent\nimport mlflow\n\n\nclass Agent(ChatAgent):\n    def predict(self, messages, context=None, custom_inputs=None):\n        raise NotImplementedError\n",
            'name="agent", python_model=Agent(), signature=sig',
        ),
        fixed=logged(
            "from mlflow.pyfunc import ChatAgent\nimport mlflow\n\n\nclass Agent(ChatAgent):\n    def predict(self, messages, context=None, custom_inputs=None):\n        raise NotImplementedError\n",
            'name="agent", python_model=Agent()',
        ),
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.log_calls._check",)

RULE = Rule(
    code="SIG402",
    name="signature-on-builtin-model",
    severity=Severity.ERROR,
    summary="signature= on a ChatModel, ChatAgent or ResponsesAgent: MLflow raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    fix="sometimes",
    applicability=Applicability.SAFE,
    valid=VALID,
    invalid=INVALID,
)
