"""The one entry point both front ends call: ``check_source(text, path, settings)``.

Pure: it reads no file itself (sibling modules come through the ``Project``'s reader), imports
nothing from the analysed code, and turns every problem into a result, never an exception.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst

from siglint.analysis.discovery import discover
from siglint.analysis.edits import FixPlan
from siglint.analysis.evaluate import Evaluator
from siglint.analysis.module import ModuleInfo
from siglint.analysis.project import Project, module_name_for
from siglint.analysis.signature import Finding, Outcome, SignatureAnalysis, Target
from siglint.config import Settings
from siglint.diagnostics import Diagnostic, Edit, Fix, Range
from siglint.rules.registry import rule


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


def check_source(
    text: str, path: Path, settings: Settings | None = None, project: Project | None = None
) -> CheckResult:
    settings = settings or Settings()
    project = project or Project()
    try:
        tree = cst.parse_module(text)
    except cst.ParserSyntaxError as error:
        return CheckResult(path, (), (_syntax_error(error),))
    except (RecursionError, ValueError) as error:
        return CheckResult(
            path,
            (),
            (_diagnostic("SIG999", f"siglint cannot parse this file: {error}", Range(1, 0, 1, 0)),),
        )
    name, _ = module_name_for(path)
    module = ModuleInfo(path.absolute(), name, text, tree)
    project.register(module)
    evaluator = Evaluator(project)
    analysis = SignatureAnalysis(evaluator)
    reports = []
    for target in sorted(discover(module, evaluator), key=lambda t: _line_of(module, t)):
        try:
            outcome = analysis.analyse(target)
        except (
            Exception
        ) as error:  # one target's failure (even a RecursionError) must not stop the run
            outcome = _internal_error(module, target, error)
        reports.append(_report(module, target, outcome, settings))
    module_findings = [analysis.import_failure(module)]
    placed = {
        _place(module, None, f, Range(1, 0, 1, 0))
        for f in module_findings
        if f is not None and f.module is module and f.node is not None
    }
    diagnostics = sorted(
        {d for report in reports for d in report.diagnostics}
        | {d for d in placed if settings.enabled(d.code)},
        key=lambda d: (d.range, d.code, d.message),
    )
    return CheckResult(path, tuple(reports), tuple(diagnostics))


def _internal_error(module: ModuleInfo, target: Target, error: BaseException) -> Outcome:
    message = f"siglint could not analyse `{target.name}`: {type(error).__name__}: {error}"
    return Outcome("no_signature", findings=[Finding("SIG998", message, module, target.node.name)])


def _line_of(module: ModuleInfo, target: Target) -> int:
    return module.range_of(target.node.name).line


def _report(
    module: ModuleInfo, target: Target, outcome: Outcome, settings: Settings
) -> TargetReport:
    name_range = module.range_of(target.node.name)
    diagnostics = tuple(
        d
        for d in (_place(module, target, f, name_range) for f in outcome.findings)
        if settings.enabled(d.code)
    )
    return TargetReport(
        target.name,
        target.kind,
        name_range.line,
        outcome.outcome,
        outcome.input_schema,
        outcome.output_schema,
        outcome.params_schema,
        diagnostics,
        name_range,
    )


def _place(
    module: ModuleInfo, target: Target | None, finding: Finding, fallback: Range
) -> Diagnostic:
    """Put a finding in this file: on its node here, or on the target when it lies elsewhere."""
    if finding.module is module and finding.node is not None:
        fix = _fix(module, finding.fix) if finding.fix is not None else None
        return _diagnostic(finding.code, finding.message, module.range_of(finding.node), fix)
    message = finding.message
    if finding.module is not None and finding.module is not module and finding.node is not None:
        where = finding.module.range_of(finding.node)
        message = f"{message} (in {finding.module.path.name}:{where.line})"
    return _diagnostic(finding.code, message, fallback)


def _diagnostic(code: str, message: str, where: Range, fix: Fix | None = None) -> Diagnostic:
    spec = rule(code)
    return Diagnostic(code, spec.name, spec.severity, message, where, fix)


def _fix(module: ModuleInfo, plan: FixPlan) -> Fix:
    edits = []
    for edit in plan.edits:
        r = module.range_of(edit.node)
        if edit.where == "after":
            r = Range(r.end_line, r.end_column, r.end_line, r.end_column)
        elif edit.where == "before":
            r = Range(r.line, r.column, r.line, r.column)
        edits.append(Edit(r, edit.text))
    return Fix(plan.title, plan.applicability, tuple(sorted(edits, key=lambda e: e.range)))


def _syntax_error(error: cst.ParserSyntaxError) -> Diagnostic:
    line, column = error.raw_line, error.raw_column
    message = f"siglint cannot parse this file: {error.message}"
    return _diagnostic("SIG999", message, Range(line, column, line, column))
