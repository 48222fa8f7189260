"""A module as CPython's ``ast`` reads it, skimmed for what siglint's evaluator looks at.

The evaluator (``siglint.analysis.evaluate``) works on libcst's tree and the scopes
``siglint.analysis.scopes.ScopeBuilder`` records; a ``Skim`` records the same bindings from the
stdlib ``ast`` (an eighth of libcst's parsing time), without the order of statements or the
scope each binding is in: what a name may be bound to anywhere in the module. Its users
(``siglint.analysis.abstract``) over-estimate what the evaluator would find with it.

Bound like ``ScopeBuilder`` binds: imports, assignments to names (the names of a tuple target,
and loop variables, are bound to something siglint does not follow: ``None``), annotated
assignments with a value, ``type X = ...``, ``def`` and ``class``, in every block of statements
(``if``/``try``/``with``/``for``/``while``/``match``), in the scope they are written in. Nothing
else is bound (parameters, ``with ... as``, ``except ... as``, comprehensions, ``:=``): a name
bound only there is unbound for the evaluator too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from siglint.analysis.imports import ImportOf


@dataclass(frozen=True, slots=True)
class Unfollowed:
    """An expression the evaluator does not look into (``a or b``, ``[1, 2]``, ``-x``): it names
    its value by its code, of which only the name it may end with is kept (``b``; None for
    ``f(x)``, ``x[0]``, a literal)."""

    last: str | None


# What the evaluator looks at of an expression (``spine``): its callee, the value an attribute
# or an index is taken of, a string's text, a conditional's branches.
Expression = ast.expr | Unfollowed
_DROPPED = ast.Constant(None)


@dataclass(frozen=True, slots=True, eq=False)
class Assigned:
    """``name = value`` (or ``name: annotation = value``)."""

    value: Expression
    annotation: ast.expr | None = None


@dataclass(eq=False, slots=True)
class DefinitionSkim:
    """A ``class`` or ``def`` statement."""

    module: ModuleSkim
    qualname: str  # ``__qualname__``: ``Outer.Inner``, ``f.<locals>.local``

    @property
    def qualified_name(self) -> str:
        """Its name as the evaluator's ``Class`` or ``Function`` has it: ``pkg.mod.Outer.Inner``."""
        return f"{self.module.name}.{self.qualname}"


@dataclass(eq=False, slots=True)
class ClassSkim(DefinitionSkim):
    """A ``class`` statement: its bases, and what its body binds."""

    bases: list[Expression] = field(default_factory=list)
    bindings: dict[str, list[Binding]] = field(default_factory=dict)


@dataclass(eq=False, slots=True)
class FunctionSkim(DefinitionSkim):
    """A ``def`` statement: its decorators, and what its ``return`` statements return."""

    decorators: list[Expression] = field(default_factory=list)
    returns: list[Expression] = field(default_factory=list)


# What a binding binds the name to; ``None``: something siglint does not follow.
Bound = ImportOf | Assigned | ClassSkim | FunctionSkim | None


@dataclass(frozen=True, slots=True, eq=False)
class Binding:
    name: str
    value: Bound


@dataclass(frozen=True, slots=True)
class Call:
    """A call with arguments (siglint resolves no other): its callee, and its keywords."""

    func: Expression
    keywords: frozenset[str]


@dataclass(eq=False, slots=True)
class ModuleSkim:
    path: Path
    name: str  # the dotted name the project imports it under
    # The bindings of the module's own scope (what ``import`` of it, or ``from`` it, sees).
    globals: dict[str, list[Binding]] = field(default_factory=dict)
    # The bindings of every scope of the module, the module's own included, by name.
    everywhere: dict[str, list[Binding]] = field(default_factory=dict)
    stars: list[ImportOf] = field(default_factory=list)  # ``from m import *``, anywhere
    classes: list[ClassSkim] = field(default_factory=list)
    functions: list[FunctionSkim] = field(default_factory=list)
    calls: list[Call] | None = None  # None: not recorded (a module read for its names only)
    # Every import statement, anywhere, in the order of the text.
    imports: list[ast.Import | ast.ImportFrom] = field(default_factory=list)

    @classmethod
    def of(cls, tree: ast.Module, path: Path, name: str, calls: bool = True) -> ModuleSkim:
        """The skim of ``tree``; raises ``RecursionError`` on an expression nested too deep."""
        skim = cls(path, name)
        _Builder(skim).block(tree.body, skim.globals, "")
        if calls:
            skim.calls = list(_calls(tree))
        return skim


class _Builder:
    """Walks the statements of one module, as ``ScopeBuilder`` does, into its ``ModuleSkim``."""

    def __init__(self, skim: ModuleSkim) -> None:
        self._skim = skim
        # The function whose body is being walked (not a class's within it): what its
        # ``return`` statements return is its own (``returned``), met on the way.
        self._function: FunctionSkim | None = None

    def block(self, statements: list[ast.stmt], scope: dict[str, list[Binding]], prefix: str):
        for statement in statements:
            self._statement(statement, scope, prefix)

    def _bind(self, scope: dict[str, list[Binding]], name: str, value: Bound) -> None:
        binding = Binding(name, value)
        scope.setdefault(name, []).append(binding)
        self._skim.everywhere.setdefault(name, []).append(binding)

    def _statement(self, node: ast.stmt, scope: dict[str, list[Binding]], prefix: str) -> None:
        if isinstance(node, ast.Import):
            self._skim.imports.append(node)
            for alias in node.names:
                if alias.asname is not None:
                    self._bind(scope, alias.asname, ImportOf(alias.name, alias=True))
                else:
                    self._bind(scope, alias.name.split(".")[0], ImportOf(alias.name))
        elif isinstance(node, ast.ImportFrom):
            self._skim.imports.append(node)
            module = node.module or ""
            for alias in node.names:
                if alias.name == "*":
                    self._skim.stars.append(ImportOf(module, None, node.level))
                else:
                    imported = ImportOf(module, alias.name, node.level)
                    self._bind(scope, alias.asname or alias.name, imported)
        elif isinstance(node, ast.Assign):
            value = Assigned(_DROPPED if _is_string(node.value) else spine(node.value))
            for target in node.targets:
                self._target(scope, target, value)
        elif isinstance(node, ast.AnnAssign):
            if node.value is not None and isinstance(node.target, ast.Name):
                self._bind(scope, node.target.id, Assigned(spine(node.value), node.annotation))
        elif isinstance(node, ast.ClassDef):
            qualname = f"{prefix}{node.name}"
            bases = [spine(b.value if isinstance(b, ast.Starred) else b) for b in node.bases]
            skim_class = ClassSkim(self._skim, qualname, bases)
            self._skim.classes.append(skim_class)
            self._bind(scope, node.name, skim_class)
            self._body(None, node.body, skim_class.bindings, f"{qualname}.")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            qualname = f"{prefix}{node.name}"
            decorators = [spine(d) for d in node.decorator_list]
            function = FunctionSkim(self._skim, qualname, decorators)
            self._skim.functions.append(function)
            self._bind(scope, node.name, function)
            self._body(function, node.body, {}, f"{qualname}.<locals>.")
        elif isinstance(node, ast.Return):
            if node.value is not None and self._function is not None:
                self._function.returns.append(spine(node.value))
        elif isinstance(node, ast.For | ast.AsyncFor):
            self._target(scope, node.target, None)
            self.block(node.body, scope, prefix)
            self.block(node.orelse, scope, prefix)
        elif _TYPE_ALIAS is not None and isinstance(node, _TYPE_ALIAS):
            self._bind(scope, node.name.id, None)  # type: ignore[attr-defined]
        else:
            for statements in _blocks(node):
                self.block(statements, scope, prefix)

    def _body(
        self,
        function: FunctionSkim | None,
        statements: list[ast.stmt],
        scope: dict[str, list[Binding]],
        prefix: str,
    ) -> None:
        """The body of a ``def`` (``function``) or a ``class`` (None)."""
        outer, self._function = self._function, function
        try:
            self.block(statements, scope, prefix)
        finally:
            self._function = outer

    def _target(self, scope: dict[str, list[Binding]], target: ast.expr, value: Bound) -> None:
        if isinstance(target, ast.Name):
            self._bind(scope, target.id, value)
        elif isinstance(target, ast.Tuple | ast.List):
            for element in target.elts:
                self._target(scope, element, None)
        elif isinstance(target, ast.Starred):
            self._target(scope, target.value, value)


_TYPE_ALIAS = getattr(ast, "TypeAlias", None)  # Python 3.12
# For each kind of node, the fields that may hold a call (not names, operators, contexts).
_LEAF_FIELDS = frozenset(
    {"ctx", "op", "ops", "id", "arg", "attr", "name", "names", "kind", "type_comment"}
    | {"module", "level", "conversion", "is_async", "simple", "kwd_attrs", "rest"}
)
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


def _calls(tree: ast.Module) -> Iterator[Call]:
    """The calls with arguments in ``tree``, anywhere (a walk over the fields that may hold
    one: ``ast.walk`` visits every name's context too, at three times the cost)."""
    stack: list[object] = [tree]
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is ast.Call and (node.args or node.keywords):  # type: ignore[attr-defined]
            keywords = frozenset(k.arg for k in node.keywords if k.arg is not None)  # type: ignore[attr-defined]
            yield Call(spine(node.func), keywords)  # type: ignore[attr-defined]
        fields = _CHILD_FIELDS.get(kind)
        if fields is None:
            is_node = issubclass(kind, ast.AST)
            fields = tuple(f for f in kind._fields if f not in _LEAF_FIELDS) if is_node else ()
            if kind is ast.Constant:
                fields = ()
            _CHILD_FIELDS[kind] = fields
        for name in fields:
            value = getattr(node, name)
            if type(value) is list:
                stack.extend(value)
            elif value is not None:
                stack.append(value)


def _blocks(node: ast.stmt) -> Iterator[list[ast.stmt]]:
    """The blocks of statements a compound statement holds (not a ``def``'s or ``class``'s)."""
    for name in ("body", "orelse", "finalbody"):
        block = getattr(node, name, None)
        if isinstance(block, list):
            yield block
    for handler in getattr(node, "handlers", ()):
        yield handler.body
    for case in getattr(node, "cases", ()):
        yield case.body


def returned(body: list[ast.stmt]) -> Iterator[ast.expr]:
    """What the ``return`` statements of a function body return, in every block (not those
    of nested functions or classes): what ``evaluate._returns`` reads."""
    stack = list(body)
    while stack:
        statement = stack.pop()
        if isinstance(statement, ast.Return):
            if statement.value is not None:
                yield statement.value
        elif not isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            for block in _blocks(statement):
                stack.extend(block)


def spine(node: ast.expr) -> Expression:
    """What the evaluator looks at of ``node``, the rest dropped: a module's large literals and
    the arguments of its calls are not held."""
    if isinstance(node, ast.Name | ast.Constant):
        return node
    if isinstance(node, ast.Attribute):
        value = spine(node.value)
        return node if value is node.value else ast.Attribute(value, node.attr)  # type: ignore[arg-type]
    if isinstance(node, ast.Subscript):
        return ast.Subscript(spine(node.value), _DROPPED)  # type: ignore[arg-type]
    if isinstance(node, ast.Call):
        return ast.Call(spine(node.func), [], [])  # type: ignore[arg-type]
    if isinstance(node, ast.IfExp):
        return ast.IfExp(_DROPPED, spine(node.body), spine(node.orelse))  # type: ignore[arg-type]
    return Unfollowed(last_name(node))


def _is_string(node: ast.expr) -> bool:
    """A string constant: the evaluator reads one bound without annotation as a constant."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def last_name(node: Expression) -> str | None:
    """The name the code of ``node`` may end with (``b`` for ``a or b``), over-estimated: the
    evaluator names the value of an expression it does not follow by its code."""
    while True:
        if isinstance(node, Unfollowed):
            return node.last
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute):
            return node.attr
        if isinstance(node, ast.BinOp):
            node = node.right
        elif isinstance(node, ast.BoolOp):
            node = node.values[-1]
        elif isinstance(node, ast.Compare):
            node = node.comparators[-1]
        elif isinstance(node, ast.UnaryOp):
            node = node.operand
        elif isinstance(node, ast.IfExp):
            node = node.orelse
        elif isinstance(node, ast.Lambda):
            node = node.body
        elif isinstance(node, ast.Tuple) and node.elts:  # ``a, b`` needs no parentheses
            node = node.elts[-1]
        elif isinstance(node, ast.Await | ast.Starred | ast.NamedExpr | ast.YieldFrom | ast.Yield):
            if node.value is None:  # a bare ``yield``
                return None
            node = node.value
        else:
            return None
