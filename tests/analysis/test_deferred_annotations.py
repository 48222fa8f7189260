"""From Python 3.14 (PEP 649/749) a def or class statement leaves its annotations unevaluated:
importing the module no longer raises for them, but MLflow still reads predict's hints when the
class is created. (Python 3.14 is not installed where these tests were written: the expectations
follow PEP 649 and MLflow's code, ``PythonModel.__init_subclass__`` → ``_extract_type_hints``,
which reads ``predict.__annotations__`` outside its ``try``.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.config import Settings
from siglint.engine import check_source

HELPER = """\
import mlflow


def helper(rows: Rows) -> None:
    return None


class Config:
    limit: Limit


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input
"""

LATE = """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[Item]) -> list[str]:
        return []


class Item:
    pass
"""


def codes(text: str, target: str, tmp_path: Path) -> list[str]:
    settings = Settings(target_version=target)
    return [d.code for d in check_source(text, tmp_path / "model.py", settings).diagnostics]


@pytest.mark.parametrize("target", ["py310", "py313"])
def test_before_3_14_an_unknown_name_in_an_annotation_breaks_the_import(
    target: str, tmp_path: Path
) -> None:
    assert codes(HELPER, target, tmp_path) == ["SIG901", "SIG009"]


def test_from_3_14_annotations_nobody_reads_do_not_break_the_import(tmp_path: Path) -> None:
    result = check_source(HELPER, tmp_path / "model.py", Settings(target_version="py314"))
    assert result.diagnostics == ()
    [target] = result.targets
    assert target.outcome == "signature"


def test_from_3_14_mlflow_still_reads_the_hints_of_predict_when_the_class_is_created(
    tmp_path: Path,
) -> None:
    result = check_source(LATE, tmp_path / "model.py", Settings(target_version="py314"))
    [diagnostic] = result.diagnostics
    assert diagnostic.code == "SIG901"
    assert diagnostic.message == (
        "NameError: name 'Item' is not defined when MLflow reads the hints of `predict`: "
        "importing this module raises."
    )
    assert result.targets[0].outcome == "error"


def test_pep_695_type_parameters_are_in_scope_of_the_annotations(tmp_path: Path) -> None:
    """``def f[T](x: T)``: T exists when the def runs (Python 3.12's annotation scope)."""
    text = (
        "def first[T](items: list[T]) -> T:\n    return items[0]\n\n\n"
        "class Box[T]:\n    def get(self, item: T) -> T:\n        return item\n"
    )
    result = check_source(text, tmp_path / "model.py", Settings(target_version="py312"))
    assert result.diagnostics == ()


UNDEFINED_FIELD = """\
import mlflow
from pydantic import BaseModel


class Item(BaseModel):
    text: Missing


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[Item]) -> list[str]:
        return []
"""


def test_from_3_14_a_pydantic_field_naming_nothing_is_a_forward_reference(tmp_path: Path) -> None:
    """pydantic reads a model's annotations with ``annotationlib``'s FORWARDREF format and
    ``try_eval_type``: ``Missing`` stays a ForwardRef, the class is created but not fully defined,
    and MLflow logs the model without a signature, as under ``from __future__ import annotations``
    (whose outcome the differential corpus checks against the real MLflow)."""
    result = check_source(UNDEFINED_FIELD, tmp_path / "model.py", Settings(target_version="py314"))
    postponed = "from __future__ import annotations\n" + UNDEFINED_FIELD
    before = check_source(postponed, tmp_path / "model.py", Settings(target_version="py313"))
    assert [d.code for d in result.diagnostics] == ["SIG113", "SIG302"]
    assert [d.message for d in result.diagnostics] == [d.message for d in before.diagnostics]
    assert [t.outcome for t in result.targets] == ["no_signature"]
    # Before 3.14 the class statement evaluates the annotation: NameError.
    assert codes(UNDEFINED_FIELD, "py313", tmp_path) == ["SIG302", "SIG901", "SIG009"]
