"""Which names a module, class or function binds, in what order, and under what condition.

Type hints are resolved the way Python resolves them: an annotation that is evaluated when its
``def`` runs sees the bindings made *before* that statement, in the enclosing scopes; a string
annotation that ``typing.get_type_hints`` evaluates later sees the module's globals as they are
then. So a binding records its position in its scope, and whether it only exists for type
checkers (``if TYPE_CHECKING:``) or is a fallback (``except ImportError:``).
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import libcst as cst

from siglint.analysis.imports import ImportOf

ScopeKind = Literal["module", "class", "function"]


@dataclass(frozen=True, slots=True)
class Binding:
    name: str
    order: int
    node: cst.CSTNode | ast.AST  # the statement; ``ast``'s in ``siglint.analysis.syntax``
    # One of: ImportOf, cst.ClassDef, cst.FunctionDef, cst.BaseExpression (assigned value),
    # cst.TypeAlias, or None (bound to something siglint does not follow: a loop variable...);
    # or their ``ast`` counterparts.
    value: object
    type_checking: bool = False
    fallback: bool = False
    annotation: cst.BaseExpression | ast.expr | None = None


@dataclass(slots=True)
class Scope:
    kind: ScopeKind
    node: cst.CSTNode | ast.AST
    parent: Scope | None
    name: str = ""
    bindings: dict[str, list[Binding]] = field(default_factory=dict)
    star_imports: list[tuple[int, ImportOf]] = field(default_factory=list)

    def bind(self, binding: Binding) -> None:
        self.bindings.setdefault(binding.name, []).append(binding)

    def lookup(self, name: str, before: int | None = None) -> Binding | None:
        """The binding of ``name`` in force at statement ``before`` (None: after the last one)."""
        candidates = [
            b
            for b in self.bindings.get(name, ())
            if not b.type_checking and (before is None or b.order < before)
        ]
        if not candidates:
            return None
        primary = [b for b in candidates if not b.fallback]
        return (primary or candidates)[-1]

    def qualname_prefix(self) -> str:
        """The ``__qualname__`` prefix of things defined directly in this scope."""
        parts: list[str] = []
        scope: Scope | None = self
        while scope is not None and scope.kind != "module":
            parts.append(scope.name + (".<locals>" if scope.kind == "function" else ""))
            scope = scope.parent
        return ".".join(reversed(parts))


def top_level_order(definitions: Mapping[Any, Any], definition: Any) -> int | None:
    """Position in the module of the statement whose execution runs ``definition`` (a libcst
    or an ``ast`` one, among the module's ``definitions``, by node).

    ``None`` when it is inside a function: it runs whenever that function is called, so
    after the whole module has been executed.
    """
    scope, order = definition.scope, definition.order
    while scope.kind == "class":
        outer = definitions[scope.node]
        scope, order = outer.scope, outer.order
    return order if scope.kind == "module" else None


def _is_type_checking(test: cst.BaseExpression) -> bool:
    if isinstance(test, cst.Name):
        return test.value == "TYPE_CHECKING"
    return isinstance(test, cst.Attribute) and test.attr.value == "TYPE_CHECKING"


def _handler_catches_import_error(handler: cst.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    names: list[cst.BaseExpression] = (
        [el.value for el in handler.type.elements]
        if isinstance(handler.type, cst.Tuple)
        else [handler.type]
    )
    return any(
        isinstance(n, (cst.Name, cst.Attribute))
        and (n.value if isinstance(n, cst.Name) else n.attr.value)
        in ("ImportError", "ModuleNotFoundError", "Exception", "BaseException")
        for n in names
    )


def _dotted(node: cst.BaseExpression) -> str:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return f"{_dotted(node.value)}.{node.attr.value}"
    return ""


class ScopeBuilder:
    """Walks one block of statements and records the bindings of its scope.

    Nested class and function bodies get their own ``Scope``; ``on_class`` and ``on_function``
    let the caller index them as they are met.
    """

    def __init__(self, on_scope) -> None:
        self._on_scope = on_scope
        self._order = 0

    def build(self, scope: Scope, body: cst.BaseSuite | list) -> None:
        statements = body.body if isinstance(body, cst.BaseSuite) else body
        self._block(scope, statements, type_checking=False, fallback=False)

    def _next(self) -> int:
        self._order += 1
        return self._order

    def _block(self, scope: Scope, statements, *, type_checking: bool, fallback: bool) -> None:
        for stmt in statements:
            self._statement(scope, stmt, type_checking=type_checking, fallback=fallback)

    def _suite(self, scope: Scope, suite: cst.BaseSuite, **flags: bool) -> None:
        self._block(scope, suite.body, **flags)

    def _statement(self, scope: Scope, stmt, *, type_checking: bool, fallback: bool) -> None:
        flags = {"type_checking": type_checking, "fallback": fallback}
        if isinstance(stmt, cst.SimpleStatementLine | cst.SimpleStatementSuite):
            for small in stmt.body:
                self._small(scope, small, stmt, **flags)
        elif isinstance(stmt, cst.ClassDef | cst.FunctionDef):
            order = self._next()
            scope.bind(Binding(stmt.name.value, order, stmt, stmt, **flags))
            self._on_scope(scope, stmt, order)
        elif isinstance(stmt, cst.If):
            self._if(scope, stmt, **flags)
        elif isinstance(stmt, cst.Try | cst.TryStar):
            self._suite(scope, stmt.body, **flags)
            for handler in stmt.handlers:
                self._suite(
                    scope,
                    handler.body,
                    type_checking=type_checking,
                    fallback=fallback or _handler_catches_import_error(handler),
                )
            if stmt.orelse is not None:
                self._suite(scope, stmt.orelse.body, **flags)
            if stmt.finalbody is not None:
                self._suite(scope, stmt.finalbody.body, **flags)
        elif isinstance(stmt, cst.With):
            self._suite(scope, stmt.body, **flags)
        elif isinstance(stmt, cst.For | cst.While):
            if isinstance(stmt, cst.For):
                self._bind_target(scope, stmt.target, stmt, None, **flags)
            self._suite(scope, stmt.body, **flags)
            if stmt.orelse is not None:
                self._suite(scope, stmt.orelse.body, **flags)
        elif hasattr(cst, "Match") and isinstance(stmt, cst.Match):
            for case in stmt.cases:
                self._suite(scope, case.body, **flags)

    def _if(self, scope: Scope, stmt: cst.If, *, type_checking: bool, fallback: bool) -> None:
        checking = _is_type_checking(stmt.test)
        self._suite(scope, stmt.body, type_checking=type_checking or checking, fallback=fallback)
        orelse = stmt.orelse
        if isinstance(orelse, cst.If):
            self._if(scope, orelse, type_checking=type_checking, fallback=fallback)
        elif isinstance(orelse, cst.Else):
            self._suite(scope, orelse.body, type_checking=type_checking, fallback=fallback)

    def _small(self, scope: Scope, small, stmt, *, type_checking: bool, fallback: bool) -> None:
        flags = {"type_checking": type_checking, "fallback": fallback}
        if isinstance(small, cst.Import):
            for alias in small.names:
                dotted = _dotted(alias.name)
                if alias.asname is not None:
                    name = _dotted(alias.asname.name)
                    value = ImportOf(dotted, alias=True)
                else:
                    name = dotted.split(".")[0]
                    value = ImportOf(dotted)
                scope.bind(Binding(name, self._next(), stmt, value, **flags))
        elif isinstance(small, cst.ImportFrom):
            module = _dotted(small.module) if small.module is not None else ""
            level = len(small.relative)
            if isinstance(small.names, cst.ImportStar):
                if not type_checking:
                    scope.star_imports.append((self._next(), ImportOf(module, None, level)))
                return
            for alias in small.names:
                imported = _dotted(alias.name)
                name = _dotted(alias.asname.name) if alias.asname is not None else imported
                value = ImportOf(module, imported, level)
                scope.bind(Binding(name, self._next(), stmt, value, **flags))
        elif isinstance(small, cst.Assign):
            order = self._next()
            for target in small.targets:
                self._bind_target(scope, target.target, stmt, small.value, order=order, **flags)
        elif isinstance(small, cst.AnnAssign):
            if small.value is not None and isinstance(small.target, cst.Name):
                scope.bind(
                    Binding(
                        small.target.value,
                        self._next(),
                        stmt,
                        small.value,
                        annotation=small.annotation.annotation,
                        **flags,
                    )
                )
        elif hasattr(cst, "TypeAlias") and isinstance(small, cst.TypeAlias):
            scope.bind(Binding(small.name.value, self._next(), stmt, small, **flags))

    def _bind_target(self, scope, target, stmt, value, *, order=None, **flags) -> None:
        order = order if order is not None else self._next()
        if isinstance(target, cst.Name):
            scope.bind(Binding(target.value, order, stmt, value, **flags))
        elif isinstance(target, cst.Tuple | cst.List):
            for element in target.elements:
                self._bind_target(scope, element.value, stmt, None, order=order, **flags)


Chain = list[tuple[Scope, "int | None"]]


def enclosing_chain(
    scope: Scope,
    order: int | None,
    outer: Callable[[Any], Any],
    type_parameters: Callable[[Any], Iterable[tuple[Scope, int | None]]],
) -> Chain:
    """The scopes Python searches for the names a ``def`` or ``class`` statement evaluates when
    it runs (its annotations, bases and decorators), from ``scope``, where it stands at ``order``,
    outwards: each with the statement before which its bindings count. A class body is searched
    only for what stands directly in it; past a function, the module's bindings all count (the
    function runs later). ``outer(node)`` is the definition of a scope's node (with its ``scope``
    and ``order``), ``type_parameters(node)`` the PEP 695 scopes of a class's type parameters."""
    chain: Chain = []
    in_function = False
    first = True
    while True:
        if scope.kind == "class":  # ``class C[T]``: T is seen by what its body defines
            chain.extend(type_parameters(scope.node))
        if scope.kind == "module":
            chain.append((scope, None if in_function else order))
            return chain
        if scope.kind == "function" or first:
            chain.append((scope, order))
        if scope.kind == "function":
            in_function = True
        first = False
        definition = outer(scope.node)
        scope, order = definition.scope, definition.order
