"""``ModuleInfo.calls`` (one walk over the node fields, shared by every rule) meets the calls in
the order, and with the owners, a libcst visitor does."""

from __future__ import annotations

from pathlib import Path

import libcst as cst
import pytest
from perf_files import MODELS

from siglint.analysis.module import has_union
from siglint.analysis.project import parse

# Every construct whose fields are not in source order, with calls everywhere.
TRICKY = """
@decorate(f())
class A(Base(g()), metaclass=meta(h())):
    @property
    def p(self, x: a(1) = b(2), *args: c(3), y=d(4), **kw: e(5)) -> r(6):
        return (i() if j() else k())
    x: t(7) = v(8)
    lam = lambda q=l(9): m(10)

try:
    n()
except o() as error:
    p()
finally:
    s()
try:
    pass
except* q():
    pass
match u():
    case [w(), *rest] if z():
        aa()
type Alias[T] = bb()
result = f"{cc()!r:{dd()}}"[ee():ff():gg()]
call(key=hh(), *ii(), **jj())
[kk() for ll in mm() if nn()]
{oo(): pp() for qq in rr()}
"""


class _Visitor(cst.CSTVisitor):
    def __init__(self) -> None:
        self.calls: list[tuple[cst.Call, cst.CSTNode | None]] = []
        self._owners: list[cst.CSTNode] = []

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self._owners.append(node)

    def leave_ClassDef(self, original_node: cst.ClassDef) -> None:
        self._owners.pop()

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self._owners.append(node)

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self._owners.pop()

    def visit_Call(self, node: cst.Call) -> None:
        self.calls.append((node, self._owners[-1] if self._owners else None))


def _assert_same_calls(text: str, path: Path) -> None:
    module = parse(path.absolute(), text)
    visitor = _Visitor()
    module.tree.visit(visitor)
    assert [(id(c), id(o)) for c, o in module.calls] == [(id(c), id(o)) for c, o in visitor.calls]


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.name)
def test_every_model(path: Path) -> None:
    _assert_same_calls(path.read_text(encoding="utf-8"), path)


def test_constructs_out_of_field_order(tmp_path: Path) -> None:
    _assert_same_calls(TRICKY, tmp_path / "tricky.py")
    assert len(parse(tmp_path / "tricky.py", TRICKY).calls) == 43


class _Unions(cst.CSTVisitor):
    """Every ``A | B``, as a libcst visitor meets them."""

    def __init__(self) -> None:
        self.found: list[cst.BinaryOperation] = []

    def visit_BinaryOperation(self, node: cst.BinaryOperation) -> None:
        if isinstance(node.operator, cst.BitOr):
            self.found.append(node)


def test_has_union_agrees_with_a_visitor(tmp_path: Path) -> None:
    text = TRICKY + "a = b | c\nd = [{'k': (e | None)}]\nf = g(h=i | j)\nk = 1 + 2\nm = n or o\n"
    module = parse(tmp_path / "unions.py", text)
    unions = 0
    for statement in module.tree.body:
        visitor = _Unions()
        statement.visit(visitor)
        unions += bool(visitor.found)
        assert has_union(statement) == bool(visitor.found)
    assert unions == 3
