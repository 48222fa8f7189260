"""The closing lines of the text formats: how many findings, how many fixable, what was fixed."""

from __future__ import annotations

from siglint.diagnostics import Applicability, Diagnostic, Severity
from siglint.fixes import applies
from siglint.output import FileReport


def summary(reports: list[FileReport]) -> str:
    """Ruff's summary, by severity (``Found 1 error and 2 warnings.``), and how many ``--fix``
    (or ``--unsafe-fixes``) would fix."""
    remaining = [d for report in reports for d in report.diagnostics]
    fixed = [d for report in reports for d in report.fixed]
    if fixed:
        found = counted(remaining + fixed)
        lines = [f"Found {found} ({len(fixed)} fixed, {len(remaining)} remaining)."]
    elif remaining:
        lines = [f"Found {counted(remaining)}."]
    else:
        lines = ["All checks passed!"]
    applicable, hidden = fixable_counts(reports)
    hint = f"{hidden} hidden fix{_es(hidden)} can be enabled with the `--unsafe-fixes` option"
    if applicable and hidden:
        lines.append(f"[*] {applicable} fixable with the `--fix` option ({hint}).")
    elif applicable:
        lines.append(f"[*] {applicable} fixable with the `--fix` option.")
    elif hidden:
        lines.append(f"No fixes available ({hint}).")
    return "".join(f"{line}\n" for line in lines)


def fixable_counts(reports: list[FileReport]) -> tuple[int, int]:
    """(fixes ``--fix`` would apply, unsafe fixes it would apply only with ``--unsafe-fixes``)."""
    applicable = hidden = 0
    for report in reports:
        for diagnostic in report.diagnostics:
            if diagnostic.fix is None:
                continue
            if applies(diagnostic.fix, unsafe=report.unsafe_fixes):
                applicable += 1
            elif diagnostic.fix.applicability is Applicability.UNSAFE:
                hidden += 1
    return applicable, hidden


def fix_marker(report: FileReport, diagnostic: Diagnostic) -> str:
    """``"[*] "`` when ``--fix`` would fix ``diagnostic`` with ``report``'s settings, else ``""``."""
    fix = diagnostic.fix
    return "[*] " if fix is not None and applies(fix, unsafe=report.unsafe_fixes) else ""


def fixed_summary(reports: list[FileReport]) -> str:
    """``--show-fixes``: per file, how many findings of each rule ``--fix`` fixed."""
    tables = []
    for report in sorted(reports, key=lambda report: report.path):
        counts: dict[tuple[str, str], int] = {}
        for diagnostic in report.fixed:
            key = (diagnostic.code, diagnostic.name)
            counts[key] = counts.get(key, 0) + 1
        if counts:
            tables.append((report.path, counts))
    if not tables:
        return ""
    width = len(str(max(max(counts.values()) for _, counts in tables)))
    lines = [f"Fixed {counted([d for report in reports for d in report.fixed])}:"]
    for path, counts in tables:
        lines.append(f"- {path}:")
        for (code, name), count in sorted(counts.items(), key=lambda item: -item[1]):
            # The multiplication sign is Ruff's, in the same list.
            lines.append(f"    {count:>{width}} × {code} ({name})")  # noqa: RUF001
    return "".join(f"{line}\n" for line in lines)


def counted(diagnostics: list[Diagnostic]) -> str:
    """``"1 error, 2 warnings and 1 info finding"``: how many of each severity, most severe first."""
    counts = [(severity, sum(d.severity is severity for d in diagnostics)) for severity in Severity]
    parts = [f"{count} {_NOUNS[severity]}{_s(count)}" for severity, count in counts if count]
    return " and ".join(filter(None, [", ".join(parts[:-1]), parts[-1]]))


_NOUNS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info finding"}


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _es(count: int) -> str:
    return "" if count == 1 else "es"
