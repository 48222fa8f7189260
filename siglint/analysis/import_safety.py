"""Which project modules importing a module runs, and a proof, from ``ast`` alone, that running
one raises nothing siglint would report.

``SignatureAnalysis.import_failure`` walks every project module a model's module imports and asks
of each what running it raises (``_own_import_failure``): a ``NameError`` or a ``TypeError`` in
an annotation, a base or a ``X = A | B`` alias, a pydantic model or a PythonModel that MLflow
rejects, a function ``@pyfunc`` rejects. Parsing each with libcst cost more than the rest of a
check of MLflow-dense code. ``unproven`` proves, over the module's ``ast``, that the analysis
finds nothing in each top-level alias and each definition: every expression the analysis
evaluates there evaluates (a mirror of ``Evaluator.eval`` over what a value may be, ``_Value``),
no class is a PythonModel and only a pydantic model pydantic accepts, no decorator may be MLflow's
``pyfunc``. What it cannot clear is left to libcst and the analysis, as before, and only that:
the proof says "nothing raises" only where the analysis would say so too.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from siglint.analysis import known
from siglint.analysis.classes import generic_head
from siglint.analysis.evaluate import Env, bit_or, declared_value, subscript, type_parameters
from siglint.analysis.imports import ImportOf, absolute_import
from siglint.analysis.module import ModuleInfo
from siglint.analysis.project import Project
from siglint.analysis.pydantic import FIELD, PRIVATE_ATTR, is_class_var
from siglint.analysis.pydantic_checks import PLAIN_BASES, SCHEMA_HOOKS, rejected_by_pydantic
from siglint.analysis.scopes import Binding, Scope, enclosing_chain
from siglint.analysis.skim import returned
from siglint.analysis.syntax import Definition, DefinitionNode, Syntax
from siglint.analysis.values import (
    OPTIONAL,
    UNION,
    UNION_ORIGINS,
    Class,
    Constant,
    Function,
    Generic,
    Module,
    Opaque,
    Special,
    TypeAliasValue,
    Value,
    pydantic_field_type,
)
from siglint.diagnostics import Related

Fact = TypeVar("Fact")
# What makes a class one the analysis checks when it is created: ``is_pydantic`` (and whether it
# is a ``RootModel``), and ``derives_from(PYTHON_MODEL)``.
_CHECKED_BASES = frozenset({known.PYDANTIC_BASE, known.PYDANTIC_ROOT, known.PYTHON_MODEL})


# =============================================================== the modules an import runs
def run_time_imports(module: ModuleInfo | Syntax) -> Iterator[list[str]]:
    """For each import ``module`` runs (not under TYPE_CHECKING), the dotted names it may reach,
    the most specific first (``from a import b``: ``a.b``, then ``a``)."""
    for bindings in module.scope.bindings.values():
        for binding in bindings:
            value = binding.value
            if binding.type_checking or not isinstance(value, ImportOf):
                continue
            absolute = absolute_import(value.module, value.level, module.name, module.path)
            candidates = [absolute] if absolute else []
            if value.name is not None:
                candidates.insert(0, f"{absolute}.{value.name}" if absolute else value.name)
            yield candidates


def imported(
    project: Project, module: ModuleInfo | Syntax
) -> tuple[list[tuple[str, Related]], list[Path]]:
    """The project modules ``module`` imports when it runs that do not parse (importing them
    raises ``SyntaxError``), each with where Python stops reading it; when there is none, the
    paths of those it imports, in order. Nothing is parsed with libcst but what CPython refuses.
    """
    broken: list[tuple[str, Related]] = []
    found: list[Path] = []
    for candidates in run_time_imports(module):
        for dotted in candidates:  # the most specific first
            reached = project.reach(dotted, module.path)
            if reached is not None:
                found.append(reached)
                break
            where = project.broken(dotted, module.path)
            if where is not None:
                broken.append((dotted, where))
                break
    return (broken, []) if broken else ([], found)


# =============================================================== the proof
@dataclass(frozen=True, slots=True)
class Unproven:
    """What the proof cannot clear in a module: its top-level ``X = ... | ...`` aliases (by
    binding order) and its definitions (by position among ``ModuleInfo.definitions``, which
    ``Syntax.definitions`` shares). Nothing else can raise."""

    aliases: frozenset[int]
    definitions: frozenset[int]

    def __bool__(self) -> bool:
        return bool(self.aliases or self.definitions)


def unproven(project: Project, path: Path, python: tuple[int, int]) -> Unproven | None:
    """What ``_own_import_failure`` may find something in, in the module at ``path`` (run on
    ``python``): an empty ``Unproven`` when certainly nothing; None when ``ast`` cannot read
    it (only libcst can)."""
    syntax = project.syntax(path)
    return _Prover(project, python).unproven(syntax) if isinstance(syntax, Syntax) else None


class _Unproven(Exception):
    """Evaluating may raise, or siglint cannot tell from ``ast`` what it gives."""


class _Missing(_Unproven):
    """Evaluating raises ``NameNotFound``, certainly: a name bound nowhere the evaluator looks,
    in an evaluation it makes (not one ``_Prover`` only may be making: ``_speculating``)."""


@dataclass(frozen=True, slots=True)
class _ModuleAt:
    """A module imported by the project module at ``importer``: ``Module(name, importer)``."""

    name: str
    importer: Path


@dataclass(frozen=True, slots=True, eq=False)
class _DefinedAt:
    """A class or function defined in the project: ``Class``/``Function`` with its info."""

    syntax: Syntax
    definition: Definition

    @property
    def qualname(self) -> str:
        prefix = self.definition.scope.qualname_prefix()
        name = self.definition.node.name
        return f"{self.syntax.name}.{prefix}.{name}" if prefix else f"{self.syntax.name}.{name}"


@dataclass(frozen=True, slots=True)
class _Value:
    """What evaluating an expression may give: exactly ``exact`` or ``place`` when known, and
    otherwise only what the flags allow (each says "may be")."""

    exact: Value | None = None
    place: _ModuleAt | _DefinedAt | None = None
    const: bool = False  # a constant other than None (``"a" | None`` raises)
    none: bool = False  # the constant None
    pyfunc: bool = False  # MLflow's ``pyfunc`` decorator
    model: bool = False  # a pydantic model or a PythonModel, or an alias of one
    # Something whose attributes, items or call evaluate more: a module, a class, a project
    # function, a typing form, a generic alias with type variables.
    deep: bool = False
    # Certainly a type pydantic accepts for a field (``rejected_by_pydantic``).
    accepted: bool = False


_PLAIN = _Value()  # an object whose attributes, items and calls are all opaque
_ANYTHING = _Value(const=True, none=True, pyfunc=True, model=True, deep=True)


def _known(value: Value) -> _Value:
    """The evaluator's own ``value`` (the same value, the same answer: each is a name outside
    the project, or made of such names, which the proof meets again in module after module)."""
    try:
        return _known_once(value)
    except TypeError:  # unhashable: a ``Literal`` of a list, say
        return _known_now(value)


@lru_cache(maxsize=4096)
def _known_once(value: Value) -> _Value:
    return _known_now(value)


def _known_now(value: Value) -> _Value:
    constrained = isinstance(value, Function) and known.constrained_type(value.qualname)
    return _Value(
        exact=value,
        const=isinstance(value, Constant) and value.value is not None,
        none=value == Constant(None),
        pyfunc=isinstance(value, Function) and value.qualname == known.PYFUNC_DECORATOR,
        model=bool(_external_checked(value)),
        deep=isinstance(value, Module | Special | Class)
        or bool(constrained)
        or bool(type_parameters(value)),
        accepted=rejected_by_pydantic(value) is None,
    )


def _literal_type(elements: list[ast.expr], ambiguous: bool) -> _Value:
    """``Literal[...]``, which raises nothing: ``Evaluator._subscript``'s value when each
    element is a literal (``ast.literal_eval`` of its code there), and a type pydantic accepts
    whatever they are (``rejected_by_pydantic``)."""
    if not ambiguous:
        try:
            values = tuple(Constant(ast.literal_eval(element)) for element in elements)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            pass
        else:
            return _known(Generic("typing.Literal", "typing.Literal", values))
    return _Value(accepted=True)


def _join(*values: _Value) -> _Value:
    """What one of ``values`` is."""
    first = values[0]
    if all(v == first for v in values):
        return first
    return _Value(
        const=any(v.const for v in values),
        none=any(v.none for v in values),
        pyfunc=any(v.pyfunc for v in values),
        model=any(v.model for v in values),
        deep=any(v.deep or v.place is not None for v in values),
        accepted=all(v.accepted for v in values),
    )


def _external_checked(value: Value) -> frozenset[str]:
    """Which of ``_CHECKED_BASES`` a class derives from with ``value`` (no project class) as
    a base, as ``ClassInfo.ancestors`` finds."""
    if isinstance(value, Generic):
        head = generic_head(value)
        if head is None:
            return frozenset()
        value = head
    if not isinstance(value, Class):
        return frozenset()
    stack, seen = [value.qualname], set()
    while stack:
        qualname = stack.pop()
        if qualname not in seen:
            seen.add(qualname)
            stack.extend(known.external_bases(qualname))
    return _CHECKED_BASES & seen


class _Prover:
    """``Evaluator`` over ``ast``, giving what an expression may evaluate to (``_Value``)."""

    def __init__(self, project: Project, python: tuple[int, int]) -> None:
        self._project = project
        self._python = python
        self._active: set[int] = set()  # aliases and functions being evaluated
        self._models: dict[int, frozenset[str]] = {}  # class node -> ``_checked_ancestors``
        self._not_plains: dict[int, bool] = {}  # class node -> ``_not_plain``
        # The modules whose postponed annotations are being evaluated: a name not found in one
        # is no error there (a ``ForwardRef``), but one in an alias of another module is.
        self._forward: list[Syntax] = []
        self._speculating = 0  # evaluating what the evaluator may not: no ``_Missing`` there

    # ----------------------------------------------------------------- the module
    def unproven(self, syntax: Syntax) -> Unproven:
        deferred = syntax.future_annotations or self._python >= (3, 14)
        aliases = {
            order for order, value, env in self._aliases(syntax) if not self._evaluates(value, env)
        }
        definitions = set()
        for index, definition in enumerate(syntax.definitions.values()):
            time = syntax.top_level_order(definition)
            # Under TYPE_CHECKING, or in a function's body (it runs when that is called).
            if definition.type_checking or time is None:
                continue
            try:
                if isinstance(definition.node, ast.ClassDef):
                    self._class(syntax, definition, deferred, time)
                else:
                    self._function(syntax, definition, deferred)
            except (_Unproven, RecursionError):
                definitions.add(index)
        return Unproven(frozenset(aliases), frozenset(definitions))

    def _evaluates(self, node: ast.expr, env: Env[Syntax]) -> bool:
        try:
            self.eval(node, env)
        except (_Unproven, RecursionError):
            return False
        return True

    def _aliases(self, syntax: Syntax) -> Iterator[tuple[int, ast.expr, Env[Syntax]]]:
        """``_module_assignment_failure``'s top-level ``X = ... | ...``: each binding's order,
        value, and where it is evaluated."""
        for stmt in syntax.tree.body:
            if isinstance(stmt, ast.Assign):
                names = [t.id for t in stmt.targets if isinstance(t, ast.Name)]
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                names = [stmt.target.id] if stmt.value is not None else []
            else:
                continue
            if not names or not _has_union(stmt.value):  # type: ignore[arg-type]
                continue
            for name in names:
                binding = next(b for b in syntax.scope.bindings[name] if b.node is stmt)
                env = Env(syntax, ((syntax.scope, binding.order),), binding.order)
                yield binding.order, stmt.value, env  # type: ignore[misc]

    def _class(self, syntax: Syntax, definition: Definition, deferred: bool, time: int) -> None:
        """``_class_body_failure``; no PythonModel, and a pydantic model pydantic accepts. The
        class statement runs on import, at statement ``time`` of the module."""
        node = definition.node
        assert isinstance(node, ast.ClassDef)
        env = self._eager_env(syntax, definition)
        for base in node.bases:
            self.eval(_argument_value(base), env)
        body = Env(syntax, ((definition.inner, None), *env.chain))
        for stmt in node.body:
            eager = isinstance(stmt, ast.AnnAssign) and not deferred
            if eager and not _is_string(stmt.annotation):  # type: ignore[union-attr]
                self.eval(stmt.annotation, body)  # type: ignore[union-attr]
        checked = self._checked_ancestors(_DefinedAt(syntax, definition))
        if known.PYTHON_MODEL in checked or known.PYDANTIC_ROOT in checked:
            raise _Unproven
        if checked:
            self._pydantic(syntax, definition, env, time)

    def _pydantic(
        self, syntax: Syntax, definition: Definition, env: Env[Syntax], time: int
    ) -> None:
        """``pydantic_class_failure``, and the field annotations ``_class_body_failure``
        evaluates as pydantic does: nothing raises creating the model. Only plain models are
        cleared: every field's type known exactly (no project class), none pydantic rejects."""
        node = definition.node
        assert isinstance(node, ast.ClassDef)
        if syntax.rebuilds:  # ``field_annotation``'s other way
            raise _Unproven
        chain = ((definition.inner, None), *env.chain)
        fields = Env(syntax, chain, time + 1)
        body = Env(syntax, ((definition.inner, None), *((s, None) for s, _ in env.chain)))
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign):
                self._field(syntax, stmt, fields)
            if isinstance(stmt, ast.Assign):
                targets, annotated = stmt.targets, False
            elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
                targets, annotated = [stmt.target], True
            else:
                continue
            public = [t.id for t in targets if isinstance(t, ast.Name) and not t.id.startswith("_")]
            value = stmt.value
            if not public or value is None:
                continue
            # ``_body_failure``: a PrivateAttr on a public name; a literal or ``Field()``
            # without an annotation.
            refused = [PRIVATE_ATTR]
            if not annotated and public != ["model_config"] * len(public):
                if _literal(value):
                    raise _Unproven
                refused.append(FIELD)
            if isinstance(value, ast.Call):
                callee = self.eval(value.func, body)
                if isinstance(callee.place, _DefinedAt):
                    called = Function(callee.place.qualname)
                else:
                    called = callee.exact if callee.place is None else None
                if (called is None and callee.place is None) or called in refused:
                    raise _Unproven

    def _field(self, syntax: Syntax, stmt: ast.AnnAssign, env: Env[Syntax]) -> None:
        """``ClassInfo.field_annotation`` of ``stmt``'s annotation raises nothing, and pydantic
        accepts the type (``rejected_by_pydantic``), known exactly."""
        annotation = stmt.annotation
        lazy = syntax.future_annotations or _is_string(annotation)
        # A name not found is a ForwardRef there (from Python 3.14 in any annotation), which
        # only an exact type avoids.
        with self._postponed(syntax, lazy or self._python >= (3, 14)):
            value = self.eval(annotation, env.lazy() if lazy else env)
        if not isinstance(stmt.target, ast.Name):
            return
        name = stmt.target.id
        if name.startswith("_") or name == "model_config":
            return
        if value.exact is None:
            if not value.accepted:
                raise _Unproven
            return
        field_type = pydantic_field_type(value.exact)
        if not is_class_var(field_type) and rejected_by_pydantic(field_type) is not None:
            raise _Unproven

    def _function(self, syntax: Syntax, definition: Definition, deferred: bool) -> None:
        """No ``@pyfunc``, and (unless deferred) annotations that evaluate when ``def`` runs."""
        node = definition.node
        assert not isinstance(node, ast.ClassDef)
        env = self._eager_env(syntax, definition)
        for decorator in node.decorator_list:
            try:
                value = self.eval(decorator, env)
            except _Missing:  # ``decorator_values``: unresolved, no ``pyfunc``
                continue
            if value.pyfunc:
                raise _Unproven
        if deferred:
            return
        arguments = node.args
        params = [
            *arguments.posonlyargs,
            *arguments.args,
            *([arguments.vararg] if arguments.vararg else []),
            *arguments.kwonlyargs,
            *([arguments.kwarg] if arguments.kwarg else []),
        ]
        for annotation in [*(p.annotation for p in params), node.returns]:
            if annotation is not None and not _is_string(annotation):
                self.eval(annotation, env)

    def _eager_env(self, syntax: Syntax, definition: Definition) -> Env[Syntax]:
        """``Evaluator.eager_env``; PEP 695 type parameters are left to libcst."""
        _no_type_parameters(definition.node)
        chain = enclosing_chain(
            definition.scope,
            definition.order,
            syntax.definitions.__getitem__,
            _no_type_parameters,
        )
        return Env(syntax, tuple(chain), syntax.top_level_order(definition))

    def _of_class(
        self,
        facts: dict[int, Fact],
        defined: _DefinedAt,
        unsure: Fact,
        compute: Callable[[_DefinedAt, ast.ClassDef], Fact],
    ) -> Fact:
        """``compute`` of a class, once (``facts`` keeps it); ``unsure`` for a class among its
        own bases."""
        node = defined.definition.node
        assert isinstance(node, ast.ClassDef)
        key = id(node)
        if key not in facts:
            facts[key] = unsure
            facts[key] = compute(defined, node)
        return facts[key]

    def _checked_ancestors(self, defined: _DefinedAt) -> frozenset[str]:
        """Which of ``_CHECKED_BASES`` the class may derive from (``ClassInfo.ancestors``): all
        of them where a base cannot be told."""
        return self._of_class(self._models, defined, _CHECKED_BASES, self._ancestors)

    def _ancestors(self, defined: _DefinedAt, node: ast.ClassDef) -> frozenset[str]:
        checked: frozenset[str] = frozenset()
        try:
            env = self._eager_env(defined.syntax, defined.definition)
            for base in node.bases:
                try:
                    value = self.eval(_argument_value(base), env)
                except _Missing:  # ``ClassInfo.bases``: unresolved, no class
                    continue
                checked |= self._checked_base(value)
        except (_Unproven, RecursionError):
            checked = _CHECKED_BASES
        return checked

    def _not_plain(self, defined: _DefinedAt) -> bool:
        """Whether the class is certainly not one pydantic knows nothing about
        (``pydantic_checks._plain_class``): it has a schema hook, is a dataclass, or has a
        base that is no plain class (not ``builtins``', not ``abc.ABC``)."""
        return self._of_class(self._not_plains, defined, False, self._certainly_not_plain)

    def _certainly_not_plain(self, defined: _DefinedAt, node: ast.ClassDef) -> bool:
        inner = defined.definition.inner
        if any(inner.lookup(hook) is not None for hook in SCHEMA_HOOKS):
            return True
        try:
            env = self._eager_env(defined.syntax, defined.definition)
        except _Unproven:
            return False
        found = False
        for base in node.bases:
            try:
                value = self.eval(_argument_value(base), env)
            except _Missing:  # ``ClassInfo.bases``: an unresolved ``Special``
                found = True
                break
            except (_Unproven, RecursionError):
                continue
            found = self._not_plain_base(value)
            if found:
                break
        for decorator in node.decorator_list if not found else ():
            call = decorator.func if isinstance(decorator, ast.Call) else decorator
            try:
                found = self.eval(call, env).exact == Function("dataclasses.dataclass")
            except (_Unproven, RecursionError):
                continue
            if found:
                break
        return found

    def _not_plain_base(self, base: _Value) -> bool:
        """A base that makes a class no plain class to pydantic (``_plain_class``)."""
        if isinstance(base.place, _DefinedAt):
            node = base.place.definition.node
            return isinstance(node, ast.ClassDef) and self._not_plain(base.place)
        value = base.exact
        if isinstance(value, Function | Opaque | Special):
            return value not in PLAIN_BASES
        head = generic_head(value) if isinstance(value, Generic) else value
        return isinstance(head, Class) and not (
            head.qualname.startswith("builtins.") or head in PLAIN_BASES
        )

    def _checked_base(self, base: _Value) -> frozenset[str]:
        place = base.place
        if isinstance(place, _DefinedAt) and isinstance(place.definition.node, ast.ClassDef):
            return (_CHECKED_BASES & {place.qualname}) | self._checked_ancestors(place)
        if place is not None:
            return frozenset()
        if base.exact is not None:
            return _external_checked(base.exact)
        return _CHECKED_BASES if base.model else frozenset()

    # ----------------------------------------------------------------- expressions
    def eval(self, node: ast.expr, env: Env[Syntax]) -> _Value:
        """What ``Evaluator.eval`` of the libcst twin of ``node`` may give; raises ``_Unproven``
        where it may raise ``NameNotFound`` or ``OperatorError``."""
        if isinstance(node, ast.Name):
            return self._lookup(node.id, env)
        if isinstance(node, ast.Constant):
            return self._constant(node.value, env)
        if isinstance(node, ast.Attribute):
            return self._attribute(self.eval(node.value, env), node.attr)
        if isinstance(node, ast.Subscript):
            return self._subscript(node, env)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return self._or(self._operand(node.left, env), self._operand(node.right, env))
        if isinstance(node, ast.IfExp):
            test = self.eval(node.test, env)
            if test.exact == Special("typing.TYPE_CHECKING"):
                return self.eval(node.orelse, env)
            if isinstance(test.exact, Constant):
                return self.eval(node.body if test.exact.value else node.orelse, env)
            if test.exact is not None or test.place is not None:
                return _PLAIN
            with self._speculation():  # ``Opaque`` unless the test is a constant
                return _join(_PLAIN, self.eval(node.body, env), self.eval(node.orelse, env))
        if isinstance(node, ast.Call):
            return self._call(self.eval(node.func, env), node, env)
        return _PLAIN  # ``Opaque``: nothing below is evaluated

    def _constant(self, value: object, env: Env[Syntax]) -> _Value:
        if isinstance(value, str):  # a string annotation: a forward reference
            return self._forward_ref(value, env.lazy())
        if value is None or isinstance(value, bool | int | float | bytes) or value is Ellipsis:
            return _known(Constant(value))
        return _PLAIN  # an imaginary number: libcst's ``Imaginary`` is opaque

    def _operand(self, node: ast.expr, env: Env[Syntax]) -> _Value:
        """An operand of ``|``: a string stays a string (``int | "X"`` is a TypeError)."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str | bytes):
            return _known(Constant(node.value))
        return self.eval(node, env)

    def _or(self, left: _Value, right: _Value) -> _Value:
        """``left | right``, which raises unless ``_supports_or``."""
        values = (left.exact, right.exact)
        if all(isinstance(v, Constant) and isinstance(v.value, int) for v in values):
            return _known(Constant(left.exact.value | right.exact.value))  # type: ignore[union-attr]
        if left.const or right.const or (left.none and right.none):
            raise _Unproven
        if left.exact is not None and right.exact is not None:
            return _known(bit_or(left.exact, right.exact))
        union = _join(left, right)
        return replace(union, exact=None, place=None, none=False, deep=True)

    def _forward_ref(self, text: str, env: Env[Syntax]) -> _Value:
        """A string evaluated as a type: a name it lacks makes ``get_type_hints`` fail later,
        not the module (``ForwardRefNotFound``); ``int | "str"`` in it raises all the same."""
        try:
            expression = ast.parse(text.strip(), mode="eval").body
        except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
            raise _Unproven from error
        with self._postponed(env.module):
            return self.eval(expression, env)

    def _lookup(self, name: str, env: Env[Syntax]) -> _Value:
        for scope, before in env.chain:
            binding = scope.lookup(name, before)
            if binding is not None:
                return self._binding_value(binding, scope, env.module)
            starred = self._star_imported(name, scope, before, env.module, frozenset())
            if starred is not None:
                return starred
        value = known.builtin_name(name)
        if value is not None:
            return _known(value)
        if env.module in self._forward:  # ``ForwardRefNotFound``: it stops, nothing raises
            return _PLAIN
        raise _Unproven if self._speculating else _Missing

    def _star_imported(
        self, name: str, scope: Scope, before: int | None, syntax: Syntax, seen: frozenset[Path]
    ) -> _Value | None:
        """``Evaluator._star_imported``."""
        for order, star in reversed(scope.star_imports):
            if before is not None and order >= before:
                continue
            absolute = absolute_import(star.module, star.level, syntax.name, syntax.path)
            reached = self._project.reach(absolute, syntax.path)
            if reached is None:
                value = known.star_imported(absolute, name)
                if value is not None:
                    return _known(value)
                continue
            if name.startswith("_") or reached in seen:
                continue
            source = self._syntax(reached)
            binding = source.scope.lookup(name)
            if binding is not None:
                return self._binding_value(binding, source.scope, source)
            value = self._star_imported(name, source.scope, None, source, seen | {syntax.path})
            if value is not None:
                return value
        return None

    def _syntax(self, path: Path) -> Syntax:
        syntax = self._project.syntax(path)
        if not isinstance(syntax, Syntax):  # only libcst reads it
            raise _Unproven
        return syntax

    def _binding_value(self, binding: Binding, scope: Scope, syntax: Syntax) -> _Value:
        """``Evaluator.binding_value``."""
        value = binding.value
        if isinstance(value, ImportOf):
            if value.name is None:
                dotted = value.module if value.alias else value.module.split(".")[0]
                return _Value(place=_ModuleAt(dotted, syntax.path), deep=True)
            absolute = absolute_import(value.module, value.level, syntax.name, syntax.path)
            return self._member(absolute, value.name, syntax.path)
        if isinstance(value, DefinitionNode):
            defined = _DefinedAt(syntax, syntax.definitions[value])
            if isinstance(value, ast.ClassDef):
                return _Value(place=defined, deep=True, accepted=self._not_plain(defined))
            pyfunc = defined.qualname == known.PYFUNC_DECORATOR
            return _Value(place=defined, pyfunc=pyfunc, deep=True, accepted=True)
        if type(value).__name__ == "TypeAlias":
            return _known(TypeAliasValue(binding.name))
        if isinstance(value, ast.expr):
            key = id(value)
            if key in self._active:  # an alias that refers to itself
                return _known(Opaque(binding.name))
            self._active.add(key)
            try:
                outer = () if scope.kind == "module" else ((syntax.scope, None),)
                env = Env(syntax, ((scope, binding.order), *outer))
                return self._assigned(binding, value, env)
            finally:
                self._active.discard(key)
        return _known(Opaque(binding.name))

    def _assigned(self, binding: Binding, value: ast.expr, env: Env[Syntax]) -> _Value:
        """``Evaluator._assigned``."""
        if isinstance(value, ast.Call):
            try:
                callee = self.eval(value.func, env)
            except _Missing:  # ``_safe_eval``: opaque, which no call follows
                return _known(Opaque(binding.name))
            except _Unproven:
                return _ANYTHING
            declared = declared_value(callee.exact, f"{env.module.name}.{binding.name}")
            if declared is not None:
                return _known(declared)
            if isinstance(callee.place, _DefinedAt):
                if isinstance(callee.place.definition.node, ast.ClassDef):
                    return _known(Opaque(binding.name))
                return _join(self._returned(callee.place), _known(Opaque(binding.name)))
            if callee.exact is None and callee.place is None and callee.deep:
                return _ANYTHING
            return _known(Opaque(binding.name))
        if isinstance(value, ast.Constant) and isinstance(value.value, str | bytes):
            constant = _known(Constant(value.value))
            if binding.annotation is None or isinstance(value.value, bytes):
                return constant
            try:
                annotation = self.eval(binding.annotation, env)
            except _Missing:  # ``_safe_eval``: opaque
                annotation = _PLAIN
            except _Unproven:
                annotation = _ANYTHING
            if annotation.exact == Special("typing.TypeAlias"):
                return self._forward_ref(value.value, env.lazy())
            if annotation.exact is None and annotation.place is None and annotation.deep:
                return _join(constant, self._forward_ref(value.value, env.lazy()))
            return constant
        return self.eval(value, env)

    def _member(self, module: str, attr: str, importer: Path) -> _Value:
        """``Evaluator.member``."""
        reached = self._project.reach(module, importer) if module else None
        if reached is None:
            return _known(known.resolve_external(f"{module}.{attr}" if module else attr))
        source = self._syntax(reached)
        binding = source.scope.lookup(attr)
        if binding is not None:
            return self._binding_value(binding, source.scope, source)
        starred = self._star_imported(attr, source.scope, None, source, frozenset())
        if starred is not None:
            return starred
        if self._project.reach(f"{module}.{attr}", importer) is not None:
            return _Value(place=_ModuleAt(f"{module}.{attr}", importer), deep=True)
        return _known(Opaque(f"{module}.{attr}"))

    def _attribute(self, base: _Value, attr: str) -> _Value:
        """``Evaluator.attribute``."""
        place = base.place
        if isinstance(place, _ModuleAt):
            return self._member(place.name, attr, place.importer)
        if isinstance(place, _DefinedAt):
            if not isinstance(place.definition.node, ast.ClassDef):
                return _PLAIN
            inner = place.definition.inner
            binding = inner.lookup(attr)
            if binding is None:
                return _PLAIN
            return self._binding_value(binding, inner, place.syntax)
        if isinstance(base.exact, Module):  # an external module
            return _known(known.resolve_external(f"{base.exact.name}.{attr}"))
        if base.exact is None and base.deep:
            raise _Unproven
        return _PLAIN

    def _subscript(self, node: ast.Subscript, env: Env[Syntax]) -> _Value:
        """``Evaluator._subscript``."""
        base = self.eval(node.value, env)
        index = node.slice
        elements = index.elts if isinstance(index, ast.Tuple) else [index]
        # ``x[(a, b)]`` is one element to libcst, ``x[a, b]`` two: ``ast`` tells them apart
        # only by where the tuple starts, which ``x[(a), b]`` shares.
        ambiguous = isinstance(index, ast.Tuple) and (
            not elements
            or (elements[0].lineno, elements[0].col_offset) != (index.lineno, index.col_offset)
        )
        if any(isinstance(e, ast.Slice) for e in elements):
            return _PLAIN
        if base.exact == Special("typing.Literal"):
            return _literal_type(elements, ambiguous)
        with self._speculation(ambiguous):  # the tuple's elements, when it is one element
            if base.exact == Special("typing.Annotated"):
                inner = self.eval(_argument_value(elements[0]), env) if elements else _PLAIN
                if inner.exact is None or ambiguous:  # pydantic reads the type it annotates
                    return _Value(deep=True, accepted=inner.accepted and not ambiguous)
                if isinstance(inner.exact, Generic) and inner.exact.origin == "typing.Annotated":
                    return inner
                return _known(Generic("typing.Annotated", "typing.Annotated", (inner.exact,)))
            args = [self._argument(_argument_value(e), env) for e in elements]
        if ambiguous:
            args.append(_PLAIN)  # the tuple itself, opaque
        return self._subscripted(base, args, ambiguous)

    def _subscripted(self, base: _Value, args: list[_Value], ambiguous: bool) -> _Value:
        """``evaluate.subscript`` of what ``base`` and ``args`` may be."""
        if isinstance(base.place, _DefinedAt):
            if base.place.definition.node.__class__ is ast.ClassDef and self._checked_ancestors(
                base.place
            ):
                raise _Unproven  # a generic pydantic model: parametrized
            return _PLAIN
        if base.place is not None:
            return _PLAIN
        exact = base.exact
        if exact is None:
            if base.deep or base.model:
                raise _Unproven
            return _PLAIN
        if not ambiguous and all(a.exact is not None for a in args):
            return _known(subscript(exact, tuple(a.exact for a in args)))  # type: ignore[misc]
        # What pydantic accepts as a field: a form or a generic class it has a schema for (the
        # origin of what ``subscript`` makes), of arguments it accepts.
        origin = exact.origin or exact.qualname if isinstance(exact, Special) else None
        if isinstance(exact, Class) and exact.qualname.startswith(("builtins.", "collections.")):
            origin = exact.qualname
        generic = Generic(origin, origin, ()) if origin else None
        accepted = (
            generic is not None
            and not known.pydantic_has_no_schema(generic)
            and all(a.accepted for a in args)
        )
        if isinstance(exact, Special | Generic) and (
            isinstance(exact, Special) or type_parameters(exact)
        ):
            # A union may be one of its arguments; another form keeps its origin, and is no
            # constant even where one is among them (``Callable[[int], str]``).
            members = replace(_join(*args), none=False) if args else _PLAIN
            if exact not in (UNION, OPTIONAL) and exact.origin not in UNION_ORIGINS:
                members = replace(members, const=False)
            checked = _Value(model=bool(_external_checked(exact)), deep=True)
            return replace(_join(members, checked), accepted=accepted)
        if isinstance(exact, Class):
            return _Value(model=bool(_external_checked(exact)), deep=True, accepted=accepted)
        return _PLAIN

    def _argument(self, node: ast.expr, env: Env[Syntax]) -> _Value:
        """``Evaluator._argument``: a list is a constant, a string a forward reference."""
        if isinstance(node, ast.List):
            values = [self.eval(e, env) for e in node.elts]
            if all(v.exact is not None for v in values):
                return _known(Constant(tuple(v.exact for v in values)))
            return _Value(const=True)
        value = self.eval(node, env)
        if isinstance(value.exact, Constant) and isinstance(value.exact.value, str):
            return self._forward_ref(value.exact.value, env.lazy())
        if value.const and value.exact is None:
            raise _Unproven  # maybe a string, which would be evaluated
        return value

    def _call(self, callee: _Value, node: ast.Call, env: Env[Syntax]) -> _Value:
        """``call_result`` or ``_constrained``, else opaque."""
        if isinstance(callee.place, _DefinedAt):
            if isinstance(callee.place.definition.node, ast.ClassDef):
                return _PLAIN
            if known.constrained_type(callee.place.qualname) is not None:
                raise _Unproven
            return self._returned(callee.place)
        if callee.place is not None:
            return _PLAIN
        if callee.exact is None:
            if callee.deep:
                raise _Unproven
            return _PLAIN
        base = (
            known.constrained_type(callee.exact.qualname)
            if isinstance(callee.exact, Function)
            else None
        )
        if base is None:
            return _PLAIN
        if base.qualname in ("builtins.list", "builtins.set", "builtins.frozenset"):
            # The first positional argument or ``item_type=``: which one comes first is the
            # source's order, which ``ast`` splits; all are looked at.
            items = [*node.args, *(k.value for k in node.keywords if k.arg in (None, "item_type"))]
            with self._speculation():
                for item in items:
                    self._argument(_argument_value(item), env)
            return _Value(deep=True)
        return _known(Generic("typing.Annotated", "typing.Annotated", (base,)))

    def _returned(self, function: _DefinedAt) -> _Value:
        """``call_result``: what the project function returns when every ``return`` gives the
        same value, else (or when one raises) opaque."""
        node = function.definition.node
        key = id(node)
        if key in self._active:
            return _PLAIN
        self._active.add(key)
        try:
            try:
                chain = self._eager_env(function.syntax, function.definition).chain
            except _Unproven:
                return _ANYTHING
            env = Env(function.syntax, ((function.definition.inner, None), *chain))
            values = [_PLAIN]
            for expression in returned(node.body):
                try:
                    values.append(self.eval(expression, env))
                except _Missing:  # the evaluator gives up on the call: opaque
                    return _PLAIN
                except _Unproven:
                    values.append(_ANYTHING)
            return _join(*values)
        finally:
            self._active.discard(key)

    @contextmanager
    def _postponed(self, syntax: Syntax, postponed: bool = True) -> Iterator[None]:
        """What is evaluated meanwhile is a postponed annotation of ``syntax``."""
        if postponed:
            self._forward.append(syntax)
        try:
            yield
        finally:
            if postponed:
                self._forward.pop()

    @contextmanager
    def _speculation(self, speculating: bool = True) -> Iterator[None]:
        """What is evaluated meanwhile the evaluator may not evaluate."""
        self._speculating += speculating
        try:
            yield
        finally:
            self._speculating -= speculating


def _argument_value(node: ast.expr) -> ast.expr:
    """``*bases`` is an argument whose value libcst evaluates."""
    return node.value if isinstance(node, ast.Starred) else node


def _literal(node: ast.expr) -> bool:
    """``_plain_value`` but for ``Field()``: a literal, which pydantic refuses unannotated
    (``...`` too, which it does not: cannot tell)."""
    return isinstance(
        node,
        ast.Constant | ast.List | ast.Dict | ast.Tuple | ast.Set | ast.UnaryOp | ast.JoinedStr,
    )


def _is_string(node: ast.expr) -> bool:
    """``hints.is_string``: a string or bytes literal (an f-string is not)."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str | bytes)


def _has_union(node: ast.AST) -> bool:
    return any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr) for n in ast.walk(node))


def _no_type_parameters(node: object) -> tuple[()]:
    """PEP 695 type parameters (``class C[T]``) are left to libcst."""
    if getattr(node, "type_params", None):
        raise _Unproven
    return ()
