"""Find the targets in a module: the models and functions whose hints MLflow reads.

A target is a concrete ``PythonModel`` subclass (one with a ``predict`` of its own or inherited
from a project class or mixin), a ``ChatModel``/``ChatAgent``/``ResponsesAgent`` subclass, a
function decorated with ``mlflow.pyfunc.utils.pyfunc`` (but not the ``predict`` of a
``PythonModel``, whose class is the target), or a plain function of the module that a
``log_model``/``save_model`` call of the module passes as ``python_model`` (MLflow infers its
signature from its hints, as for a decorated one). A base with no predict that other models of the
module derive from only shares their code: it is a target when a call logs it. Bases are resolved
through imports, aliases and project modules, never by name alone.
"""

from __future__ import annotations

import libcst as cst

from siglint.analysis import known
from siglint.analysis.evaluate import Evaluator, NameNotFound, Unevaluable
from siglint.analysis.functions import FunctionInfo, decorate
from siglint.analysis.log_calls import logged_targets
from siglint.analysis.module import ModuleInfo
from siglint.analysis.signature import Target
from siglint.analysis.values import Function


def discover(module: ModuleInfo, evaluator: Evaluator) -> list[Target]:
    targets: list[Target] = []
    for definition in module.definitions.values():
        node = definition.node
        if isinstance(node, cst.ClassDef):
            info = evaluator.class_info(module, node)
            if not info.derives_from(known.PYTHON_MODEL):
                continue
            kind = next(
                (k for base, k in known.BUILTIN_KINDS.items() if info.derives_from(base)),
                "python_model",
            )
            # Every PythonModel subclass can be instantiated and logged (PythonModel's
            # ``__metaclass__ = ABCMeta`` is Python 2 syntax); the chat/agent bases really
            # are abstract, so only subclasses with a predict of their own count.
            if kind == "python_model" or _has_own_predict(info, evaluator):
                targets.append(Target(kind, definition.qualname, module, node, info=info))
        else:
            function = FunctionInfo(definition, module)
            if not decorate(function, evaluator).pyfunc:
                continue
            if definition.scope.kind == "class" and node.name.value == "predict":
                owner = evaluator.class_info(module, definition.scope.node)
                if owner.derives_from(known.PYTHON_MODEL):
                    continue
            targets.append(Target("pyfunc", definition.qualname, module, node, function=function))
    targets = _without_shared_bases(module, evaluator, targets)
    found = targets + _pyfunc_calls(module, evaluator, {id(t.node) for t in targets})
    return found + _logged_functions(module, evaluator, {id(t.node) for t in found})


def _without_shared_bases(
    module: ModuleInfo, evaluator: Evaluator, targets: list[Target]
) -> list[Target]:
    """Without the bases that only share code: a ``PythonModel`` subclass with no predict of its
    own that other models of the module derive from is no model unless a call logs it (MLflow
    reads nothing of it when the class is defined)."""
    derived_from = {
        id(base.info.node)
        for target in targets
        if target.info is not None
        for base in target.info.base_classes()
        if base.info is not None
    }
    shared = {
        id(t.node)
        for t in targets
        if id(t.node) in derived_from
        and t.kind == "python_model"
        and not _has_own_predict(t.info, evaluator)
    }
    if shared:
        shared -= {id(target.node) for _, target in logged_targets(module, evaluator)}
    return [t for t in targets if id(t.node) not in shared]


def _logged_functions(
    module: ModuleInfo, evaluator: Evaluator, known_nodes: set[int]
) -> list[Target]:
    """``log_model(python_model=score)`` with ``score`` a plain function of this module."""
    found: list[Target] = []
    for _, target in logged_targets(module, evaluator):
        if target.wrapped_at_log and target.module is module and id(target.node) not in known_nodes:
            known_nodes.add(id(target.node))
            found.append(target)
    return found


def _pyfunc_calls(module: ModuleInfo, evaluator: Evaluator, known_nodes: set[int]) -> list[Target]:
    """``predict = pyfunc(_impl)``: the wrapped function is the target (``functools.wraps``)."""
    found: list[Target] = []
    for bindings in module.scope.bindings.values():
        for binding in bindings:
            call = binding.value
            if not isinstance(call, cst.Call) or not call.args:
                continue
            env = evaluator.globals_env(module, binding.order)
            try:
                # The argument only for MLflow's decorator: most module-level calls are not.
                if evaluator.eval(call.func, env) != Function(known.PYFUNC_DECORATOR):
                    continue
                wrapped = evaluator.eval(call.args[0].value, env)
            except (NameNotFound, Unevaluable):
                continue
            if not isinstance(wrapped, Function):
                continue
            function = wrapped.info
            if (
                isinstance(function, FunctionInfo)
                and function.module is module
                and id(function.node) not in known_nodes
            ):
                known_nodes.add(id(function.node))
                found.append(
                    Target(
                        "pyfunc",
                        function.definition.qualname,
                        function.module,
                        function.node,
                        function=function,
                        pyfunc_call=True,
                    )
                )
    return found


def _has_own_predict(info, evaluator: Evaluator) -> bool:
    """Whether ``predict`` resolves to a non-abstract method outside MLflow's classes."""
    found = info.find("predict")
    if found is None or found[0] is None:
        return False
    owner, _, binding = found
    if isinstance(binding.value, cst.FunctionDef):
        function = FunctionInfo(owner.module.definitions[binding.value], owner.module)
        return not decorate(function, evaluator).abstract
    return True
