"""The one entry point both front ends call: ``check_source(text, path, settings)``.

Pure: it reads no file itself (sibling modules come through the ``Project``'s reader), imports
nothing from the analysed code, and turns every problem into a result, never an exception.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

import libcst as cst

from siglint.analysis import known
from siglint.analysis.calls import module_calls
from siglint.analysis.consequences import Logged, restated
from siglint.analysis.discovery import discover
from siglint.analysis.edits import FixPlan
from siglint.analysis.evaluate import Evaluator
from siglint.analysis.findings import Finding, related_at
from siglint.analysis.log_calls import check_log_calls, logged_by
from siglint.analysis.mlflow_names import missing_in_release
from siglint.analysis.module import ModuleInfo
from siglint.analysis.project import PARSE_ERRORS, Project, parse, syntax_error
from siglint.analysis.signature import Outcome, SignatureAnalysis, Target
from siglint.analysis.signature_calls import check_signature_calls
from siglint.collector import kept_reading
from siglint.config import Settings
from siglint.diagnostics import Applicability, Diagnostic, Edit, Fix, Range, Related
from siglint.fix_verification import trusted_fixes
from siglint.fixes import narrowed, split_lines
from siglint.results import CheckResult, TargetReport
from siglint.rules.internal_error import RULE as INTERNAL_ERROR
from siglint.rules.registry import rule
from siglint.rules.syntax_error import RULE as SYNTAX_ERROR
from siglint.rules.unused_suppression import RULE as UNUSED_SUPPRESSION
from siglint.scope import is_stub, names_mlflow
from siglint.sources.python import UnreadableSource, compile_refusal, null_byte, plain_text
from siglint.suppressions import Suppression, Suppressions, may_suppress, parse_suppressions


def check_source(
    text: str,
    path: Path,
    settings: Settings | None = None,
    project: Project | None = None,
    *,
    verify_fixes: bool = True,
) -> CheckResult:
    """The findings on ``text`` (the file at ``path``) and what MLflow does with its targets.

    A finding carries a fix only when applying it was checked to make the code better
    (``trust_fixes``): what --fix applies and counts is only that. The server, which checks at
    every keystroke, asks for unverified fixes and has the ones it offers verified when asked.
    """
    settings = settings or Settings()
    if is_stub(path):
        return CheckResult(path)
    project = project or Project()
    result = _check(text, path, settings, project)
    return trust_fixes(result, text, settings, project) if verify_fixes else result


def trust_fixes(
    result: CheckResult,
    text: str,
    settings: Settings,
    project: Project,
    only: Collection[Diagnostic] | None = None,
) -> CheckResult:
    """``result`` (of ``text``) with only the fixes that re-analysis confirms; just those of
    ``only``'s diagnostics when given, the others as they were (``siglint.fix_verification``)."""

    def recheck(fixed: str) -> CheckResult:
        # The findings on the fixed text are compared, not their fixes: none is worked out.
        try:
            module = parse(result.path.absolute(), fixed)
        except PARSE_ERRORS:  # the check reports it
            return _check(fixed, result.path, settings, Project(), fixes=False)
        return _check(fixed, result.path, settings, project.variant(module), fixes=False)

    return trusted_fixes(result, text, recheck, only)


def _check(
    text: str, path: Path, settings: Settings, project: Project, fixes: bool = True
) -> CheckResult:
    """The findings on ``text``, with their fixes unless ``fixes`` is False."""
    refused = null_byte(text)
    if refused is not None:  # CPython refuses to compile it; libcst would not
        return _unparsable(path, text, _refused(refused, text, "read"), settings, project)
    # Undecodable comment bytes, as libcst and the tokenizer take them (positions are the same).
    text = plain_text(text)
    # One parse per file: reuse the one made when an earlier file imported this one.
    module = project.loaded(path, text)
    if module is None:
        try:
            with kept_reading():  # the project keeps it
                module = parse(path.absolute(), text)
        except cst.ParserSyntaxError as error:
            return _unparsable(path, text, _syntax_error(error, text), settings, project)
        except (RecursionError, ValueError) as error:
            message = f"siglint cannot parse this file: {error}"
            diagnostic = _diagnostic(SYNTAX_ERROR.code, message, Range(1, 0, 1, 0))
            return _unparsable(path, text, diagnostic, settings, project)
        project.register(module)
    evaluator = Evaluator(project, settings.python_version)
    refused = compile_refusal(text)
    if refused is not None:  # libcst parses it, CPython's compiler refuses it: nothing runs
        diagnostic = _refused(refused, text, "compile")
        if _anchored(module, evaluator):
            return _unparsable(path, text, diagnostic, settings, project)
        return CheckResult(path, unparsable=diagnostic)
    analysis = SignatureAnalysis(evaluator)
    # Tokenizing for comments costs a quarter of a parse: only when a directive may be there.
    suppressions = parse_suppressions(text) if may_suppress(text) else None
    reports = []
    logged = _logged(module, evaluator)
    targets = sorted(discover(module, evaluator), key=lambda t: _line_of(module, t))
    # A call whose python_model siglint cannot follow logs, most likely, the one target of the
    # file that no call is seen to log; with several such targets it may log any of them.
    unlogged = [t for t in targets if t.node not in logged]
    unlinked = logged.get(None, [])
    for target in targets:
        try:
            outcome = analysis.analyse(target)
        except (
            Exception
        ) as error:  # one target's failure (even a RecursionError) must not stop the run
            outcome = _internal_error(module, target, error)
        calls = logged.get(target.node, unlinked)
        certain = target.node in logged or len(unlogged) == 1
        reports.append(
            _report(module, target, outcome, settings, suppressions, calls, certain, fixes)
        )
    module_findings = [
        *_module_findings(module, evaluator, analysis),
        *missing_in_release(module, settings.target_mlflow_version),
    ]
    if reports:  # MLflow imports this module: what raises when it runs is reported where it is
        module_findings.append(analysis.import_failure(module))
    placed = [
        _place(module, f, Range(1, 0, 1, 0), fixes)
        for f in module_findings
        if f is not None and f.module is module and f.node is not None
    ]
    diagnostics = {d for report in reports for d in report.diagnostics}
    diagnostics |= set(_kept(placed, settings, suppressions))
    if suppressions is not None:
        diagnostics |= set(_kept(_unused_suppressions(text, suppressions), settings))
    ordered = sorted(diagnostics, key=lambda d: (d.range, d.code, d.message))
    return CheckResult(path, tuple(reports), tuple(ordered))


def _unparsable(
    path: Path, text: str, diagnostic: Diagnostic, settings: Settings, project: Project
) -> CheckResult:
    """SIG999 for a file that names MLflow (the module's text, or the file holding it: a
    notebook's cell is checked alone); any other file is not siglint's business."""
    if names_mlflow(text) or names_mlflow(project.read(path.absolute()) or ""):
        return CheckResult(path, (), _kept([diagnostic], settings), diagnostic)
    return CheckResult(path, unparsable=diagnostic)


def _anchored(module: ModuleInfo, evaluator: Evaluator) -> bool:
    """Whether the module holds an anchor (``siglint.analysis.anchors``): a target, or a call of
    a callee checked wherever it is written, or a ``log_model`` passing what is checked. A file
    the compiler refuses is MLflow's business only then (its pre-filter skips the others); when
    siglint cannot tell, it is."""
    try:
        if discover(module, evaluator):
            return True
        return any(
            call.qualname in known.CHECKED_CALLEES
            or (call.is_logging and any(call.keyword(k) for k in known.LOGGING_ARGUMENTS))
            for call in module_calls(module, evaluator)
        )
    except Exception:
        return True


def _kept(
    diagnostics: list[Diagnostic], settings: Settings, suppressions: Suppressions | None = None
) -> tuple[Diagnostic, ...]:
    """Selection, suppression comments and severity overrides, in that order."""
    kept = []
    for d in diagnostics:
        if not settings.enabled(d.code):
            continue
        if suppressions is not None and suppressions.suppresses(d.code, d.name, d.range.line):
            continue
        severity = settings.severity_for(d.code, d.severity)
        kept.append(d if severity == d.severity else replace(d, severity=severity))
    return tuple(kept)


def _unused_suppressions(text: str, suppressions: Suppressions) -> list[Diagnostic]:
    """SIG900: a suppression that silenced nothing, with a fix that removes what is unused."""
    lines = split_lines(text)
    result = []
    for unused in suppressions.unused():
        where = Range(unused.line, unused.column, unused.line, unused.end_column)
        original = next(
            i for i in suppressions.items if (i.line, i.column) == (unused.line, unused.column)
        )
        line = lines[unused.line - 1] if unused.line <= len(lines) else ""
        kept = tuple(c for c in original.codes if c not in unused.codes)
        what = ", ".join(unused.codes) if unused.codes else "everything"
        fix = Fix(
            "Remove the unused suppression",
            Applicability.SAFE,
            (_suppression_edit(line, unused.line, original, kept, unused.line < len(lines)),),
        )
        message = f"Unused suppression: nothing reported here for {what}."
        result.append(_diagnostic(UNUSED_SUPPRESSION.code, message, where, fix))
    return result


def _suppression_edit(
    line: str, row: int, item: Suppression, kept: tuple[str, ...], followed: bool
) -> Edit:
    """Rewrite a directive without its unused codes, or delete it (and a comment left empty;
    and its line, when nothing else is on it and a line ``followed`` it)."""
    directive = line[item.column : item.end_column]
    body = directive.lstrip("# ")
    lead = directive[: len(directive) - len(body)]
    if kept:
        if body.startswith("siglint: ignore"):
            text = f"siglint: ignore[{', '.join(kept)}]"
        elif body.startswith("siglint: noqa"):
            text = f"siglint: noqa: {', '.join(kept)}"
        else:
            text = f"noqa: {', '.join(kept)}"
        return Edit(Range(row, item.column, row, item.end_column), lead + text)
    hash_at = line.rfind("#", 0, item.column + 1)
    remaining = line[hash_at : item.column] + line[item.end_column :]
    if remaining.strip(" #"):  # other text shares the comment: drop only the directive
        rest = line[item.end_column :]
        if hash_at < item.column:
            return Edit(Range(row, item.column, row, item.end_column), "")
        if rest.lstrip().startswith("#"):  # another comment follows: it takes the place
            end = item.end_column + len(rest) - len(rest.lstrip())
            return Edit(Range(row, item.column, row, end), "")
        # The directive opens the comment: its '#' stays, or the rest would become code.
        return Edit(
            Range(row, item.column, row, item.end_column), "#" if rest[:1].isspace() else "# "
        )
    code = line[:hash_at].rstrip()
    if not code and followed:
        return Edit(Range(row, 0, row + 1, 0), "")
    return Edit(Range(row, len(code), row, len(line)), "")


def _module_findings(
    module: ModuleInfo, evaluator: Evaluator, analysis: SignatureAnalysis
) -> list[Finding | None]:
    """Findings not about one target: logging calls and hand-written signatures."""
    try:
        return [
            *check_log_calls(module, evaluator, analysis),
            *check_signature_calls(module, evaluator),
        ]
    except Exception as error:  # a bug here must not hide the targets' findings
        return [
            Finding(
                INTERNAL_ERROR.code,
                f"siglint could not check the calls of this module: {type(error).__name__}: {error}",
                module,
                module.tree.body[0] if module.tree.body else None,
            )
        ]


def _logged(module: ModuleInfo, evaluator: Evaluator) -> dict[cst.CSTNode | None, list[Logged]]:
    """How the module's log calls log its targets; nothing if siglint fails to tell (the same
    failure is reported once, by ``_module_findings``)."""
    try:
        return logged_by(module, evaluator)
    except Exception:
        return {}


def _internal_error(module: ModuleInfo, target: Target, error: BaseException) -> Outcome:
    message = f"siglint could not analyse `{target.name}`: {type(error).__name__}: {error}"
    return Outcome(
        "no_signature", findings=[Finding(INTERNAL_ERROR.code, message, module, target.node.name)]
    )


def _line_of(module: ModuleInfo, target: Target) -> int:
    return module.range_of(target.node.name).line


def _report(
    module: ModuleInfo,
    target: Target,
    outcome: Outcome,
    settings: Settings,
    suppressions: Suppressions | None,
    calls: Sequence[Logged],
    certain: bool,
    fixes: bool,
) -> TargetReport:
    name_range = module.range_of(target.node.name)
    findings = [r for f in outcome.findings if (r := restated(f, calls, certain)) is not None]
    placed = [_place(module, f, name_range, fixes) for f in _once(module, findings)]
    return TargetReport(
        target.name,
        target.kind,
        name_range.line,
        outcome.outcome,
        outcome.input_schema,
        outcome.output_schema,
        outcome.params_schema,
        _kept(placed, settings, suppressions),
        name_range,
    )


def _once(module: ModuleInfo, findings: list[Finding]) -> list[Finding]:
    """The findings, those of one code that lie in other files merged into the first: they all
    land on the target's name, where one diagnostic says it once."""
    kept: list[Finding] = []
    elsewhere: dict[str, tuple[int, list[Finding]]] = {}  # code -> (its place in kept, group)
    for finding in findings:
        if finding.module is None or finding.module is module or finding.node is None:
            kept.append(finding)
        elif finding.code in elsewhere:
            elsewhere[finding.code][1].append(finding)
        else:
            elsewhere[finding.code] = (len(kept), [finding])
            kept.append(finding)
    for index, (first, *others) in elsewhere.values():
        if others:
            where = ", ".join(f"{f.module.path.name}:{f.node_line}" for f in others if f.module)
            more = f"({len(others)} more like it: {where})"
            places = tuple(
                related_at(f.message, f.module, f.node) for f in others if f.module and f.node
            )
            kept[index] = replace(
                first, message=f"{first.message} {more}", related=(*first.related, *places)
            )
    return kept


def _place(module: ModuleInfo, finding: Finding, fallback: Range, fixes: bool) -> Diagnostic:
    """Put a finding in this file: on its node here (with its fix, if ``fixes``), or on the
    target when it lies elsewhere (then where it lies is related information)."""
    related = finding.related
    if finding.module is module and finding.node is not None:
        plan = finding.fix_plan() if fixes else None
        fix = _fix(module, plan) if plan is not None else None
        where = module.range_of(finding.node)
        return _diagnostic(finding.code, finding.message, where, fix, related)
    message = finding.message
    if finding.module is not None and finding.module is not module and finding.node is not None:
        elsewhere = related_at(finding.message, finding.module, finding.node)
        message = f"{message} (in {elsewhere.where})"
        related = (elsewhere, *related)
    return _diagnostic(finding.code, message, fallback, related=related)


def _diagnostic(
    code: str,
    message: str,
    where: Range,
    fix: Fix | None = None,
    related: tuple[Related, ...] = (),
) -> Diagnostic:
    spec = rule(code)
    return Diagnostic(code, spec.name, spec.severity, message, where, fix, related)


def _fix(module: ModuleInfo, plan: FixPlan) -> Fix:
    edits = []
    for edit in plan.edits:
        r = module.range_of(edit.node)
        if edit.where == "after":
            r = Range(r.end_line, r.end_column, r.end_line, r.end_column)
        elif edit.where == "before":
            r = Range(r.line, r.column, r.line, r.column)
        edits.append(
            narrowed(module.text, Edit(r, edit.text)) if edit.rewrite else Edit(r, edit.text)
        )
    return Fix(plan.title, plan.applicability, tuple(sorted(edits, key=lambda e: e.range)))


def _refused(refused: UnreadableSource, text: str, verb: str) -> Diagnostic:
    """SIG999 for what CPython refuses to ``verb`` (read, compile), kept inside the text."""
    lines = split_lines(text)
    line = min(max(refused.line, 1), len(lines))
    column = min(refused.column, len(lines[line - 1]))
    message = f"Python cannot {verb} this file: {refused.reason}"
    return _diagnostic(SYNTAX_ERROR.code, message, Range(line, column, line, column))


def _syntax_error(error: cst.ParserSyntaxError, text: str) -> Diagnostic:
    where, message = syntax_error(error, text)
    return _diagnostic(SYNTAX_ERROR.code, message, where)
