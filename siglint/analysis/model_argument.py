"""``python_model=Model``: a ``PythonModel`` class passed to log_model/save_model, not an instance
(SIG407, ``model_class_not_instance``).

A class is callable, so ``save_model`` takes it for a function model: it counts the parameters
of ``inspect.signature(Model)`` (those of ``__init__`` after ``self``) and raises unless there is
exactly one; with one, it logs the class itself as the function, so serving builds a ``Model``
from each input and never runs ``predict``.
"""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from siglint.analysis import known
from siglint.analysis.calls import module_calls
from siglint.analysis.classes import ClassInfo
from siglint.analysis.edits import FixPlan, NodeEdit
from siglint.analysis.evaluate import Evaluator
from siglint.analysis.findings import Finding
from siglint.analysis.functions import FunctionInfo
from siglint.analysis.module import ModuleInfo
from siglint.analysis.signature import bound_params
from siglint.analysis.values import Class
from siglint.diagnostics import Applicability
from siglint.rules.model_class_not_instance import RULE


def check_model_classes(module: ModuleInfo, evaluator: Evaluator) -> Iterator[Finding]:
    for call in module_calls(module, evaluator, keyword="python_model"):
        argument = call.keyword("python_model")
        if not call.is_logging or argument is None:
            continue
        node = argument.value
        if not isinstance(node, cst.Name | cst.Attribute):
            continue  # a call (an instance), a string (a model from code)...
        value = call.eval(node)
        if not isinstance(value, Class) or value.info is None:
            continue
        info = value.info
        if not info.derives_from(known.PYTHON_MODEL):
            continue
        count = _init_parameters(info)
        code = module.code(node)
        if count is None:
            continue
        if count == 1:
            consequence = (
                "takes the class for a function model and logs it: serving builds a "
                f"`{info.name}` from each input and never runs predict"
            )
        else:
            consequence = (
                'raises: "When `python_model` is a callable object, it must accept exactly one '
                f'argument. Found {count} arguments."'
            )
        fix = None
        if count == 0:  # the class needs no argument: its instance is what was meant
            fix = FixPlan(
                f"Pass an instance: `{code}()`", Applicability.SAFE, (NodeEdit(node, f"{code}()"),)
            )
        yield Finding(
            RULE.code,
            f"`python_model={code}` passes the class, not an instance: MLflow {consequence}.",
            module,
            node,
            fix,
        )


def _init_parameters(info: ClassInfo) -> int | None:
    """How many parameters ``inspect.signature`` of the class has (``__init__``'s after
    ``self``), or None when siglint cannot tell (a decorated class, such as a dataclass, a
    metaclass, a base from another library that may define ``__init__``)."""
    for cls in info.mro:
        if cls.info is None:
            if cls.qualname not in _PLAIN_BASES:
                return None
        elif cls.info.node.decorators or any(arg.keyword for arg in cls.info.node.bases):
            return None
    found = info.find("__init__")
    if found is None:
        return None
    owner, _, binding = found
    if owner is None:  # no __init__ of its own: object's, without parameters
        return 0
    if binding is None or not isinstance(binding.value, cst.FunctionDef):
        return None
    function = FunctionInfo(owner.module.definitions[binding.value], owner.module)
    return len(bound_params(function.own_params))


# External bases that define no ``__init__``.
_PLAIN_BASES = frozenset({known.PYTHON_MODEL, "builtins.object", "abc.ABC"})
