"""Fixtures for the output formats: hand-made reports, a fixed rule registry, exact snapshots.

The reports are built from Diagnostics made here, not from running rules, and the registry the
renderers read is replaced by two made-up rules, so these snapshots change only when a renderer
does. ``SIGLINT_UPDATE_SNAPSHOTS=1 pytest tests/output`` rewrites them; nothing else does.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from siglint.diagnostics import Applicability, Diagnostic, Edit, Fix, Range, Severity
from siglint.output import FileReport
from siglint.rules import registry
from siglint.rules.registry import Rule

SNAPSHOTS = Path(__file__).parent / "snapshots"
DOCS_URL = "https://example.org/siglint/docs/rules/"
UPDATE_VARIABLE = "SIGLINT_UPDATE_SNAPSHOTS"

INPUT_NOT_LIST = Rule(
    code="SIG101",
    name="input-not-list",
    severity=Severity.WARNING,
    summary="The input hint is not wrapped in list[...]",
    doc="""\
## What it does
Checks that the input hint of `predict` is a `list[...]`.

## Why is this bad?
MLflow warns and logs the model without a signature.

## Example
```python
def predict(self, model_input: str) -> list[str]: ...
```

## Fix safety
Unsafe: callers now have to send a list.

## References
- [MLflow type hints](https://mlflow.org/docs/latest/model/python_model.html)
""",
    fix="sometimes",
    applicability=Applicability.UNSAFE,
)
EMPTY_MODEL = Rule(
    code="SIG304",
    name="empty-model",
    severity=Severity.WARNING,
    summary="A pydantic model with no fields",
    doc="## What it does\nFlags pydantic models without fields.\n",
)

SENTIMENT = """\
import mlflow
from pydantic import BaseModel


class Review(
    BaseModel
):
    pass


class Sentiment(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: str) -> str:
        return model_input
"""

# Non-ASCII text and a tab before the flagged hint: columns count code points, tabs are expanded.
TRANSLATOR = "import mlflow\n\n\nclass Traducción(mlflow.pyfunc.PythonModel):\n\tdef predict(self, é: dict[int, str]):\n\t\treturn é\n"


def _hint(line: int, column: int, end_column: int) -> Range:
    return Range(line, column, line, end_column)


def sentiment_diagnostics() -> tuple[Diagnostic, ...]:
    wrap = Fix(
        "Wrap the hint in `list[...]`",
        Applicability.UNSAFE,
        (Edit(_hint(12, 44, 47), "list[str]"),),
    )
    output = Fix(
        "Annotate the output as `list[str]`",
        Applicability.SAFE,
        (Edit(_hint(12, 52, 55), "list[str]"),),
    )
    return (
        Diagnostic(
            "SIG304",
            "empty-model",
            Severity.WARNING,
            "`Review` has no fields: MLflow infers an empty object, 100% of requests fail",
            Range(5, 0, 8, 8),
        ),
        Diagnostic(
            "SIG101",
            "input-not-list",
            Severity.WARNING,
            "MLflow warns and logs the model without a signature: hints must be wrapped in list[...]",
            _hint(12, 44, 47),
            wrap,
        ),
        Diagnostic(
            "SIG201",
            "output-hint-becomes-any",
            Severity.INFO,
            'The output <str> becomes "Any", & is not validated, key: value',
            _hint(12, 52, 55),
            output,
        ),
    )


def translator_diagnostics() -> tuple[Diagnostic, ...]:
    keys = Fix(
        "Use `str` keys",
        Applicability.DISPLAY_ONLY,
        (Edit(_hint(5, 27, 30), "str"),),
    )
    return (
        Diagnostic(
            "SIG998",
            "internal-error",
            Severity.ERROR,
            "siglint could not analyse `Traducción`",
            _hint(4, 6, 16),
        ),
        Diagnostic(
            "SIG104",
            "dict-key-not-str",
            Severity.ERROR,
            "Dictionary keys must be `str`: MLflow raises when the class is defined",
            _hint(5, 22, 36),
            keys,
        ),
    )


@pytest.fixture
def rules(monkeypatch: pytest.MonkeyPatch) -> tuple[Rule, ...]:
    """The registry as the renderers see it: two made-up rules (SIG201, SIG104, SIG998 absent),
    their pages at a public address (not in this checkout, whose path varies)."""
    fake = (INPUT_NOT_LIST, EMPTY_MODEL)
    monkeypatch.setattr(registry, "_load", lambda: fake)
    monkeypatch.setattr(registry, "DOCS_URL", DOCS_URL)
    monkeypatch.setattr("siglint.output.sarif.__version__", "0.0.0-test")
    return fake


@pytest.fixture
def reports(rules: tuple[Rule, ...]) -> list[FileReport]:
    """Two files with findings (fixable safely, unsafely, display-only, not at all) and a clean one."""
    return [
        FileReport("models/sentiment.py", SENTIMENT, sentiment_diagnostics()),
        FileReport("models/traducción.py", TRANSLATOR, translator_diagnostics()),
        FileReport("models/clean.py", "x = 1\n", ()),
    ]


@pytest.fixture
def snapshot() -> Callable[[str, str], None]:
    """Compare output with ``snapshots/<name>`` byte for byte (rewrite it on explicit request)."""

    def check(name: str, actual: str) -> None:
        path = SNAPSHOTS / name
        if os.environ.get(UPDATE_VARIABLE) == "1":
            path.write_text(actual, encoding="utf-8", newline="")
            return
        assert path.exists(), f"no snapshot {name}: run with {UPDATE_VARIABLE}=1 and review it"
        assert actual == path.read_bytes().decode("utf-8")

    return check
