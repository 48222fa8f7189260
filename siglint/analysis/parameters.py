"""The parameters of predict as MLflow reads them: names, the positional input rule."""

from __future__ import annotations

from siglint.analysis.edits import FixPlan, rename_parameters
from siglint.analysis.findings import Finding
from siglint.analysis.functions import Decorated, FunctionInfo, Param
from siglint.analysis.module import ModuleInfo
from siglint.rules.predict_input_misdetected import RULE as PREDICT_INPUT_MISDETECTED
from siglint.rules.pyfunc_arity import RULE as PYFUNC_ARITY

ALLOWED_PARAMS = {"self", "context", "model_input", "params"}
_CONTEXT_NAMES = {"context", "ctx", "model_context", "python_context"}


def rename_fix(
    source: FunctionInfo, names: list[str], index: int, invalid: set[str]
) -> FixPlan | None:
    """Rename the context and input parameters to MLflow's names, if that covers every bad one."""
    renames: dict[str, str] = {}
    if index == 1 and len(names) > 1 and names[0] != "context":
        renames[names[0]] = "context"
    if index < len(names) and names[index] != "model_input":
        renames[names[index]] = "model_input"
    if set(renames) != invalid or set(renames.values()) & set(names):
        return None
    return rename_parameters(source.node, renames)


def misdetected_input(params: tuple[Param, ...], index: int, module: ModuleInfo) -> Finding | None:
    """SIG003: the parameter MLflow's positional rule picks is not the one meant as the input.

    Intent is read from names and defaults, never from annotations (an annotated ``_: Any``
    context is common): the parameter named ``model_input``, else the only required ordinary
    parameter whose name is not a context's or ``params``. When names do not tell, say nothing.
    """
    names = [p.name for p in params if p.name != "self"]
    candidates = [p for p in params if p.name == "model_input"] or [
        p
        for p in params
        if p.kind == "positional"
        and p.name != "self"
        and p.node.default is None
        and not _context_like(p.name)
        and p.name != "params"
    ]
    if len(candidates) != 1 or index >= len(names):
        return None
    meant, chosen = candidates[0], names[index]
    if meant.name == chosen:
        return None
    source = meant.node
    why = (
        "a parameter is named `context`"
        if "context" in names
        else "exactly two parameters remain besides self and params"
        if index == 1
        else "it is the first parameter"
    )
    return Finding(
        PREDICT_INPUT_MISDETECTED.code,
        f"MLflow reads `{chosen}` as the model input, not `{meant.name}`: {why}, so MLflow takes "
        f"parameter {index + 1} (after self). Move extra arguments into `params`.",
        module,
        source,
    )


def _context_like(name: str) -> bool:
    """A name an author gives the context, or a parameter left unused (``_``, ``_ctx``)."""
    return name in _CONTEXT_NAMES or name.startswith("_")


def arity_finding(decorated: Decorated, count: int) -> Finding:
    source = decorated.shape.source
    return Finding(
        PYFUNC_ARITY.code,
        "When `python_model` is a callable object, it must accept exactly one argument. "
        f"Found {count} arguments. mlflow.pyfunc.log_model raises.",
        source.module,
        source.node.name,
    )


def has_context(names: list[str]) -> bool:
    """``_is_context_in_predict_function_signature``."""
    return "context" in names or len([n for n in names if n not in ("self", "params")]) == 2


def bound_params(params: tuple[Param, ...]) -> tuple[Param, ...]:
    """``inspect.signature`` of a bound method: the first positional parameter is dropped."""
    if params and params[0].kind == "positional":
        return params[1:]
    return params


def set_repr(names: set[str]) -> str:
    return "{" + ", ".join(repr(n) for n in sorted(names)) + "}"
