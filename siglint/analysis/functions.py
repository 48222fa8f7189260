"""A ``def`` as ``inspect.signature`` and ``__annotations__`` see it, decorators included."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Literal

import libcst as cst

from siglint.analysis import known
from siglint.analysis.values import Function, Value

if TYPE_CHECKING:
    from siglint.analysis.evaluate import Env, Evaluator
    from siglint.analysis.module import Definition, ModuleInfo

ParamKind = Literal["positional", "var_positional", "keyword_only", "var_keyword"]


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    kind: ParamKind
    node: cst.Param
    annotation: cst.BaseExpression | None


@dataclass(frozen=True, slots=True)
class Shape:
    """What ``inspect.signature`` and ``__annotations__`` report for the decorated function.

    ``source`` is the function whose parameters and annotations these are: the decorated
    function itself when its decorators keep its signature (``functools.wraps``), or the inner
    function of a decorator that does not.
    """

    params: tuple[Param, ...]
    returns: cst.BaseExpression | None
    source: FunctionInfo
    # ``@typing.no_type_check``: ``get_type_hints`` returns no hints for the function at all.
    no_type_check: bool = False

    @property
    def has_annotations(self) -> bool:
        return self.returns is not None or any(p.annotation is not None for p in self.params)


@dataclass(eq=False)
class FunctionInfo:
    definition: Definition
    module: ModuleInfo
    evaluator: Evaluator | None = field(default=None, repr=False)

    @property
    def node(self) -> cst.FunctionDef:
        return self.definition.node

    @property
    def name(self) -> str:
        return self.node.name.value

    @cached_property
    def own_params(self) -> tuple[Param, ...]:
        p = self.node.params
        params = [
            Param(x.name.value, "positional", x, _annotation(x))
            for x in (*p.posonly_params, *p.params)
        ]
        if isinstance(p.star_arg, cst.Param):
            params.append(
                Param(p.star_arg.name.value, "var_positional", p.star_arg, _annotation(p.star_arg))
            )
        params.extend(
            Param(x.name.value, "keyword_only", x, _annotation(x)) for x in p.kwonly_params
        )
        if isinstance(p.star_kwarg, cst.Param):
            params.append(
                Param(
                    p.star_kwarg.name.value, "var_keyword", p.star_kwarg, _annotation(p.star_kwarg)
                )
            )
        return tuple(params)

    @property
    def own_shape(self) -> Shape:
        returns = self.node.returns.annotation if self.node.returns is not None else None
        return Shape(self.own_params, returns, self)

    def env(self, evaluator: Evaluator) -> Env:
        return evaluator.eager_env(self.module, self.definition)

    def decorator_values(self, evaluator: Evaluator) -> list[tuple[cst.Decorator, Value]]:
        from siglint.analysis.evaluate import NameNotFound, Unevaluable

        values = []
        env = self.env(evaluator)
        for decorator in self.node.decorators:
            expression = decorator.decorator
            try:
                value = evaluator.eval(expression, env)
            except (NameNotFound, Unevaluable):
                value = Function("<unresolved>")
            values.append((decorator, value))
        return values


def _annotation(param: cst.Param) -> cst.BaseExpression | None:
    return param.annotation.annotation if param.annotation is not None else None


@dataclass(frozen=True, slots=True)
class Decorated:
    """The function after its decorators, as the class body or the module sees it."""

    shape: Shape
    staticmethod: bool = False
    classmethod: bool = False
    property: bool = False
    abstract: bool = False
    pyfunc: bool = False  # carries ``_is_pyfunc`` (applied by @pyfunc, define-time check ran)
    pyfunc_node: cst.Decorator | None = None
    pyfunc_shape: Shape | None = None  # the function @pyfunc was applied to


def decorate(info: FunctionInfo, evaluator: Evaluator) -> Decorated:
    """Apply ``info``'s decorators, innermost first, to what ``inspect`` will see."""
    decorated = Decorated(info.own_shape)
    for decorator, value in reversed(info.decorator_values(evaluator)):
        decorated = apply_decorator(decorated, value, evaluator, decorator)
    return decorated


_DECORATOR_FLAGS = {
    "builtins.staticmethod": "staticmethod",
    "builtins.classmethod": "classmethod",
    "builtins.property": "property",
    "abc.abstractmethod": "abstract",
}


def apply_decorator(
    decorated: Decorated, value: Value, evaluator: Evaluator, node: cst.Decorator | None = None
) -> Decorated:
    """``value(decorated)``: as ``@value`` (``node``) or as ``predict = value(predict)``."""
    qualname = value.qualname if isinstance(value, Function) else None
    if qualname in _DECORATOR_FLAGS:
        return replace(decorated, **{_DECORATOR_FLAGS[qualname]: True})
    if qualname == known.PYFUNC_DECORATOR:
        return replace(decorated, pyfunc=True, pyfunc_node=node, pyfunc_shape=decorated.shape)
    if qualname == known.NO_TYPE_CHECK:
        return replace(decorated, shape=replace(decorated.shape, no_type_check=True))
    if isinstance(value, Function) and isinstance(value.info, FunctionInfo):
        inner = _replacement(value.info, evaluator)
        if inner is not None:
            return replace(decorated, shape=inner.own_shape)
    return decorated


def _replacement(decorator: FunctionInfo, evaluator: Evaluator) -> FunctionInfo | None:
    """The inner function a project decorator returns, unless it keeps the signature.

    ``functools.wraps`` sets ``__wrapped__`` (which ``inspect.signature`` follows) and copies
    ``__annotations__``; without it the caller sees the inner function's own parameters.
    """
    from siglint.analysis.evaluate import NameNotFound, Unevaluable

    body = decorator.node.body
    statements = body.body if isinstance(body, cst.IndentedBlock) else []
    inner_defs = {s.name.value: s for s in statements if isinstance(s, cst.FunctionDef)}
    returned = None
    for stmt in statements:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, cst.Return) and isinstance(small.value, cst.Name):
                    returned = small.value.value
    if returned is None or returned not in inner_defs:
        return None
    inner = FunctionInfo(decorator.module.definitions[inner_defs[returned]], decorator.module)
    env = inner.env(evaluator)
    for decorator_node in inner.node.decorators:
        expression = decorator_node.decorator
        call = expression.func if isinstance(expression, cst.Call) else expression
        name = call.attr.value if isinstance(call, cst.Attribute) else getattr(call, "value", None)
        try:
            value = evaluator.eval(call, env)
        except (NameNotFound, Unevaluable):
            value = None
        # ``wraps`` that siglint cannot see (an unknown package's) is taken at its word.
        if value == Function("functools.wraps") or (
            not isinstance(value, Function) and name == "wraps"
        ):
            return None
    return inner
