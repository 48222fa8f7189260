"""SIG903: what the targeted MLflow release lacks raises there, unless a ``try`` around it
catches what it raises (the compatibility idiom ``except ImportError: X = None``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.config import Settings
from siglint.engine import check_source

OLD = Settings(target_mlflow_version="2.21")


def sig903_lines(text: str) -> list[int]:
    found = check_source(text, Path("model.py"), OLD).diagnostics
    return [d.range.line for d in found if d.code == "SIG903"]


@pytest.mark.parametrize(
    "caught", ["ImportError", "Exception", "(ValueError, ImportError)", "builtins.ImportError"]
)
def test_an_import_guarded_by_a_handler_that_catches_it_is_not_flagged(caught: str) -> None:
    text = (
        "import mlflow\n"
        "try:\n"
        "    from mlflow.pyfunc import ResponsesAgent\n"
        f"except {caught}:\n"
        "    ResponsesAgent = None\n"
    )
    assert sig903_lines(text) == []


def test_a_bare_except_catches_a_missing_module_and_attribute() -> None:
    text = (
        "import mlflow\n"
        "try:\n"
        "    import mlflow.types.responses\n"
        "    agent = mlflow.pyfunc.ResponsesAgent\n"
        "except:\n"
        "    agent = None\n"
    )
    assert sig903_lines(text) == []


def test_a_handler_that_does_not_catch_it_leaves_the_finding() -> None:
    text = (
        "import mlflow\n"
        "try:\n"
        "    from mlflow.pyfunc import ResponsesAgent\n"  # ImportError, not ModuleNotFoundError
        "except ModuleNotFoundError:\n"
        "    ResponsesAgent = None\n"
        "try:\n"
        "    agent = mlflow.pyfunc.ResponsesAgent\n"
        "except ImportError:\n"  # AttributeError is not caught
        "    agent = None\n"
        "try:\n"
        "    pass\n"
        "except ImportError:\n"
        "    from mlflow.pyfunc import ResponsesAgent\n"  # in the handler: nothing catches it
        "from mlflow.pyfunc import ResponsesAgent\n"
    )
    assert sig903_lines(text) == [3, 7, 13, 14]


@pytest.mark.parametrize(
    "test",
    [
        'mlflow.__version__ >= "2.22"',
        'Version(mlflow.__version__) >= Version("2.22")',
        'importlib.metadata.version("mlflow") >= "2.22"',
        'version("mlflow") < "2.22"',
    ],
)
def test_an_import_under_an_if_that_reads_the_mlflow_version_is_not_flagged(test: str) -> None:
    text = (
        "import importlib.metadata\n"
        "from importlib.metadata import version\n"
        "from packaging.version import Version\n"
        "import mlflow\n"
        f"if {test}:\n"
        "    from mlflow.pyfunc import ResponsesAgent\n"
        "else:\n"
        "    agent = mlflow.pyfunc.ResponsesAgent\n"
    )
    assert sig903_lines(text) == []


def test_an_if_that_reads_something_else_leaves_the_finding() -> None:
    text = (
        "import sys\n"
        "import mlflow\n"
        "if sys.version_info >= (3, 11):\n"
        "    from mlflow.pyfunc import ResponsesAgent\n"
        'if version("numpy") >= "2":\n'
        "    agent = mlflow.pyfunc.ResponsesAgent\n"
    )
    assert sig903_lines(text) == [4, 6]
