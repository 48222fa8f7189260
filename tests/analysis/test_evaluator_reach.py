"""What the evaluator reaches decides which classes are models and what their hints are: a base
re-exported by a package's star import (``Evaluator.member``), and what a project function
returns from any block (``evaluate._returns``). The differential corpus checks the same against
the real MLflow (``pkgx_star_package_base``, ``ret_base_from_*``, ``ret_alias_from_*``)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from scratch_files import write

from siglint.config import Settings
from siglint.engine import CheckResult, check_source

PREDICT = """
    def predict(self, context, model_input: list[int]) -> list[str]:
        return []
"""


def _check(tmp_path: Path, files: dict[str, str], model: str) -> CheckResult:
    write(tmp_path, {**files, "model.py": model})
    path = tmp_path / "model.py"
    return check_source(path.read_text(encoding="utf-8"), path, Settings())


PACKAGE = {
    "pkg/__init__.py": "from .bases import *\n",
    "pkg/bases.py": "import mlflow\n\n\nclass Base(mlflow.pyfunc.PythonModel):\n    pass\n",
}


@pytest.mark.parametrize(
    ("imports", "base"),
    [("from pkg import Base", "Base"), ("import pkg", "pkg.Base"), ("from pkg import *", "Base")],
)
def test_a_base_a_package_star_imports_makes_a_model(
    imports: str, base: str, tmp_path: Path
) -> None:
    result = _check(tmp_path, PACKAGE, f"{imports}\n\n\nclass Model({base}):{PREDICT}")
    [target] = result.targets
    assert (target.name, target.outcome) == ("Model", "signature")
    assert target.input_schema == [{"type": "long", "required": True}]


def test_a_private_name_is_not_star_imported(tmp_path: Path) -> None:
    files = {**PACKAGE, "pkg/bases.py": PACKAGE["pkg/bases.py"].replace("Base", "_Base")}
    result = _check(tmp_path, files, f"from pkg import _Base\n\n\nclass Model(_Base):{PREDICT}")
    assert result.targets == ()


RETURNS = {
    "an elif's else": """\
        def base(kind):
            if not kind:
                raise TypeError("no kind")
            elif kind < 0:
                pass
            else:
                return mlflow.pyfunc.PythonModel
        """,
    "an except handler": """\
        def base(kind):
            try:
                raise ImportError(kind)
            except ImportError:
                return mlflow.pyfunc.PythonModel
        """,
    "a try* statement": """\
        def base(kind):
            try:
                return mlflow.pyfunc.PythonModel
            except* ImportError:
                raise
        """,
    "a match case": """\
        def base(kind):
            match kind:
                case 1:
                    return mlflow.pyfunc.PythonModel
        """,
    "its colon's line": """\
        def base(kind): return mlflow.pyfunc.PythonModel
        """,
    "a with in a for": """\
        def base(kind):
            for _ in kind:
                with open(kind):
                    return mlflow.pyfunc.PythonModel
        """,
}


@pytest.mark.parametrize("where", RETURNS)
def test_a_base_returned_from_any_block_makes_a_model(where: str, tmp_path: Path) -> None:
    model = (
        f"import mlflow\n\n\n{textwrap.dedent(RETURNS[where])}\n\nclass Model(base(1)):{PREDICT}"
    )
    [target] = _check(tmp_path, {}, model).targets
    assert (target.name, target.outcome) == ("Model", "signature")


def test_a_nested_function_returns_are_its_own(tmp_path: Path) -> None:
    function = """\
        def base(kind):
            def inner():
                return mlflow.pyfunc.PythonModel

            return object
        """
    model = f"import mlflow\n\n\n{textwrap.dedent(function)}\n\nclass Model(base(1)):{PREDICT}"
    assert _check(tmp_path, {}, model).targets == ()


def test_returns_that_disagree_give_no_value_read_from_some_of_them(tmp_path: Path) -> None:
    """``rows(False)`` is ``list[int]``; reading the ``if`` and the first ``elif`` only gave
    ``list[str]``, a schema MLflow does not log."""
    model = """\
        import mlflow


        def rows(strict):
            if strict:
                return list[str]
            elif strict is None:
                return list[str]
            else:
                return list[int]


        Rows = rows(False)


        class Model(mlflow.pyfunc.PythonModel):
            def predict(self, context, model_input: Rows) -> list[str]:
                return []
        """
    [target] = _check(tmp_path, {}, model).targets
    assert target.input_schema != [{"type": "string", "required": True}]


@pytest.mark.parametrize(
    "files",
    [
        {"pkg/__init__.py": "from .bases import *\n", "pkg/bases.py": "from pkg import Base\n"},
        {
            "pkg/__init__.py": "from pkg.a import Base\n",
            "pkg/a.py": "from pkg.b import Base\n",
            "pkg/b.py": "from pkg.a import Base\n",
        },
    ],
    ids=["through a star import", "two modules"],
)
def test_from_imports_in_a_circle_name_nothing_the_evaluator_sees(
    files: dict[str, str], tmp_path: Path
) -> None:
    """Python raises ImportError (a partially initialised module); siglint reads an unknown
    class, and does not fail on the file."""
    model = f"import mlflow\nfrom pkg import Base\n\n\nclass Model(mlflow.pyfunc.PythonModel):{PREDICT.replace('list[int]', 'list[Base]')}"
    result = _check(tmp_path, files, model)
    assert [d.code for d in result.diagnostics] == ["SIG110", "SIG113"]
