"""## What it does
Flags `# noqa: SIG…`, `# siglint: noqa` and `# siglint: ignore[…]` comments that suppress
nothing siglint reports. A bare `# noqa` serves every linter run on the file, so it is never
reported.

## Why is this bad?
A stale suppression hides the next real finding on that line and misleads readers about what
MLflow will do. Codes of other tools in the same `# noqa` comment (`E501`, `F401`…) are left alone.

## Fix safety
The fix removes the unused codes (or the whole comment when nothing else is in it). It is safe:
nothing that is reported today changes.

## References
- <https://docs.astral.sh/ruff/rules/unused-noqa/>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules._examples import with_example
from siglint.rules.registry import Example, Rule

_MODEL = """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:{comment}
        return model_input
"""

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.engine._unused_suppressions",)

RULE = Rule(
    code="SIG900",
    name="unused-suppression",
    severity=Severity.WARNING,
    summary="A suppression comment that suppresses nothing.",
    doc=with_example(
        __doc__ or "", _MODEL.format(comment="  # noqa: SIG101"), _MODEL.format(comment="")
    ),
    fix="always",
    applicability=Applicability.SAFE,
    min_mlflow=None,
    valid=(
        Example(_MODEL.format(comment="  # noqa: E501")),
        Example(_MODEL.format(comment="  # noqa")),
        Example(_MODEL.replace("list[str]) ->", "str) ->").format(comment="  # noqa: SIG101")),
    ),
    invalid=(
        Example(_MODEL.format(comment="  # noqa: SIG101"), fixed=_MODEL.format(comment="")),
        Example(
            _MODEL.format(comment="  # noqa: E501, SIG101"),
            fixed=_MODEL.format(comment="  # noqa: E501"),
        ),
        Example(_MODEL.format(comment="  # siglint: noqa"), fixed=_MODEL.format(comment="")),
    ),
)
