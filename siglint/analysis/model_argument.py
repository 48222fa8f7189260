"""What ``python_model=`` is, when it is no model ``save_model`` can log.

``python_model=Model``: a ``PythonModel`` class passed, not an instance (SIG407,
``model_class_not_instance``). ``python_model=Thing()``: an instance of a class that is neither a
``PythonModel`` nor callable, which ``save_model`` refuses (SIG408, ``python_model_not_a_model``),
as it refuses a literal other than a string (``python_model=42``, ``[...]``, ``True``; a string is
the path of a script).

A class is callable, so ``save_model`` takes it for a function model: it counts the parameters
of ``inspect.signature(Model)`` (those of ``__init__`` after ``self``) and raises unless there is
exactly one; with one, it logs the class itself as the function, so serving builds a ``Model``
from each input and never runs ``predict``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import libcst as cst

from siglint.analysis import known
from siglint.analysis.calls import ModuleCall, assigned_call
from siglint.analysis.classes import ClassInfo
from siglint.analysis.edits import FixPlan, NodeEdit
from siglint.analysis.findings import Finding
from siglint.analysis.functions import FunctionInfo
from siglint.analysis.module import ModuleInfo
from siglint.analysis.signature import bound_params
from siglint.analysis.values import Class
from siglint.diagnostics import Applicability
from siglint.rules.model_class_not_instance import RULE as MODEL_CLASS_NOT_INSTANCE
from siglint.rules.python_model_not_a_model import RULE as PYTHON_MODEL_NOT_A_MODEL


def check_model_arguments(module: ModuleInfo, calls: Iterable[ModuleCall]) -> Iterator[Finding]:
    """The findings on ``python_model=`` of ``calls``, the module's ``log_model``/``save_model``
    calls that pass it (``siglint.analysis.log_calls``)."""
    for call in calls:
        argument = call.keyword("python_model")
        assert argument is not None
        node = argument.value
        kind = _literal_kind(node)
        if kind is not None:
            yield _literal_not_a_model(module, node, kind)
            continue
        instance = assigned_call(node.value, call.env) if isinstance(node, cst.Name) else None
        if isinstance(node, cst.Call) or instance is not None:
            created = node if isinstance(node, cst.Call) else instance
            assert created is not None
            value = call.eval(created.func)
            if isinstance(value, Class) and value.info is not None:
                yield from _not_a_model(module, node, value.info)
        elif isinstance(node, cst.Name | cst.Attribute):
            value = call.eval(node)
            if isinstance(value, Class) and value.info is not None:
                yield from _class_not_instance(module, node, value.info)


def _class_not_instance(
    module: ModuleInfo, node: cst.BaseExpression, info: ClassInfo
) -> Iterator[Finding]:
    """SIG407: ``python_model=Model``, a ``PythonModel`` class."""
    if not info.derives_from(known.PYTHON_MODEL):
        return
    count = _init_parameters(info)
    if count is None:
        return
    code = module.code(node)
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
        MODEL_CLASS_NOT_INSTANCE.code,
        f"`python_model={code}` passes the class, not an instance: MLflow {consequence}.",
        module,
        node,
        fix,
    )


def _not_a_model(
    module: ModuleInfo, node: cst.BaseExpression, info: ClassInfo
) -> Iterator[Finding]:
    """SIG408: an instance of a class that is neither a ``PythonModel`` nor callable."""
    if info.derives_from(known.PYTHON_MODEL) or not _fully_known(info):
        return
    if any(cls.info is not None and cls.info.own("__call__") for cls in info.mro):
        return  # callable: MLflow takes it for a function model
    yield Finding(
        PYTHON_MODEL_NOT_A_MODEL.code,
        f"`{info.name}` is neither a PythonModel nor callable: MLflow raises {_NOT_A_MODEL_ERROR}",
        module,
        node,
    )


def _literal_not_a_model(module: ModuleInfo, node: cst.BaseExpression, kind: str) -> Finding:
    """SIG408: a literal that is no string (a string is the path of a script)."""
    return Finding(
        PYTHON_MODEL_NOT_A_MODEL.code,
        f"`python_model={module.code(node)}` is {kind}, neither a PythonModel nor callable: "
        f"MLflow raises {_NOT_A_MODEL_ERROR}",
        module,
        node,
    )


def _literal_kind(node: cst.BaseExpression) -> str | None:
    """What literal ``node`` is ("an int", "a list"), or None when it is no literal or a string."""
    if isinstance(node, cst.Name):
        return "a bool" if node.value in ("True", "False") else None
    if isinstance(node, cst.SimpleString):
        return "bytes" if "b" in node.prefix.lower() else None
    for types, kind in _LITERALS:
        if isinstance(node, types):
            return kind
    return None


_NOT_A_MODEL_ERROR = (
    '"`python_model` must be a PythonModel instance, callable object, or path to a script that '
    'uses set_model() to set a PythonModel instance or callable object."'
)
# Literals save_model refuses (checked against MLflow 3.18); None raises another error, and a
# string is taken for the path of a script.
_LITERALS: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (cst.Integer, "an int"),
    (cst.Float, "a float"),
    (cst.Imaginary, "a complex number"),
    ((cst.List, cst.ListComp), "a list"),
    (cst.Tuple, "a tuple"),
    ((cst.Dict, cst.DictComp), "a dict"),
    ((cst.Set, cst.SetComp), "a set"),
    (cst.Ellipsis, "Ellipsis"),
)


def _fully_known(info: ClassInfo) -> bool:
    """Whether siglint sees every class of the MRO (project classes, or ones that add nothing
    of interest): a decorator, a metaclass or another library's base may add ``__init__`` or
    ``__call__``."""
    for cls in info.mro:
        if cls.info is None:
            if cls.qualname not in _PLAIN_BASES:
                return False
        elif cls.info.node.decorators or any(arg.keyword for arg in cls.info.node.bases):
            return False
    return True


def _init_parameters(info: ClassInfo) -> int | None:
    """How many parameters ``inspect.signature`` of the class has (``__init__``'s after
    ``self``), or None when siglint cannot tell (a decorated class, such as a dataclass, a
    metaclass, a base from another library that may define ``__init__``)."""
    if not _fully_known(info):
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
