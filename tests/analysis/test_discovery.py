"""Target discovery: every spelling of the MLflow bases and of @pyfunc, and what is not a target."""

from __future__ import annotations

import pytest

PREDICT = """
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
"""


@pytest.mark.parametrize(
    ("imports", "base"),
    [
        ("import mlflow", "mlflow.pyfunc.PythonModel"),
        ("import mlflow.pyfunc", "mlflow.pyfunc.PythonModel"),
        ("import mlflow.sklearn", "mlflow.pyfunc.PythonModel"),
        ("import mlflow.pyfunc as pf", "pf.PythonModel"),
        ("from mlflow.pyfunc import PythonModel as PM", "PM"),
        ("from mlflow.pyfunc.model import PythonModel", "PythonModel"),
        ("import mlflow", "mlflow.pyfunc.model.PythonModel"),
        ("from mlflow import pyfunc", "pyfunc.PythonModel"),
        (
            "try:\n    from mlflow.pyfunc import PythonModel as Base\nexcept ImportError:\n    Base = object",
            "Base",
        ),
    ],
)
def test_every_import_spelling_of_the_base_is_found(schema_of, imports, base):
    source = f"{imports}\n\nclass Model({base}):{PREDICT}"
    [target] = schema_of(source)
    assert (target["name"], target["kind"], target["outcome"]) == (
        "Model",
        "python_model",
        "signature",
    )
    assert target["input_schema"] == [{"type": "string", "required": True}]


def test_a_class_that_only_shares_the_name_is_not_a_target(schema_of):
    source = f"class PythonModel:\n    pass\n\nclass Model(PythonModel):{PREDICT}"
    assert schema_of(source) == []


def test_nested_classes_get_their_qualname(schema_of):
    source = f"""
import mlflow

class Outer:
    class Model(mlflow.pyfunc.PythonModel):{PREDICT.replace(chr(10), chr(10) + "    ")}

def build():
    class Model(mlflow.pyfunc.PythonModel):{PREDICT.replace(chr(10), chr(10) + "    ")}
    return Model
"""
    assert [t["name"] for t in schema_of(source)] == ["Outer.Model", "build.<locals>.Model"]


def test_indirect_subclass_through_a_sibling_module(schema_of):
    files = {
        "pkg/__init__.py": "",
        "pkg/base.py": "import mlflow\n\nclass Base(mlflow.pyfunc.PythonModel):\n    pass\n",
    }
    source = f"from .base import Base\n\nclass Model(Base):{PREDICT}"
    [target] = schema_of(source, name="pkg/model.py", files=files)
    assert (target["name"], target["outcome"]) == ("Model", "signature")


def test_a_model_without_predict_is_a_target_without_signature(schema_of):
    # PythonModel's ``__metaclass__ = ABCMeta`` is Python 2 syntax: MLflow logs such classes too.
    source = "import mlflow\n\nclass Model(mlflow.pyfunc.PythonModel):\n    pass\n"
    targets = schema_of(source)
    assert [(t["name"], t["outcome"]) for t in targets] == [("Model", "no_signature")]


def test_an_abstract_agent_base_is_not_a_target(schema_of):
    source = f"from mlflow.pyfunc import ChatAgent\n\nclass Base(ChatAgent):\n    pass\n\nclass Agent(Base):{PREDICT}"
    assert [t["name"] for t in schema_of(source)] == ["Agent"]


@pytest.mark.parametrize(
    ("base", "kind"),
    [
        ("ChatModel", "chat_model"),
        ("ChatAgent", "chat_agent"),
        ("ResponsesAgent", "responses_agent"),
    ],
)
def test_chat_and_agent_classes_are_builtin(schema_of, base, kind):
    source = f"from mlflow.pyfunc import {base}\n\nclass Agent({base}):{PREDICT}"
    [target] = schema_of(source)
    assert (target["kind"], target["outcome"]) == (kind, "builtin")
    assert target["input_schema"] and target["output_schema"]


def test_a_local_class_named_like_an_mlflow_base_is_resolved_by_import(schema_of):
    source = (
        f"from mlflow.pyfunc import ResponsesAgent\n\nclass ChatAgent(ResponsesAgent):{PREDICT}"
    )
    [target] = schema_of(source)
    assert (target["name"], target["kind"]) == ("ChatAgent", "responses_agent")


@pytest.mark.parametrize(
    ("imports", "decorator"),
    [
        ("from mlflow.pyfunc.utils import pyfunc", "pyfunc"),
        ("import mlflow", "mlflow.pyfunc.utils.pyfunc"),
        ("from mlflow.pyfunc.utils import pyfunc as validated", "validated"),
        ("import mlflow.pyfunc.utils as u", "u.pyfunc"),
    ],
)
def test_pyfunc_functions_in_every_spelling(schema_of, imports, decorator):
    source = f"{imports}\n\n@{decorator}\ndef predict(model_input: list[int]) -> list[int]:\n    return model_input\n"
    [target] = schema_of(source)
    assert (target["name"], target["kind"], target["outcome"]) == ("predict", "pyfunc", "signature")
    assert target["input_schema"] == [{"type": "long", "required": True}]


def test_pyfunc_method_of_a_plain_class_and_of_a_model(schema_of):
    source = """
import mlflow
from mlflow.pyfunc.utils import pyfunc

class Service:
    @pyfunc
    def run(self, model_input: list[str]) -> list[str]:
        return model_input

class Model(mlflow.pyfunc.PythonModel):
    @pyfunc
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
"""
    assert [(t["name"], t["kind"]) for t in schema_of(source)] == [
        ("Service.run", "pyfunc"),
        ("Model", "python_model"),
    ]


def test_line_is_the_class_line_not_the_decorator(schema_of):
    source = (
        "import mlflow\nimport functools\n\n@functools.total_ordering\nclass Model(mlflow.pyfunc.PythonModel):"
        + PREDICT
    )
    [target] = schema_of(source)
    assert target["line"] == 5


SHARED_BASE = """
import mlflow

class _Base(mlflow.pyfunc.PythonModel):
    def load_context(self, context):
        self.scale = 2

class Binder(_Base):
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input

class Ligand(_Base):
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input
{call}"""


def test_a_base_with_no_predict_that_models_share_is_no_model(schema_of):
    # MLflow reads nothing of _Base when it is defined (no predict in its body): only the
    # models that derive from it are logged.
    names = [t["name"] for t in schema_of(SHARED_BASE.format(call=""))]
    assert names == ["Binder", "Ligand"]


def test_a_shared_base_that_a_call_logs_is_a_model(schema_of):
    call = 'mlflow.pyfunc.log_model("m", python_model=_Base())\n'
    found = {t["name"]: t["outcome"] for t in schema_of(SHARED_BASE.format(call=call))}
    assert found == {"_Base": "no_signature", "Binder": "signature", "Ligand": "signature"}
