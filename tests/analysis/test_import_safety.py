"""The walk of what importing a model's module runs (``SignatureAnalysis.import_failure``) reads
the modules it imports with ``ast``, and parses with libcst only those whose import it cannot
prove safe (``siglint.analysis.import_safety``).

Each kind of failure the walk finds, two imports away from the model, is reported exactly as when
every module is parsed with libcst and analysed; modules proven safe are not parsed with libcst.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest
from scratch_files import write

from siglint.analysis.evaluate import Evaluator
from siglint.analysis.import_safety import unproven
from siglint.analysis.project import Project, parse
from siglint.analysis.signature import SignatureAnalysis
from siglint.analysis.syntax import Syntax
from siglint.config import Settings
from siglint.engine import check_source

MODEL = """\
    import mlflow

    from app import middle


    class Model(mlflow.pyfunc.PythonModel):
        def predict(self, context, model_input: list[str]) -> list[str]:
            return model_input
    """
MIDDLE = "from app.helper import clean\n"

# Each way importing a module raises, as the helper two imports away from the model.
FAILURES = {
    "a base": ("class Cleaner(Missing):\n    pass\n", "NameError: name 'Missing'"),
    "an eager annotation": (
        "def clean(text: Missing) -> str:\n    return text\n",
        "NameError: name 'Missing'",
    ),
    "a union alias": ('Cleaned = "Text" | None\n', "TypeError: `|` is not supported"),
    "a union of None": (
        "def clean(text: None | None) -> None:\n    pass\n",
        "TypeError: `|` is not supported",
    ),
    "a pydantic field": (
        "from pydantic import BaseModel\n\n\nclass Row(BaseModel):\n    text: Missing\n",
        "NameError: name 'Missing'",
    ),
    "a pydantic type": (
        "import numpy as np\nfrom pydantic import BaseModel\n\n\n"
        "class Row(BaseModel):\n    values: np.ndarray\n",
        "pydantic cannot generate a schema",
    ),
    # What raises first, of an alias and a definition the proof cannot clear, after one it can.
    "an alias, then a definition": (
        "def f(x: int) -> None: ...\n\n\nCleaned = 'Text' | None\n\n\n"
        "def g(x: Missing) -> None: ...\n",
        "TypeError: `|` is not supported",
    ),
    "a definition, then an alias": (
        "def f(x: int) -> None: ...\n\n\ndef g(x: Missing) -> None: ...\n\n\n"
        "Cleaned = 'Text' | None\n",
        "NameError: name 'Missing'",
    ),
    "a syntax error": ("def clean(text:\n    return text\n", "SyntaxError"),
    "a PythonModel MLflow rejects": (
        "import mlflow\n\n\nclass Helper(mlflow.pyfunc.PythonModel):\n"
        "    def predict(self):\n        return 1\n",
        "IndexError",
    ),
    "a @pyfunc MLflow rejects": (
        "from mlflow.pyfunc.utils import pyfunc\n\n\n@pyfunc\ndef clean():\n    return 1\n",
        "IndexError",
    ),
    # What the helper imports decides: ``Text`` is a string there.
    "an imported constant": (
        "from app.names import Text\n\n\ndef clean(text: Text | None) -> None:\n    pass\n",
        "TypeError: `|` is not supported",
    ),
    "a star import": (
        "from app.names import *\n\n\ndef clean(text: Text | None) -> None:\n    pass\n",
        "TypeError: `|` is not supported",
    ),
}
NAMES = 'Text = "text"\n'

# A helper whose import raises nothing, in the ways MLflow's own modules are written.
SAFE = {
    "app/__init__.py": "",
    "app/middle.py": "from app.helper import clean\nfrom app import kinds\n",
    "app/kinds.py": """\
        import enum
        import typing
        from typing import TYPE_CHECKING, Optional

        from app.base import Base

        if TYPE_CHECKING:
            from app.heavy import Heavy

        Names = typing.Union[str, list[str]]


        class Kind(enum.Enum):
            A = 1


        class Special(Base):
            items: dict[str, int] = {}

            def run(self, kind: Kind, heavy: "Heavy") -> Optional[Names]:
                return None
        """,
    "app/base.py": """\
        from __future__ import annotations

        import abc


        class Base(abc.ABC):
            def name(self) -> Missing:
                ...
        """,
    "app/helper.py": """\
        import functools
        import logging

        from app.kinds import Kind, Names
        from app import kinds as k

        _logger = logging.getLogger(__name__)
        FLAGS = 1 | 2


        def experimental(version: str):
            def wrap(function):
                return function

            return wrap


        @experimental(version="1.0")
        @functools.lru_cache(maxsize=1)
        def clean(text: str | None, kind: k.Kind = Kind.A, names: Names = ()) -> list[str] | None:
            return None
        """,
}


def _check(path: Path) -> list[tuple]:
    text = path.read_text(encoding="utf-8")
    result = check_source(text, path.absolute(), Settings(), Project())
    return [
        (d.code, d.range, d.message, tuple((r.path, r.where, r.message) for r in d.related))
        for d in result.diagnostics
    ]


@pytest.mark.parametrize("kind", FAILURES)
def test_each_failure_two_imports_away_is_reported_as_by_libcst_alone(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    helper, raised = FAILURES[kind]
    files = {"app/__init__.py": "", "app/middle.py": MIDDLE, "app/names.py": NAMES}
    write(tmp_path, {**files, "app/helper.py": helper, "model.py": MODEL})
    found = _check(tmp_path / "model.py")
    [(_, _, message, related)] = [f for f in found if f[0] == "SIG009"]
    assert message.startswith("Importing `app.middle` raises (helper.py:"), message
    assert raised in message
    [(where, _, _)] = related
    assert where == (tmp_path / "app" / "helper.py").absolute()
    # Every module parsed with libcst and analysed, as before the proof.
    monkeypatch.setattr("siglint.analysis.signature.unproven", lambda *_: None)
    assert _check(tmp_path / "model.py") == found


# Of FAILURES, the definitions: each raises when its statement runs.
DEFINITIONS = [
    "a base",
    "an eager annotation",
    "a pydantic field",
    "a pydantic type",
    "a PythonModel MLflow rejects",
    "a @pyfunc MLflow rejects",
]


@pytest.mark.parametrize("kind", DEFINITIONS)
@pytest.mark.parametrize("proof", [True, False])
def test_a_definition_in_a_function_runs_when_it_is_called_not_on_import(
    kind: str, proof: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Importing the helper runs ``def factory``, not what its body defines: no SIG009, for
    the proof as for the analysis of every module with libcst (``proof=False``)."""
    helper, _ = FAILURES[kind]
    imports = "".join(
        line + "\n" for line in helper.splitlines() if line.startswith(("import", "from"))
    )
    body = "".join(
        line + "\n" for line in helper.splitlines() if not line.startswith(("import", "from"))
    )
    nested = f"{imports}\n\ndef factory():\n{textwrap.indent(body, '    ')}    return None\n\n\nclean = 1\n"
    files = {"app/__init__.py": "", "app/middle.py": MIDDLE, "app/names.py": NAMES}
    write(tmp_path, {**files, "app/helper.py": nested, "model.py": MODEL})
    if not proof:
        monkeypatch.setattr("siglint.analysis.signature.unproven", lambda *_: None)
    assert [code for code, *_ in _check(tmp_path / "model.py")] == []
    # At the top level, the same definition raises on import (the premise of the test).
    write(tmp_path, {"app/helper.py": helper + "\n\nclean = 1\n"})
    assert "SIG009" in [code for code, *_ in _check(tmp_path / "model.py")]


def test_modules_proven_safe_are_not_parsed_with_libcst(tmp_path: Path, parsed: list[str]) -> None:
    write(tmp_path, {**SAFE, "model.py": MODEL})
    assert [code for code, *_ in _check(tmp_path / "model.py")] == []
    assert parsed == ["model.py"]


def test_a_module_the_proof_cannot_clear_is_parsed_and_analysed(
    tmp_path: Path, parsed: list[str]
) -> None:
    python_model = "from mlflow.pyfunc import PythonModel\n\nBase = PythonModel\n"
    write(tmp_path, {**SAFE, "app/base.py": python_model, "model.py": MODEL})
    assert _check(tmp_path / "model.py") == []
    # kinds.py derives a class from PythonModel, which the analysis checks; the alias its base
    # comes through (base.py) is read with ``ast``; the others are proven safe.
    assert sorted(parsed) == ["kinds.py", "model.py"]


PYFUNC = "from mlflow.pyfunc.utils import pyfunc\n\n\n"
PYDANTIC = "from pydantic import BaseModel, Field, PrivateAttr\n\n\nclass A(BaseModel):\n"


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("def f(x: int) -> None: ...\n", True),
        ("def f(x: Later) -> None: ...\n\n\nclass Later: ...\n", False),
        # ``g`` is defined when ``f`` runs (a NameError then), not when the module is imported.
        ("def f():\n    def g(x: Local) -> None: ...\n    Local = int\n", True),
        ("from __future__ import annotations\n\n\ndef f(x: Missing) -> None: ...\n", True),
        ("import typing\n\nX = typing.Optional['A | None']\n", True),  # no | evaluated
        ("X = int | 'A'\n", False),
        ("X = 1 | 2\nY = X | None\n", False),  # 3 | None raises
        ("def f(x: list['int | 1']) -> None: ...\n", False),
        ("def f(x: list['Missing']) -> None: ...\n", True),  # a forward reference
        ("import abc\n\n\nclass A(abc.ABC): ...\n", True),
        ("from pydantic import BaseModel as B\n\n\nclass A(B): ...\n", True),
        (f"{PYDANTIC}    x: str | None\n    y: list[int] = Field(default=[])\n", True),
        (f"{PYDANTIC}    _y: int = PrivateAttr()\n    model_config = {{'frozen': 1}}\n", True),
        (f"{PYDANTIC}    y: int = PrivateAttr()\n", False),
        (f"{PYDANTIC}    y = 1\n", False),
        (f"{PYDANTIC}    y: Missing\n", False),
        # ``Literal`` raises nothing, and pydantic accepts it whatever it holds.
        (f"from typing import Literal\n{PYDANTIC}    y: Literal['a', 'b']\n", True),
        (f"from typing import Literal\n{PYDANTIC}    y: Literal[1, -2] | None = None\n", True),
        (f"import typing\n{PYDANTIC}    y: list[typing.Literal[True, b'x', None]]\n", True),
        (f"from typing import Literal\n{PYDANTIC}    y: Literal[('a', 'b')]\n", True),
        # A list in it: a value the proof cannot remember by (unhashable), worked out anyway.
        (f"from typing import Literal\n{PYDANTIC}    y: Literal[[1, 2]]\n", True),
        (f"from typing import Literal\n{PYDANTIC}    y: Literal[f'a{{1}}']\n", True),
        (f"from typing import Literal\n{PYDANTIC}    y: Literal['a'] | Missing\n", False),
        ("from typing import Literal\n\nX = Literal['a'] | None\n", True),
        ("from typing import Literal\n\nX = Literal['a'] | 'b'\n", False),
        # A form other than a union is no constant, though a list of types is among its arguments.
        ("from typing import Callable\n\n\ndef f(x: Callable[[int], 'A'] | None): ...\n", True),
        (
            "from typing import Callable\n\n\nclass D: ...\n\n\nX = Callable[[int], D] | None\n",
            True,
        ),
        (f"import numpy as np\n{PYDANTIC}    y: np.ndarray\n", False),  # no schema
        (f"{PYDANTIC}    y: 'Later'\n\n\nclass Later: ...\n", False),  # a plain class
        (
            f"import enum\n\n\nclass K(str, enum.Enum):\n    A = 'a'\n\n\n{PYDANTIC}    y: K\n",
            True,
        ),
        (f"{PYDANTIC}    y: int\n\n\nclass B(A):\n    z: list[A] | None = None\n", True),
        (f"{PYDANTIC}    y: 'Annotated[Plain, Field(ge=1)]'\n\n\nclass Plain(int): ...\n", False),
        (
            f"from dataclasses import dataclass\n\n\n@dataclass\nclass D:\n    x: int\n\n\n{PYDANTIC}    y: dict[str, D]\n",
            True,
        ),
        ("from pydantic import RootModel\n\n\nclass A(RootModel[int]): ...\n", False),
        ("from mlflow.pyfunc import PythonModel\n\n\nclass A(PythonModel): ...\n", False),
        ("import mlflow\n\n\n@mlflow.pyfunc.utils.pyfunc\ndef f(x: list[int]): ...\n", False),
        ("def f(x: (Missing if True else int)) -> None: ...\n", False),
        (
            "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    def f(x: Missing): ...\n",
            True,
        ),
        ("class A:\n    x: Missing\n", False),
        ("def f():\n    class A(Missing): ...\n", True),  # no class: no model
        ("def f(cls):\n    class A(cls): ...\n", True),  # a parameter is bound nowhere
        # A model class created when ``f`` runs: MLflow checks it then, not on import.
        ("import mlflow\n\n\ndef f():\n    class A(mlflow.pyfunc.PythonModel): ...\n", True),
        # A decorator a project function returns: what ``call_result`` finds.
        (f"{PYFUNC}def make():\n    return pyfunc\n\n\n@make()\ndef f(): ...\n", False),
        (f"{PYFUNC}def make(g):\n    return g\n\n\n@make(pyfunc)\ndef f(): ...\n", True),
        (f"{PYFUNC}def make(): return pyfunc\n\n\n@make()\ndef f(): ...\n", False),
        (
            f"{PYFUNC}def make(x):\n    if x:\n        return pyfunc\n    elif x:\n"
            "        return pyfunc\n    else:\n        return pyfunc\n\n\n@make(1)\ndef f(): ...\n",
            False,
        ),
        (
            f"{PYFUNC}def make(x):\n    if x:\n        return 1\n    elif x:\n        pass\n"
            "    elif x:\n        return pyfunc\n\n\n@make(1)\ndef f(): ...\n",
            False,  # every block's ``return`` is read: a second ``elif``'s
        ),
        (
            f"{PYFUNC}def make(x):\n    if x:\n        return 1\n    elif x:\n        pass\n"
            "    else:\n        return pyfunc\n\n\n@make(1)\ndef f(): ...\n",
            False,  # an ``elif``'s ``else``
        ),
        (
            f"{PYFUNC}def make():\n    try:\n        return 1\n    except ValueError:\n"
            "        return pyfunc\n\n\n@make()\ndef f(): ...\n",
            False,  # an ``except`` handler's
        ),
        (
            f"{PYFUNC}def make():\n    try:\n        return pyfunc\n    except* ValueError:\n"
            "        raise\n\n\n@make()\ndef f(): ...\n",
            False,  # a ``try*`` statement's
        ),
        (
            f"{PYFUNC}def make(x):\n    match x:\n        case 1:\n            return pyfunc\n\n\n"
            "@make(1)\ndef f(): ...\n",
            False,  # a ``case``'s
        ),
        (
            f"{PYFUNC}def make():\n    def inner():\n        return pyfunc\n\n    return 1\n\n\n"
            "@make()\ndef f(): ...\n",
            True,  # a nested function's are its own
        ),
    ],
)
def test_the_proof_clears_only_what_cannot_raise(
    text: str, safe: bool, tmp_path: Path, parsed: list[str]
) -> None:
    write(tmp_path, {"module.py": text})
    path = (tmp_path / "module.py").absolute()
    project = Project()
    assert (not unproven(project, path, (3, 11))) is safe
    assert parsed == []
    # The analysis agrees: it finds nothing where the proof clears everything.
    module = project.module(path)
    assert module is not None
    found = SignatureAnalysis(Evaluator(project, (3, 11)))._own_import_failure(module)
    assert found is None or not safe


def test_the_scopes_read_with_ast_are_those_libcst_gives(tmp_path: Path) -> None:
    text = textwrap.dedent(
        """\
        '''Doc.'''
        from __future__ import annotations
        import a.b as c, d.e
        from .f import g as h, i
        from j import *
        try:
            import k
        except ImportError:
            k = None
        if TYPE_CHECKING:
            from l import m
        elif other:
            n = 1
        else:
            if x: o, (p, *q) = 1, (2, 3)
        for r, s in t:
            pass
        while u:
            v: int = 1
        with w as ww:
            x = y = 2
        match z:
            case 1:
                aa = 1
        counter += 1
        print(counter)
        del counter
        assert counter
        bb = 3


        class C(Base):
            d = 1

            def f(self, x: int) -> None:
                global gg
                x += 1
                def g(): ...
                if x:
                    raise ValueError(x)
                y = x
                return None

            if TYPE_CHECKING:
                class Inner: ...
        """
    )
    path = (tmp_path / "pkg" / "mod.py").absolute()
    syntax = Syntax(path, "pkg.mod", ast.parse(text), text)
    module = parse(path, text)

    def bindings(scope) -> tuple:
        return (
            {
                name: [
                    (b.order, b.type_checking, b.fallback, b.value.__class__.__name__)
                    for b in found
                ]
                for name, found in scope.bindings.items()
            },
            scope.star_imports,
        )

    def cst_kind(value: object) -> str:
        return value.__class__.__name__

    assert syntax.future_annotations == module.future_annotations is True
    assert list(bindings(syntax.scope)[0]) == list(bindings(module.scope)[0])
    for name, found in bindings(syntax.scope)[0].items():
        expected = bindings(module.scope)[0][name]
        assert [b[:3] for b in found] == [b[:3] for b in expected], name
    assert bindings(syntax.scope)[1] == bindings(module.scope)[1]
    ours = [
        (d.node.name, d.order, d.inner.kind, syntax.top_level_order(d))
        for d in syntax.definitions.values()
    ]
    theirs = [
        (d.node.name.value, d.order, d.inner.kind, module.top_level_order(d))
        for d in module.definitions.values()
    ]
    assert ours == theirs
    for ours_d, theirs_d in zip(
        syntax.definitions.values(), module.definitions.values(), strict=True
    ):
        assert {n: [b.order for b in bs] for n, bs in ours_d.inner.bindings.items()} == {
            n: [b.order for b in bs] for n, bs in theirs_d.inner.bindings.items()
        }
        assert cst_kind(ours_d.node).removeprefix("Async") in (cst_kind(theirs_d.node),)


def test_what_the_proof_read_is_recorded_and_a_change_is_seen(tmp_path: Path) -> None:
    write(tmp_path, {**SAFE, "model.py": MODEL})
    model = (tmp_path / "model.py").absolute()
    project = Project()
    with project.recording() as read:
        result = check_source(model.read_text(encoding="utf-8"), model, Settings(), project)
    assert result.diagnostics == ()
    # The cache sees every module the walk and the proof read, though none was parsed with libcst.
    base = (tmp_path / "app" / "base.py").absolute()
    assert base in read.modules and read.modules[base][1] == "app.base"
    assert read.imports[(tmp_path / "app" / "kinds.py").absolute()]["app.base"] == base
    # An editor's buffer breaks a module proven safe: the next check walks it again.
    project.module(base, "class Base(Missing):\n    pass\n")
    result = check_source(model.read_text(encoding="utf-8"), model, Settings(), project)
    [found] = result.diagnostics
    assert found.code == "SIG009"
    assert "(base.py:1: NameError: name 'Missing'" in found.message


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        (f"{PYDANTIC}    y: int\n", True),
        ("def f(x: Missing) -> None: ...\n", True),  # the def leaves it unevaluated
        (f"{PYDANTIC}    y: Missing\n", False),  # a ForwardRef: not fully defined, no error
        ("X = Missing\n", True),  # no ``|``: not an alias the analysis evaluates
    ],
)
def test_from_3_14_the_proof_and_the_analysis_agree_on_postponed_annotations(
    text: str, safe: bool, tmp_path: Path
) -> None:
    write(tmp_path, {"module.py": text})
    path = (tmp_path / "module.py").absolute()
    project = Project()
    assert (not unproven(project, path, (3, 14))) is safe
    module = project.module(path)
    assert module is not None
    assert SignatureAnalysis(Evaluator(project, (3, 14)))._own_import_failure(module) is None
