"""The example serving requests that ``siglint schema`` and the hover show."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from siglint.engine import check_source
from siglint.notation import request_example

_PARAMETERS = {
    "ChatAgent": "messages, context=None, custom_inputs=None",
    "ChatModel": "context, messages, params",
    "ResponsesAgent": "request",
}


@pytest.mark.parametrize(
    ("base", "request_class"),
    [
        ("ChatAgent", "mlflow.types.agent.ChatAgentRequest"),
        ("ChatModel", "mlflow.types.llm.ChatCompletionRequest"),
        ("ResponsesAgent", "mlflow.types.responses.ResponsesAgentRequest"),
    ],
)
def test_the_example_request_of_a_builtin_model_is_one_mlflow_accepts(
    tmp_path: Path, base: str, request_class: str
) -> None:
    """Required fields with plausible values: MLflow's own request class validates the body."""
    module_name, _, class_name = request_class.rpartition(".")
    validate = getattr(importlib.import_module(module_name), class_name)
    text = (
        f"from mlflow.pyfunc import {base}\n\n\nclass Model({base}):\n"
        f"    def predict(self, {_PARAMETERS[base]}):\n        return None\n"
    )
    (target,) = check_source(text, tmp_path / "model.py").targets
    body = json.loads(request_example(target.input_schema))
    if hasattr(validate, "model_validate"):
        validate.model_validate(body)
    else:  # ChatCompletionRequest is a dataclass
        validate.from_dict(body)
    # Not every optional field filled with "text" ("role": "text", "tool_call_id": "text").
    messages = body["input" if base == "ResponsesAgent" else "messages"]
    assert messages == [{"role": "user", "content": "What is MLflow?"}]
