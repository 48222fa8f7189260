"""A module as CPython's ``ast`` reads it, scoped exactly as ``ScopeBuilder`` scopes libcst's tree.

What importing a module runs is learnt from this (``siglint.analysis.import_safety``) for the
modules a model's module imports: ``ast`` parses about eight times faster than libcst, and most
of those modules need no more. The scopes are ``siglint.analysis.scopes``'s own, their bindings
holding ``ast`` nodes where libcst's hold libcst nodes, and numbered in the same order, so that
``Scope.lookup`` answers the same.
"""

from __future__ import annotations

import ast
from dataclasses import InitVar, dataclass, field
from pathlib import Path

from siglint.analysis.imports import ImportOf, digest
from siglint.analysis.scopes import Binding, Scope, top_level_order

DefinitionNode = ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
_IMPORT_ERRORS = ("ImportError", "ModuleNotFoundError", "Exception", "BaseException")


@dataclass(slots=True)
class Definition:
    """A ``class`` or ``def`` statement, as ``siglint.analysis.module.Definition`` for libcst."""

    node: DefinitionNode
    scope: Scope
    order: int
    inner: Scope
    type_checking: bool  # it or a definition around it stands under ``if TYPE_CHECKING:``


@dataclass(eq=False)
class Syntax:
    path: Path
    name: str  # dotted module name, as the project would import it
    tree: ast.Module
    text: InitVar[str]  # what ``tree`` was parsed from
    text_digest: str | None = field(init=False)
    size: int = field(init=False)  # characters of ``text``
    scope: Scope = field(init=False)
    # Every definition, in the order libcst's ``ModuleInfo.definitions`` holds them.
    definitions: dict[ast.AST, Definition] = field(init=False, default_factory=dict)
    future_annotations: bool = field(init=False)
    rebuilds: bool = field(init=False)  # the text calls ``Model.model_rebuild()`` somewhere

    def __post_init__(self, text: str) -> None:
        self.text_digest = digest(text)
        self.size = len(text)
        self.rebuilds = ".model_rebuild(" in text
        self.scope = Scope("module", self.tree, None)
        self.future_annotations = _has_future_annotations(self.tree)
        lines = text.encode("utf-8", "surrogatepass").splitlines()
        _Builder(self, lines, False).build(self.scope, self.tree.body)

    def top_level_order(self, definition: Definition) -> int | None:
        """Position in the module of the statement whose execution runs ``definition``."""
        return top_level_order(self.definitions, definition)


def _has_future_annotations(tree: ast.Module) -> bool:
    """``from __future__ import annotations`` among the statements that may precede it."""
    for stmt in tree.body:
        value = stmt.value if isinstance(stmt, ast.Expr) else None
        if isinstance(value, ast.Constant) and isinstance(value.value, str | bytes):
            continue
        if (
            not isinstance(stmt, ast.ImportFrom)
            or stmt.module != "__future__"
            or stmt.level
            or stmt.names[0].name == "*"
        ):
            return False
        if any(alias.name == "annotations" for alias in stmt.names):
            return True
    return False


def is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(
        (isinstance(n, ast.Name) and n.id in _IMPORT_ERRORS)
        or (isinstance(n, ast.Attribute) and n.attr in _IMPORT_ERRORS)
        for n in names
    )


# Statements that bind no name ``_statement`` numbers, holding no block it looks into.
_BINDS_NOTHING = frozenset(
    {
        ast.Expr,
        ast.Return,
        ast.Pass,
        ast.Raise,
        ast.AugAssign,
        ast.Delete,
        ast.Assert,
        ast.Global,
        ast.Nonlocal,
        ast.Break,
        ast.Continue,
    }
)


class _Builder:
    """``ScopeBuilder`` over ``ast``: the bindings of one scope, numbered as it numbers them."""

    def __init__(self, syntax: Syntax, lines: list[bytes], type_checking: bool) -> None:
        self._syntax = syntax
        self._lines = lines  # ``ast`` columns count bytes of UTF-8
        self._type_checking = type_checking  # the definition whose body this is stands there
        self._order = 0

    def build(self, scope: Scope, statements: list[ast.stmt]) -> None:
        self._block(scope, statements, False, False)

    def _next(self) -> int:
        self._order += 1
        return self._order

    def _block(
        self, scope: Scope, statements: list[ast.stmt], type_checking: bool, fallback: bool
    ) -> None:
        if statements and self._after_colon(statements[0]):
            # ``if x: y = 1``: libcst's ``SimpleStatementSuite``, whose statements
            # ``ScopeBuilder`` passes over.
            return
        for stmt in statements:
            self._statement(scope, stmt, type_checking, fallback)

    def _statement(self, scope: Scope, stmt: ast.stmt, type_checking: bool, fallback: bool) -> None:
        if type(stmt) in _BINDS_NOTHING:  # most statements of a body: nothing to number
            return
        flags = {"type_checking": type_checking, "fallback": fallback}
        if isinstance(stmt, DefinitionNode):
            order = self._next()
            scope.bind(Binding(stmt.name, order, stmt, stmt, **flags))
            kind = "class" if isinstance(stmt, ast.ClassDef) else "function"
            inner = Scope(kind, stmt, scope, name=stmt.name)
            checking = self._type_checking or type_checking
            self._syntax.definitions[stmt] = Definition(stmt, scope, order, inner, checking)
            _Builder(self._syntax, self._lines, checking).build(inner, stmt.body)
        elif isinstance(stmt, ast.If):
            checking = type_checking or is_type_checking(stmt.test)
            self._block(scope, stmt.body, checking, fallback)
            self._block(scope, stmt.orelse, type_checking, fallback)
        elif isinstance(stmt, ast.Try | ast.TryStar):
            self._block(scope, stmt.body, type_checking, fallback)
            for handler in stmt.handlers:
                caught = fallback or _catches_import_error(handler)
                self._block(scope, handler.body, type_checking, caught)
            self._block(scope, stmt.orelse, type_checking, fallback)
            self._block(scope, stmt.finalbody, type_checking, fallback)
        elif isinstance(stmt, ast.With | ast.AsyncWith):
            self._block(scope, stmt.body, type_checking, fallback)
        elif isinstance(stmt, ast.For | ast.AsyncFor | ast.While):
            if not isinstance(stmt, ast.While):
                self._bind_target(scope, stmt.target, stmt, None, None, flags)
            self._block(scope, stmt.body, type_checking, fallback)
            self._block(scope, stmt.orelse, type_checking, fallback)
        elif isinstance(stmt, ast.Match):
            for case in stmt.cases:
                self._block(scope, case.body, type_checking, fallback)
        else:
            self._small(scope, stmt, flags)

    def _after_colon(self, stmt: ast.stmt) -> bool:
        """Whether ``stmt`` starts on the line of its block's colon, not a line of its own."""
        line = self._lines[stmt.lineno - 1] if stmt.lineno <= len(self._lines) else b""
        return bool(line[: stmt.col_offset].strip())

    def _small(self, scope: Scope, stmt: ast.stmt, flags: dict[str, bool]) -> None:
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                if alias.asname is not None:
                    name, value = alias.asname, ImportOf(alias.name, alias=True)
                else:
                    name, value = alias.name.split(".")[0], ImportOf(alias.name)
                scope.bind(Binding(name, self._next(), stmt, value, **flags))
        elif isinstance(stmt, ast.ImportFrom):
            module, level = stmt.module or "", stmt.level
            if stmt.names[0].name == "*":
                if not flags["type_checking"]:
                    scope.star_imports.append((self._next(), ImportOf(module, None, level)))
                return
            for alias in stmt.names:
                value = ImportOf(module, alias.name, level)
                scope.bind(Binding(alias.asname or alias.name, self._next(), stmt, value, **flags))
        elif isinstance(stmt, ast.Assign):
            order = self._next()
            for target in stmt.targets:
                self._bind_target(scope, target, stmt, stmt.value, order, flags)
        elif isinstance(stmt, ast.AnnAssign):
            if stmt.value is not None and isinstance(stmt.target, ast.Name):
                binding = Binding(
                    stmt.target.id,
                    self._next(),
                    stmt,
                    stmt.value,
                    annotation=stmt.annotation,
                    **flags,
                )
                scope.bind(binding)
        elif type(stmt).__name__ == "TypeAlias":  # ``type X = ...``, from Python 3.12
            scope.bind(Binding(stmt.name.id, self._next(), stmt, stmt, **flags))  # type: ignore[attr-defined]

    def _bind_target(
        self,
        scope: Scope,
        target: ast.expr,
        stmt: ast.stmt,
        value: ast.expr | None,
        order: int | None,
        flags: dict[str, bool],
    ) -> None:
        order = order if order is not None else self._next()
        if isinstance(target, ast.Starred):  # libcst's ``StarredElement.value``
            target = target.value
        if isinstance(target, ast.Name):
            scope.bind(Binding(target.id, order, stmt, value, **flags))
        elif isinstance(target, ast.Tuple | ast.List):
            for element in target.elts:
                self._bind_target(scope, element, stmt, None, order, flags)
