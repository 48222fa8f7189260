"""The registry of finding codes: the only place a code, its name and its severity are written.

Codes are ``SIG`` + three digits, grouped by theme and never reused:
``SIG0xx`` the shape of predict, ``SIG1xx`` the input hint, ``SIG2xx`` the output hint,
``SIG3xx`` pydantic models in hints, ``SIG9xx`` meta findings about the file itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from siglint.diagnostics import Severity


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

RULES: tuple[Rule, ...] = (
    Rule(
        "SIG001",
        "predict-input-hint-missing",
        _W,
        "The model input of predict has no type hint, so MLflow infers no signature.",
    ),
    Rule(
        "SIG002",
        "predict-parameter-names",
        _W,
        "predict has parameters other than context, model_input and params (MLflow FutureWarning).",
    ),
    Rule(
        "SIG003",
        "predict-input-misdetected",
        _W,
        "Extra parameters make MLflow read another parameter as the model input.",
    ),
    Rule(
        "SIG004",
        "predict-not-wrapped",
        _W,
        "MLflow never wraps this predict, so the logged model validates no input.",
    ),
    Rule(
        "SIG005",
        "predict-unloggable",
        _E,
        "MLflow cannot find the model input of this predict and raises when the model is logged.",
    ),
    Rule(
        "SIG006",
        "pyfunc-arity",
        _E,
        "A function model must take exactly one argument; log_model raises.",
    ),
    Rule(
        "SIG007",
        "callable-model",
        _I,
        "The model defines __call__, so MLflow logs it as a callable and ignores predict.",
    ),
    Rule(
        "SIG008",
        "hint-unresolvable-at-runtime",
        _W,
        "typing.get_type_hints cannot resolve the hints of predict, so MLflow guesses from their text.",
    ),
    Rule(
        "SIG009",
        "module-import-fails",
        _E,
        "Importing the module raises, so the model cannot even be defined.",
    ),
    Rule(
        "SIG101",
        "input-not-list",
        _W,
        "The input hint is not list[...]; MLflow logs the model without a signature.",
    ),
    Rule(
        "SIG102",
        "collection-without-element-type",
        _E,
        "A bare list or dict in the input hint; MLflow raises when the class is defined.",
    ),
    Rule(
        "SIG103",
        "list-with-many-element-types",
        _E,
        "list[...] with more than one element type; MLflow raises.",
    ),
    Rule("SIG104", "dict-key-not-str", _E, "Dictionary keys must be str; MLflow raises."),
    Rule(
        "SIG105", "dict-arity", _E, "A dictionary hint needs a key and a value type; MLflow raises."
    ),
    Rule(
        "SIG106",
        "optional-input-element",
        _E,
        "list[Optional[...]]: MLflow raises when the class is defined.",
    ),
    Rule(
        "SIG107",
        "optional-input",
        _W,
        "Optional[list[...]]: MLflow logs the model without a signature.",
    ),
    Rule(
        "SIG108", "union-input", _W, "A Union is inferred as AnyType; MLflow does not validate it."
    ),
    Rule("SIG109", "any-input", _W, "Any is inferred as AnyType; MLflow does not validate it."),
    Rule(
        "SIG110",
        "unsupported-type",
        _W,
        "A type MLflow does not support; the model is logged without a signature.",
    ),
    Rule(
        "SIG111",
        "no-inference-hint",
        _W,
        "DataFrame, Series, ndarray and sparse hints infer no signature without an input_example.",
    ),
    Rule(
        "SIG112",
        "type-from-example",
        _I,
        "TypeFromExample takes the signature from the input_example.",
    ),
    Rule(
        "SIG113",
        "hint-not-analysable",
        _I,
        "siglint cannot see the definition of a type used in the hint.",
    ),
    Rule(
        "SIG201",
        "output-hint-becomes-any",
        _W,
        "MLflow cannot infer the output hint and records the output as AnyType.",
    ),
    Rule(
        "SIG301",
        "optional-field-without-default",
        _E,
        "An Optional pydantic field without a default; MLflow raises.",
    ),
    Rule(
        "SIG302",
        "unsupported-field-type",
        _W,
        "A pydantic field type MLflow does not support disables the whole model's schema.",
    ),
    Rule(
        "SIG303",
        "recursive-model",
        _E,
        "A self-referencing pydantic model: MLflow's inference recurses forever and log_model crashes.",
    ),
    Rule(
        "SIG304",
        "empty-model",
        _W,
        "A pydantic model without fields: MLflow cannot build an Object schema.",
    ),
    Rule(
        "SIG901",
        "name-error-at-definition",
        _E,
        "An annotation names something that is not defined when the def runs: importing the module raises NameError.",
    ),
    Rule(
        "SIG998",
        "internal-error",
        _E,
        "siglint failed on this target; please report it. Other targets and files are still checked.",
    ),
    Rule("SIG999", "syntax-error", _E, "The file does not parse."),
)

BY_CODE = {rule.code: rule for rule in RULES}
BY_NAME = {rule.name: rule for rule in RULES}


def rule(code: str) -> Rule:
    return BY_CODE[code]
