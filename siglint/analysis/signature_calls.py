"""Hand-written signatures: ``ColSpec``, ``ParamSpec``, ``TensorSpec`` and literal examples.

MLflow validates these when they are constructed, so a misspelt type name or a default that does
not match its type raises as soon as the code that builds them runs (``ModuleCall.when``). The rules mirror ``mlflow/types/schema.py``
(``DataType`` names, ``ParamSpec`` shapes and ``_enforce_param_datatype``'s allowed conversions)
and ``TensorInfo`` (a ``numpy.dtype`` instance, no flexible types with a size).
"""

from __future__ import annotations

import ast
import difflib
import re
from collections.abc import Iterator

import libcst as cst

from siglint.analysis.calls import ModuleCall, assigned_value, module_calls
from siglint.analysis.edits import FixPlan, NodeEdit
from siglint.analysis.evaluate import Env, Evaluator, string_value
from siglint.analysis.findings import Finding
from siglint.analysis.known import COLSPEC, DATATYPE, INFER_SIGNATURE, PARAMSPEC, TENSORSPEC
from siglint.analysis.module import ModuleInfo
from siglint.analysis.values import Class, Opaque
from siglint.diagnostics import Applicability
from siglint.rules.example_int_column_with_none import RULE as EXAMPLE_INT_COLUMN_WITH_NONE
from siglint.rules.param_spec_default import RULE as PARAM_SPEC_DEFAULT
from siglint.rules.param_spec_shape import RULE as PARAM_SPEC_SHAPE
from siglint.rules.tensor_spec_invalid import RULE as TENSOR_SPEC_INVALID
from siglint.rules.unknown_type_name import RULE as UNKNOWN_TYPE_NAME

DATA_TYPES = ("boolean", "integer", "long", "float", "double", "string", "binary", "datetime")
PARAM_TYPES = tuple(t for t in DATA_TYPES if t != "binary")

# _enforce_param_datatype: the Python types a literal default may have, per DataType.
_PARAM_LITERALS: dict[str, tuple[type, ...]] = {
    "boolean": (bool,),
    "integer": (int,),
    "long": (int,),
    "float": (int, float),
    "double": (int, float),
    "string": (str,),
}

_NUMPY_NAMES = set(
    [
        "bool",
        "bool_",
        "int8",
        "int16",
        "int32",
        "int64",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "float16",
        "float32",
        "float64",
        "float128",
        "longdouble",
        "complex64",
        "complex128",
        "complex256",
        "str",
        "str_",
        "bytes",
        "bytes_",
        "object",
        "object_",
        "int",
        "float",
        "complex",
        "half",
        "single",
        "double",
        "longlong",
        "ulonglong",
        "byte",
        "ubyte",
        "short",
        "ushort",
        "intc",
        "uintc",
        "intp",
        "uintp",
        "long",
        "ulong",
        "datetime64",
        "timedelta64",
        "void",
    ]
)
_NUMPY_CODE = re.compile(r"^[<>=|]?[?bBhHiIlLqQpPefdgFDGSUVOMmuca][0-9]*(\[\w+\])?$")
_NUMPY_NAMED = re.compile(r"^(datetime64|timedelta64)(\[\w+\])?$")


def check_signature_calls(module: ModuleInfo, evaluator: Evaluator) -> Iterator[Finding]:
    frames: list[ModuleCall] = []
    examples: set[int] = set()  # the calls whose value MLflow gets as an example
    for call in module_calls(module, evaluator):
        qualname = call.qualname
        if qualname == COLSPEC:
            yield from _type_name(module, call, call.argument(0, "type"), DATA_TYPES, "ColSpec")
        elif qualname == PARAMSPEC:
            yield from _param_spec(module, call)
        elif qualname == TENSORSPEC:
            yield from _tensor_spec(module, call)
        elif isinstance(call.callee, Class) and call.callee.qualname == "pandas.DataFrame":
            frames.append(call)
        examples.update(map(id, _examples(call)))
    for frame in frames:
        if id(frame.node) in examples:
            yield from _example_frame(module, frame)


# --------------------------------------------------------------------- type names
def _type_name(module, call: ModuleCall, arg, allowed, owner: str) -> Iterator[Finding]:
    """SIG501: ``"doubel"`` or ``DataType.doubel`` where a DataType name is expected."""
    if arg is None:
        return
    node = arg.value
    if isinstance(node, cst.SimpleString):
        text = string_value(node)
        if text is None:  # bytes: not a name MLflow looks up
            return
        name, replace = text, lambda new: node.value[0] + new + node.value[-1]
    elif isinstance(node, cst.Attribute):
        value = call.eval(node)
        if not (isinstance(value, Opaque) and value.qualname.startswith(f"{DATATYPE}.")):
            return
        name, node, replace = node.attr.value, node.attr, lambda new: new
    else:
        return
    if name in allowed:
        return
    closest = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    fix = (
        FixPlan(
            f"Replace with `{closest[0]}`",
            Applicability.UNSAFE,
            (NodeEdit(node, replace(closest[0])),),
        )
        if closest
        else None
    )
    hint = f" Did you mean `{closest[0]}`?" if closest else ""
    yield Finding(
        UNKNOWN_TYPE_NAME.code,
        f"`{name}` is not a type MLflow knows: {owner} raises \"Unsupported type '{name}'\" "
        f"{call.when}. Expected one of {', '.join(allowed)}.{hint}",
        module,
        node,
        fix,
    )


# --------------------------------------------------------------------- ParamSpec
def _param_spec(module: ModuleInfo, call: ModuleCall) -> Iterator[Finding]:
    dtype_arg = call.argument(1, "dtype")
    yield from _type_name(module, call, dtype_arg, PARAM_TYPES, "ParamSpec")
    dtype = _literal(dtype_arg.value) if dtype_arg is not None else None
    shape_arg = call.argument(3, "shape")
    shape = _literal(shape_arg.value) if shape_arg is not None else None
    one_dimensional = isinstance(shape, list | tuple) and tuple(shape) == (-1,)
    if (
        shape_arg is not None
        and shape is not _UNKNOWN
        and shape is not None
        and not one_dimensional
    ):
        yield Finding(
            PARAM_SPEC_SHAPE.code,
            f"ParamSpec shape must be None (a scalar) or (-1,) (a 1-D list), not {shape!r}: "
            f"MLflow raises {call.when}.",
            module,
            shape_arg.value,
        )
        return
    default_arg = call.argument(2, "default")
    if default_arg is None or not isinstance(dtype, str) or dtype not in _PARAM_LITERALS:
        return
    default = _literal(default_arg.value)
    if default is _UNKNOWN or default is None:
        return
    values = default if one_dimensional else [default]
    if not isinstance(values, list | tuple):
        yield Finding(
            PARAM_SPEC_DEFAULT.code,
            f"A ParamSpec with shape (-1,) needs a list default, not {default!r}: MLflow raises "
            f"{call.when}.",
            module,
            default_arg.value,
        )
        return
    allowed = _PARAM_LITERALS[dtype]
    for value in values:
        if not isinstance(value, allowed) or (dtype != "boolean" and isinstance(value, bool)):
            yield Finding(
                PARAM_SPEC_DEFAULT.code,
                f"The default {value!r} ({type(value).__name__}) cannot be safely converted to "
                f"`{dtype}`: ParamSpec raises {call.when}.",
                module,
                default_arg.value,
            )
            return


# --------------------------------------------------------------------- TensorSpec
def _tensor_spec(module: ModuleInfo, call: ModuleCall) -> Iterator[Finding]:
    type_arg = call.argument(0, "type")
    if type_arg is not None:
        yield from _tensor_dtype(module, call, type_arg.value)
    shape_arg = call.argument(1, "shape")
    if shape_arg is not None and isinstance(
        shape_arg.value, cst.SimpleString | cst.Integer | cst.Dict
    ):
        yield Finding(
            TENSOR_SPEC_INVALID.code,
            "TensorSpec's shape must be a tuple or list of ints (-1 for a variable size): MLflow "
            f"raises TypeError {call.when}.",
            module,
            shape_arg.value,
        )


def _tensor_dtype(
    module: ModuleInfo, call: ModuleCall, node: cst.BaseExpression
) -> Iterator[Finding]:
    if isinstance(node, cst.SimpleString):
        yield Finding(
            TENSOR_SPEC_INVALID.code,
            f"TensorSpec needs a numpy.dtype instance, not the string {node.value}: MLflow raises "
            f"TypeError {call.when}. Use `np.dtype(...)`.",
            module,
            node,
        )
        return
    value = call.eval(node.func if isinstance(node, cst.Call) else node)
    if not isinstance(value, Opaque | Class) or not value.qualname.startswith("numpy."):
        return
    if not isinstance(node, cst.Call):
        if value.qualname == "numpy.dtype":
            return
        yield Finding(
            TENSOR_SPEC_INVALID.code,
            f"`{module.code(node)}` is a numpy scalar type, not a numpy.dtype instance: "
            f"TensorSpec raises TypeError {call.when}.",
            module,
            node,
            FixPlan(
                "Wrap it in `np.dtype(...)`",
                Applicability.SAFE,
                (NodeEdit(node, f"{_numpy_prefix(node)}dtype({module.code(node)})"),),
            ),
        )
        return
    if value.qualname != "numpy.dtype" or not node.args:
        return
    name_node = node.args[0].value
    if not isinstance(name_node, cst.SimpleString):
        return
    name = string_value(name_node)
    if name is None:
        return
    if re.match(r"^[<>=|]?[SUV][0-9]+$", name) or re.match(r"^(str|bytes)[0-9]+$", name):
        yield Finding(
            TENSOR_SPEC_INVALID.code,
            f'`{name}` is a flexible numpy type with a size: TensorSpec raises {call.when} ("MLflow '
            'does not support size information in flexible numpy data types"). Use `np.dtype("{name.rstrip(\'0123456789\')}")`.',
            module,
            name_node,
        )
    elif name not in _NUMPY_NAMES and not _NUMPY_CODE.match(name) and not _NUMPY_NAMED.match(name):
        closest = difflib.get_close_matches(name, sorted(_NUMPY_NAMES), n=1, cutoff=0.6)
        quote = name_node.value[0]
        fix = (
            FixPlan(
                f"Replace with `{closest[0]}`",
                Applicability.UNSAFE,
                (NodeEdit(name_node, f"{quote}{closest[0]}{quote}"),),
            )
            if closest
            else None
        )
        hint = f" Did you mean `{closest[0]}`?" if closest else ""
        yield Finding(
            TENSOR_SPEC_INVALID.code,
            f"numpy has no dtype `{name}`: `np.dtype` raises TypeError {call.when}.{hint}",
            module,
            name_node,
            fix,
        )


def _numpy_prefix(node: cst.BaseExpression) -> str:
    return cst.Module([]).code_for_node(node.value) + "." if isinstance(node, cst.Attribute) else ""


# --------------------------------------------------------------------- example DataFrames
def _examples(call: ModuleCall) -> Iterator[cst.Call]:
    """The calls whose value ``call`` hands MLflow as an example: a logging call's
    ``input_example=``, what ``infer_signature`` infers from."""
    if call.qualname == INFER_SIGNATURE:
        arguments = [call.argument(0, "model_input"), call.argument(1, "model_output")]
    elif call.is_logging:
        arguments = [call.keyword("input_example")]
    else:
        return
    seen: set[int] = set()
    for argument in arguments:
        if argument is not None:
            yield from _made_by(argument.value, call.env, seen)


def _made_by(node: object, env: Env, seen: set[int]) -> Iterator[cst.Call]:
    """The calls that make the value of ``node``: the call itself, what a name was assigned,
    the frame a method or an indexing is applied to (``df.head()``, ``df.iloc[:5]``), the items
    of a tuple (``(df, params)``)."""
    if id(node) in seen:  # ``df = df.head()``
        return
    seen.add(id(node))
    if isinstance(node, cst.Name):
        yield from _made_by(assigned_value(node.value, env), env, seen)
    elif isinstance(node, cst.Call):
        yield node
        if isinstance(node.func, cst.Attribute):
            yield from _made_by(node.func.value, env, seen)
    elif isinstance(node, cst.Attribute | cst.Subscript):
        yield from _made_by(node.value, env, seen)
    elif isinstance(node, cst.Tuple | cst.List):
        for element in node.elements:
            yield from _made_by(element.value, env, seen)


def _example_frame(module: ModuleInfo, call: ModuleCall) -> Iterator[Finding]:
    """SIG505: an integer column with ``None`` in a literal DataFrame (one that reaches MLflow as
    an example) becomes float64."""
    data = call.argument(0, "data")
    if data is None or not isinstance(data.value, cst.Dict):
        return
    for element in data.value.elements:
        if not isinstance(element, cst.DictElement):
            continue
        values = _literal(element.value)
        if not isinstance(values, list) or None not in values:
            continue
        others = [v for v in values if v is not None]
        if others and all(isinstance(v, int) and not isinstance(v, bool) for v in others):
            key = module.code(element.key)
            yield Finding(
                EXAMPLE_INT_COLUMN_WITH_NONE.code,
                f"Column {key} holds integers and None: pandas stores it as float64, so the "
                "signature inferred from this example says `double`, not `long`, and integer "
                'requests are converted. Use `pd.array([...], dtype="Int64")` or avoid None.',
                module,
                element.value,
            )


_UNKNOWN = object()


def _literal(node: cst.BaseExpression) -> object:
    try:
        return ast.literal_eval(cst.Module([]).code_for_node(node))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return _UNKNOWN
