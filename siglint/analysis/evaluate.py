"""Evaluate annotation expressions statically, the way Python and ``typing`` would at run time.

An ``Env`` says where an expression is evaluated: the chain of scopes Python searches, and for
each the statement before which bindings count. ``Evaluator.eval`` returns a ``Value`` that
stands for the runtime object (normalised as ``typing`` normalises unions, ``None`` and
``Annotated``), or raises ``NameNotFound`` where Python would raise ``NameError``.
"""

from __future__ import annotations

import ast
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import libcst as cst

from siglint.analysis import known
from siglint.analysis.classes import ClassInfo
from siglint.analysis.functions import FunctionInfo
from siglint.analysis.imports import ImportOf
from siglint.analysis.module import Definition, ModuleInfo
from siglint.analysis.project import Project
from siglint.analysis.scopes import Binding, Scope, enclosing_chain
from siglint.analysis.syntax import Syntax
from siglint.analysis.values import (
    NONE_TYPE,
    UNION_ORIGINS,
    Class,
    Constant,
    Deferred,
    Function,
    Generic,
    Module,
    NewTypeValue,
    Opaque,
    Special,
    TypeAliasValue,
    TypeVarValue,
    Value,
    deferred,
)


class NameNotFound(Exception):
    def __init__(self, name: str, node: cst.CSTNode, module: ModuleInfo) -> None:
        super().__init__(name)
        self.name = name
        self.node = node
        self.module = module  # the module ``node`` is in: another one when an alias of it raises
        # The alias whose value names it (``Alias = Missing``), the innermost when one names another.
        self.alias: str | None = None


class ForwardRefNotFound(NameNotFound):
    """A name inside a string annotation: ``get_type_hints`` fails later, not the ``def``."""


class Unevaluable(Exception):
    """An annotation string that is not an expression, or an expression typing rejects."""


class OperatorError(Unevaluable):
    """``None | None`` or ``int | "str"``: Python raises ``TypeError`` evaluating the ``|``."""

    def __init__(self, node: cst.CSTNode, module: ModuleInfo, left: Value, right: Value) -> None:
        super().__init__("unsupported operand type(s) for |")
        self.node = node
        self.module = module  # as ``NameNotFound``'s
        self.alias: str | None = None
        self.operands = (left, right)


# The module an ``Env`` reads: parsed with libcst, or read with ``ast`` (the import proof).
ModuleT = TypeVar("ModuleT", ModuleInfo, Syntax)


@dataclass(frozen=True, slots=True)
class Env(typing.Generic[ModuleT]):  # ``values.Generic`` is another thing
    module: ModuleT
    chain: tuple[tuple[Scope, int | None], ...]
    # Where string annotations (forward references) are evaluated: module globals at a time.
    strings_before: int | None = None

    def lazy(self) -> Env[ModuleT]:
        return Env(self.module, ((self.module.scope, self.strings_before),), self.strings_before)


_BUILTIN_GENERICS = {"list", "dict", "tuple", "set", "frozenset", "type"}
_TYPING_GENERIC_SPECIALS = {
    "typing.ClassVar",
    "typing.Final",
    "typing.Required",
    "typing.NotRequired",
}


class Evaluator:
    def __init__(self, project: Project, python: tuple[int, int] = (3, 10)) -> None:
        self.project = project
        self.python = python  # the version the analysed code runs on
        self._classes: dict[cst.ClassDef, ClassInfo] = {}
        self._active: set[int] = set()
        # What a pass over a whole module found, by (pass, module): several analyses of one
        # check ask for it (``siglint.analysis.log_calls``); an evaluator lives for one check.
        self.passes: dict[tuple[str, ModuleInfo], Any] = {}

    def deferred_annotations(self, module: ModuleInfo) -> bool:
        """Whether a ``def`` or ``class`` statement of ``module`` leaves its annotations
        unevaluated: under ``from __future__ import annotations``, and from Python 3.14 (PEP
        649/749), where they are evaluated when something (MLflow, pydantic) reads them."""
        return module.future_annotations or self.python >= (3, 14)

    # ----------------------------------------------------------------- environments
    def eager_env(self, module: ModuleInfo, definition: Definition) -> Env:
        """Where the annotations and bases of ``definition`` are evaluated when it runs."""
        chain = [
            *_type_parameter_scopes(definition.node),
            *enclosing_chain(
                definition.scope,
                definition.order,
                module.definitions.__getitem__,
                _type_parameter_scopes,
            ),
        ]
        return Env(module, tuple(chain), module.top_level_order(definition))

    def globals_env(self, module: ModuleInfo, before: int | None) -> Env:
        """Module globals as ``typing.get_type_hints`` sees them at statement ``before``."""
        return Env(module, ((module.scope, before),), before)

    # ----------------------------------------------------------------- classes
    def class_info(self, module: ModuleInfo, node: cst.ClassDef) -> ClassInfo:
        info = self._classes.get(node)
        if info is None:
            info = ClassInfo(module.definitions[node], module, self)
            self._classes[node] = info
        return info

    def class_value(self, module: ModuleInfo, node: cst.ClassDef) -> Class:
        info = self.class_info(module, node)
        return Class(f"{module.name}.{info.definition.qualname}", info)

    # ----------------------------------------------------------------- expressions
    def eval(self, node: cst.BaseExpression, env: Env) -> Value:
        if isinstance(node, cst.Name):
            if node.value in ("None", "True", "False"):
                return Constant({"None": None, "True": True, "False": False}[node.value])
            return self.lookup(node.value, env, node)
        if isinstance(node, cst.Attribute):
            return self.attribute(self.eval(node.value, env), node.attr.value)
        if isinstance(node, cst.Subscript):
            return self._subscript(node, env)
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
            left, right = self._operand(node.left, env), self._operand(node.right, env)
            if isinstance(left, Constant) and isinstance(right, Constant) and _is_int(left, right):
                return Constant(left.value | right.value)  # flags, not types: 1 | 2 is 3
            if not _supports_or(left, right):
                raise OperatorError(node, env.module, left, right)
            return bit_or(left, right)
        if isinstance(node, cst.SimpleString | cst.ConcatenatedString):
            return self.eval_string(node, env.lazy())
        if isinstance(node, cst.IfExp):  # ``list[int] if STRICT else list[str]``
            test = self.eval(node.test, env)
            if test == Special("typing.TYPE_CHECKING"):
                test = Constant(False)
            if isinstance(test, Constant):
                return self.eval(node.body if test.value else node.orelse, env)
        if isinstance(node, cst.Ellipsis):
            return Constant(Ellipsis)
        if isinstance(node, cst.Integer | cst.Float):
            return Constant(ast.literal_eval(node.value))
        if isinstance(node, cst.Call):
            callee = self.eval(node.func, env)
            result = self.call_result(callee, env) or self._constrained(callee, node, env)
            if result is not None:
                return result
        return Opaque(env.module.code(node))

    def call_result(self, callee: Value, env: Env) -> Value | None:
        """What a project function returns, when every ``return`` returns the same thing."""
        if not isinstance(callee, Function) or not isinstance(callee.info, FunctionInfo):
            return None
        info = callee.info
        key = id(info.node)
        if key in self._active:
            return None
        returns = [r.value for r in _returns(info.node.body) if r.value is not None]
        if not returns:
            return None
        inner = info.module.definitions[info.node]
        self._active.add(key)
        try:
            chain = ((inner.inner, None), *self.eager_env(info.module, inner).chain)
            values = {self.eval(r, Env(info.module, chain)) for r in returns}
        except (NameNotFound, Unevaluable):
            return None
        finally:
            self._active.discard(key)
        return values.pop() if len(values) == 1 else None

    def _constrained(self, callee: Value, call: cst.Call, env: Env) -> Value | None:
        """``conint(gt=0)`` is ``Annotated[int, ...]``, ``conlist(str)`` ``Annotated[list[str], ...]``."""
        base = known.constrained_type(callee.qualname) if isinstance(callee, Function) else None
        if base is None:
            return None
        if base.qualname in ("builtins.list", "builtins.set", "builtins.frozenset"):
            item = next((a.value for a in call.args if _keyword(a) in (None, "item_type")), None)
            if item is None:
                return None
            base = Generic(base.qualname, base.name, (self._argument(item, env),))
        return Generic("typing.Annotated", "typing.Annotated", (base,))

    def _operand(self, node: cst.BaseExpression, env: Env) -> Value:
        """An operand of ``|``: a string stays a string (``int | "X"`` is a TypeError)."""
        if isinstance(node, cst.SimpleString | cst.ConcatenatedString):
            return _string_constant(node, env)
        return self.eval(node, env)

    def eval_string(self, node: cst.SimpleString | cst.ConcatenatedString, env: Env) -> Value:
        text = string_value(node)
        if text is None:  # bytes or an f-string: a value, not a forward reference
            return _string_constant(node, env)
        return self.forward_ref(text, env, node)

    def lookup(self, name: str, env: Env, node: cst.CSTNode) -> Value:
        for scope, before in env.chain:
            binding = scope.lookup(name, before)
            if binding is not None:
                return self.binding_value(binding, scope, env.module)
            starred = self._star_imported(name, scope, before, env.module)
            if starred is not None:
                return starred
        value = known.builtin_name(name)
        if value is None:
            raise NameNotFound(name, node, env.module)
        return value

    def _star_imported(
        self,
        name: str,
        scope: Scope,
        before: int | None,
        module: ModuleInfo,
        seen: frozenset[ModuleInfo] = frozenset(),
    ) -> Value | None:
        """``from m import *``: public names of a project module (its own star imports' too);
        anything from elsewhere."""
        for order, star in reversed(scope.star_imports):
            if before is not None and order >= before:
                continue
            absolute = Project.absolute(star.module, star.level, module)
            source = self.project.find(absolute, module)
            if source is None:  # ``from mlflow.pyfunc import *``, ``from typing import *``
                value = known.star_imported(absolute, name)
                if value is not None:
                    return value
                continue
            if name.startswith("_") or source in seen:
                continue
            binding = source.scope.lookup(name)
            if binding is not None:
                return self.binding_value(binding, source.scope, source)
            value = self._star_imported(name, source.scope, None, source, seen | {module})
            if value is not None:
                return value
        return None

    def binding_value(self, binding: Binding, scope: Scope, module: ModuleInfo) -> Value:
        value = binding.value
        if isinstance(value, ImportOf):
            return self._imported(binding, value, module)
        if isinstance(value, cst.ClassDef):
            return self.class_value(module, value)
        if isinstance(value, cst.FunctionDef):
            definition = module.definitions[value]
            return Function(
                f"{module.name}.{definition.qualname}", FunctionInfo(definition, module)
            )
        if hasattr(cst, "TypeAlias") and isinstance(value, cst.TypeAlias):
            return TypeAliasValue(binding.name)
        if isinstance(value, cst.TypeParam):
            return TypeVarValue(binding.name)
        if isinstance(value, cst.BaseExpression):
            key = id(value)
            if key in self._active:  # an alias that refers to itself
                return Opaque(binding.name)
            self._active.add(key)
            try:
                env = Env(module, ((scope, binding.order), *self._outer_chain(scope, module)))
                return self._assigned(binding, value, env)
            except (NameNotFound, OperatorError) as error:
                error.alias = error.alias or binding.name
                raise
            finally:
                self._active.discard(key)
        return Opaque(binding.name)

    def _imported(self, binding: Binding, value: ImportOf, module: ModuleInfo | Syntax) -> Value:
        """What an import statement of ``module`` binds: a module, or a name of one."""
        if value.name is None:
            return self.module_value(
                value.module if value.alias else value.module.split(".")[0], module
            )
        key = id(binding)
        if key in self._active:  # ``from`` imports in a circle: Python's ImportError
            return Opaque(binding.name)
        self._active.add(key)
        try:
            absolute = Project.absolute(value.module, value.level, module)
            return self.member(absolute, value.name, module)
        finally:
            self._active.discard(key)

    def _outer_chain(
        self, scope: Scope, module: ModuleInfo
    ) -> tuple[tuple[Scope, int | None], ...]:
        if scope.kind == "module":
            return ()
        return ((module.scope, None),)

    def _assigned(self, binding: Binding, value: cst.BaseExpression, env: Env) -> Value:
        if isinstance(value, cst.Call):
            callee = self._safe_eval(value.func, env)
            declared = declared_value(callee, f"{env.module.name}.{binding.name}")
            return declared or self.call_result(callee, env) or Opaque(binding.name)
        if isinstance(value, cst.SimpleString | cst.ConcatenatedString):
            if binding.annotation is not None and self._is_type_alias(binding.annotation, env):
                return self.eval_string(value, env.lazy())
            return _string_constant(value, env)
        return self.eval(value, env)

    def _is_type_alias(self, annotation: cst.BaseExpression, env: Env) -> bool:
        return self._safe_eval(annotation, env) == Special("typing.TypeAlias")

    def _safe_eval(self, node: cst.BaseExpression, env: Env) -> Value:
        try:
            return self.eval(node, env)
        except (NameNotFound, Unevaluable):
            return Opaque(env.module.code(node))

    def module_value(self, dotted: str, importer: ModuleInfo | Syntax) -> Value:
        return Module(dotted, importer)

    def member(self, module: str, attr: str, importer: ModuleInfo | Syntax) -> Value:
        """``attr`` of the module ``module`` imported in ``importer``: what the module binds
        (its star imports too), else a submodule."""
        read = self._read_member(module, attr, importer) if module else None
        if read is not None:
            return read
        target = self.project.find(module, importer) if module else None
        if target is not None:
            binding = target.scope.lookup(attr)
            if binding is not None:
                return self.binding_value(binding, target.scope, target)
            starred = self._star_imported(attr, target.scope, None, target)
            if starred is not None:
                return starred
            if self.project.find(f"{module}.{attr}", importer) is not None:
                return Module(f"{module}.{attr}", importer)
            return Opaque(f"{module}.{attr}")
        return known.resolve_external(f"{module}.{attr}" if module else attr)

    def _read_member(self, module: str, attr: str, importer: ModuleInfo | Syntax) -> Value | None:
        """``member``, from the module as ``ast`` reads it when libcst has not parsed it: a
        name it imports is followed from there, a class or function it defines is named and
        parsed only when its definition is asked for (``Deferred``), and a name it does not
        bind is a submodule or nothing. None when only libcst's reading can tell (a name
        assigned an expression, a star import)."""
        path = self.project.reach(module, importer.path)
        if path is None or self.project.parsed(path) is not None:
            return None
        syntax = self.project.syntax(path)
        if not isinstance(syntax, Syntax):  # CPython cannot parse it: libcst's reading it is
            return None
        binding = syntax.scope.lookup(attr)
        if binding is None:
            if syntax.scope.star_imports:
                return None
            if self.project.reach(f"{module}.{attr}", importer.path) is not None:
                return Module(f"{module}.{attr}", importer)
            return Opaque(f"{module}.{attr}")
        value = binding.value
        if isinstance(value, ImportOf):
            return self._imported(binding, value, syntax)
        if isinstance(value, ast.expr):
            return self._read_assigned(syntax, binding, value)
        return self._unparsed(syntax, value, (attr,))

    def _read_assigned(self, syntax: Syntax, binding: Binding, value: ast.expr) -> Value | None:
        """``binding_value`` of a module-level ``name = value`` as ``ast`` reads it, for the
        values whose evaluation reads no libcst node: a constant, another name the module
        imports or defines, and a call of a class (``_assigned``: what no project function
        returns is the name itself, ``Opaque``). None for anything else."""
        if isinstance(value, ast.Constant):
            constant = value.value
            if isinstance(constant, str | bytes):
                return Constant(constant) if binding.annotation is None else None
            return Constant(constant) if type(constant) in _PLAIN_CONSTANTS else None
        if isinstance(value, ast.Name):
            try:
                return self._read_name(syntax, value.id, binding.order)
            except (NameNotFound, OperatorError) as error:
                error.alias = error.alias or binding.name
                raise
        if not isinstance(value, ast.Call) or not isinstance(value.func, ast.Name):
            return None
        try:
            callee = self._read_name(syntax, value.func.id, binding.order)
        except (NameNotFound, Unevaluable):  # ``_safe_eval``: opaque, which no call follows
            return Opaque(binding.name)
        if callee is None:
            return None
        declared = declared_value(callee, f"{syntax.name}.{binding.name}")
        if declared is not None:
            return declared
        if isinstance(callee, Function) and (
            deferred(callee) is not None or isinstance(callee.info, FunctionInfo)
        ):
            return None  # a project function: what it returns is read with libcst
        return Opaque(binding.name)

    def _read_name(self, syntax: Syntax, name: str, before: int) -> Value | None:
        """``lookup`` of ``name`` in the module's own scope at statement ``before``, when what
        binds it there is an import, or a ``class`` or ``def`` no later statement binds the
        name to (``_definition`` parses the last); None for anything else."""
        binding = syntax.scope.lookup(name, before)
        if binding is None:
            return None  # a builtin, a star import, a NameError: as libcst's reading has it
        if isinstance(binding.value, ImportOf):
            return self._imported(binding, binding.value, syntax)
        if syntax.scope.lookup(name) is not binding:
            return None
        return self._unparsed(syntax, binding.value, (name,))

    def _unparsed(self, syntax: Syntax, node: object, names: tuple[str, ...]) -> Value | None:
        """The class or function ``node`` of ``syntax``, reached from its module through
        ``names`` (which make its qualified name: it stands at the top level or in a class
        there), its info deferred to ``_definition``; None for anything else."""
        if isinstance(node, ast.ClassDef):
            kind: type[Class | Function] = Class
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            kind = Function
        else:
            return None
        path = syntax.path
        reading = (syntax, syntax.definitions[node], names)
        deferred_info = Deferred(lambda: self._definition(path, names), reading)
        return kind(f"{syntax.name}.{'.'.join(names)}", deferred_info)

    def _definition(self, path: Path, names: tuple[str, ...]) -> object:
        """The info of the class or function that the module at ``path`` binds to
        ``names[0]`` (of its class ``names[0]``, to ``names[1]``...), parsed with libcst now."""
        module = self.project.module(path)
        if module is None:  # libcst does not parse what CPython does
            return None
        scope = module.scope
        for index, name in enumerate(names):
            binding = scope.lookup(name)
            if binding is None or not isinstance(binding.value, cst.ClassDef | cst.FunctionDef):
                return None
            if index == len(names) - 1:
                return self.binding_value(binding, scope, module).info
            scope = module.definitions[binding.value].inner
        return None

    def _read_attribute(self, base: Class, attr: str) -> Value | None:
        """``base.attr`` for a class whose module libcst has not parsed (``Deferred``), from
        the class body as ``ast`` reads it: a method or a nested class; None when only its
        definition can tell."""
        unread = deferred(base)
        if unread is None:
            return None
        syntax, definition, names = unread.reading  # type: ignore[misc]
        binding = definition.inner.lookup(attr)
        if binding is None:  # as for a parsed class: nothing inherited is looked up
            return known.external_attribute(base, attr)
        return self._unparsed(syntax, binding.value, (*names, attr))

    def attribute(self, base: Value, attr: str) -> Value:
        if isinstance(base, Module) and isinstance(base.anchor, ModuleInfo | Syntax):
            return self.member(base.name, attr, base.anchor)
        if isinstance(base, Class):
            read = self._read_attribute(base, attr)
            if read is not None:
                return read
        if isinstance(base, Class) and base.info is not None:
            binding = base.info.definition.inner.lookup(attr)
            if binding is not None:
                return self.binding_value(binding, base.info.definition.inner, base.info.module)
        return known.external_attribute(base, attr)

    # ----------------------------------------------------------------- subscripts
    def _subscript(self, node: cst.Subscript, env: Env) -> Value:
        base = self.eval(node.value, env)
        elements = [el.slice for el in node.slice]
        indexes = [el.value for el in elements if isinstance(el, cst.Index)]
        if len(indexes) != len(elements):
            return Opaque(env.module.code(node))
        if base == Special("typing.Annotated"):
            # Kept: pydantic strips only a field's outermost one, get_type_hints every one.
            inner = self.eval(indexes[0], env)
            if isinstance(inner, Generic) and inner.origin == "typing.Annotated":
                return inner  # Annotated[Annotated[T, x], y] is Annotated[T, x, y]
            return Generic("typing.Annotated", "typing.Annotated", (inner,))
        if base == Special("typing.Literal"):
            return Generic("typing.Literal", "typing.Literal", tuple(_literal(i) for i in indexes))
        args = tuple(self._argument(i, env) for i in indexes)
        return subscript(base, args)

    def _argument(self, node: cst.BaseExpression, env: Env) -> Value:
        if isinstance(node, cst.List):  # Callable[[int], str]
            return Constant(tuple(self.eval(e.value, env) for e in node.elements))
        return self.as_type(self.eval(node, env), env, node)

    def as_type(self, value: Value, env: Env, node: cst.BaseExpression) -> Value:
        """A string where a type is expected (``node`` evaluated to it) is a forward reference,
        evaluated later."""
        if isinstance(value, Constant) and isinstance(value.value, str):
            return self.forward_ref(value.value, env.lazy(), node)
        return value

    def forward_ref(self, text: str, env: Env, node: cst.BaseExpression) -> Value:
        """``text`` evaluated as a type; errors are blamed on ``node``, the module's own node
        (the parsed text is in no module)."""
        try:
            expression = cst.parse_expression(text.strip())
        except (cst.ParserSyntaxError, ValueError) as exc:
            raise Unevaluable(text) from exc
        try:
            return self.eval(expression, env)
        except NameNotFound as error:
            if error.module is not env.module:  # an alias of a module it imports: that raises
                raise
            raise ForwardRefNotFound(error.name, node, env.module) from error
        except OperatorError as error:
            raise OperatorError(node, env.module, *error.operands) from error


def _type_parameter_scopes(node: cst.CSTNode) -> list[tuple[Scope, int | None]]:
    """The PEP 695 type parameters of ``def f[T]`` or ``class C[T]``, as a scope of their own
    (the annotation scope Python 3.12 gives them)."""
    parameters = getattr(node, "type_parameters", None)
    if parameters is None:
        return []
    scope = Scope("function", parameters, None, "<type parameters>")
    for parameter in parameters.params:
        name = getattr(parameter.param, "name", None)
        if isinstance(name, cst.Name):
            scope.bind(Binding(name.value, 0, parameter, parameter))
    return [(scope, None)]


def subscript(base: Value, args: tuple[Value, ...]) -> Value:
    """``base[args]`` with typing's normalisation."""
    if isinstance(base, Special):
        if base.qualname == "typing.Optional":
            return union((*args, NONE_TYPE), "typing.Union")
        if base.qualname == "typing.Union":
            return union(args, "typing.Union")
        if base.origin is not None:
            return Generic(base.origin, base.qualname, tuple(_typing_arg(a) for a in args))
        if base.qualname in _TYPING_GENERIC_SPECIALS:
            return Generic(base.qualname, base.qualname, tuple(_typing_arg(a) for a in args))
        return Generic(base.qualname, base.qualname, args)
    if isinstance(base, Class):
        module, _, name = base.qualname.rpartition(".")
        if module == "builtins" and name in _BUILTIN_GENERICS:
            return Generic(base.qualname, name, args)
        if module in ("collections.abc", "collections"):
            return Generic(base.qualname, base.qualname, args)
        if base.info is not None and base.info.is_generic_model():
            return base.info.parametrize(args)
        if base.qualname in (known.PYDANTIC_ROOT, known.PYDANTIC_BASE):
            return Generic(base.qualname, base.name, args)
        return Opaque(f"{base.qualname}[...]")
    if isinstance(base, Generic):
        parameters = type_parameters(base)
        if parameters:  # Batch = list[T]; Batch[int] is list[int]
            return substitute(base, dict(zip(parameters, args, strict=False)))
    if isinstance(base, Opaque):
        return Opaque(f"{base.qualname}[...]")
    return Opaque(f"{base.runtime_str()}[...]")


def type_parameters(value: Value) -> list[TypeVarValue]:
    """``__parameters__``: the type variables of a generic alias, in order of appearance."""
    if isinstance(value, TypeVarValue):
        return [value]
    found: list[TypeVarValue] = []
    for arg in value.args if isinstance(value, Generic) else ():
        for parameter in type_parameters(arg):
            if parameter not in found:
                found.append(parameter)
    return found


def substitute(value: Value, mapping: dict) -> Value:
    if isinstance(value, TypeVarValue):
        return mapping.get(value, mapping.get(value.qualname, value))
    if isinstance(value, Generic):
        args = tuple(substitute(a, mapping) for a in value.args)
        if value.origin in UNION_ORIGINS:
            return union(args, value.origin)
        return Generic(value.origin, value.spelling, args)
    return value


def without_annotated(value: Value) -> Value:
    """``get_type_hints`` without ``include_extras``: every ``Annotated[X, ...]`` becomes ``X``."""
    if not isinstance(value, Generic):
        return value
    if value.origin == "typing.Annotated":
        return without_annotated(value.args[0])
    args = tuple(without_annotated(a) for a in value.args)
    if value.origin in UNION_ORIGINS:
        return union(args, value.origin)
    return Generic(value.origin, value.spelling, args)


def _keyword(arg: cst.Arg) -> str | None:
    return arg.keyword.value if arg.keyword is not None else None


def _typing_arg(value: Value) -> Value:
    return NONE_TYPE if value == Constant(None) else value


def union(args: tuple[Value, ...], origin: str) -> Value:
    flat: list[Value] = []
    for arg in args:
        arg = _typing_arg(arg)
        members = arg.args if isinstance(arg, Generic) and arg.origin in UNION_ORIGINS else (arg,)
        for member in members:
            if member not in flat:
                flat.append(member)
    if len(flat) == 1:
        return flat[0]
    spelling = "typing.Union" if origin == "typing.Union" else "types.UnionType"
    return Generic(origin, spelling, tuple(flat))


def _supports_or(left: Value, right: Value) -> bool:
    """Whether ``left | right`` evaluates: a type on at least one side, no string operand."""
    if any(isinstance(v, Constant) and v.value is not None for v in (left, right)):
        return False
    return not (isinstance(left, Constant) and isinstance(right, Constant))


def _is_int(*values: Constant) -> bool:
    return all(isinstance(v.value, int) for v in values)


def bit_or(left: Value, right: Value) -> Value:
    """``left | right``: ``typing.Union`` if either side is a typing object, else ``types.UnionType``."""
    typing_side = any(
        isinstance(v, Special) or (isinstance(v, Generic) and v.spelling.startswith("typing."))
        for v in (left, right)
    )
    return union((left, right), "typing.Union" if typing_side else "types.UnionType")


# What holds a function body's statements; a nested ``def`` or ``class`` holds its own.
_BLOCKS = (
    cst.BaseSuite,
    cst.SimpleStatementLine,
    cst.If,
    cst.Else,
    cst.Try,
    cst.TryStar,
    cst.ExceptHandler,
    cst.ExceptStarHandler,
    cst.Finally,
    cst.With,
    cst.For,
    cst.While,
    cst.Match,
    cst.MatchCase,
)


def _returns(node: cst.CSTNode) -> Iterator[cst.Return]:
    """``return`` statements of a function body, in every block (an ``elif``'s and its
    ``else``'s, an ``except``'s, a ``case``'s, one on its colon's line), not of nested functions
    or classes."""
    for child in node.children:
        if isinstance(child, cst.Return):
            yield child
        elif isinstance(child, _BLOCKS):
            yield from _returns(child)


def _literal(node: cst.BaseExpression) -> Value:
    try:
        code = cst.Module([]).code_for_node(node)
        return Constant(ast.literal_eval(code))
    except (ValueError, SyntaxError):
        return Opaque(cst.Module([]).code_for_node(node))


def string_value(node: cst.SimpleString | cst.ConcatenatedString) -> str | None:
    """The text of a string literal; ``None`` for bytes and for f-strings (known when run)."""
    value = node.evaluated_value
    return value if isinstance(value, str) else None


def declared_value(callee: Value | None, qualname: str) -> Value | None:
    """What ``name = TypeVar(...)`` or ``name = NewType(...)`` binds (``qualname``: the
    module's name and ``name``), ``callee`` being what the call calls; None for anything else
    (also the ``ast`` proof's, ``import_safety``)."""
    if callee == Function("typing.TypeVar"):
        return TypeVarValue(qualname)
    if callee == Function("typing.NewType"):
        return NewTypeValue(qualname)
    return None


# The constants libcst's nodes for them evaluate to as they are (``eval``): ``3``, ``1.5``,
# ``True``, ``None``, ``...``; not ``1j``, which the evaluator does not read.
_PLAIN_CONSTANTS = (int, float, bool, type(None), type(Ellipsis))


def _string_constant(node: cst.SimpleString | cst.ConcatenatedString, env: Env) -> Value:
    value = node.evaluated_value
    return Opaque(env.module.code(node)) if value is None else Constant(value)
