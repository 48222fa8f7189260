"""``siglint schema --output-format text``: each target, its outcome, schemas and a request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from siglint.notation import OUTCOMES, request_example, schema_repr
from siglint.rules.syntax_error import RULE as SYNTAX_ERROR

if TYPE_CHECKING:
    from siglint.results import CheckResult, TargetReport


def render_text(results: list[tuple[str, CheckResult]]) -> str:
    lines: list[str] = []
    for shown, result in results:
        for diagnostic in result.diagnostics:
            if diagnostic.code == SYNTAX_ERROR.code:
                lines.append(
                    f"{shown}:{diagnostic.range.line}: {diagnostic.code} {diagnostic.message}"
                )
        for target in result.targets:
            lines.extend(_target(shown, target))
            lines.append("")
    if not lines:
        return "No MLflow models found.\n"
    return "\n".join(lines).rstrip("\n") + "\n"


def _target(shown: str, target: TargetReport) -> list[str]:
    lines = [
        f"{shown}:{target.line}: {target.name} ({target.kind})",
        f"  {OUTCOMES[target.outcome]}",
    ]
    if target.input_schema is not None:
        lines.append(f"  input:   {schema_repr(target.input_schema)}")
    if target.output_schema is not None:
        lines.append(f"  output:  {schema_repr(target.output_schema)}")
    if target.outcome in ("signature", "builtin"):
        params = schema_repr(target.params_schema) if target.params_schema else "none"
        lines.append(f"  params:  {params}")
    if target.input_schema is not None:
        lines.append(f"  request: {request_example(target.input_schema)}")
    for d in target.diagnostics:
        position = f"{d.range.line}:{d.range.column + 1}"
        lines.append(f"  {position} {d.code} [{d.severity.value}] {d.message}")
    return lines
