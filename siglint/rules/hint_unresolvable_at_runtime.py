"""## What it does
Checks that the hints of `predict` can be resolved by `typing.get_type_hints` with the module's globals, as MLflow does.

## Why is this bad?
With `from __future__ import annotations` (or quoted hints) every hint is a string that MLflow resolves with `get_type_hints`, against the module's globals only. Names that are local to a function, defined in the class body, imported under `if TYPE_CHECKING:`, or defined later than the class (at class-definition time) cannot be resolved. MLflow then only recognises `list[str]` and `list[dict[str, str]]` in the annotation text; any other hint is read as *no* hint, and the model gets no signature.

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
)

RULE = Rule(
    code="SIG008",
    name="hint-unresolvable-at-runtime",
    severity=Severity.WARNING,
    summary="typing.get_type_hints cannot resolve the hints of predict, so MLflow guesses from their text.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
