"""Calls that matter beside the hints: ``log_model``/``save_model``, and hand-written signatures.

Every call of the module is visited once with the scope it runs in, and its callee resolved
through imports (``mlflow.pyfunc.log_model``, ``mlflow.sklearn.save_model``,
``from mlflow.types import ColSpec``...), never by name alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import libcst as cst

from siglint.analysis import known
from siglint.analysis.evaluate import Env, Evaluator, NameNotFound, Unevaluable
from siglint.analysis.module import ModuleInfo, Owner
from siglint.analysis.values import Class, Function, Opaque, Value
from siglint.diagnostics import Range


@dataclass(frozen=True, slots=True)
class ModuleCall:
    node: cst.Call
    callee: Value
    env: Env
    evaluator: Evaluator
    owner: Owner | None = None  # the innermost class or function the call is written in

    @property
    def when(self) -> str:
        """When the call runs, as a message says it: "when the module runs", "when
        `Model.schema` is called" (a call in a function body waits until it is called)."""
        return when_runs(self.env.module, self.node, self.owner)

    def eval(self, node: cst.BaseExpression) -> Value | None:
        """An expression of the call's scope, or None if siglint cannot resolve it."""
        try:
            return self.evaluator.eval(node, self.env)
        except (NameNotFound, Unevaluable, RecursionError):
            return None

    def keyword(self, name: str) -> cst.Arg | None:
        return next((a for a in self.node.args if a.keyword and a.keyword.value == name), None)

    def argument(self, position: int, name: str) -> cst.Arg | None:
        """The argument bound to ``name``: by keyword, or at ``position`` if positional."""
        found = self.keyword(name)
        if found is not None:
            return found
        positional = [a for a in self.node.args if a.keyword is None and not a.star]
        return positional[position] if position < len(positional) else None

    @property
    def qualname(self) -> str | None:
        return self.callee.qualname if isinstance(self.callee, Class | Function | Opaque) else None

    @property
    def is_logging(self) -> bool:
        """``mlflow.<flavour>.log_model`` or ``save_model``, whatever the flavour."""
        return known.is_logging(self.qualname or "")


def module_calls(
    module: ModuleInfo, evaluator: Evaluator, keyword: str | None = None
) -> Iterator[ModuleCall]:
    """Every call in the module with arguments whose callee siglint can resolve (that passes
    ``keyword``, if given). Resolving callees is most of the cost (it parses the modules they
    come from), and what siglint checks of a call is in its arguments: a call without any
    (``self.close()``, ``helper()``) is not resolved at all."""
    for call, owner in module.calls:
        if not call.args or (
            keyword is not None
            and not any(a.keyword is not None and a.keyword.value == keyword for a in call.args)
        ):
            continue
        env = _env_at(module, evaluator, owner)
        try:
            callee = evaluator.eval(call.func, env)
        except (NameNotFound, Unevaluable, RecursionError):
            continue
        yield ModuleCall(call, callee, env, evaluator, owner)


def when_runs(module: ModuleInfo, node: cst.CSTNode, owner: Owner | None) -> str:
    """When ``node``, written in ``owner`` (its innermost class or function), is evaluated.

    A class body runs with the ``class`` statement, and a decorator, a default or a base with
    the statement that carries it: only a function body waits until the function is called.
    """
    where = module.range_of(node)
    while owner is not None:
        definition = module.definitions[owner]
        if isinstance(owner, cst.FunctionDef) and _inside(where, module.range_of(owner.body)):
            return f"when `{definition.qualname}` is called"
        scope = definition.scope.node
        owner = scope if isinstance(scope, cst.ClassDef | cst.FunctionDef) else None
    return "when the module runs"


def _inside(inner: Range, outer: Range) -> bool:
    return (outer.line, outer.column) <= (inner.line, inner.column) and (
        inner.end_line,
        inner.end_column,
    ) <= (outer.end_line, outer.end_column)


def _env_at(module: ModuleInfo, evaluator: Evaluator, owner: cst.CSTNode | None) -> Env:
    if owner is None:
        return evaluator.globals_env(module, None)
    definition = module.definitions[owner]
    outer = evaluator.eager_env(module, definition)
    return Env(module, ((definition.inner, None), *((s, None) for s, _ in outer.chain)), None)


def assigned_call(name: str, env: Env) -> cst.Call | None:
    """The call ``name`` is bound to where ``env`` reads it (``model = Model()``), if it is one."""
    value = assigned_value(name, env)
    return value if isinstance(value, cst.Call) else None


def assigned_value(name: str, env: Env) -> object:
    """What ``name`` is bound to where ``env`` looks it up: the expression assigned to it, or
    another binding's value (an import, a definition), or None."""
    for scope, before in env.chain:
        binding = scope.lookup(name, before)
        if binding is not None:
            return binding.value
    return None
