"""## What it does
Flags `signature=` passed when logging a `ChatModel`, `ChatAgent` or `ResponsesAgent`.

## Why is this bad?
These classes have a standard signature that MLflow sets itself; `log_model`/`save_model` raise "… subclasses have a standard signature that is set automatically. Please remove the `signature` parameter".

## Example
```python
from mlflow.pyfunc import ChatAgent
import mlflow


class Agent(ChatAgent):
    def predict(self, messages, context=None, custom_inputs=None):
        raise NotImplementedError


mlflow.pyfunc.log_model(name="agent", python_model=Agent(), signature=sig)
```

Use instead:
```python
from mlflow.pyfunc import ChatAgent
import mlflow


class Agent(ChatAgent):
    def predict(self, messages, context=None, custom_inputs=None):
        raise NotImplementedError


mlflow.pyfunc.log_model(name="agent", python_model=Agent())
```

## Fix safety
The fix removes the `signature=` argument; it is safe.

## References
- <https://mlflow.org/docs/latest/genai/serving/responses-agent>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG402",
    name="signature-on-builtin-model",
    severity=Severity.ERROR,
    summary="signature= on a ChatModel, ChatAgent or ResponsesAgent: MLflow raises.",
    doc=__doc__ or "",
    fix="sometimes",
    applicability=Applicability.SAFE,
    valid=(
        Example(
            """\
from mlflow.pyfunc import ChatAgent
import mlflow


class Agent(ChatAgent):
    def predict(self, messages, context=None, custom_inputs=None):
        raise NotImplementedError


mlflow.pyfunc.log_model(name="agent", python_model=Agent())
"""
        ),
    ),
    invalid=(
        Example(
            """\
from mlflow.pyfunc import ChatAgent
import mlflow


class Agent(ChatAgent):
    def predict(self, messages, context=None, custom_inputs=None):
        raise NotImplementedError


mlflow.pyfunc.log_model(name="agent", python_model=Agent(), signature=sig)
""",
            fixed="""\
from mlflow.pyfunc import ChatAgent
import mlflow


class Agent(ChatAgent):
    def predict(self, messages, context=None, custom_inputs=None):
        raise NotImplementedError


mlflow.pyfunc.log_model(name="agent", python_model=Agent(), )
""",
        ),
    ),
)
