"""Model files written for the language-server figures: a 2,000-line service module with twenty
targets, and small model modules to open by the hundred; and a repository of helper modules with
a few models among them, for ``siglint diff``."""

from __future__ import annotations

_HEADER = '''"""A service module: request schemas, helpers and the models that serve them."""

from __future__ import annotations

import json
import math
from typing import Any, Optional

import mlflow
from pydantic import BaseModel, Field
'''


def service(targets: int = 20, lines: int = 2000) -> str:
    """``targets`` models, each with its pydantic request, a few of them with a finding (an
    input hint not wrapped in ``list``), padded with helpers to about ``lines`` lines."""
    body = _HEADER.count("\n")
    blocks = []
    for index in range(targets):
        block = _target(index)
        blocks.append(block)
        body += block.count("\n")
    padding, extra = divmod(max(lines - body, 0), targets)
    for index in range(targets):
        blocks[index] += _helpers(index, padding + (index < extra))
    return _HEADER + "".join(blocks)


def small(index: int) -> str:
    """A short model module, different for each ``index``."""
    return _HEADER + _target(index) + _helpers(index, 40)


def _target(index: int) -> str:
    hint = f"Request{index}" if index % 5 == 0 else f"list[Request{index}]"
    return f"""

class Request{index}(BaseModel):
    text: str
    score: float = 0.0
    tags: list[str] = Field(default_factory=list)
    language: Optional[str] = None
    weights: dict[str, float] = Field(default_factory=dict)
    count: int = 1


class Model{index}(mlflow.pyfunc.PythonModel):
    def load_context(self, context) -> None:
        self.threshold = {index} / 100

    def predict(self, context, model_input: {hint}, params=None) -> list[str]:
        return [summarise_{index}(item.text, item.score) for item in model_input]
"""


def _helpers(index: int, lines: int) -> str:
    """``summarise_{index}`` and more helpers, ``lines`` lines in all (at least one helper)."""
    text = f'''

def summarise_{index}(text: str, score: float) -> str:
    """A label for one request."""
    words = text.split()
    return json.dumps({{"words": len(words), "score": round(score, 3)}})
'''
    part = 0
    while text.count("\n") + 14 <= lines:
        text += f'''

def helper_{index}_{part}(record: dict[str, Any]) -> str:
    """One record as a line of the report.

    Records without a name are left out: the report lists named records only, with the total
    of their values, in the order they come.
    """
    # The name is optional in old exports.
    name = record.get("name", "")
    if not name:
        return ""
    total = sum(record["values"])
    return f"{{name}}: {{total}}"
'''
        part += 1
    return text + "\n" * max(lines - text.count("\n"), 0)


def helper_module(index: int, package: str) -> str:
    """A module of helpers that imports a sibling package's (no model, no MLflow)."""
    imports = f"from __future__ import annotations\n\nimport json\nfrom {package} import *\n"
    return f'"""Helpers {index}."""\n' + imports + _helpers(index, 60)
