"""Which hints MLflow reads: a mirror of ``_extract_type_hints`` and ``typing.get_type_hints``.

String annotations are resolved against the module's globals at the time MLflow asks; when
that fails, MLflow falls back to a regular expression on the annotation text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import libcst as cst

from siglint.analysis.evaluate import (
    Evaluator,
    ForwardRefNotFound,
    NameNotFound,
    OperatorError,
    Unevaluable,
    string_value,
    without_annotated,
)
from siglint.analysis.findings import Finding, Raised, name_error
from siglint.analysis.functions import FunctionInfo, Param, Shape
from siglint.analysis.values import (
    NONE_TYPE,
    STR,
    Constant,
    Generic,
    Value,
)
from siglint.rules.hint_unresolvable_at_runtime import RULE as HINT_UNRESOLVABLE_AT_RUNTIME
from siglint.rules.predict_unloggable import RULE as PREDICT_UNLOGGABLE

_LIST_OF_STR = re.compile(r"^(t\w*\.)?list\[str\]$", re.IGNORECASE)
_LIST_OF_STR_DICT = re.compile(r"^(t\w*\.)?list\[(t\w*\.)?dict\[str,str\]\]$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Hints:
    input: Value | None
    output: Value | None
    input_param: Param | None = None
    source: FunctionInfo | None = None
    output_node: cst.BaseExpression | None = None


class HintsUnresolved(Exception):
    """``typing.get_type_hints`` raises ``NameError`` or ``TypeError`` (MLflow's fallback case)."""

    def __init__(self, message: str, node: cst.CSTNode | None) -> None:
        super().__init__(message)
        self.node = node


def is_string(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.SimpleString | cst.ConcatenatedString)


class HintReader:
    """Reads a function's hints the way MLflow does, at define time or at log time."""

    def __init__(self, evaluator: Evaluator) -> None:
        self.ev = evaluator

    def extract(
        self,
        shape: Shape,
        params: tuple[Param, ...],
        index: int,
        *,
        time: int | None,
        findings: list[Finding],
    ) -> Hints:
        """``_extract_type_hints(f, input_arg_index)`` for ``f`` with ``params``."""
        source = shape.source
        if not shape.has_annotations:
            return Hints(None, None, source=source)
        arg_names = [p for p in params if p.name != "self"]
        if len(arg_names) - 1 < index:
            raise Raised(
                Finding(
                    PREDICT_UNLOGGABLE.code,
                    f"The specified input argument index ({index}) is out of range for the "
                    f"function signature: {index}. MLflow cannot find the model input of "
                    f"`{source.name}` and raises when the model is logged.",
                    source.module,
                    source.node.name,
                )
            )
        param = arg_names[index]
        try:
            hints = self._type_hints(shape, time)
        except HintsUnresolved as unresolved:
            findings.append(
                Finding(
                    HINT_UNRESOLVABLE_AT_RUNTIME.code,
                    self._unresolved_message(shape, time, unresolved),
                    source.module,
                    unresolved.node or source.node.name,
                )
            )
            hints = {
                name: fallback
                for name, node in ((param.name, param.annotation), ("return", shape.returns))
                if node is not None and (fallback := self._from_text(node, source)) is not None
            }
        except Unevaluable:
            return Hints(None, None, param, source, shape.returns)
        except NameNotFound as error:
            # From 3.14 the def leaves them be: MLflow reads them (at class creation, or when
            # @pyfunc decorates), and that raises.
            when = (
                f"MLflow reads the hints of `{source.name}`"
                if self.ev.deferred_annotations(source.module)
                else f"`def {source.name}` runs"
            )
            raise Raised(name_error(source.module, error, when)) from error
        return Hints(hints.get(param.name), hints.get("return"), param, source, shape.returns)

    def _unresolved_message(
        self, shape: Shape, time: int | None, unresolved: HintsUnresolved
    ) -> str:
        """What MLflow makes of hints ``get_type_hints`` cannot resolve at ``time``. Unresolved
        when the class (or ``@pyfunc`` function) is defined but resolved once the module has run
        (a name defined later), the signature is still logged, while the wrapper made at
        definition has no hints."""
        failure = f"typing.get_type_hints fails on `{shape.source.name}`"
        if time is not None:
            try:
                self._type_hints(shape, None)
            except (HintsUnresolved, NameNotFound, Unevaluable):
                pass
            else:
                return (
                    f"{failure} when it is defined ({unresolved}): MLflow wraps it as if it had "
                    "no type hint, so the model validates and converts no input (predict gets "
                    "plain lists and dicts, not the hinted types). The signature is still logged: "
                    "by the time log_model runs, the name is defined. Define the type first."
                )
        return (
            f"{failure} ({unresolved}), so MLflow only recognises list[str] and "
            "list[dict[str, str]] in the annotation text; anything else is read as no type hint."
        )

    def _type_hints(self, shape: Shape, time: int | None) -> dict[str, Value]:
        """``typing.get_type_hints``: every annotation, ``None`` turned into ``NoneType``."""
        hints: dict[str, Value] = {}
        if shape.no_type_check:
            return hints
        annotated = [(p.name, p.annotation) for p in shape.params if p.annotation is not None]
        if shape.returns is not None:
            annotated.append(("return", shape.returns))
        for name, node in annotated:
            value = self.annotation_value(shape.source, node, time)
            hints[name] = NONE_TYPE if value == Constant(None) else value
        return hints

    def annotation_value(
        self, source: FunctionInfo, node: cst.BaseExpression, time: int | None
    ) -> Value:
        """One entry of ``get_type_hints``: strings (forward references) resolved at ``time``."""
        module = source.module
        lazy = module.future_annotations or is_string(node)
        if lazy:
            env = self.ev.globals_env(module, time)
        else:
            env = self.ev.eager_env(module, source.definition)
            env = type(env)(env.module, env.chain, time)
        try:
            return without_annotated(self.ev.as_type(self.ev.eval(node, env), env, node))
        except ForwardRefNotFound as error:
            node = error.node if error.module is module else None  # an alias elsewhere's string
            raise HintsUnresolved(f"NameError: name '{error.name}' is not defined", node) from error
        except NameNotFound as error:
            # An alias of a project module it imports that names nothing: that import raises.
            if lazy and error.module is module:
                raise HintsUnresolved(
                    f"NameError: name '{error.name}' is not defined", error.node
                ) from error
            raise
        except OperatorError as error:
            if lazy:  # get_type_hints raises TypeError: MLflow falls back to the annotation text
                raise HintsUnresolved(
                    "TypeError: unsupported operand type(s) for |", error.node
                ) from error
            raise

    def _from_text(self, node: cst.BaseExpression, source: FunctionInfo) -> Value | None:
        """``_infer_hint_from_str`` on the raw ``__annotations__`` entry."""
        text = None
        if source.module.future_annotations:
            text = source.module.code(node)
        elif is_string(node):
            text = string_value(node)
        if text is None:  # an object, not a string: MLflow calls str methods on it and crashes
            raise Raised(
                Finding(
                    HINT_UNRESOLVABLE_AT_RUNTIME.code,
                    f"A forward reference in the hints of `{source.name}` cannot be resolved and "
                    "MLflow's fallback fails on the non-string annotation (AttributeError).",
                    source.module,
                    node,
                )
            )
        compact = text.replace(" ", "")
        if _LIST_OF_STR.match(compact):
            return Generic("builtins.list", "list", (STR,))
        if _LIST_OF_STR_DICT.match(compact):
            return Generic("builtins.list", "list", (Generic("builtins.dict", "dict", (STR, STR)),))
        return None
