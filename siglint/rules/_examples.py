"""Builders for the rules' own examples, so each rule states only what differs.

Every example is a complete module; these helpers write the parts all of them share (the
imports, a ``PythonModel`` with a ``predict``, a pydantic ``Item``, a logging call).
"""

from __future__ import annotations


def model(
    params: str, returns: str = "", body: str = "return model_input", header: str = ""
) -> str:
    """A module with one ``PythonModel`` whose ``predict`` takes ``params``."""
    arrow = f" -> {returns}" if returns else ""
    return (
        f"{header}import mlflow\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n"
        f"    def predict({params}){arrow}:\n        {body}\n"
    )


def pydantic_model(*fields: str, header: str = "") -> str:
    """A module with a pydantic ``Item`` (``fields``) and a model taking ``list[Item]``."""
    lines = "".join(f"    {f}\n" for f in fields) or "    pass\n"
    return (
        f"{header}from pydantic import BaseModel, Field\n\nimport mlflow\n\n\n"
        f"class Item(BaseModel):\n{lines}\n\n"
        "class Model(mlflow.pyfunc.PythonModel):\n"
        "    def predict(self, model_input: list[Item]) -> list[str]:\n        return []\n"
    )


def logged(module: str, arguments: str) -> str:
    """``module`` followed by ``mlflow.pyfunc.log_model(<arguments>)``."""
    return f"{module}\n\nmlflow.pyfunc.log_model({arguments})\n"


def with_example(doc: str, bad: str, good: str) -> str:
    """The documentation with its *Example* section, written from the rule's own examples."""
    section = (
        f"## Example\n```python\n{bad.rstrip()}\n```\n\n"
        f"Use instead:\n```python\n{good.rstrip()}\n```\n\n"
    )
    head, marker, tail = doc.partition("## Fix safety")
    return f"{head}{section}{marker}{tail}"


SCHEMA_IMPORTS = (
    "from mlflow.models import ModelSignature\nfrom mlflow.types import ColSpec, Schema\n\n"
)
SPEC_IMPORTS = "from mlflow.types import ColSpec, ParamSpec, TensorSpec\nimport numpy as np\n\n"
