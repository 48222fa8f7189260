"""## What it does
Flags models in a module (or importing a project module) where another definition makes the import raise. When it is an imported module that raises, the finding names it and carries the place where it raises as related information (SARIF `relatedLocations`, LSP `relatedInformation`).

## Why is this bad?
MLflow's hard errors are raised while the class statement runs. One invalid model, or one pydantic model that pydantic rejects, makes the whole module fail to import: every other model in it can no longer be defined, served or logged.

## Fix safety
No fix: fix the definition that raises.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[str]", "list[str]")),)
INVALID: tuple[Example, ...] = (
    Example(
        "import mlflow\n\n\nclass Good(mlflow.pyfunc.PythonModel):\n    def predict(self, model_input: list[str]) -> list[str]:\n        return model_input\n\n\nclass Bad(mlflow.pyfunc.PythonModel):\n    def predict(self, model_input: list) -> list[str]:\n        return model_input\n"
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = (
    "siglint.analysis.signature.SignatureAnalysis._analyse",
    "siglint.analysis.findings.imported_failure",
)

RULE = Rule(
    code="SIG009",
    name="module-import-fails",
    severity=Severity.ERROR,
    summary="Importing the module raises, so the model cannot even be defined.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
