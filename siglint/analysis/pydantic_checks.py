"""Checks of the pydantic models a hint reaches: what pydantic rejects, what surprises users."""

from __future__ import annotations

import libcst as cst

from siglint.analysis import known
from siglint.analysis.classes import ClassInfo
from siglint.analysis.edits import add_none_default
from siglint.analysis.evaluate import NameNotFound
from siglint.analysis.findings import Finding, name_error
from siglint.analysis.pydantic import FIELD, PRIVATE_ATTR
from siglint.analysis.values import (
    NONE_TYPE,
    UNION_ORIGINS,
    Class,
    Function,
    Generic,
    Module,
    Opaque,
    Special,
    Value,
)
from siglint.rules.defaulted_field_required import RULE as DEFAULTED_FIELD_REQUIRED
from siglint.rules.field_alias_advertised import RULE as FIELD_ALIAS_ADVERTISED
from siglint.rules.optional_field_without_default import RULE as OPTIONAL_FIELD_WITHOUT_DEFAULT
from siglint.rules.pydantic_class_raises import RULE as PYDANTIC_CLASS_RAISES


def pydantic_class_failure(info: ClassInfo) -> Finding | None:
    """What makes pydantic raise while the model class is created, if anything."""
    body = _body_failure(info)
    if body is not None:
        return body
    for f in info.model_fields():
        if f.owner is not info:
            continue
        if isinstance(f.node, cst.AnnAssign):
            try:
                info.field_annotation(f.node.annotation.annotation)
            except NameNotFound as error:
                return name_error(info.module, error, f"class `{info.name}` is created")
        rejected = None if info.allows_arbitrary_types() else rejected_by_pydantic(f.annotation)
        if rejected is not None:
            return _raises(
                info,
                f.node,
                f"pydantic cannot generate a schema for `{rejected.mlflow_repr()}` (field "
                f"`{f.name}`). Use a supported type, or set "
                "`model_config = ConfigDict(arbitrary_types_allowed=True)`.",
            )
    return None


def _body_failure(info: ClassInfo) -> Finding | None:
    """``x = 1`` without an annotation, or ``PrivateAttr`` on a public name: PydanticUserError."""
    if info.derives_from(known.PYDANTIC_ROOT):
        extra = next((f for f in info.model_fields() if f.owner is info and f.name != "root"), None)
        if extra is not None:
            return _raises(
                info,
                extra.node,
                f"a RootModel has only `root`, and pydantic rejects the field `{extra.name}` "
                "(\"Unexpected field ... only 'root' is allowed\").",
            )
    body = info.node.body
    for stmt in body.body if isinstance(body, cst.IndentedBlock) else ():
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if isinstance(small, cst.Assign):
                targets = [t.target for t in small.targets]
                value, annotated = small.value, False
            elif isinstance(small, cst.AnnAssign) and small.value is not None:
                targets, value, annotated = [small.target], small.value, True
            else:
                continue
            for target in targets:
                if not isinstance(target, cst.Name) or target.value.startswith("_"):
                    continue
                name = target.value
                if isinstance(value, cst.Call) and info.eval_in_body(value.func) == PRIVATE_ATTR:
                    return _raises(
                        info,
                        small,
                        f'`{name}` is a PrivateAttr on a public name ("Private attributes must not '
                        f'use valid field names"). Rename it `_{name}`.',
                    )
                if not annotated and name != "model_config" and _plain_value(value, info):
                    return _raises(
                        info,
                        small,
                        f'`{name}` has no annotation ("A non-annotated attribute was detected"). '
                        "Annotate it, or make it a `ClassVar`.",
                    )
    return None


def _plain_value(value: cst.BaseExpression, info: ClassInfo) -> bool:
    """A literal, or ``Field(...)``: what pydantic refuses without an annotation."""
    if isinstance(value, cst.Call):
        return info.eval_in_body(value.func) == FIELD
    if isinstance(value, cst.Name):
        return value.value in ("None", "True", "False")
    return isinstance(
        value,
        cst.Integer
        | cst.Float
        | cst.Imaginary
        | cst.SimpleString
        | cst.ConcatenatedString
        | cst.FormattedString
        | cst.List
        | cst.Dict
        | cst.Tuple
        | cst.Set
        | cst.UnaryOperation,
    )


def _raises(info: ClassInfo, node: cst.CSTNode, why: str) -> Finding:
    return Finding(
        PYDANTIC_CLASS_RAISES.code,
        f"pydantic raises when class `{info.name}` is defined, so importing this module fails: {why}",
        info.module,
        node,
    )


_READ_ARGUMENTS = {
    "builtins.list": 1,
    "builtins.set": 1,
    "builtins.frozenset": 1,
    "collections.abc.Sequence": 1,
    "builtins.dict": 2,
    "collections.abc.Mapping": 2,
}
# Bases that tell pydantic nothing about validating their subclasses.
PLAIN_BASES = (Special("typing.Protocol"), Class("abc.ABC"))
SCHEMA_HOOKS = ("__get_pydantic_core_schema__", "__get_validators__")


def rejected_by_pydantic(value: Value) -> Value | None:
    if isinstance(value, Module) or known.pydantic_has_no_schema(value):
        return value  # ``import datetime`` then ``at: datetime``: a module is no type
    if isinstance(value, Generic):
        if value.origin == "typing.Literal":
            return None
        # pydantic reads only the arguments the container has: list[int, X] validates ints.
        count = _READ_ARGUMENTS.get(value.origin, len(value.args))
        for arg in value.args[:count]:
            rejected = rejected_by_pydantic(arg)
            if rejected is not None:
                return rejected
        return None
    if isinstance(value, Class | Opaque):
        if value.qualname.split(".")[0] in ("numpy", "pandas", "scipy"):
            return value
        info = value.info if isinstance(value, Class) else None
        if info is not None and _plain_class(info):
            return value
    return None


def _plain_class(info: ClassInfo) -> bool:
    """A class pydantic knows nothing about: not a model, dataclass, enum, TypedDict, str..."""
    if info.is_pydantic or info.is_dataclass or info.is_enum or info.is_typeddict:
        return False
    if any(info.own(hook) is not None for hook in SCHEMA_HOOKS):
        return False  # the class tells pydantic how to validate it
    if any(isinstance(b, Function | Opaque | Special) and b not in PLAIN_BASES for b in info.bases):
        return False  # NamedTuple, TypedDict, or a base siglint cannot see
    # Subclasses of builtins (``class Name(str)``) are as unknown to pydantic as plain classes.
    return all(
        (b.info is None and (b.qualname.startswith("builtins.") or b in PLAIN_BASES))
        or (b.info is not None and _plain_class(b.info))
        for b in info.base_classes()
    )


def pydantic_lints(hint: Value) -> list[Finding]:
    """Every field of the pydantic models in the input hint whose schema surprises users."""
    findings: list[Finding] = []
    for model in _pydantic_models(hint):
        for f in model.model_fields():
            if f.owner is not model:
                continue  # reported on the class that declares it
            optional = _is_optional(f.annotation)
            module = f.owner.module
            if optional and f.required:
                findings.append(
                    Finding(
                        OPTIONAL_FIELD_WITHOUT_DEFAULT.code,
                        f"MLflow raises when the class is defined: Optional field `{f.name}` in "
                        f"Pydantic model `{model.name}` doesn't have a default value. Please set "
                        "default value to None for this field.",
                        module,
                        f.node,
                        add_none_default(module, f.node),
                    )
                )
            elif not optional and not f.required:
                findings.append(
                    Finding(
                        DEFAULTED_FIELD_REQUIRED.code,
                        f"`{f.name}` has a default, but MLflow's schema still marks it required "
                        "(only Optional fields become optional): clients reading the signature "
                        "will always send it. Make it `Optional[...] = ...` if it may be omitted.",
                        module,
                        f.node,
                    )
                )
            if f.alias is not None and f.alias != f.name:
                findings.append(
                    Finding(
                        FIELD_ALIAS_ADVERTISED.code,
                        f"The schema advertises `{f.name}`, but the model validates by alias and "
                        f"only accepts `{f.alias}`: requests built from the signature fail. Set "
                        "`populate_by_name=True` (validate_by_name) or drop the alias.",
                        module,
                        f.node,
                    )
                )
    return findings


def _pydantic_models(hint: Value) -> list[ClassInfo]:
    """The project pydantic models a hint reaches, through generics and nested fields."""
    found: list[ClassInfo] = []
    seen: set[str] = set()
    stack = [hint]
    while stack:
        value = stack.pop()
        if isinstance(value, Generic):
            stack.extend(value.args)
        elif isinstance(value, Class) and value.info is not None and value.info.is_pydantic:
            if value.qualname in seen:
                continue
            seen.add(value.qualname)
            found.append(value.info)
            stack.extend(f.annotation for f in value.info.model_fields())
    return found


def _is_optional(value: Value) -> bool:
    return isinstance(value, Generic) and value.origin in UNION_ORIGINS and NONE_TYPE in value.args
