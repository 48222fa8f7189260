"""The resolver over-estimates the evaluator: whatever the evaluator makes of a callee, a base or a
decorator, the resolver's answer (``siglint.analysis.abstract``) allows it.

Checked on every module of the examples and of the differential corpus (real models, compared
with MLflow itself), and on small modules written for the hard cases.
"""

from __future__ import annotations

import ast
from pathlib import Path

import libcst as cst
import pytest
from scratch_files import write

from siglint.analysis import known
from siglint.analysis.abstract import Resolver
from siglint.analysis.calls import module_calls
from siglint.analysis.evaluate import Evaluator, NameNotFound, Unevaluable
from siglint.analysis.functions import FunctionInfo
from siglint.analysis.project import Project
from siglint.analysis.skim import Assigned, ModuleSkim, Unfollowed, _calls, returned, spine
from siglint.analysis.values import Class, Function, Opaque
from siglint.prefilter import Reading, Screen

REPOSITORY = Path(__file__).parents[2]
CORPUS = sorted(
    [
        *(REPOSITORY / "examples").glob("*.py"),
        *(REPOSITORY / "tests" / "differential" / "models").rglob("*.py"),
    ]
)
HARD = {
    "base.py": """\
        import mlflow
        from mlflow.pyfunc import PythonModel as Base, log_model

        pf = mlflow.pyfunc
        chain = pf
        chain = chain.log_model
        node = mlflow
        while node:
            node = node.parent


        def logger():
            return log_model


        def loop():
            return loop()
        """,
    "use.py": """\
        from base import *
        import base as b
        from . import base as relative

        class Model(b.Base):
            def predict(self, context, model_input: list[str]) -> list[str]:
                return model_input

        logger()("m", python_model=Model())
        b.logger()("m", python_model=Model())
        chain("m", python_model=Model())
        node.log_model("m", python_model=Model())
        loop()(1)
        relative.pf.log_model("m", python_model=Model())
        (lambda: 1)()(2)
        "base.pf".log_model("m", python_model=1)
        text = "a.b"
        text.log_model("m", python_model=1)
        """,
}


def _named(qualname: str) -> bool:
    """A name the resolver answers for: one whose last part is a Python name (the others, such
    as ``f()`` or ``x[...]``, are no callee the analysis looks at)."""
    return qualname.rsplit(".", 1)[-1].isidentifier()


def _check_module(path: Path, project: Project, screen: Screen, resolver: Resolver) -> int:
    """Compare the evaluator with the resolver on one module; how many values were compared."""
    module = project.module(path)
    skim = screen.skim(path)
    if module is None or skim is None:
        return 0
    assert skim.calls is not None
    assert len(skim.calls) == sum(1 for c, _ in module.calls if c.args)
    evaluator = Evaluator(project)
    callees = resolver.callee_names(
        frozenset().union(*(resolver.value(skim, call.func) for call in skim.calls))
    )
    compared = 0
    for call in module_calls(module, evaluator):
        value = call.callee
        if isinstance(value, Class | Function | Opaque) and _named(value.qualname):
            assert callees.may_be(value.qualname), f"{path.name}: {module.code(call.node)}"
            compared += 1
    classes = {c.qualified_name: c for c in skim.classes}
    functions = {f.qualified_name: f for f in skim.functions}
    decorators = resolver.callee_names(
        frozenset().union(*(resolver.value(skim, d) for f in skim.functions for d in f.decorators))
    )
    for node, definition in module.definitions.items():
        qualified = f"{module.name}.{definition.qualname}"
        if isinstance(node, cst.ClassDef):
            info = evaluator.class_info(module, node)
            try:
                derives = info.derives_from(known.PYTHON_MODEL)
            except (NameNotFound, Unevaluable, RecursionError):
                continue
            if derives:
                assert resolver.may_derive_from(classes[qualified], known.PYTHON_MODEL), qualified
                compared += 1
        else:
            assert qualified in functions
            for _, value in FunctionInfo(definition, module).decorator_values(evaluator):
                if isinstance(value, Function) and _named(value.qualname):
                    assert decorators.may_be(value.qualname), f"{qualified}: {value.qualname}"
                    compared += 1
    return compared


def _compare(paths: list[Path]) -> int:
    project = Project()
    screen = Screen(texts={path: path.read_text(encoding="utf-8") for path in paths})
    resolver = Resolver(screen)
    return sum(_check_module(path, project, screen, resolver) for path in paths)


def test_the_resolver_allows_what_the_evaluator_finds_in_the_corpus() -> None:
    assert _compare([path.absolute() for path in CORPUS]) > 900


def test_the_resolver_allows_what_the_evaluator_finds_in_hard_cases(tmp_path: Path) -> None:
    write(tmp_path, HARD)
    assert _compare([tmp_path / "base.py", tmp_path / "use.py"]) >= 6


@pytest.mark.parametrize("path", CORPUS[:200], ids=lambda p: p.name)
def test_the_calls_walk_finds_what_ast_walk_finds(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    expected = [
        sorted(k.arg for k in node.keywords if k.arg is not None)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and (node.args or node.keywords)
    ]
    assert sorted(expected) == sorted(sorted(call.keywords) for call in _calls(tree))


# Returns and imports in every kind of block, and in scopes within scopes.
BLOCKS = """\
import a.b, c as d
def outer(x):
    from .e import f, g as h
    if x:
        return a
    for i in x:
        return b
    else:
        return c
    while x:
        return d
    try:
        import i.j
        return e
    except E:
        return f
    else:
        return g
    finally:
        return h
    with x:
        return i.j
    match x:
        case 1:
            from ..k import *
            return j(1)[2]
    def inner():
        return k or l
    class C:
        return l
        def method(self):
            return m
    return
async def co():
    async for a in b:
        return n
    async with c:
        return o
class D:
    def method(self):
        return p
"""


def _definitions(body: list[ast.stmt]) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Every ``def`` of ``body`` and below, in the order of the text."""
    found = []
    for statement in body:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            found.append(statement)
        blocks = [getattr(statement, name, []) for name in ("body", "orelse", "finalbody")]
        blocks += [handler.body for handler in getattr(statement, "handlers", ())]
        blocks += [case.body for case in getattr(statement, "cases", ())]
        for block in blocks:
            found += _definitions(block)
    return found


def _shown(expression: ast.expr | Unfollowed) -> str:
    return ast.dump(expression) if isinstance(expression, ast.AST) else repr(expression)


@pytest.mark.parametrize(
    "path", [*CORPUS[:200], None], ids=lambda p: "blocks" if p is None else p.name
)
def test_the_skim_walk_finds_each_function_s_returns_and_the_imports(path: Path | None) -> None:
    text = BLOCKS if path is None else path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    skim = ModuleSkim.of(tree, Path("m.py"), "m")
    definitions = _definitions(tree.body)
    assert len(skim.functions) == len(definitions)
    for function, definition in zip(skim.functions, definitions, strict=True):
        assert function.qualname.rsplit(".", 1)[-1] == definition.name
        expected = sorted(_shown(spine(r)) for r in returned(definition.body))
        assert sorted(_shown(r) for r in function.returns) == expected
    assert Reading.of_imports(skim.imports) == Reading.of(text, Path("m.py"))


def test_a_skim_holds_what_the_evaluator_looks_at_only() -> None:
    tree = ast.parse("x = f(big, [1, 2, 3])[0].y if c else {'a': 1}\ntext = 'long'\n")
    skim = ModuleSkim.of(tree, Path("m.py"), "m")
    [x], [text] = skim.globals["x"], skim.globals["text"]
    assert isinstance(x.value, Assigned) and isinstance(text.value, Assigned)
    kept = x.value.value
    assert isinstance(kept, ast.IfExp) and kept.orelse == Unfollowed(None)
    assert ast.unparse(kept.body) == "f()[None].y"  # the arguments and the index are gone
    assert isinstance(text.value.value, ast.Constant) and text.value.value.value is None


# What the evaluator finds through a package's star import (``Evaluator.member``), and in the
# returns of every block of a function (``evaluate._returns``).
REACHED = {
    "pkg/__init__.py": "from .bases import *\n",
    "pkg/bases.py": """\
        from mlflow.pyfunc import PythonModel, log_model


        class Base(PythonModel):
            pass


        def in_else(x):
            if x:
                pass
            elif x:
                pass
            else:
                return log_model


        def in_handler():
            try:
                pass
            except ImportError:
                return log_model


        def in_case(x):
            match x:
                case 1:
                    return log_model


        def one_line(): return log_model
        """,
    "use.py": """\
        import pkg
        from pkg import Base, in_else, in_handler, in_case, one_line


        class Model(Base):
            def predict(self, context, model_input: list[str]) -> list[str]:
                return model_input


        class Other(pkg.Base):
            pass


        in_else(1)("m", python_model=Model())
        in_handler()("m", python_model=Model())
        in_case(1)("m", python_model=Model())
        one_line()("m", python_model=Model())
        """,
}


def test_the_resolver_allows_what_the_evaluator_reaches_through_star_imports_and_returns(
    tmp_path: Path,
) -> None:
    write(tmp_path, REACHED)
    # The three PythonModel classes, two project functions called, and the four
    # ``log_model`` they return.
    assert _compare([tmp_path / "pkg" / "bases.py", tmp_path / "use.py"]) == 9
