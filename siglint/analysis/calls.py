"""Calls that matter beside the hints: ``log_model``/``save_model``, and hand-written signatures.

Every call of the module is visited once with the scope it runs in, and its callee resolved
through imports (``mlflow.pyfunc.log_model``, ``mlflow.sklearn.save_model``,
``from mlflow.types import ColSpec``...), never by name alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import libcst as cst

from siglint.analysis.evaluate import Env, Evaluator, NameNotFound, Unevaluable
from siglint.analysis.module import ModuleInfo
from siglint.analysis.values import Class, Function, Opaque, Value

_LOGGING = ("log_model", "save_model")


@dataclass(frozen=True, slots=True)
class ModuleCall:
    node: cst.Call
    callee: Value
    env: Env
    evaluator: Evaluator

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
        name = self.qualname or ""
        return name.startswith("mlflow.") and name.rsplit(".", 1)[-1] in _LOGGING


def module_calls(
    module: ModuleInfo, evaluator: Evaluator, keyword: str | None = None
) -> Iterator[ModuleCall]:
    """Every call in the module whose callee siglint can resolve (that passes ``keyword``, if
    given: resolving callees is most of the cost, and most calls pass no such argument)."""
    for call, owner in module.calls:
        if keyword is not None and not any(
            a.keyword is not None and a.keyword.value == keyword for a in call.args
        ):
            continue
        env = _env_at(module, evaluator, owner)
        try:
            callee = evaluator.eval(call.func, env)
        except (NameNotFound, Unevaluable, RecursionError):
            continue
        yield ModuleCall(call, callee, env, evaluator)


def _env_at(module: ModuleInfo, evaluator: Evaluator, owner: cst.CSTNode | None) -> Env:
    if owner is None:
        return evaluator.globals_env(module, None)
    definition = module.definitions[owner]
    outer = evaluator.eager_env(module, definition)
    return Env(module, ((definition.inner, None), *((s, None) for s, _ in outer.chain)), None)
