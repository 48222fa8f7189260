"""What a check of one module finds, as plain data: the engine's answer (``engine.check_source``).

Apart from the engine, and from libcst: ``siglint schema`` receives these from the child that
checked the file, in a process that never parses (unpickling a class imports its module).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from siglint.diagnostics import Diagnostic, Range


@dataclass(frozen=True, slots=True)
class TargetReport:
    """What MLflow will do with one target, as ``siglint schema`` reports it."""

    name: str
    kind: str
    line: int
    outcome: str
    input_schema: list | None
    output_schema: list | None
    params_schema: list | None
    diagnostics: tuple[Diagnostic, ...]
    range: Range

    def to_json(self, path: str) -> dict:
        return {
            "path": path,
            "line": self.line,
            "name": self.name,
            "kind": self.kind,
            "outcome": self.outcome,
            "input_schema": self.input_schema,
            "output_schema": self.output_schema,
            "params_schema": self.params_schema,
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }


@dataclass(frozen=True, slots=True)
class CheckResult:
    path: Path
    targets: tuple[TargetReport, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default_factory=tuple)
    # Why Python cannot run the file (SIG999's diagnostic), even where it is not reported.
    unparsable: Diagnostic | None = None
