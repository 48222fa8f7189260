"""``siglint check``: lint files (or standard input), optionally fix them, and report.

Ruff's command line: the same options, output formats and exit codes (0 nothing left to report,
1 findings remain, 2 usage, configuration or internal error). Reading, fixing and writing are
here; what is wrong with a file is the engine's answer, how it is shown is ``siglint.output``'s.
"""

from __future__ import annotations

import argparse
import difflib
import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from siglint.analysis.project import Project
from siglint.config import ConfigError, Settings, SettingsResolver
from siglint.diagnostics import Diagnostic, Range
from siglint.engine import check_source
from siglint.files import iter_python_files
from siglint.fixes import decode_source, fix_until_stable, source_encoding, write_atomically
from siglint.output import DEFAULT_FORMAT, FORMATS, FileReport, render
from siglint.output.statistics import statistics
from siglint.output.summary import fixable_counts
from siglint.rules.registry import rule

FORMAT_VARIABLE = "SIGLINT_OUTPUT_FORMAT"
_STATISTICS_FORMATS = ("concise", "full", "json")
# What reading a file can raise: I/O, a bad coding cookie, an unknown or wrong encoding.
_READ_ERRORS = (OSError, SyntaxError, LookupError, UnicodeDecodeError)


class UsageError(Exception):
    """A command line that cannot run as given (exit code 2)."""


def add_parser(commands: Any) -> None:
    """Declare ``check`` and its options on the ``siglint`` subcommand parser."""
    parser = commands.add_parser(
        "check",
        help="lint Python files for predict type hints MLflow will reject or ignore",
        description="Report what MLflow will do wrong with the type hints of every model under "
        "PATHS (default: the current folder), and fix what can be fixed.",
    )
    parser.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    rules = parser.add_argument_group("rule selection")
    for option, meaning in (
        ("--select", "only these rules (replaces the configured selection)"),
        ("--extend-select", "these rules too, on top of the configured selection"),
        ("--ignore", "not these rules"),
    ):
        rules.add_argument(
            option,
            type=_selectors,
            action="extend",
            metavar="RULES",
            help=f"{meaning}: comma-separated codes, code prefixes or rule names",
        )
    fixing = parser.add_argument_group("fixing")
    fixing.add_argument("--fix", action="store_true", help="apply safe fixes to the files")
    fixing.add_argument(
        "--unsafe-fixes",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="also apply (and count as fixable) fixes that may change behaviour",
    )
    fixing.add_argument(
        "--diff",
        action="store_true",
        help="print a unified diff of what --fix would change; write nothing",
    )
    fixing.add_argument(
        "--show-fixes", action="store_true", help="list what --fix fixed in each file"
    )
    output = parser.add_argument_group("output")
    output.add_argument(
        "--output-format",
        choices=FORMATS,
        help=f"how findings are printed (default: ${FORMAT_VARIABLE}, else {DEFAULT_FORMAT})",
    )
    output.add_argument("--output-file", type=Path, metavar="PATH", help="write the report here")
    output.add_argument(
        "--statistics", action="store_true", help="count findings per rule instead of listing them"
    )
    output.add_argument(
        "--exit-zero", action="store_true", help="exit with 0 even when findings remain"
    )
    output.add_argument(
        "--exit-non-zero-on-fix",
        action="store_true",
        help="exit with 1 when --fix changed something, even if nothing remains",
    )
    files = parser.add_argument_group("files")
    files.add_argument(
        "--stdin-filename",
        metavar="PATH",
        help="check standard input as if it were the file PATH (with --fix, print the fixed source)",
    )
    files.add_argument(
        "--force-exclude",
        action="store_true",
        help="apply the configured excludes even to paths given on the command line",
    )
    files.add_argument("--config", type=Path, metavar="PATH", help="use this configuration file")
    files.add_argument(
        "--no-cache",
        action="store_true",
        help="accepted for Ruff compatibility; siglint keeps no cache yet",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        return _Run(args).execute()
    except (ConfigError, UsageError) as error:
        print(f"siglint: error: {error}", file=sys.stderr)
        return 2


def _selectors(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


@dataclass(frozen=True, slots=True)
class _Checked:
    """One file's report, plus what ``--diff`` shows of it (its source before and after)."""

    report: FileReport
    original: str


class _Run:
    """One ``siglint check`` invocation: its options, settings, and the files it went through."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.output_format = _output_format(args.output_format)
        if args.statistics and self.output_format not in _STATISTICS_FORMATS:
            raise UsageError(
                f"--statistics prints in the {', '.join(_STATISTICS_FORMATS)} formats only"
            )
        self.fixing = bool(args.fix or args.diff)
        self.resolver = SettingsResolver(_overrides(args), config_file=args.config)
        self.project = Project()

    def execute(self) -> int:
        from_stdin = self.args.stdin_filename is not None or self.args.paths == ["-"]
        checked = self._check_stdin() if from_stdin else self._check_files()
        reports = [item.report for item in checked]
        if self.args.diff:
            self._print_diff(checked)
        else:
            self._print_report(reports, to_stderr=from_stdin and self.args.fix)
        return self._exit_code(reports)

    def _check_files(self) -> list[_Checked]:
        checked: list[_Checked] = []

        def missing(given: str, error: OSError) -> None:
            # Like Ruff's E902: a path that cannot be searched is a finding, and the run goes on.
            settings = self.resolver.settings_for(Path(given))
            checked.append(_Checked(_unreadable(given, error, settings), ""))

        for shown, path in iter_python_files(
            self.args.paths,
            self.resolver,
            force_exclude=self.args.force_exclude,
            on_error=missing,
        ):
            settings = self.resolver.settings_for(path)
            try:
                data = path.read_bytes()
                text = decode_source(data)
            except _READ_ERRORS as error:
                checked.append(_Checked(_unreadable(shown, error, settings), ""))
                continue
            report = self._check(shown, path, text, settings)
            if self.args.fix and not self.args.diff and report.source != text:
                try:
                    write_atomically(path, report.source, data)
                except (UnicodeEncodeError, OSError) as error:
                    report = self._unfixed(report, text, path, settings, error)
            checked.append(_Checked(report, text))
        if not checked:
            print("siglint: warning: no Python files found under the given paths", file=sys.stderr)
        return checked

    def _check_stdin(self) -> list[_Checked]:
        shown = self.args.stdin_filename or "-"
        path = Path(shown)
        data = sys.stdin.buffer.read()
        if self.args.force_exclude and self.resolver.is_excluded(path):
            self._echo(data)
            return []
        settings = self.resolver.settings_for(path)
        try:
            text = decode_source(data)
        except _READ_ERRORS as error:
            self._echo(data)
            return [_Checked(_unreadable(shown, error, settings), "")]
        report = self._check(shown, path, text, settings)
        output = data
        if report.source != text:
            try:
                output = report.source.encode(source_encoding(data))
            except UnicodeEncodeError as error:
                report = self._unfixed(report, text, path, settings, error)
        self._echo(output)
        return [_Checked(report, text)]

    def _echo(self, source: bytes) -> None:
        """With ``--fix`` on standard input, the (fixed) source goes to standard output."""
        if self.args.fix and not self.args.diff:
            sys.stdout.flush()
            sys.stdout.buffer.write(source)
            sys.stdout.buffer.flush()

    def _check(self, shown: str, path: Path, text: str, settings: Settings) -> FileReport:
        def check(source: str) -> tuple[Diagnostic, ...]:
            return check_source(source, path, settings, self.project).diagnostics

        unsafe = settings.unsafe_fixes
        if not self.fixing:
            return FileReport(shown, text, check(text), unsafe_fixes=unsafe)
        result = fix_until_stable(text, Path(shown), check, unsafe=unsafe)
        for note in result.notes:
            print(f"siglint: warning: {note}", file=sys.stderr)
        return FileReport(shown, result.text, result.diagnostics, result.fixed, unsafe)

    def _unfixed(
        self, report: FileReport, original: str, path: Path, settings: Settings, error: Exception
    ) -> FileReport:
        """The report of a file whose fixes could not be saved: it stays as it was."""
        print(f"siglint: error: {report.path}: fixes not written: {error}", file=sys.stderr)
        diagnostics = check_source(original, path, settings, self.project).diagnostics
        return FileReport(report.path, original, diagnostics, unsafe_fixes=report.unsafe_fixes)

    def _print_report(self, reports: list[FileReport], *, to_stderr: bool) -> None:
        if self.args.statistics:
            text = statistics(reports, as_json=self.output_format == "json")
        else:
            text = render(self.output_format, reports, show_fixes=self.args.show_fixes)
        if self.args.output_file is not None:
            self.args.output_file.parent.mkdir(parents=True, exist_ok=True)
            self.args.output_file.write_text(text, encoding="utf-8")
        else:
            (sys.stderr if to_stderr else sys.stdout).write(text)

    def _print_diff(self, checked: list[_Checked]) -> None:
        for item in checked:
            report = item.report
            if report.source != item.original:
                sys.stdout.write(_unified_diff(item.original, report.source, report.path))
        # The summary goes to standard error, so that standard output is a clean patch.
        reports = [item.report for item in checked]
        fixed = sum(len(report.fixed) for report in reports)
        _, hidden = fixable_counts(reports)
        would = f"Would fix {fixed} error{'' if fixed == 1 else 's'}"
        more = f"{hidden} fix{'' if hidden == 1 else 'es'} available with `--unsafe-fixes`"
        if fixed and hidden:
            print(f"{would} ({more}).", file=sys.stderr)
        elif fixed:
            print(f"{would}.", file=sys.stderr)
        elif hidden:
            print(f"No errors would be fixed ({more}).", file=sys.stderr)

    def _exit_code(self, reports: list[FileReport]) -> int:
        if self.args.exit_zero:
            return 0
        fixed = any(report.fixed for report in reports)
        if self.args.diff:
            return int(fixed)
        remaining = any(report.diagnostics for report in reports)
        return int(remaining or (self.args.exit_non_zero_on_fix and fixed))


def _output_format(given: str | None) -> str:
    chosen = given or os.environ.get(FORMAT_VARIABLE) or DEFAULT_FORMAT
    if chosen not in FORMATS:
        raise UsageError(
            f"{FORMAT_VARIABLE}={chosen!r} is not an output format (one of {', '.join(FORMATS)})"
        )
    return chosen


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    """The command line's settings, as ``[tool.siglint]`` keys: they win over the config file."""
    overrides: dict[str, Any] = {}
    for key, value in (
        ("select", args.select),
        ("extend-select", args.extend_select),
        ("ignore", args.ignore),
        ("unsafe-fixes", args.unsafe_fixes),
    ):
        if value is not None:
            overrides[key] = value
    return overrides


def _unreadable(shown: str, error: Exception, settings: Settings) -> FileReport:
    """A file siglint cannot read gets the diagnostic of a file it cannot parse (or a warning)."""
    spec = rule("SIG999")
    message = f"siglint cannot read this file: {error}"
    if not settings.enabled(spec.code):
        # Like Ruff with E902 off: the file is still not silently skipped.
        print(f"siglint: warning: {shown}: {message}", file=sys.stderr)
        return FileReport(shown, "", ())
    severity = settings.severity_for(spec.code, spec.severity)
    diagnostic = Diagnostic(spec.code, spec.name, severity, message, Range(1, 0, 1, 0))
    return FileReport(shown, "", (diagnostic,))


def _unified_diff(before: str, after: str, shown: str) -> str:
    lines = difflib.unified_diff(
        _lines_with_endings(before), _lines_with_endings(after), fromfile=shown, tofile=shown
    )
    # difflib leaves a last line without its newline glued to what follows; diff(1) marks it.
    return "".join(
        line if line.endswith(("\n", "\r")) else f"{line}\n\\ No newline at end of file\n"
        for line in lines
    )


def _lines_with_endings(text: str) -> list[str]:
    # newline="" splits on \n, \r\n and a lone \r only, and keeps each line's own ending.
    return io.StringIO(text, newline="").readlines()
