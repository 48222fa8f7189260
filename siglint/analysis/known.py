"""What the names of the standard library and of MLflow stand for at run time.

The standard library part is written here; the MLflow part (exported names, MLflow's own hint
types and what MLflow infers for them, the fixed chat/agent signatures) is read from
``siglint/data/mlflow_runtime.json``, generated from the real package by
``scripts/generate_mlflow_data.py``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from siglint.analysis.values import (
    Class,
    Function,
    Generic,
    Module,
    Opaque,
    Special,
    TypeVarValue,
    Value,
    builtin,
)

PYTHON_MODEL = "mlflow.pyfunc.model.PythonModel"
CHAT_MODEL = "mlflow.pyfunc.model.ChatModel"
CHAT_AGENT = "mlflow.pyfunc.model.ChatAgent"
RESPONSES_AGENT = "mlflow.pyfunc.model.ResponsesAgent"
PYFUNC_DECORATOR = "mlflow.pyfunc.utils.data_validation.pyfunc"
TYPE_FROM_EXAMPLE = TypeVarValue("mlflow.types.type_hints.TypeFromExample")
NO_TYPE_CHECK = "typing.no_type_check"

# The MLflow callables whose calls the analysis looks at, by the qualified name their callee
# resolves to (``ModuleCall.qualname``). The pre-filter (``siglint.anchors``) reads this table to
# prove that a file calls none of them: a check comparing a callee with a new name of MLflow
# adds it here (``tests/analysis/test_anchors.py`` fails on one written anywhere else).
COLSPEC = "mlflow.types.schema.ColSpec"
PARAMSPEC = "mlflow.types.schema.ParamSpec"
TENSORSPEC = "mlflow.types.schema.TensorSpec"
INFER_SIGNATURE = "mlflow.models.signature.infer_signature"
# Looked at only in the file a ``python_model="agent.py"`` names: the logging call is elsewhere.
SET_MODEL = "mlflow.models.model.set_model"
# Not a callee: the values of ``ColSpec``'s ``type`` argument (``DataType.double``).
DATATYPE = "mlflow.types.schema.DataType"
# Calls checked wherever they are written, whatever their arguments (``@pyfunc`` used as
# ``predict = pyfunc(_impl)`` included).
CHECKED_CALLEES = frozenset({COLSPEC, PARAMSPEC, TENSORSPEC, INFER_SIGNATURE, PYFUNC_DECORATOR})
# ``mlflow.<flavour>.log_model``/``save_model``: checked when they pass one of these arguments.
LOGGING_FUNCTIONS = ("log_model", "save_model")
LOGGING_ARGUMENTS = frozenset({"python_model", "input_example"})


def is_logging(qualname: str) -> bool:
    """``mlflow.<flavour>.log_model`` or ``save_model``, whatever the flavour."""
    return qualname.startswith("mlflow.") and qualname.rsplit(".", 1)[-1] in LOGGING_FUNCTIONS


# Kinds of target, by the MLflow base class they derive from, in the order save_model tests them.
BUILTIN_KINDS = {
    CHAT_MODEL: "chat_model",
    CHAT_AGENT: "chat_agent",
    RESPONSES_AGENT: "responses_agent",
}

# Hints MLflow accepts but infers nothing from (matched by identity, §8 of the semantics).
NO_INFERENCE = frozenset(
    {
        Class("pandas.DataFrame"),
        Class("pandas.Series"),
        Class("numpy.ndarray"),
        Class("scipy.sparse._csr.csr_matrix"),
        Class("scipy.sparse._csc.csc_matrix"),
    }
)

PYDANTIC_BASE = "pydantic.main.BaseModel"
PYDANTIC_ROOT = "pydantic.root_model.RootModel"
PYDANTIC_V1_BASE = "pydantic.v1.main.BaseModel"

# Known inheritance among the external classes that matter.
EXTERNAL_BASES = {
    CHAT_MODEL: (PYTHON_MODEL,),
    CHAT_AGENT: (PYTHON_MODEL,),
    RESPONSES_AGENT: (PYTHON_MODEL,),
    PYDANTIC_ROOT: (PYDANTIC_BASE,),
    "enum.IntEnum": ("enum.Enum",),
    "enum.StrEnum": ("enum.Enum",),
    "enum.Flag": ("enum.Enum",),
    "enum.IntFlag": ("enum.Flag",),
}

_BUILTIN_CLASSES = [
    "int",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "bool",
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "object",
    "type",
    "range",
    "memoryview",
    "slice",
    "Exception",
    "BaseException",
    "NoneType",
]

# The other names ``builtins`` holds on Python 3.10 to 3.13 (``True``, ``False`` and ``None`` are
# keywords): an annotation or alias naming one of them raises no NameError.
_OTHER_BUILTIN_CLASSES = frozenset(
    [
        "ArithmeticError",
        "AssertionError",
        "AttributeError",
        "BaseExceptionGroup",
        "BlockingIOError",
        "BrokenPipeError",
        "BufferError",
        "BytesWarning",
        "ChildProcessError",
        "ConnectionAbortedError",
        "ConnectionError",
        "ConnectionRefusedError",
        "ConnectionResetError",
        "DeprecationWarning",
        "EOFError",
        "EncodingWarning",
        "EnvironmentError",
        "ExceptionGroup",
        "FileExistsError",
        "FileNotFoundError",
        "FloatingPointError",
        "FutureWarning",
        "GeneratorExit",
        "IOError",
        "ImportError",
        "ImportWarning",
        "IndentationError",
        "IndexError",
        "InterruptedError",
        "IsADirectoryError",
        "KeyError",
        "KeyboardInterrupt",
        "LookupError",
        "MemoryError",
        "ModuleNotFoundError",
        "NameError",
        "NotADirectoryError",
        "NotImplementedError",
        "OSError",
        "OverflowError",
        "PendingDeprecationWarning",
        "PermissionError",
        "ProcessLookupError",
        "PythonFinalizationError",
        "RecursionError",
        "ReferenceError",
        "ResourceWarning",
        "RuntimeError",
        "RuntimeWarning",
        "StopAsyncIteration",
        "StopIteration",
        "SyntaxError",
        "SyntaxWarning",
        "SystemError",
        "SystemExit",
        "TabError",
        "TimeoutError",
        "TypeError",
        "UnboundLocalError",
        "UnicodeDecodeError",
        "UnicodeEncodeError",
        "UnicodeError",
        "UnicodeTranslateError",
        "UnicodeWarning",
        "UserWarning",
        "ValueError",
        "Warning",
        "ZeroDivisionError",
        "enumerate",
        "filter",
        "map",
        "reversed",
        "super",
        "zip",
    ]
)
_BUILTIN_FUNCTIONS = frozenset(
    [
        "abs",
        "aiter",
        "all",
        "anext",
        "any",
        "ascii",
        "bin",
        "breakpoint",
        "callable",
        "chr",
        "compile",
        "copyright",
        "credits",
        "delattr",
        "dir",
        "divmod",
        "eval",
        "exec",
        "exit",
        "format",
        "getattr",
        "globals",
        "hasattr",
        "hash",
        "help",
        "hex",
        "id",
        "input",
        "isinstance",
        "issubclass",
        "iter",
        "len",
        "license",
        "locals",
        "max",
        "min",
        "next",
        "oct",
        "open",
        "ord",
        "pow",
        "print",
        "quit",
        "repr",
        "round",
        "setattr",
        "sorted",
        "sum",
        "vars",
    ]
)
_BUILTIN_CONSTANTS = frozenset(
    [
        "Ellipsis",
        "NotImplemented",
        "__build_class__",
        "__debug__",
        "__doc__",
        "__import__",
        "__loader__",
        "__name__",
        "__package__",
        "__spec__",
    ]
)

# Bare typing aliases and what get_origin returns for them.
_TYPING_ALIASES = {
    "List": "builtins.list",
    "Dict": "builtins.dict",
    "Tuple": "builtins.tuple",
    "Set": "builtins.set",
    "FrozenSet": "builtins.frozenset",
    "Type": "builtins.type",
    "DefaultDict": "collections.defaultdict",
    "OrderedDict": "collections.OrderedDict",
    "Counter": "collections.Counter",
    "Deque": "collections.deque",
    "ChainMap": "collections.ChainMap",
}
_ABC_NAMES = [
    "Sequence",
    "MutableSequence",
    "Mapping",
    "MutableMapping",
    "Iterable",
    "Iterator",
    "Generator",
    "Callable",
    "Collection",
    "Container",
    "AbstractSet",
    "MutableSet",
    "Awaitable",
    "Coroutine",
    "AsyncIterable",
    "AsyncIterator",
    "AsyncGenerator",
    "Reversible",
    "Hashable",
    "Sized",
    "KeysView",
    "ValuesView",
    "ItemsView",
    "ByteString",
]
_TYPING_FORMS = [
    "Any",
    "Optional",
    "Union",
    "Literal",
    "Annotated",
    "ClassVar",
    "Final",
    "TypeAlias",
    "Generic",
    "Protocol",
    "NoReturn",
    "Never",
    "Self",
    "LiteralString",
    "Required",
    "NotRequired",
    "Concatenate",
    "TypeGuard",
    "Unpack",
]
_TYPING_MODULES = ("typing", "typing_extensions")

_STDLIB_CLASSES = {
    "datetime": ["datetime", "date", "time", "timedelta", "timezone", "tzinfo"],
    "decimal": ["Decimal"],
    "uuid": ["UUID"],
    "abc": ["ABC"],
    "fractions": ["Fraction"],
    "pathlib": ["Path", "PurePath"],
    "enum": ["Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"],
    "collections": ["OrderedDict", "defaultdict", "deque", "Counter", "ChainMap"],
    "pydantic": ["BaseModel", "RootModel"],
    "pydantic.main": ["BaseModel"],
    "pydantic.root_model": ["RootModel"],
    "pydantic.v1": ["BaseModel"],
    "pydantic.v1.main": ["BaseModel"],
}
# pydantic's constrained types, by the type they annotate: the aliases (``PositiveInt`` is
# ``Annotated[int, Gt(0)]``) and the functions that return one (``conint(gt=0)``).
_PYDANTIC_ALIASES = {
    **dict.fromkeys(
        ["StrictInt", "PositiveInt", "NegativeInt", "NonNegativeInt", "NonPositiveInt"],
        "builtins.int",
    ),
    **dict.fromkeys(
        [
            "StrictFloat",
            "PositiveFloat",
            "NegativeFloat",
            "NonNegativeFloat",
            "NonPositiveFloat",
            "FiniteFloat",
        ],
        "builtins.float",
    ),
    **dict.fromkeys(["StrictStr", "Base64Str", "Base64UrlStr"], "builtins.str"),
    **dict.fromkeys(["StrictBytes", "Base64Bytes", "Base64UrlBytes"], "builtins.bytes"),
    "StrictBool": "builtins.bool",
    **dict.fromkeys([f"UUID{n}" for n in range(1, 9) if n != 2], "uuid.UUID"),
    **dict.fromkeys(["FilePath", "DirectoryPath", "NewPath", "SocketPath"], "pathlib.Path"),
}
_PYDANTIC_CONSTRAINED = {
    "constr": "builtins.str",
    "conint": "builtins.int",
    "confloat": "builtins.float",
    "conbytes": "builtins.bytes",
    "condecimal": "decimal.Decimal",
    "condate": "datetime.date",
    # Collections: their first argument is the item type.
    "conlist": "builtins.list",
    "conset": "builtins.set",
    "confrozenset": "builtins.frozenset",
}
_CANONICAL = {
    "pydantic.BaseModel": PYDANTIC_BASE,
    "pydantic.RootModel": PYDANTIC_ROOT,
    "pydantic.v1.BaseModel": PYDANTIC_V1_BASE,
}
_FUNCTIONS = {
    "typing.TypeVar": "typing.TypeVar",
    "typing.NewType": "typing.NewType",
    "typing.TypedDict": "typing.TypedDict",
    "typing.NamedTuple": "typing.NamedTuple",
    "typing.cast": "typing.cast",
    "dataclasses.dataclass": "dataclasses.dataclass",
    "dataclasses.field": "dataclasses.field",
    "functools.wraps": "functools.wraps",
    "pydantic.Field": "pydantic.fields.Field",
    "pydantic.fields.Field": "pydantic.fields.Field",
    "pydantic.PrivateAttr": "pydantic.fields.PrivateAttr",
    "pydantic.fields.PrivateAttr": "pydantic.fields.PrivateAttr",
    "pydantic.computed_field": "pydantic.fields.computed_field",
    "pydantic.ConfigDict": "pydantic.config.ConfigDict",
    "pydantic.v1.Field": "pydantic.v1.fields.Field",
    "abc.abstractmethod": "abc.abstractmethod",
    "builtins.staticmethod": "builtins.staticmethod",
    "builtins.classmethod": "builtins.classmethod",
    "builtins.property": "builtins.property",
    "enum.Enum": "enum.Enum",
}


# Standard classes pydantic builds no schema for (PydanticSchemaGenerationError when a model
# with such a field is created), bare or parametrised; the exceptions and builtin iterators among
# the builtins included.
_PYDANTIC_NO_SCHEMA = frozenset(
    [
        *(
            f"builtins.{name}"
            for name in (
                "bytearray",
                "range",
                "memoryview",
                "slice",
                "Exception",
                "BaseException",
                *_OTHER_BUILTIN_CLASSES,
            )
        ),
        "datetime.timezone",
        "datetime.tzinfo",
        *(
            f"collections.abc.{name}"
            for name in (
                "Iterator",
                "Collection",
                "Container",
                "Awaitable",
                "Coroutine",
                "AsyncIterable",
                "AsyncIterator",
                "AsyncGenerator",
                "Reversible",
                "Sized",
                "KeysView",
                "ValuesView",
                "ItemsView",
                "ByteString",
            )
        ),
    ]
)


def pydantic_has_no_schema(value: Value) -> bool:
    """Whether pydantic rejects ``value`` (a standard class, bare or parametrised) as a field type."""
    if isinstance(value, Class):
        return value.qualname in _PYDANTIC_NO_SCHEMA
    if isinstance(value, Generic | Special):
        return value.origin in _PYDANTIC_NO_SCHEMA
    return False


@cache
def mlflow_data() -> dict:
    # Read from the package's folder (as ``siglint.mlflow_releases``): importing
    # ``importlib.resources`` cost a child 5 ms.
    text = (Path(__file__).parents[1] / "data" / "mlflow_runtime.json").read_text("utf-8")
    return json.loads(text)


def builtin_name(name: str) -> Value | None:
    """What an unbound name means when it falls through to ``builtins``."""
    if name in _BUILTIN_CLASSES:
        return builtin(name)
    if name in _OTHER_BUILTIN_CLASSES:
        return Class(f"builtins.{name}")
    if name in ("staticmethod", "classmethod", "property") or name in _BUILTIN_FUNCTIONS:
        return Function(f"builtins.{name}")
    if name in _BUILTIN_CONSTANTS:
        return Opaque(name)
    return None


def resolve_external(dotted: str) -> Value:
    """The value of ``module.attr`` for a module outside the project."""
    module, _, attr = dotted.rpartition(".")
    if module in _TYPING_MODULES:
        return _typing_member(attr) or Opaque(dotted)
    if module == "collections.abc" and attr in _ABC_NAMES:
        return Class(f"collections.abc.{attr}")
    if attr in _STDLIB_CLASSES.get(module, ()):
        return Class(_CANONICAL.get(dotted, dotted))
    if module in ("pydantic", "pydantic.types"):
        if attr in _PYDANTIC_ALIASES:
            return Generic(
                "typing.Annotated", "typing.Annotated", (Class(_PYDANTIC_ALIASES[attr]),)
            )
        if attr in _PYDANTIC_CONSTRAINED:
            return Function(f"pydantic.types.{attr}")
    if dotted in _FUNCTIONS:
        return Function(_FUNCTIONS[dotted])
    data = mlflow_data()
    canonical = data["aliases"].get(dotted)
    if canonical is not None:
        if canonical in data["classes"]:
            return Class(canonical)
        if canonical == TYPE_FROM_EXAMPLE.qualname:
            return TYPE_FROM_EXAMPLE
        if canonical in data["modules"]:
            return Module(canonical)
        return Function(canonical)
    if is_module_path(dotted):
        return Module(dotted)
    return Opaque(dotted)


def _typing_member(attr: str) -> Value | None:
    if attr in _TYPING_ALIASES:
        return Special(f"typing.{attr}", _TYPING_ALIASES[attr])
    if attr in _ABC_NAMES:
        return Special(f"typing.{attr}", f"collections.abc.{attr}")
    if attr in _TYPING_FORMS:
        return Special(f"typing.{attr}")
    if attr in ("TypeVar", "NewType", "TypedDict", "NamedTuple", "cast", "no_type_check"):
        return Function(f"typing.{attr}")
    if attr == "TYPE_CHECKING":
        return Special("typing.TYPE_CHECKING")
    if attr == "Text":  # an alias of str, not a special form
        return builtin("str")
    if attr == "AnyStr":
        return TypeVarValue("typing.AnyStr")
    return None


def constrained_type(function: str) -> Class | None:
    """The type ``conint(...)`` and its kind annotate (``builtins.list`` for ``conlist``)."""
    qualname = _PYDANTIC_CONSTRAINED.get(function.removeprefix("pydantic.types."))
    return Class(qualname) if qualname and function.startswith("pydantic.types.") else None


def is_module_path(dotted: str) -> bool:
    """Whether ``import dotted`` names a module siglint knows of outside the project."""
    return (
        dotted in mlflow_data()["modules"]
        or dotted in _STDLIB_CLASSES
        or dotted
        in (
            "typing",
            "typing_extensions",
            "collections.abc",
            "pydantic.types",
        )
    )


def external_class_info(canonical: str) -> dict | None:
    """MLflow's inference result for one of its own classes (or pandas/numpy/scipy ones)."""
    return mlflow_data()["classes"].get(canonical)


def external_bases(canonical: str) -> tuple[str, ...]:
    """The classes an external class derives from, as far as siglint tracks them (one step)."""
    data = external_class_info(canonical)
    pydantic = (PYDANTIC_BASE,) if data and data["pydantic"] else ()  # MLflow's pydantic types
    return (*EXTERNAL_BASES.get(canonical, ()), *pydantic)


def external_attribute(base: Value, attr: str) -> Value:
    """``base.attr`` for a value siglint does not look into: a module outside the project, or
    anything that is no project module or class (``Opaque`` names it as well as it can)."""
    if isinstance(base, Module):
        return resolve_external(f"{base.name}.{attr}")
    if isinstance(base, Class | Opaque):
        return Opaque(f"{base.qualname}.{attr}")
    return Opaque(f"{base.runtime_str()}.{attr}")


def star_imported(module: str, name: str) -> Value | None:
    """What ``from module import *`` binds to ``name`` for a module outside the project: a name
    siglint knows there, anything (``Opaque``) from a module it does not know, and nothing from
    one it knows (the search goes on)."""
    value = resolve_external(f"{module}.{name}")
    if not isinstance(value, Opaque):
        return value
    return None if is_module_path(module) else Opaque(name)
