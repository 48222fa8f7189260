"""The fields pydantic v2 creates for a model class, read from its body.

Mirrors ``Model.model_fields``: annotated class attributes, minus ``ClassVar``s, private names
(leading underscore) and ``model_config``; a field is required (``FieldInfo.is_required()``) when
it has neither a default nor a ``default_factory``. ``RootModel[X]`` has the single field ``root``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from siglint.analysis.evaluate import NameNotFound, OperatorError
from siglint.analysis.values import (
    Constant,
    Function,
    Generic,
    Special,
    TypeVarValue,
    Value,
    pydantic_field_type,
)

if TYPE_CHECKING:
    from siglint.analysis.classes import ClassInfo, PydanticField

FIELD = Function("pydantic.fields.Field")
PRIVATE_ATTR = Function("pydantic.fields.PrivateAttr")


def own_fields(info: ClassInfo, substitution: dict[str, Value]) -> list[PydanticField]:
    from siglint.analysis.classes import PydanticField

    fields: list[PydanticField] = []
    for base in info.bases:
        if (
            isinstance(base, Generic)
            and base.origin == "pydantic.root_model.RootModel"
            and base.args
        ):
            fields.append(
                PydanticField(
                    "root",
                    pydantic_field_type(_substitute(base.args[0], substitution)),
                    True,
                    info,
                    info.node,
                )
            )
    body = info.node.body
    statements = body.body if isinstance(body, cst.IndentedBlock) else [body]
    for stmt in statements:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if not isinstance(small, cst.AnnAssign) or not isinstance(small.target, cst.Name):
                continue
            name = small.target.value
            if name.startswith("_") or name == "model_config":
                continue
            try:
                value = info.field_annotation(small.annotation.annotation)
            except (NameNotFound, OperatorError):  # raised creating the class: reported as such
                value = Special("<unresolved>")
            annotation = _substitute(value, substitution)
            if is_class_var(annotation):
                continue
            has_default, alias, private = _default_of(info, small)
            for meta in _annotated_metadata(small.annotation.annotation):
                meta_default, meta_alias, _ = _field_call(info, meta)
                has_default = has_default or meta_default
                alias = alias or meta_alias
            if private:
                continue
            if isinstance(annotation, Generic) and annotation.origin == "typing.Final":
                if has_default:  # pydantic treats it as a class variable
                    continue
                annotation = annotation.args[0]
            fields = [f for f in fields if f.name != name]
            fields.append(PydanticField(name, annotation, not has_default, info, small, alias))
    return fields


def is_class_var(value: Value) -> bool:
    return value == Special("typing.ClassVar") or (
        isinstance(value, Generic) and value.origin == "typing.ClassVar"
    )


def _default_of(info: ClassInfo, node: cst.AnnAssign) -> tuple[bool, str | None, bool]:
    """(has a default or factory, alias, is a private attribute)."""
    if node.value is None:
        return False, None, False
    if isinstance(node.value, cst.Ellipsis):
        return False, None, False
    if isinstance(node.value, cst.Call):
        callee = info.eval_in_body(node.value.func)
        if callee == PRIVATE_ATTR:
            return False, None, True
        if callee == FIELD:
            return _field_call(info, node.value)
    return True, None, False


def _field_call(info: ClassInfo, call: cst.BaseExpression) -> tuple[bool, str | None, bool]:
    if not isinstance(call, cst.Call) or info.eval_in_body(call.func) != FIELD:
        return False, None, False
    has_default = False
    alias = None
    for position, arg in enumerate(call.args):
        keyword = arg.keyword.value if arg.keyword is not None else None
        if (keyword is None and position == 0) or keyword == "default":
            has_default = not isinstance(arg.value, cst.Ellipsis)
        elif keyword == "default_factory":
            has_default = True
        elif keyword in ("alias", "validation_alias") and isinstance(arg.value, cst.SimpleString):
            alias = (
                arg.value.evaluated_value if isinstance(arg.value.evaluated_value, str) else None
            )
    return has_default, alias, False


def _annotated_metadata(node: cst.BaseExpression) -> list[cst.BaseExpression]:
    if isinstance(node, cst.Subscript) and (
        (isinstance(node.value, cst.Name) and node.value.value == "Annotated")
        or (isinstance(node.value, cst.Attribute) and node.value.attr.value == "Annotated")
    ):
        return [el.slice.value for el in node.slice[1:] if isinstance(el.slice, cst.Index)]
    return []


def _substitute(value: Value, substitution: dict[str, Value]) -> Value:
    if not substitution:
        return value
    if isinstance(value, TypeVarValue) and value.qualname in substitution:
        return substitution[value.qualname]
    if isinstance(value, Generic):
        return Generic(
            value.origin, value.spelling, tuple(_substitute(a, substitution) for a in value.args)
        )
    if isinstance(value, Constant) and isinstance(value.value, tuple):
        return Constant(tuple(_substitute(a, substitution) for a in value.value))
    return value
