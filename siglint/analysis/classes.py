"""What siglint knows about a class defined in the project: its bases, MRO and pydantic fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import libcst as cst

from siglint.analysis import known
from siglint.analysis.values import (
    Class,
    Function,
    Generic,
    Opaque,
    Special,
    TypeVarValue,
    Value,
    pydantic_field_type,
)

if TYPE_CHECKING:
    from siglint.analysis.evaluate import Evaluator
    from siglint.analysis.module import Definition, ModuleInfo
    from siglint.analysis.scopes import Binding

# ``ConfigDict(arbitrary_types_allowed=True)``, ``{"arbitrary_types_allowed": True}`` or the class
# keyword: the setting given as True, wherever the class body spells it.
_ARBITRARY_TYPES_ALLOWED = re.compile(r"""arbitrary_types_allowed['"]?\s*[=:]\s*True\b""")


@dataclass(frozen=True, slots=True)
class PydanticField:
    name: str
    annotation: Value
    required: bool  # pydantic's is_required(): no default and no default_factory
    owner: ClassInfo
    node: cst.CSTNode
    alias: str | None = None


@dataclass(eq=False)
class ClassInfo:
    definition: Definition
    module: ModuleInfo
    evaluator: Evaluator
    substitution: dict[str, Value] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.definition.node.name.value

    @property
    def node(self) -> cst.ClassDef:
        return self.definition.node

    @cached_property
    def env(self):
        return self.evaluator.eager_env(self.module, self.definition)

    @cached_property
    def bases(self) -> list[Value]:
        values = []
        for arg in self.node.bases:
            values.append(self._eval(arg.value))
        return values

    @cached_property
    def decorators(self) -> list[Value]:
        return [self._eval(d.decorator) for d in self.node.decorators]

    @cached_property
    def body_env(self):
        """Where pydantic resolves field annotations: the class body and everything around it.

        pydantic evaluates postponed annotations itself, with the module, the class namespace
        and the defining frame's locals, once the names exist; so every binding counts.
        """
        from siglint.analysis.evaluate import Env

        chain = ((self.definition.inner, None), *((s, None) for s, _ in self.env.chain))
        return Env(self.module, chain, None)

    def _eval(self, node: cst.BaseExpression, env=None) -> Value:
        from siglint.analysis.evaluate import NameNotFound, Unevaluable

        try:
            return self.evaluator.eval(node, env or self.env)
        except (NameNotFound, Unevaluable):
            return Special("<unresolved>")

    def eval_in_body(self, node: cst.BaseExpression) -> Value:
        return self._eval(node, self.body_env)

    def field_annotation(self, node: cst.BaseExpression) -> Value:
        """A field's annotation as pydantic resolves it when the class is created.

        Eager annotations see what is bound before the class statement. Postponed ones
        (``from __future__ import annotations`` or quoted) may also name the class itself; a name
        bound only later leaves pydantic with a ``ForwardRef`` — which MLflow then reads as an
        unsupported type, unless the module calls ``Model.model_rebuild()``. From Python 3.14
        (PEP 649) an annotation is evaluated where it stands, but only when pydantic reads it
        (``annotationlib.get_annotations(format=FORWARDREF)``, then ``try_eval_type``): a name
        not bound yet is a ``ForwardRef`` there too, not a ``NameError``. ``OperatorError``
        (``None | None``) is raised: Python or pydantic raises TypeError creating the class.
        """
        return pydantic_field_type(self._field_annotation(node))

    def _field_annotation(self, node: cst.BaseExpression) -> Value:
        from siglint.analysis.evaluate import (
            Env,
            ForwardRefNotFound,
            NameNotFound,
            OperatorError,
            Unevaluable,
        )

        time = self.module.top_level_order(self.definition)
        if time is None or f"{self.name}.model_rebuild(" in self.module.text:
            body = self.body_env
            return self._eval(node, body)
        chain = ((self.definition.inner, None), *self.env.chain)
        lazy = self.module.future_annotations or isinstance(
            node, cst.SimpleString | cst.ConcatenatedString
        )
        env = Env(self.module, chain, time + 1)
        try:
            if lazy:
                return self.evaluator.eval(node, env.lazy())
            return self.evaluator.eval(node, env)
        except ForwardRefNotFound:
            return Opaque(f"ForwardRef('{_forward_text(self.module, node)}')")
        except NameNotFound as error:
            # Not when the name is missing from an alias of another module: importing it raises.
            postponed = lazy or self.evaluator.deferred_annotations(self.module)
            if postponed and error.module is self.module:
                return Opaque(f"ForwardRef('{_forward_text(self.module, node)}')")
            raise error
        except OperatorError:
            raise
        except Unevaluable:
            return Special("<unresolved>")

    # --------------------------------------------------------------- ancestry
    def base_classes(self) -> list[Class]:
        result = []
        for base in self.bases:
            if isinstance(base, Generic):  # Generic[T], RootModel[list[str]], Base[int]
                head = generic_head(base)
                if head is not None:
                    result.append(head)
            elif isinstance(base, Class):
                result.append(base)
        return result

    @cached_property
    def ancestors(self) -> frozenset[str]:
        """Qualified names of every class this one derives from (itself excluded)."""
        seen: set[str] = set()
        stack = list(self.base_classes())
        while stack:
            cls = stack.pop()
            if cls.qualname in seen:
                continue
            seen.add(cls.qualname)
            if cls.info is not None:
                stack.extend(cls.info.base_classes())
            else:
                stack.extend(Class(q) for q in known.external_bases(cls.qualname))
        return frozenset(seen)

    def external_pydantic_base(self) -> Class | None:
        """The first MLflow pydantic class of the MRO: its fields are known only as a schema."""
        for cls in self.mro:
            if cls.info is None and (data := known.external_class_info(cls.qualname)):
                return cls if data["pydantic"] else None
        return None

    def allows_arbitrary_types(self) -> bool:
        """``arbitrary_types_allowed=True`` in this class's config or a base's."""
        return any(
            cls.info is not None
            # Generating a class's code only when its module's text may hold the setting.
            and "arbitrary_types_allowed" in cls.info.module.text
            and _ARBITRARY_TYPES_ALLOWED.search(cls.info.module.code(cls.info.node)) is not None
            for cls in self.mro
        )

    def derives_from(self, qualname: str) -> bool:
        return qualname in self.ancestors

    @cached_property
    def mro(self) -> list[Class]:
        """C3 linearisation over project classes; external classes are leaves."""
        return [Class(f"{self.module.name}.{self.definition.qualname}", self), *_c3_tail(self)]

    # --------------------------------------------------------------- kinds
    @property
    def is_pydantic(self) -> bool:
        return self.derives_from(known.PYDANTIC_BASE)

    @property
    def is_pydantic_v1(self) -> bool:
        return self.derives_from(known.PYDANTIC_V1_BASE)

    @property
    def is_enum(self) -> bool:
        return self.derives_from("enum.Enum")

    @property
    def is_typeddict(self) -> bool:
        return any(b == Function("typing.TypedDict") for b in self.bases)

    @property
    def is_dataclass(self) -> bool:
        return any(
            d == Function("dataclasses.dataclass")
            or (isinstance(d, Function) and d.qualname == "dataclasses.dataclass")
            for d in self.decorators
        ) or any(
            isinstance(d.decorator, cst.Call)
            and self._eval(d.decorator.func) == Function("dataclasses.dataclass")
            for d in self.node.decorators
        )

    def is_generic_model(self) -> bool:
        return self.is_pydantic and bool(self.type_parameters())

    def type_parameters(self) -> list[str]:
        params: list[str] = []
        for base in self.bases:
            if isinstance(base, Generic):
                for arg in base.args:
                    if isinstance(arg, TypeVarValue) and arg.qualname not in params:
                        params.append(arg.qualname)
        return params

    def parametrize(self, args: tuple[Value, ...]) -> Class:
        """``Model[int]``: pydantic creates a subclass whose fields have T replaced."""
        names = self.type_parameters()
        info = ClassInfo(
            self.definition, self.module, self.evaluator, dict(zip(names, args, strict=False))
        )
        shown = ", ".join(a.mlflow_repr() for a in args)
        return Class(f"{self.module.name}.{self.definition.qualname}[{shown}]", info)

    # --------------------------------------------------------------- class body
    def own(self, name: str) -> Binding | None:
        return self.definition.inner.lookup(name)

    def find(self, name: str) -> tuple[ClassInfo | None, Class, Binding | None] | None:
        """The class of the MRO that defines ``name``, and its binding there (None if external)."""
        for cls in self.mro:
            if cls.info is not None:
                binding = cls.info.own(name)
                if binding is not None:
                    return cls.info, cls, binding
            elif cls.qualname in (known.PYTHON_MODEL, *known.BUILTIN_KINDS, "builtins.object"):
                return None, cls, None
        return None

    # --------------------------------------------------------------- pydantic
    def model_fields(self) -> list[PydanticField]:
        """``Model.model_fields``: inherited fields first, then own ones, in declaration order."""
        from siglint.analysis.evaluate import substitute

        fields: dict[str, PydanticField] = {}
        # pydantic reads the annotations of the whole MRO, plain mixins included.
        for cls in reversed(self.mro):
            if cls.info is None:
                continue
            substitution = self.substitution
            if cls.info is not self:  # ``class IntBox(Box[int])``: Box's T is int, then ours
                substitution = {
                    **substitution,
                    **{
                        name: substitute(value, self.substitution)
                        for name, value in cls.info.substitution.items()
                    },
                }
            for f in cls.info._own_fields(substitution):
                fields[f.name] = f
        return list(fields.values())

    def _own_fields(self, substitution: dict[str, Value]) -> list[PydanticField]:
        from siglint.analysis.pydantic import own_fields

        return own_fields(self, substitution)


def _forward_text(module: ModuleInfo, node: cst.BaseExpression) -> str:
    if isinstance(node, cst.SimpleString):
        return node.evaluated_value if isinstance(node.evaluated_value, str) else ""
    return module.code(node)


def generic_head(value: Generic) -> Class | None:
    """``RootModel[list[str]]`` -> ``RootModel``; ``Generic[T]`` -> None."""
    if value.origin.startswith(("typing.", "builtins.", "collections.")):
        return None
    return Class(value.origin)


def _c3_tail(info: ClassInfo) -> list[Class]:
    sequences = [_linearize(base) for base in info.base_classes()]
    sequences.append(list(info.base_classes()))
    result: list[Class] = []
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        for seq in sequences:
            head = seq[0]
            if not any(head in s[1:] for s in sequences):
                break
        else:  # inconsistent hierarchy: Python would raise; keep a depth-first order
            flat = [c for s in sequences for c in s]
            return result + [c for i, c in enumerate(flat) if c not in flat[:i]]
        result.append(head)
        sequences = [s[1:] if s[0] == head else s for s in sequences]


def _linearize(cls: Class) -> list[Class]:
    if cls.info is not None:
        return cls.info.mro
    chain = [cls]
    for base in known.EXTERNAL_BASES.get(cls.qualname, ()):
        chain.extend(_linearize(Class(base)))
    return chain
