"""## What it does
Checks that the hints of `predict` can be resolved by `typing.get_type_hints` with the module's globals, as MLflow does.

## Why is this bad?
With `from __future__ import annotations` (or quoted hints) every hint is a string that MLflow resolves with `get_type_hints`, against the module's globals only, twice: when the class (or `@pyfunc` function) is defined, to wrap `predict` with input validation, and when `log_model` runs, to infer the signature.

- Names that are local to a function, defined in the class body or imported under `if TYPE_CHECKING:` never resolve. MLflow then only recognises `list[str]` and `list[dict[str, str]]` in the annotation text; any other hint is read as *no* hint, and the model gets no signature.
- A name defined later in the module than the class does not resolve when the class is defined, and does when `log_model` runs: the signature is logged from the hints, but `predict` was wrapped as if it had none, so the model validates and converts no input (a `list[Item]` model receives plain dicts, not `Item` instances).

## Fix safety
No fix: move the type to module level.

## References
- <https://docs.python.org/3/library/typing.html#typing.get_type_hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(
        "from __future__ import annotations\n\nimport mlflow\nfrom pydantic import BaseModel\n\n\nclass Item(BaseModel):\n    name: str\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n    def predict(self, model_input: list[Item]) -> list[str]:\n        return []\n"
    ),
)
INVALID: tuple[Example, ...] = (
    Example(
        "from __future__ import annotations\n\nimport mlflow\nfrom pydantic import BaseModel\n\n\ndef build():\n    class Item(BaseModel):\n        name: str\n\n    class Model(mlflow.pyfunc.PythonModel):\n        def predict(self, model_input: list[Item]) -> list[str]:\n            return []\n\n    return Model\n"
    ),
    # Defined after the class: unresolved when the class is defined, resolved at log time.
    Example(
        "from __future__ import annotations\n\nimport mlflow\nfrom pydantic import BaseModel\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n    def predict(self, model_input: list[Item]) -> list[str]:\n        return []\n\n\nclass Item(BaseModel):\n    name: str\n"
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = (
    "siglint.analysis.hints.HintReader.extract",
    "siglint.analysis.hints.HintReader._from_text",
)

RULE = Rule(
    code="SIG008",
    name="hint-unresolvable-at-runtime",
    severity=Severity.WARNING,
    summary="typing.get_type_hints cannot resolve the hints of predict: MLflow validates no input, or logs no signature.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
