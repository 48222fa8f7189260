"""What MLflow does with a target's hints: at define time, then when the model is logged.

A mirror of ``PythonModel.__init_subclass__`` / ``@pyfunc`` (``data_validation.py``), of
``_extract_type_hints`` and the context heuristic (``models/signature.py``) and of the type-hint
part of ``pyfunc.save_model``. The result is an ``Outcome``: the signature MLflow logs (or why
none, or why it raises), and the findings along the way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import libcst as cst

from siglint.analysis import known
from siglint.analysis.advice import advice, not_list_advice, not_list_fix
from siglint.analysis.classes import ClassInfo
from siglint.analysis.consequences import NoSignature, no_signature_message
from siglint.analysis.edits import (
    FixPlan,
    add_none_default,
    remove_optional_element,
    remove_optional_input,
    str_keys,
)
from siglint.analysis.evaluate import (
    Env,
    Evaluator,
    ForwardRefNotFound,
    NameNotFound,
    OperatorError,
    Unevaluable,
)
from siglint.analysis.findings import (
    Finding,
    Raised,
    dedupe,
    imported_failure,
    name_error,
    operator_error,
    what_raises,
)
from siglint.analysis.functions import (
    Decorated,
    FunctionInfo,
    Shape,
    apply_decorator,
    decorate,
)
from siglint.analysis.hints import HintReader, Hints, is_string
from siglint.analysis.import_safety import Unproven, imported, unproven
from siglint.analysis.imports import module_name_for
from siglint.analysis.inference import (
    Crash,
    Event,
    Inference,
    InferenceError,
    InvalidTypeHint,
    is_type_from_example,
    no_inference,
    output_schema,
)
from siglint.analysis.module import Definition, ModuleInfo, has_union
from siglint.analysis.parameters import (
    ALLOWED_PARAMS,
    arity_finding,
    bound_params,
    has_context,
    misdetected_input,
    rename_fix,
    set_repr,
)
from siglint.analysis.pydantic_checks import pydantic_class_failure, pydantic_lints
from siglint.analysis.syntax import Syntax
from siglint.analysis.values import (
    Function,
    Value,
)
from siglint.diagnostics import Related
from siglint.rules.any_input import RULE as ANY_INPUT
from siglint.rules.callable_model import RULE as CALLABLE_MODEL
from siglint.rules.collection_without_element_type import RULE as COLLECTION_WITHOUT_ELEMENT_TYPE
from siglint.rules.dict_arity import RULE as DICT_ARITY
from siglint.rules.dict_key_not_str import RULE as DICT_KEY_NOT_STR
from siglint.rules.empty_model import RULE as EMPTY_MODEL
from siglint.rules.hint_not_analysable import RULE as HINT_NOT_ANALYSABLE
from siglint.rules.input_hint_missing import RULE as INPUT_HINT_MISSING
from siglint.rules.input_not_list import RULE as INPUT_NOT_LIST
from siglint.rules.list_with_many_element_types import RULE as LIST_WITH_MANY_ELEMENT_TYPES
from siglint.rules.module_import_fails import RULE as MODULE_IMPORT_FAILS
from siglint.rules.no_inference_hint import RULE as NO_INFERENCE_HINT
from siglint.rules.optional_field_without_default import RULE as OPTIONAL_FIELD_WITHOUT_DEFAULT
from siglint.rules.optional_input import RULE as OPTIONAL_INPUT
from siglint.rules.optional_input_element import RULE as OPTIONAL_INPUT_ELEMENT
from siglint.rules.output_hint_becomes_any import RULE as OUTPUT_HINT_BECOMES_ANY
from siglint.rules.predict_not_wrapped import RULE as PREDICT_NOT_WRAPPED
from siglint.rules.predict_parameter_names import RULE as PREDICT_PARAMETER_NAMES
from siglint.rules.predict_unloggable import RULE as PREDICT_UNLOGGABLE
from siglint.rules.recursive_model import RULE as RECURSIVE_MODEL
from siglint.rules.type_from_example import RULE as TYPE_FROM_EXAMPLE
from siglint.rules.union_input import RULE as UNION_INPUT
from siglint.rules.unsupported_field_type import RULE as UNSUPPORTED_FIELD_TYPE
from siglint.rules.unsupported_type import RULE as UNSUPPORTED_TYPE

Kind = Literal["python_model", "pyfunc", "chat_model", "chat_agent", "responses_agent"]
OutcomeName = Literal["signature", "no_signature", "error", "builtin"]


@dataclass
class Target:
    kind: Kind
    name: str
    module: ModuleInfo
    node: cst.ClassDef | cst.FunctionDef
    info: ClassInfo | None = None
    function: FunctionInfo | None = None
    pyfunc_call: bool = False  # ``name = pyfunc(function)`` rather than a decorator
    wrapped_at_log: bool = False  # a plain function passed to log_model: MLflow wraps it then


@dataclass
class Outcome:
    outcome: OutcomeName
    input_schema: list | None = None
    output_schema: list | None = None
    params_schema: list | None = None
    findings: list[Finding] = field(default_factory=list)
    input_hint: Value | None = None


class SignatureAnalysis:
    """Analyses the targets of one module; shares define-time results between them."""

    def __init__(self, evaluator: Evaluator) -> None:
        self.ev = evaluator
        self.hints = HintReader(evaluator)
        self._import_failures: dict[Path, Finding | None] = {}
        self._define_checks: dict[
            tuple[int, int | None, bool], tuple[bool, list[Finding], Finding | None]
        ] = {}
        self._outcomes: dict[tuple[int, str, bool], Outcome] = {}

    # =============================================================== entry point
    def analyse(self, target: Target) -> Outcome:
        key = (id(target.node), target.kind, target.wrapped_at_log)
        if key not in self._outcomes:
            self._outcomes[key] = self._analyse(target)
        return self._outcomes[key]

    def _analyse(self, target: Target) -> Outcome:
        outcome = self._analyse_alone(target)
        failure = self.import_failure(target.module)
        if failure is None or outcome.outcome == "error":
            return outcome
        # Another definition (or an imported module) raises: the import fails before this
        # target can be used. Keep the target's own findings, and say why it is an error.
        if failure.module is target.module and failure.node_line:
            why = f"Importing this module raises (line {failure.node_line}: "
            why += f"{what_raises(failure.message)})"
        else:  # a project module it imports: shown where it happens, as related information
            why = failure.message.removesuffix(".")
        notice = Finding(
            MODULE_IMPORT_FAILS.code,
            f"{why}, so `{target.name}` cannot be defined or logged.",
            target.module,
            target.node.name,
            related=failure.related,
        )
        return Outcome("error", findings=[notice, *outcome.findings])

    def _analyse_alone(self, target: Target) -> Outcome:
        if target.kind in known.BUILTIN_KINDS.values():
            inputs, outputs = known.mlflow_data()["builtin_signatures"][target.kind]
            return Outcome("builtin", inputs, outputs, None)
        findings: list[Finding] = []
        try:
            if target.kind == "pyfunc":
                outcome = self._log_function(target, findings)
            else:
                outcome = self._log_python_model(target, findings)
        except Raised as raised:
            outcome = Outcome("error")
            findings.append(raised.finding)
        outcome.findings = dedupe(findings + outcome.findings)
        return outcome

    # =============================================================== import time
    def import_failure(self, module: ModuleInfo) -> Finding | None:
        """The first thing that raises while ``module`` (or a project module it imports) runs."""
        path = module.path
        if path in self._import_failures:
            failure = self._import_failures[path]
            # Worked out when another module imported it: the same, but its own.
            return replace(failure, module=module) if failure and not failure.module else failure
        self._import_failures[path] = None  # cycles: a module being imported counts as fine
        failure = self._own_failure(module)
        if failure is None:
            failure = self._imports_failure(path, lambda _: module, module, frozenset({path}))
        self._import_failures[path] = failure
        return failure

    def _imported_module_failure(self, path: Path, seen: frozenset[Path]) -> Finding | None:
        """``import_failure`` of the project module at ``path``, imported by a module being
        walked (``seen``, and the modules that import it): only its root cause is shown, so
        nothing but what ``ast`` cannot clear is parsed with libcst."""
        if path in self._import_failures:
            return self._import_failures[path]
        self._import_failures[path] = None
        project = self.ev.project
        python = self.ev.python
        # What the proof cannot clear is remembered for the run: most modules' walks are not
        # read again, not even with ``ast``; only what is left is parsed with libcst, and only
        # that is analysed (each thing analysed may parse the modules its names come from).
        left = project.remember(
            f"unproven on {python}", path, lambda at: unproven(project, at, python)
        )
        parsed = project.module(path) if left is None or left else None
        failure = None
        if parsed is not None:
            failure = project.remember(
                f"own import failure of the unproven on {python}",
                parsed,
                lambda module: self._own_import_failure(module, left),
            )
        if failure is None:
            read = project.syntax if parsed is None else (lambda _: parsed)
            failure = self._imports_failure(path, read, None, seen | {path})
        self._import_failures[path] = failure
        return failure

    def _own_failure(self, module: ModuleInfo) -> Finding | None:
        # Depends on the project's modules alone: worked out once for all the files checked.
        return self.ev.project.remember(
            f"own import failure on {self.ev.python}", module, self._own_import_failure
        )

    def _imports_failure(
        self,
        path: Path,
        read: Callable[[Path], ModuleInfo | Syntax | None],
        owner: ModuleInfo | None,
        seen: frozenset[Path],
    ) -> Finding | None:
        """What raises importing the project modules the module at ``path`` (as ``read``
        reads it) imports, as a finding of ``owner`` (None: a module whose finding only gives
        its root cause)."""
        project = self.ev.project

        def walk(_: Path) -> tuple[list[tuple[str, Related]], list[Path]]:
            module = read(path)
            return ([], []) if module is None else imported(project, module)

        broken, dependencies = project.remember("imports", path, walk)
        if broken:  # a project module it imports does not parse: SyntaxError
            dotted, where = broken[0]
            return imported_failure(owner, dotted, where)
        for dependency in dependencies:
            if dependency in seen:
                continue
            raised = self._imported_module_failure(dependency, seen)
            if raised is not None:
                name = module_name_for(dependency)[0]
                return imported_failure(owner, name, raised.root_cause())
        return None

    def _own_import_failure(
        self, module: ModuleInfo, only: Unproven | None = None
    ) -> Finding | None:
        """What raises first running ``module``; only the aliases and definitions ``only``
        holds are looked at when given (``import_safety`` proved that nothing else raises)."""
        alias_order, alias_failure = self._module_assignment_failure(module, only)
        for index, definition in enumerate(module.definitions.values()):
            order = module.top_level_order(definition)
            if alias_failure is not None and (order is None or order > alias_order):
                return alias_failure
            if order is None:  # in a function's body: it runs when that is called, not here
                continue
            if only is not None and index not in only.definitions:
                continue
            if _type_checking_only(module, definition):
                continue
            failure = self._definition_failure(module, definition)
            if failure is not None:
                return failure
        return alias_failure

    def _definition_failure(self, module: ModuleInfo, definition: Definition) -> Finding | None:
        if isinstance(definition.node, cst.ClassDef):
            info = self.ev.class_info(module, definition.node)
            failure = self._class_body_failure(module, info)
            if failure is not None:
                return failure
            if info.is_pydantic:
                failure = pydantic_class_failure(info)
                if failure is not None:
                    return failure
            if not info.derives_from(known.PYTHON_MODEL) or self._skips_validation(info):
                return None
            binding = info.own("predict")
            decorated = self._callable_predict(info, binding) if binding else None
            if decorated is not None:
                _, _, raised = self.define_check(
                    decorated.shape, module, _time(module, info.definition)
                )
                return raised
            return None
        function = FunctionInfo(definition, module)
        decorated = decorate(function, self.ev)
        if decorated.pyfunc and decorated.pyfunc_shape is not None:
            time = _time(module, definition)
            _, _, raised = self.define_check(decorated.pyfunc_shape, module, time)
            if raised is not None:
                return raised
        if self.ev.deferred_annotations(function.module):
            return None
        env = self.ev.eager_env(function.module, function.definition)
        for node in [
            *(param.annotation for param in function.own_params),
            function.own_shape.returns,
        ]:
            if node is not None and not is_string(node):
                failure = self._eager_error(module, node, env, f"`def {function.name}` runs")
                if failure is not None:
                    return failure
        return None

    def _class_body_failure(self, module: ModuleInfo, info: ClassInfo) -> Finding | None:
        """A base or an annotation in the class body that raises: the class statement evaluates
        them, and pydantic a model's postponed ones (a name it cannot find is a forward reference)."""
        when = f"class `{info.name}` is created"
        for base in info.node.bases:
            failure = self._eager_error(module, base.value, info.env, when)
            if failure is not None:
                return failure
        env = Env(module, ((info.definition.inner, None), *info.env.chain))
        body = info.node.body
        for stmt in body.body if isinstance(body, cst.IndentedBlock) else ():
            for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else ():
                if not isinstance(small, cst.AnnAssign):
                    continue
                annotation = small.annotation.annotation
                if not self.ev.deferred_annotations(module) and not is_string(annotation):
                    failure = self._eager_error(module, annotation, env, when)
                    if failure is not None:
                        return failure
                elif info.is_pydantic:
                    try:
                        info.field_annotation(annotation)
                    except OperatorError as error:
                        return operator_error(module, error, when)
                    except NameNotFound as error:  # an alias of a module it imports
                        return name_error(module, error, when)
        return None

    def _module_assignment_failure(
        self, module: ModuleInfo, only: Unproven | None = None
    ) -> tuple[int, Finding | None]:
        """The first top-level ``X = A | B`` that raises when the module runs, and its order.

        ``from __future__ import annotations`` defers annotations only: an alias assigned at
        module level is evaluated on import (``"Review" | None`` is a ``TypeError``).
        """
        top_level = set(module.tree.body)
        for binding in sorted(
            (b for bindings in module.scope.bindings.values() for b in bindings),
            key=lambda b: b.order,
        ):
            value = binding.value
            if (
                binding.node in top_level
                and not binding.type_checking
                and isinstance(value, cst.BaseExpression)
                and has_union(value)
                and (only is None or binding.order in only.aliases)
            ):
                env = self.ev.globals_env(module, binding.order)
                failure = self._eager_error(module, value, env, f"`{binding.name} = ...` runs")
                if failure is not None:
                    return binding.order, failure
        return 0, None

    def _eager_error(
        self, module: ModuleInfo, node: cst.BaseExpression, env: Env, when: str
    ) -> Finding | None:
        """What evaluating ``node`` when the module runs raises: ``NameError`` for unknown
        names, ``TypeError`` for ``|`` between things that are not types."""
        try:
            self.ev.eval(node, env)
        except NameNotFound as error:
            if isinstance(error, ForwardRefNotFound):
                return None
            return name_error(module, error, when)
        except OperatorError as error:
            return operator_error(module, error, when)
        except Unevaluable:
            return None
        return None

    @staticmethod
    def _skips_validation(info: ClassInfo) -> bool:
        return any(info.derives_from(base) for base in known.BUILTIN_KINDS)

    def _callable_predict(self, info: ClassInfo, binding) -> Decorated | None:
        """``cls.__dict__["predict"]`` if ``callable()``: what ``__init_subclass__`` wraps."""
        decorated = self._predict_function(info, binding)
        if decorated is None or decorated.classmethod or decorated.property:
            return None
        return decorated

    def _predict_function(self, info: ClassInfo, binding) -> Decorated | None:
        value = binding.value
        if isinstance(value, cst.FunctionDef):
            return decorate(FunctionInfo(info.module.definitions[value], info.module), self.ev)
        if isinstance(value, cst.Call) and len(value.args) == 1:
            # ``predict = staticmethod(run)``, ``predict = logged(predict)``: evaluated where the
            # assignment runs, so that ``predict`` is the ``def`` above it.
            env = Env(info.module, ((info.definition.inner, binding.order), *info.env.chain))
            try:
                wrapper = self.ev.eval(value.func, env)
                wrapped = self.ev.eval(value.args[0].value, env)
            except (NameNotFound, Unevaluable):
                return None
            if isinstance(wrapped, Function) and isinstance(wrapped.info, FunctionInfo):
                return apply_decorator(decorate(wrapped.info, self.ev), wrapper, self.ev)
        if isinstance(value, cst.BaseExpression):
            resolved = self.ev.binding_value(binding, info.definition.inner, info.module)
            if isinstance(resolved, Function) and isinstance(resolved.info, FunctionInfo):
                return decorate(resolved.info, self.ev)
        return None

    # =============================================================== define time
    def define_check(
        self, shape: Shape, module: ModuleInfo, time: int | None, *, logged: bool = False
    ) -> tuple[bool, list[Finding], Finding | None]:
        """``_get_func_info_if_type_hint_supported``: (validates input, warnings, what raises).

        It runs when the class is created or ``@pyfunc`` decorates; ``logged`` when save_model
        wraps an undecorated callable itself.
        """
        key = id(shape.source.node), time, logged
        cached = self._define_checks.get(key)
        if cached is not None:
            return cached
        findings: list[Finding] = []
        result: tuple[bool, list[Finding], Finding | None]
        moment = _LOGGED if logged else _define_moment(shape.source)
        try:
            validates = self._define_check(shape, findings, time, moment)
            result = (validates, findings, None)
        except Raised as raised:
            result = (False, findings, raised.finding)
        self._define_checks[key] = result
        return result

    def _define_check(
        self, shape: Shape, findings: list[Finding], time: int | None, moment: str
    ) -> bool:
        names = [p.name for p in shape.params]
        param_names = [n for n in names if n != "self"]
        invalid = set(param_names) - ALLOWED_PARAMS
        source = shape.source
        index = 1 if has_context(names) else 0
        if invalid:
            findings.append(
                Finding(
                    PREDICT_PARAMETER_NAMES.code,
                    f"MLflow warns (FutureWarning) that `{source.name}` has invalid parameters: "
                    f"{set_repr(invalid)}. Only context, model_input and params are allowed "
                    "names; invalid parameters will no longer be permitted in future versions.",
                    source.module,
                    source.node.name,
                    lambda: rename_fix(source, param_names, index, invalid),
                )
            )
        hints = self.hints.extract(shape, shape.params, index, time=time, findings=findings)
        if index >= len(param_names):
            raise Raised(
                Finding(
                    PREDICT_UNLOGGABLE.code,
                    f"`{source.name}` has no parameter for the model input: MLflow raises "
                    f"IndexError {moment}.",
                    source.module,
                    source.node.name,
                )
            )
        if hints.input is None:
            return False
        if no_inference(hints.input) or is_type_from_example(hints.input):
            return False
        inference = Inference()
        try:
            inference.schema_from_list_type_hint(hints.input)
        except InvalidTypeHint as error:
            raise Raised(self._inference_finding(error, hints, moment)) from error
        except InferenceError:
            return False
        return True

    # =============================================================== hint extraction

    # =============================================================== log time
    def _log_python_model(self, target: Target, findings: list[Finding]) -> Outcome:
        info = target.info
        assert info is not None
        call = info.find("__call__")
        if call is not None and call[0] is not None and call[2] is not None:
            decorated = self._predict_function(call[0], call[2])
            if decorated is not None and _has_class_annotations(info):
                # The instance has ``__annotations__`` (its class body's): MLflow reads those
                # instead of looking at ``__call__``, and finds no hint for the input.
                params = bound_params(decorated.shape.params)
                if len(params) != 1:
                    raise Raised(arity_finding(decorated, len(params)))
                return self._infer(
                    Hints(None, None, params[0], decorated.shape.source),
                    findings,
                    define_checked=False,
                )
            if decorated is not None:
                findings.append(
                    Finding(
                        CALLABLE_MODEL.code,
                        f"`{info.name}` defines __call__, so mlflow.pyfunc.log_model treats the "
                        "instance as a callable: the signature comes from __call__ and predict's "
                        "hints are ignored.",
                        target.module,
                        target.node.name,
                    )
                )
                return self._log_callable(
                    decorated, bound=True, pyfunc_applied=False, findings=findings
                )
        found = info.find("predict")
        if found is None or found[0] is None or found[2] is None:
            # PythonModel.predict itself: (context, model_input, params) with only ``params``
            # annotated, so MLflow finds no hint for the input.
            consequence = NoSignature(
                f"`{info.name}` has no predict of its own, so MLflow uses PythonModel.predict, "
                "whose model input has no type hint.",
                warns=False,
            )
            findings.append(
                Finding(
                    INPUT_HINT_MISSING.code,
                    no_signature_message(consequence),
                    target.module,
                    target.node.name,
                    consequence=consequence,
                )
            )
            return Outcome("no_signature")
        owner, _, binding = found
        decorated = self._predict_function(owner, binding)
        if (
            decorated is not None
            and isinstance(binding.value, cst.FunctionDef)
            and Function(known.NO_TYPE_CHECK) in owner.decorators
        ):
            # @no_type_check on the class runs after __init_subclass__ has wrapped predict: it
            # marks the wrapper, so only logging finds no hints.
            decorated = replace(decorated, shape=replace(decorated.shape, no_type_check=True))
        if decorated is None:
            return Outcome(
                "no_signature",
                findings=[
                    Finding(
                        HINT_NOT_ANALYSABLE.code,
                        "siglint cannot follow what `predict` is bound to.",
                        target.module,
                        target.node.name,
                    )
                ],
            )
        wrapped = (
            owner.derives_from(known.PYTHON_MODEL)
            and not decorated.classmethod
            and not decorated.property
        )
        if wrapped:
            _, define_findings, raised = self.define_check(
                decorated.shape, owner.module, _time(owner.module, owner.definition)
            )
            findings.extend(define_findings)
            if raised is not None:
                raise Raised(raised)
        elif decorated.pyfunc and decorated.pyfunc_shape is not None:
            _, define_findings, _ = self.define_check(
                decorated.pyfunc_shape, owner.module, _time(owner.module, owner.definition)
            )
            findings.extend(define_findings)
        params = bound_params(decorated.shape.params)
        index = 1 if has_context([p.name for p in params]) else 0
        misread = misdetected_input(params, index, decorated.shape.source.module)
        if misread is not None:
            findings.append(misread)
        hints = self.hints.extract(decorated.shape, params, index, time=None, findings=findings)
        outcome = self._infer(hints, findings, define_checked=wrapped)
        if outcome.outcome == "signature" and not wrapped and not decorated.pyfunc:
            why = (
                "a classmethod"
                if decorated.classmethod
                else f"inherited from `{owner.name}`, which is not a PythonModel"
            )
            findings.append(
                Finding(
                    PREDICT_NOT_WRAPPED.code,
                    f"predict is {why}, so MLflow never wraps it: the model is logged with this "
                    "signature but validates no input, before or after logging.",
                    target.module,
                    target.node.name,
                )
            )
        return outcome

    def _log_function(self, target: Target, findings: list[Finding]) -> Outcome:
        function = target.function
        assert function is not None
        decorated = decorate(function, self.ev)
        bound = function.definition.scope.kind == "class" and not decorated.staticmethod
        if target.pyfunc_call:  # name = pyfunc(function): checked when the call runs
            decorated = Decorated(decorated.shape, pyfunc=True, pyfunc_shape=decorated.shape)
        if decorated.pyfunc_shape is not None:
            _, define_findings, raised = self.define_check(
                decorated.pyfunc_shape, function.module, _time(function.module, function.definition)
            )
            findings.extend(define_findings)
            if raised is not None:
                raise Raised(raised)
        return self._log_callable(decorated, bound=bound, pyfunc_applied=True, findings=findings)

    def _log_callable(
        self, decorated: Decorated, *, bound: bool, pyfunc_applied: bool, findings: list[Finding]
    ) -> Outcome:
        params = bound_params(decorated.shape.params) if bound else decorated.shape.params
        source = decorated.shape.source
        if len(params) != 1:
            raise Raised(arity_finding(decorated, len(params)))
        hints = self.hints.extract(decorated.shape, params, 0, time=None, findings=findings)
        if not pyfunc_applied:
            # save_model wraps the callable with pyfunc(): the define-time check runs now.
            shape = replace(decorated.shape, params=params)
            self.define_check(shape, source.module, None, logged=True)
            if hints.input is not None and not (
                no_inference(hints.input) or is_type_from_example(hints.input)
            ):
                try:
                    Inference().schema_from_list_type_hint(hints.input)
                except InvalidTypeHint as error:
                    raise Raised(self._inference_finding(error, hints, _LOGGED)) from error
                except InferenceError:
                    pass
        return self._infer(hints, findings, define_checked=pyfunc_applied)

    def _infer(self, hints: Hints, findings: list[Finding], *, define_checked: bool) -> Outcome:
        """The type-hint part of ``save_model`` and ``_infer_signature_from_type_hints``."""
        source = hints.source
        where = (
            hints.input_param.annotation
            if hints.input_param and hints.input_param.annotation
            else None
        )
        module = source.module if source else None
        node = where or (
            hints.input_param.node if hints.input_param else (source.node.name if source else None)
        )
        if hints.input is None:
            findings.append(
                Finding(
                    INPUT_HINT_MISSING.code,
                    'The model input has no type hint MLflow can use, so MLflow warns "Add type '
                    'hints to the `predict` method..." and infers no signature from hints.',
                    module,
                    node,
                )
            )
            return Outcome("no_signature")
        if is_type_from_example(hints.input):
            findings.append(
                Finding(
                    TYPE_FROM_EXAMPLE.code,
                    "TypeFromExample: MLflow infers no signature from hints; the signature comes "
                    "from the input_example given to log_model (a warning and no signature without one).",
                    module,
                    node,
                )
            )
            return Outcome("no_signature", input_hint=hints.input)
        if no_inference(hints.input):
            findings.append(
                Finding(
                    NO_INFERENCE_HINT.code,
                    f"`{hints.input.mlflow_repr()}` is accepted but MLflow infers no signature from "
                    "it: without an input_example (or signature=) the model is logged without a "
                    "signature.",
                    module,
                    node,
                    # Said at the log call (SIG403), or moot, when the file logs the model.
                    consequence=NoSignature("", warns=True, example_only=True),
                )
            )
            return Outcome("no_signature", input_hint=hints.input)
        findings.extend(pydantic_lints(hints.input))
        inference = Inference()
        try:
            input_schema = inference.schema_from_list_type_hint(hints.input)
        except InvalidTypeHint as error:
            raise Raised(self._inference_finding(error, hints, _LOGGED)) from error
        except Crash as error:
            finding = self._inference_finding(error, hints, _LOGGED)
            findings.extend(self._event_findings(inference.events, hints))
            raise Raised(finding) from error
        except InferenceError as error:
            findings.append(self._inference_finding(error, hints, _LOGGED))
            findings.extend(self._event_findings(inference.events, hints))
            return Outcome("no_signature", input_hint=hints.input)
        findings.extend(self._event_findings(inference.events, hints))
        output_inference = Inference()
        output, output_error = output_schema(hints.output, output_inference)
        if output_error is not None:
            findings.append(
                Finding(
                    OUTPUT_HINT_BECOMES_ANY.code,
                    "MLflow cannot infer a schema from the return hint and records the output as "
                    f"AnyType (only an INFO log): {output_error.message}",
                    module,
                    hints.output_node,
                )
            )
        else:
            findings.extend(self._event_findings(output_inference.events, hints, output=True))
        return Outcome("signature", input_schema, output, None, input_hint=hints.input)

    # =============================================================== findings
    def _inference_finding(self, error: InferenceError, hints: Hints, when: str) -> Finding:
        """The finding for what inference (at the moment ``when``) raised or warned about."""
        code = _PROBLEM_RULES[error.problem].code
        module, node = self._place(error.where, error.hint, hints)
        if error.problem == "unsupported":
            extra = advice(error.hint)
        elif error.problem == "not_list":
            extra = not_list_advice(error.hint)
        else:
            extra = ""
        consequence = None
        if isinstance(error, InvalidTypeHint):
            message = f"MLflow raises {when}: {error.message} {extra}".rstrip()
        elif isinstance(error, Crash):
            message = (
                "MLflow's inference recurses forever on this self-referencing pydantic model: the "
                "class definition only warns, but log_model crashes (AttributeError: "
                f"'RecursionError' object has no attribute 'message'). {extra}"
            ).rstrip()
        else:  # MLflow warns: what it logs instead depends on the log call
            consequence = NoSignature(f"{error.message} {extra}".rstrip())
            message = no_signature_message(consequence)
        if error.problem == "unsupported" and getattr(error.where, "owner", None) is not None:
            code = UNSUPPORTED_FIELD_TYPE.code
        fix = self._fix_for(error, module, node)
        return Finding(code, message, module, node, fix, consequence)

    @staticmethod
    def _fix_for(error: InferenceError, module: ModuleInfo | None, node) -> FixPlan | None:
        if module is None or node is None:
            return None
        if error.problem == "not_list":
            return not_list_fix(module, node, error.hint)
        if error.problem == "optional_list":
            return remove_optional_input(module, node)
        if error.problem == "optional_element" and error.where is None:
            return remove_optional_element(module, node)
        if error.problem == "optional_field":
            return add_none_default(module, node)
        if error.problem == "dict_key":
            return str_keys(module, node)
        return None

    def _event_findings(
        self, events: list[Event], hints: Hints, *, output: bool = False
    ) -> list[Finding]:
        result = []
        for event in events:
            module, node = self._place(event.where, event.hint, hints, output=output)
            if event.kind == "any":
                code, message = (
                    ANY_INPUT.code,
                    "Any is inferred as AnyType: MLflow does not validate this data.",
                )
            elif event.kind == "guessed":
                code, message = (
                    HINT_NOT_ANALYSABLE.code,
                    f"siglint cannot see the definition of `{event.hint.runtime_str()}` and assumes it is a plain class, which MLflow does not support.",
                )
            else:
                code, message = (
                    UNION_INPUT.code,
                    "A Union is inferred as AnyType: MLflow does not validate the data against its "
                    "member types. To keep validation, accept a pydantic model whose field is a "
                    "discriminated union (`Annotated[A | B, Field(discriminator=...)]`).",
                )
            if output:
                code = OUTPUT_HINT_BECOMES_ANY.code if event.kind != "guessed" else code
            result.append(Finding(code, message, module, node))
        return result

    def _place(
        self, where, hint: Value, hints: Hints, *, output: bool = False
    ) -> tuple[ModuleInfo | None, cst.CSTNode | None]:
        owner = getattr(where, "owner", None)
        if owner is not None:
            return owner.module, where.node
        source = hints.source
        node = (
            hints.output_node
            if output
            else (hints.input_param.annotation if hints.input_param else None)
        )
        return (source.module if source else None), node

    # =============================================================== helpers


_LOGGED = "when the model is logged"


def _define_moment(source: FunctionInfo) -> str:
    """When MLflow's define-time check of ``source`` runs: when its PythonModel class is
    created, or when ``@pyfunc`` decorates it."""
    scope = source.definition.scope
    if scope.kind == "class":
        return f"when class `{scope.name}` is defined"
    return f"when `@pyfunc` decorates `{source.name}`"


_PROBLEM_RULES = {
    "not_list": INPUT_NOT_LIST,
    "optional_list": OPTIONAL_INPUT,
    "optional_element": OPTIONAL_INPUT_ELEMENT,
    "optional_field": OPTIONAL_FIELD_WITHOUT_DEFAULT,
    "no_element_type": COLLECTION_WITHOUT_ELEMENT_TYPE,
    "many_element_types": LIST_WITH_MANY_ELEMENT_TYPES,
    "bare_collection": COLLECTION_WITHOUT_ELEMENT_TYPE,
    "dict_arity": DICT_ARITY,
    "dict_key": DICT_KEY_NOT_STR,
    "unsupported": UNSUPPORTED_TYPE,
    "empty_object": EMPTY_MODEL,
    "recursion": RECURSIVE_MODEL,
}


def _has_class_annotations(info: ClassInfo) -> bool:
    """Whether a project class of the MRO has annotated class attributes (``__annotations__``)."""
    for cls in info.mro:
        if cls.info is None:
            continue
        body = cls.info.node.body
        for stmt in body.body if isinstance(body, cst.IndentedBlock) else ():
            if isinstance(stmt, cst.SimpleStatementLine) and any(
                isinstance(small, cst.AnnAssign) for small in stmt.body
            ):
                return True
    return False


def _type_checking_only(module: ModuleInfo, definition: Definition) -> bool:
    """Whether ``definition`` (or one around it) sits under ``if TYPE_CHECKING:``: it never runs."""
    while True:
        name = definition.node.name.value
        bindings = definition.scope.bindings.get(name, ())
        if any(b.node is definition.node and b.type_checking for b in bindings):
            return True
        if definition.scope.kind == "module":
            return False
        definition = module.definitions[definition.scope.node]


def _time(module: ModuleInfo, definition) -> int | None:
    return module.top_level_order(definition)
