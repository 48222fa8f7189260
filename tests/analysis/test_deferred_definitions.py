"""A name another module binds is resolved from that module as ``ast`` reads it
(``Evaluator._read_member``): an import there is followed, and a class or function defined
there is named without parsing the module with libcst, until something reads its definition
(``values.Deferred``). The answers are those of libcst's reading; only the cost differs."""

from __future__ import annotations

from pathlib import Path

from scratch_files import write

from siglint.analysis.classes import ClassInfo
from siglint.analysis.functions import FunctionInfo
from siglint.analysis.project import Project
from siglint.analysis.values import Class, Deferred, Function
from siglint.config import Settings
from siglint.engine import CheckResult, check_source

# A module defining a model base class.
BASES = "import mlflow\n\n\nclass Base(mlflow.pyfunc.PythonModel):\n    pass\n"
PREDICT = """
    def predict(self, context, model_input: list[int]) -> list[str]:
        return []
"""


def _check(tmp_path: Path, files: dict[str, str], model: str) -> tuple[CheckResult, Project]:
    write(tmp_path, {**files, "model.py": model})
    path = tmp_path / "model.py"
    project = Project()
    result = check_source(path.read_text(encoding="utf-8"), path, Settings(), project)
    return result, project


def _parsed(project: Project, path: Path) -> bool:
    return project.parsed(path.absolute()) is not None


def test_a_callee_named_through_a_re_export_parses_neither_module(tmp_path: Path) -> None:
    files = {
        "helpers/__init__.py": "from helpers.tools import scale\n",
        "helpers/tools.py": "def scale(x, factor=2):\n    return x * factor\n",
    }
    model = (
        "import mlflow\nfrom helpers import scale\n\nscale(3, factor=4)\n\n\n"
        f"class Model(mlflow.pyfunc.PythonModel):{PREDICT}"
    )
    result, project = _check(tmp_path, files, model)
    [target] = result.targets
    assert (target.name, target.outcome) == ("Model", "signature")
    assert not _parsed(project, tmp_path / "helpers/__init__.py")
    assert not _parsed(project, tmp_path / "helpers/tools.py")


def test_a_method_of_a_class_defined_elsewhere_is_named_without_parsing(tmp_path: Path) -> None:
    files = {
        "tools.py": "class Tools:\n    @staticmethod\n    def scale(x, factor=2):\n        return x\n"
    }
    model = (
        "import mlflow\nfrom tools import Tools\n\nTools.scale(3, factor=4)\n\n\n"
        f"class Model(mlflow.pyfunc.PythonModel):{PREDICT}"
    )
    result, project = _check(tmp_path, files, model)
    assert [t.name for t in result.targets] == ["Model"]
    assert not _parsed(project, tmp_path / "tools.py")


def test_a_nested_class_defined_elsewhere_is_a_base_like_any_other(tmp_path: Path) -> None:
    files = {
        "outer.py": (
            "import mlflow\n\n\nclass Outer:\n"
            "    class Base(mlflow.pyfunc.PythonModel):\n        pass\n"
        )
    }
    model = f"from outer import Outer\n\n\nclass Model(Outer.Base):{PREDICT}"
    result, project = _check(tmp_path, files, model)
    [target] = result.targets
    assert (target.name, target.outcome) == ("Model", "signature")
    assert _parsed(project, tmp_path / "outer.py")


def test_a_base_defined_elsewhere_is_parsed_when_its_bases_are_asked_for(tmp_path: Path) -> None:
    files = {"pkg/__init__.py": "from pkg.bases import Base\n", "pkg/bases.py": BASES}
    model = f"from pkg import Base\n\n\nclass Model(Base):{PREDICT}"
    result, project = _check(tmp_path, files, model)
    [target] = result.targets
    assert (target.name, target.outcome) == ("Model", "signature")
    assert target.input_schema == [{"type": "long", "required": True}]
    assert not _parsed(project, tmp_path / "pkg/__init__.py")  # only passed through
    assert _parsed(project, tmp_path / "pkg/bases.py")  # its class's bases were read


def test_a_logged_class_from_another_module_is_read_as_a_class(tmp_path: Path) -> None:
    files = {
        "app/__init__.py": "",
        "app/models.py": f"import mlflow\n\n\nclass Served(mlflow.pyfunc.PythonModel):{PREDICT}",
    }
    model = (
        "import mlflow\nfrom app.models import Served\n\n"
        'mlflow.pyfunc.log_model(name="m", python_model=Served)\n'
    )
    result, project = _check(tmp_path, files, model)
    assert [d.code for d in result.diagnostics] == ["SIG407"]  # the class, not an instance
    assert _parsed(project, tmp_path / "app/models.py")


def test_a_name_a_module_binds_conditionally_is_the_one_libcst_would_choose(
    tmp_path: Path,
) -> None:
    # The fallback of an ``except ImportError`` counts only when nothing else binds the name.
    files = {
        "compat.py": (
            "try:\n    from fast import Base\nexcept ImportError:\n"
            "    import mlflow\n\n    class Base(mlflow.pyfunc.PythonModel):\n        pass\n"
        ),
        "fast.py": "class Base:\n    pass\n",
    }
    result, _ = _check(tmp_path, files, f"from compat import Base\n\n\nclass Model(Base):{PREDICT}")
    assert result.targets == ()  # ``fast.Base`` is no model


def test_a_name_a_module_lacks_is_its_submodule_or_nothing(tmp_path: Path) -> None:
    files = {"pkg/__init__.py": "VERSION = 1\n", "pkg/bases.py": BASES}
    result, _ = _check(
        tmp_path, files, f"import pkg.bases\n\n\nclass Model(pkg.bases.Base):{PREDICT}"
    )
    [target] = result.targets
    assert target.name == "Model"
    missing, _ = _check(tmp_path, files, f"import pkg\n\n\nclass Model(pkg.absent.Base):{PREDICT}")
    assert missing.targets == ()


def test_a_deferred_value_equals_the_parsed_one_and_loads_once() -> None:
    loads: list[int] = []

    def load() -> str:
        loads.append(1)
        return "the definition"

    deferred = Class("pkg.Base", Deferred(load))
    assert deferred == Class("pkg.Base") and hash(deferred) == hash(Class("pkg.Base"))
    assert Function("pkg.f", Deferred(load)) == Function("pkg.f")
    assert loads == []  # comparing reads nothing
    assert deferred.info == "the definition" and deferred.info == "the definition"
    assert loads == [1]


# Module-level assignments of a helper module: read with ``ast`` (no libcst parse) for those
# the first list holds, with libcst for the second; the evaluator's answer is the same.
_READ_WITH_AST = {
    "NAME": '"model-a"',
    "RAW": "b'\\x00'",
    "JOINED": '"a" "b"',
    "COUNT": "0x10",
    "RATE": "1.5e3",
    "FLAG": "True",
    "NOTHING": "None",
    "DOTS": "...",
    "CLIENT": "Client(timeout=3)",  # a class of another project module
    "LOCAL": "Local()",  # a class defined here
    "VAR": 'TypeVar("VAR")',
    "NEW": 'NewType("NEW", int)',
    "OUTSIDE": "Frame({'a': [1]})",  # a class from outside the project
    "MISSING": "Absent()",  # an import that finds nothing
    "SAME_CLIENT": "Client",
    "SAME_LOCAL": "Local",
    "SAME_MAKE": "make",
    "LAST_TWICE": "Twice",  # after the last ``class Twice``
}
_READ_WITH_LIBCST = {
    "MADE": "make()",  # a project function: what it returns
    "BUILT_ELSEWHERE": "build()",  # the same, of another module
    "BUILT": "dict(a=1)",  # a builtin
    "ALIAS": "NAME",  # bound to an expression
    "SAME_LEN": "len",  # a builtin
    "FIRST_TWICE": "Twice",  # before ``Twice`` is bound again
    "NEGATIVE": "-1",
    "IMAGINARY": "1j",
    "TEXT": 'f"{NAME}"',
    "TYPED": 'str = "a"',  # annotated: maybe a type alias
    "CHAINED": "Client.build()",
}
_HELPER_HEADER = (
    "from typing import NewType, TypeVar\n\nfrom pandas import DataFrame as Frame\n"
    "from clients import Client, build\nfrom nowhere_at_all import Absent\n\n\n"
    "class Local:\n    pass\n\n\ndef make():\n    return Local()\n\n\n"
    "class Twice:\n    pass\n\n\n"
)


def _code(value: object) -> str | None:
    """The code of the definition a class or function value stands for (None for others)."""
    info = value.info if isinstance(value, Class | Function) else None
    if not isinstance(info, ClassInfo | FunctionInfo):
        return None
    return info.module.code(info.node)


def _helper(tmp_path: Path) -> Path:
    lines = [
        f"{name}: {value}\n" if name == "TYPED" else f"{name} = {value}\n"
        for name, value in {**_READ_WITH_AST, **_READ_WITH_LIBCST}.items()
        if name != "LAST_TWICE"
    ]
    lines.append("\n\nclass Twice(Local):\n    pass\n\n\nLAST_TWICE = Twice\n")
    clients = "class Client:\n    pass\n\n\ndef build():\n    return Client\n"
    write(tmp_path, {"clients.py": clients, "model.py": "import helper\n"})
    (tmp_path / "helper.py").write_text(_HELPER_HEADER + "".join(lines), encoding="utf-8")
    return tmp_path / "model.py"


def test_a_module_level_constant_or_instance_is_read_without_libcst_as_libcst_reads_it(
    tmp_path: Path,
) -> None:
    from siglint.analysis.evaluate import Evaluator

    importer_path = _helper(tmp_path)
    helper = tmp_path / "helper.py"
    for name in [*_READ_WITH_AST, *_READ_WITH_LIBCST]:
        read = Project()
        importer = read.module(importer_path)
        assert importer is not None
        by_ast = Evaluator(read).member("helper", name, importer)
        assert _parsed(read, helper) == (name in _READ_WITH_LIBCST), name
        parsed = Project()
        assert parsed.module(helper) is not None  # libcst's reading, ``binding_value``
        importer = parsed.module(importer_path)
        assert importer is not None
        by_libcst = Evaluator(parsed).member("helper", name, importer)
        assert (by_ast, type(by_ast)) == (by_libcst, type(by_libcst)), name
        assert _code(by_ast) == _code(by_libcst), name  # the same definition, once parsed
