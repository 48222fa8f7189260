"""Static stand-ins for the runtime objects that ``typing.get_type_hints`` hands to MLflow.

MLflow's inference compares hints with ``==``, looks them up in dicts and calls ``get_origin`` and
``get_args`` on them. To give MLflow's answers, siglint builds the same objects statically: a
``Class`` for ``int`` or a user's pydantic model, a ``Generic`` for ``list[int]`` or
``typing.Union[int, None]`` (normalised the way ``typing`` normalises it), a ``Special`` for bare
``typing.Any``/``typing.Optional``/``typing.List``. Equality of these frozen dataclasses mirrors
the equality of the runtime objects they stand for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from siglint.analysis.classes import ClassInfo


class Value:
    """Anything an expression in an annotation can evaluate to."""

    __slots__ = ()

    def mlflow_repr(self) -> str:
        """``_type_hint_repr``: ``__name__`` for classes, ``str(hint)`` otherwise."""
        return self.runtime_str()

    def runtime_str(self) -> str:
        """``str(value)`` at run time."""
        raise NotImplementedError


class Deferred:
    """A value's ``info`` still to be worked out: the definition of a class or function that
    another module binds, which takes that module parsed with libcst. Most values are only
    compared by name (is this callee ``log_model``?), so their modules are never parsed."""

    __slots__ = ("load", "reading")

    def __init__(self, load: Callable[[], object], reading: object = None) -> None:
        self.load = load
        self.reading = reading  # what the evaluator knows of it without parsing (``ast``)


def deferred(value: Class | Function) -> Deferred | None:
    """``value``'s info still to be worked out, if it is."""
    info = value._info
    return info if isinstance(info, Deferred) else None


def _loaded(value: Class | Function) -> Any:
    """``value``'s info, worked out once if it was deferred."""
    info = value._info
    if isinstance(info, Deferred):
        info = info.load()
        object.__setattr__(value, "_info", info)  # frozen for equality, not for this
    return info


@dataclass(frozen=True, slots=True)
class Class(Value):
    """A class object. ``qualname`` is canonical (``builtins.int``, ``pkg.models.Item``)."""

    qualname: str
    _info: ClassInfo | Deferred | None = field(default=None, compare=False, hash=False, repr=False)

    @property
    def info(self) -> ClassInfo | None:
        """The class's definition, for a class of the project (None for any other)."""
        return _loaded(self)

    @property
    def name(self) -> str:
        return self.qualname.rsplit(".", 1)[-1]

    def mlflow_repr(self) -> str:
        return self.name

    def runtime_str(self) -> str:
        module, _, _ = self.qualname.rpartition(".")
        if module == "builtins":
            return f"<class '{self.name}'>"
        if self.info is not None and self.info.is_enum:
            return f"<enum '{self.name}'>"
        return f"<class '{self.qualname}'>"


@dataclass(frozen=True, slots=True)
class Special(Value):
    """A typing special form or bare alias: ``typing.Any``, ``typing.Optional``, ``typing.List``.

    ``origin`` is what ``get_origin`` returns for a bare alias (``typing.List`` -> list).
    """

    qualname: str
    origin: str | None = None

    def runtime_str(self) -> str:
        return self.qualname


@dataclass(frozen=True, slots=True)
class Generic(Value):
    """A parameterised type: ``list[int]``, ``typing.Dict[str, int]``, ``Union[int, None]``.

    ``origin`` is ``get_origin(value)`` as a qualified name (``builtins.list``, ``typing.Union``,
    ``types.UnionType``, ``typing.Literal``...); ``spelling`` is how ``str()`` prints the head
    (``list``, ``typing.List``); ``args`` is ``get_args(value)``.
    """

    origin: str
    spelling: str
    args: tuple[Value, ...]

    def runtime_str(self) -> str:
        if self.origin == "types.UnionType":
            return " | ".join(_arg_str(a) for a in self.args)
        if self.origin == "typing.Union":
            non_none = [a for a in self.args if a != NONE_TYPE]
            if len(self.args) == 2 and len(non_none) == 1:
                return f"typing.Optional[{_arg_str(non_none[0])}]"
        return f"{self.spelling}[{', '.join(_arg_str(a) for a in self.args)}]"


@dataclass(frozen=True, slots=True)
class Constant(Value):
    """A literal value inside a hint: ``None`` in ``list[None]``, ``"a"`` in ``Literal["a"]``."""

    value: Any

    def runtime_str(self) -> str:
        try:
            return repr(self.value)
        except ValueError:  # an int of more digits than Python converts (hex literals can be)
            return hex(self.value)


@dataclass(frozen=True, slots=True)
class TypeVarValue(Value):
    """A ``TypeVar`` (MLflow's ``TypeFromExample`` is one)."""

    qualname: str

    def runtime_str(self) -> str:
        return "~" + self.qualname.rsplit(".", 1)[-1]


@dataclass(frozen=True, slots=True)
class NewTypeValue(Value):
    qualname: str

    def runtime_str(self) -> str:
        return self.qualname


@dataclass(frozen=True, slots=True)
class TypeAliasValue(Value):
    """A PEP 695 ``type X = ...`` alias: an opaque ``TypeAliasType`` that ``get_type_hints`` keeps."""

    name: str

    def runtime_str(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Module(Value):
    name: str
    # The module whose import statement produced this value: project modules are found from it.
    anchor: object = field(default=None, compare=False, hash=False, repr=False)

    def runtime_str(self) -> str:
        return f"<module '{self.name}'>"


@dataclass(frozen=True, slots=True)
class Function(Value):
    """A function object; ``qualname`` is canonical when it is an MLflow or stdlib function."""

    qualname: str
    _info: object = field(default=None, compare=False, hash=False, repr=False)

    @property
    def info(self) -> object:
        """The function's definition (a ``FunctionInfo`` for a function of the project)."""
        return _loaded(self)

    def runtime_str(self) -> str:
        return f"<function {self.qualname}>"


@dataclass(frozen=True, slots=True)
class Opaque(Value):
    """Something siglint cannot see: a name from a package outside the project, say.

    ``qualname`` names it as well as siglint can; inference treats it like an ordinary class
    (MLflow reports such a class as unsupported) and says that it guessed.
    """

    qualname: str

    def mlflow_repr(self) -> str:
        head, bracket, rest = self.qualname.partition("[")
        return head.rsplit(".", 1)[-1] + bracket + rest

    def runtime_str(self) -> str:
        return self.qualname


def _arg_str(value: Value) -> str:
    """How ``typing`` prints an argument: classes by qualified name, ``NoneType`` as ``None``."""
    if isinstance(value, Class):
        if value == NONE_TYPE:
            return "None"
        module, _, name = value.qualname.rpartition(".")
        return name if module == "builtins" else value.qualname
    if isinstance(value, Constant) and value.value is Ellipsis:
        return "..."
    return value.runtime_str()


def builtin(name: str) -> Class:
    return Class(f"builtins.{name}")


NONE_TYPE = builtin("NoneType")
ANY = Special("typing.Any")
OPTIONAL = Special("typing.Optional")
UNION = Special("typing.Union")
LIST = builtin("list")
DICT = builtin("dict")
STR = builtin("str")
UNION_ORIGINS = ("typing.Union", "types.UnionType")


def pydantic_field_type(annotation: Value) -> Value:
    """A field's type in ``model_fields``: pydantic strips only the outermost ``Annotated``."""
    if isinstance(annotation, Generic) and annotation.origin == "typing.Annotated":
        return annotation.args[0]
    return annotation


def origin_of(value: Value) -> str | None:
    """``typing.get_origin``."""
    if isinstance(value, Generic):
        return value.origin
    if isinstance(value, Special):
        return value.origin
    return None


def args_of(value: Value) -> tuple[Value, ...]:
    """``typing.get_args``."""
    return value.args if isinstance(value, Generic) else ()
