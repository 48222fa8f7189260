"""``log_model``/``save_model`` calls linked to the targets they log, checked against the hints.

A call is linked when its ``python_model=`` is a target class instantiated in place or through a
variable, or a function (decorated or not). What MLflow does then is the decision order of
``save_model``: a hint signature always wins over ``signature=``, chat/agent classes refuse
``signature=``, and without hints, example or signature nothing is logged.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import libcst as cst

from siglint.analysis import known
from siglint.analysis.calls import ModuleCall, assigned_call, module_calls
from siglint.analysis.classes import ClassInfo
from siglint.analysis.consequences import Logged
from siglint.analysis.edits import FixPlan, remove_argument
from siglint.analysis.evaluate import Env, Evaluator, NameNotFound, Unevaluable, string_value
from siglint.analysis.findings import Finding
from siglint.analysis.functions import FunctionInfo, decorate
from siglint.analysis.inference import is_type_from_example, no_inference
from siglint.analysis.model_argument import check_model_arguments
from siglint.analysis.module import ModuleInfo
from siglint.analysis.signature import Outcome, SignatureAnalysis, Target
from siglint.analysis.values import Class, Function, Value
from siglint.diagnostics import Applicability
from siglint.rules.callable_without_requirements import RULE as CALLABLE_WITHOUT_REQUIREMENTS
from siglint.rules.input_example_mismatch import RULE as INPUT_EXAMPLE_MISMATCH
from siglint.rules.input_example_required import RULE as INPUT_EXAMPLE_REQUIRED
from siglint.rules.model_logged_without_signature import RULE as MODEL_LOGGED_WITHOUT_SIGNATURE
from siglint.rules.signature_on_builtin_model import RULE as SIGNATURE_ON_BUILTIN_MODEL
from siglint.rules.signature_overridden_by_hints import RULE as SIGNATURE_OVERRIDDEN_BY_HINTS


def check_log_calls(
    module: ModuleInfo, evaluator: Evaluator, analysis: SignatureAnalysis
) -> Iterator[Finding]:
    for call, target in logged_targets(module, evaluator):
        yield from _check(module, call, target, analysis.analyse(target))
    yield from check_model_arguments(
        module, [c for c, _ in _pyfunc_logging_calls(module, evaluator)]
    )


def logged_targets(module: ModuleInfo, evaluator: Evaluator) -> Iterator[tuple[ModuleCall, Target]]:
    """The module's ``log_model``/``save_model`` calls, each with the target it logs."""
    for call, target in _pyfunc_logging_calls(module, evaluator):
        if target is not None:
            yield call, target


def logged_by(module: ModuleInfo, evaluator: Evaluator) -> dict[cst.CSTNode | None, list[Logged]]:
    """For each target the module logs (by its definition's node), how its calls log it; under
    ``None``, the calls whose ``python_model`` siglint cannot follow (``self.wrapper``)."""
    found: dict[cst.CSTNode | None, list[Logged]] = {}
    for call, target in _pyfunc_logging_calls(module, evaluator):
        logged = Logged(
            (call.qualname or "log_model").rsplit(".", 1)[-1],
            module.range_of(call.node).line,
            _given(call, "signature") is not None,
            _given(call, "input_example") is not None,
            target is not None,
        )
        found.setdefault(None if target is None else target.node, []).append(logged)
    return found


def _pyfunc_logging_calls(
    module: ModuleInfo, evaluator: Evaluator
) -> list[tuple[ModuleCall, Target | None]]:
    """The module's ``log_model``/``save_model`` calls passing ``python_model``, each with the
    target it logs (None when siglint cannot follow it); found once per check, which asks for
    them in discovery, for the consequences of findings and for the calls' own findings."""
    key = ("logging_calls", module)
    found = evaluator.passes.get(key)
    if found is None:
        found = evaluator.passes[key] = [
            (call, _linked_target(model_arg.value, call.env, evaluator))
            for call in module_calls(module, evaluator, keyword="python_model")
            if call.is_logging and (model_arg := call.keyword("python_model")) is not None
        ]
    return found


def _given(call: ModuleCall, keyword: str) -> cst.Arg | None:
    """The argument passed as ``keyword``, unless it is ``None`` (the default)."""
    argument = call.keyword(keyword)
    return None if argument is None or _is_none(argument.value) else argument


def _linked_target(node: cst.BaseExpression, env: Env, evaluator: Evaluator) -> Target | None:
    if isinstance(node, cst.SimpleString):
        location = string_value(node)
        return None if location is None else _code_based_target(location, env.module, evaluator)
    if isinstance(node, cst.Name):
        assigned = assigned_call(node.value, env)
        if assigned is not None:
            node = assigned
    try:
        value = evaluator.eval(node.func if isinstance(node, cst.Call) else node, env)
    except (NameNotFound, Unevaluable):
        return None
    if isinstance(node, cst.Call):
        return _class_target(value, evaluator)
    return _function_target(value, evaluator)


def _code_based_target(location: str, caller: ModuleInfo, evaluator: Evaluator) -> Target | None:
    """Models from code: ``python_model="agent.py"`` logs what that file passes to ``set_model``."""
    for base in (caller.path.parent, Path.cwd()):
        module = evaluator.project.module(base / location) if location.endswith(".py") else None
        if module is None:
            continue
        for call in module_calls(module, evaluator):
            if call.qualname == known.SET_MODEL and call.node.args:
                return _linked_target(call.node.args[0].value, call.env, evaluator)
        return None
    return None


def _class_target(value: Value, evaluator: Evaluator) -> Target | None:
    if not isinstance(value, Class) or value.info is None:
        return None
    info = value.info
    if not info.derives_from(known.PYTHON_MODEL):
        return _call_method_target(info, evaluator)
    kind = next(
        (k for base, k in known.BUILTIN_KINDS.items() if info.derives_from(base)), "python_model"
    )
    return Target(kind, info.definition.qualname, info.module, info.node, info=info)  # type: ignore[arg-type]


def _call_method_target(info: ClassInfo, evaluator: Evaluator) -> Target | None:
    """An instance of another class is a function model when it is callable: its ``__call__``."""
    found = info.find("__call__")
    if found is None or found[0] is None or found[2] is None:
        return None
    owner, _, binding = found
    if not isinstance(binding.value, cst.FunctionDef):
        return None
    method = FunctionInfo(owner.module.definitions[binding.value], owner.module)
    return _function_target(Function(method.definition.qualname, method), evaluator)


def _function_target(value: Value, evaluator: Evaluator) -> Target | None:
    if not isinstance(value, Function) or not isinstance(value.info, FunctionInfo):
        return None
    function = value.info
    decorated = decorate(function, evaluator)
    return Target(
        "pyfunc",
        function.definition.qualname,
        function.module,
        function.node,
        function=function,
        pyfunc_call=False,
        wrapped_at_log=not decorated.pyfunc,
    )


def _check(
    module: ModuleInfo, call: ModuleCall, target: Target, outcome: Outcome
) -> Iterator[Finding]:
    missing = _missing_requirements(module, call, target, outcome)
    if missing is not None:  # save_model raises before it looks at anything else
        yield missing
        return
    signature = _given(call, "signature")
    example = _given(call, "input_example")
    removal = (
        FixPlan(
            "Remove the `signature=` argument",
            Applicability.SAFE,
            (remove_argument(module, call.node, signature),),
        )
        if signature is not None
        else None
    )
    if signature is not None and outcome.outcome == "builtin":
        yield Finding(
            SIGNATURE_ON_BUILTIN_MODEL.code,
            f"`{target.name}` is a {target.kind.replace('_', ' ')}: MLflow sets its signature "
            "itself and raises when `signature=` is passed to log_model/save_model.",
            module,
            signature,
            removal,
        )
    elif signature is not None and outcome.outcome == "signature":
        yield Finding(
            SIGNATURE_OVERRIDDEN_BY_HINTS.code,
            f"The type hints of `{target.name}` give a signature, and it always wins: MLflow "
            "ignores this `signature=` (it only warns when they differ) and drops its params "
            "schema. Remove it, or remove the hints.",
            module,
            signature,
            removal,
        )
    if outcome.outcome != "no_signature" or signature is not None:
        if example is not None and outcome.outcome == "signature" and outcome.input_schema:
            problem = _example_problem(example.value, outcome.input_schema[0])
            if problem is not None:
                yield Finding(
                    INPUT_EXAMPLE_MISMATCH.code,
                    f"input_example does not match the input hint of `{target.name}` ({problem}): "
                    "MLflow's run of predict on it fails with \"Failed to run the predict function "
                    'on input example", and the output is never checked.',
                    module,
                    example.value,
                )
        return
    if example is not None or _unpacks_keywords(call):
        return
    hint = outcome.input_hint
    if hint is not None and (is_type_from_example(hint) or no_inference(hint)):
        yield Finding(
            INPUT_EXAMPLE_REQUIRED.code,
            f"The input hint of `{target.name}` (`{hint.mlflow_repr()}`) needs an input_example: "
            "without one (or signature=) MLflow logs this model without a signature.",
            module,
            call.node.func,
        )
    else:
        yield Finding(
            MODEL_LOGGED_WITHOUT_SIGNATURE.code,
            f"`{target.name}` is logged without any signature: its hints give none, and there is "
            "no `signature=` or `input_example=`. Unity Catalog rejects such models, and serving "
            "validates nothing.",
            module,
            call.node.func,
        )


def _missing_requirements(
    module: ModuleInfo, call: ModuleCall, target: Target, outcome: Outcome
) -> Finding | None:
    """SIG406 (``callable_without_requirements``): a callable ``python_model`` (a function, or
    an instance whose class defines ``__call__``) logged without ``input_example``,
    ``pip_requirements`` or ``extra_pip_requirements``: save_model raises."""
    if outcome.outcome == "error" or not _is_callable(target):
        return None  # an error target raises earlier (its arity, its definition)
    if _unpacks_keywords(call):
        return None
    given = [call.keyword(name) for name in _REQUIREMENTS]
    if any(arg is not None and not _is_none(arg.value) for arg in given):
        return None
    method = target.kind != "pyfunc" or target.name.endswith(".__call__")
    what = "callable (its class defines __call__)" if method else "a function"
    return Finding(
        CALLABLE_WITHOUT_REQUIREMENTS.code,
        f'`{target.name}` is {what}, so MLflow raises: "If `python_model` is a callable '
        "object, at least one of `input_example`, `pip_requirements`, or "
        '`extra_pip_requirements` must be specified."',
        module,
        call.node.func,
    )


_REQUIREMENTS = ("input_example", "pip_requirements", "extra_pip_requirements")


def _unpacks_keywords(call: ModuleCall) -> bool:
    """``log_model(..., **options)``: any keyword siglint looks for may be in the dictionary."""
    return any(arg.star == "**" for arg in call.node.args)


def _is_callable(target: Target) -> bool:
    """``callable(python_model)``: a function, or an instance of a class with ``__call__``."""
    if target.kind == "pyfunc":
        return True
    found = target.info.find("__call__") if target.info is not None else None
    return found is not None and found[0] is not None and found[2] is not None


def _is_none(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value == "None"


# --------------------------------------------------------------------- literal examples
def _example_problem(node: cst.BaseExpression, column: dict) -> str | None:
    """Why a literal example fails MLflow's validation against the (unnamed) input column."""
    try:
        value = ast.literal_eval(cst.Module([]).code_for_node(node))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None  # not a literal: a DataFrame, a variable... MLflow converts those
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], dict):
        value = value[0]  # (input, params)
    if not isinstance(value, list):
        return f"expected a list, got {type(value).__name__}"
    for index, element in enumerate(value):
        problem = _mismatch(element, column, strict=False)
        if problem is not None:
            return f"element {index}: {problem}"
    return None


_PYTHON = {"string": str, "boolean": bool, "binary": bytes}


def _mismatch(value: object, dtype: dict, *, strict: bool) -> str | None:
    """MLflow's ``isinstance`` checks; ``strict`` inside pydantic models (their strict mode)."""
    kind = dtype["type"]
    if kind == "any":
        return None
    if kind == "array":
        if not isinstance(value, list):
            return f"expected a list, got {type(value).__name__}"
        return next((p for v in value if (p := _mismatch(v, dtype["items"], strict=strict))), None)
    if kind == "map":
        if not isinstance(value, dict):
            return f"expected a dict, got {type(value).__name__}"
        return next(
            (p for v in value.values() if (p := _mismatch(v, dtype["values"], strict=strict))), None
        )
    if kind == "object":
        if not isinstance(value, dict):
            return f"expected a dict for a pydantic model, got {type(value).__name__}"
        for name, prop in dtype["properties"].items():
            if name not in value:
                if prop["required"]:
                    return f"field `{name}` is missing"
                continue
            if value[name] is None and not prop["required"]:
                continue
            problem = _mismatch(value[name], prop, strict=True)
            if problem is not None:
                return f"field `{name}`: {problem}"
        return None
    if kind == "long":
        ok = isinstance(value, int) and not (strict and isinstance(value, bool))
    elif kind == "double":
        ok = isinstance(value, float) or (
            strict and isinstance(value, int) and not isinstance(value, bool)
        )
    elif kind == "datetime":
        ok = False  # a literal cannot be a datetime
    else:
        ok = isinstance(value, _PYTHON.get(kind, object))
    return None if ok else f"expected {kind}, got {type(value).__name__} {value!r}"
