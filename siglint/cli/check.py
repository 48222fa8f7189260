"""``siglint check``: lint files (or standard input), optionally fix them, and report.

Ruff's command line: the same options, output formats and exit codes (0 nothing left to report,
1 findings remain, 2 usage, configuration or internal error). Reading, fixing and writing are
here; what is wrong with a file is the engine's answer, how it is shown is ``siglint.output``'s.

A run reads every file, then takes each file's findings from the cache (``siglint.cache``) when
nothing they depend on changed; skips the files the pre-filter (``siglint.prefilter``) proves
clean; and checks the others in ``--jobs`` forked children (``siglint.cli.pool``), the files that
obviously need it first, so that they are being checked while the others are screened. When no
cache answers for the files, the first child is forked before the search, so that it imports the
engine while this process finds and reads the files. This process never imports libcst or the
engine unless it checks a file itself.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from siglint.analysis.imports import Dependencies, Packages
from siglint.cache import Cache, cache_folder
from siglint.cli import (
    DEFAULT_PER_FILE_TIMEOUT,
    ParsedSoFar,
    UsageError,
    add_jobs,
    cores,
    import_engine,
    refuse_missing,
    warn_broken_config,
)
from siglint.collector import rare_collections
from siglint.config import ConfigError, Settings, SettingsResolver
from siglint.diagnostics import Diagnostic, Range, Severity
from siglint.files import iter_python_files
from siglint.fixes import FixResult, fix_until_stable, write_atomically
from siglint.output import DEFAULT_FORMAT, FORMATS, TEXT_FORMATS, FileReport, render
from siglint.output.statistics import statistics
from siglint.output.summary import counted, fixable_counts
from siglint.prefilter import Screen
from siglint.rules.internal_error import RULE as INTERNAL_ERROR
from siglint.rules.registry import Rule, all_rules
from siglint.rules.syntax_error import RULE as SYNTAX_ERROR
from siglint.sources import Source, SourceError, load
from siglint.sources.check import check_source_units, fix_source
from siglint.sources.python import UnreadableSource, encode_python, plain_text

if TYPE_CHECKING:
    from siglint.analysis.project import Project
    from siglint.cli.pool import CheckPool
    from siglint.cli.worker import CheckWorker
    from siglint.results import CheckResult

FORMAT_VARIABLE = "SIGLINT_OUTPUT_FORMAT"
_STATISTICS_FORMATS = ("concise", "full", "json")
# What reading a file can raise: I/O, what CPython refuses (NUL, encoding, undecodable bytes),
# a notebook that is none.
_READ_ERRORS = (OSError, UnreadableSource, SourceError)
_FILE_START = Range(1, 0, 1, 0)


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
        "--fail-on",
        choices=[s.value for s in Severity],
        help="exit with 1 when a finding of this severity or above remains (default: the "
        "configured fail-on, else warning: info findings are reported and do not fail)",
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
        "--per-file-timeout",
        type=float,
        default=DEFAULT_PER_FILE_TIMEOUT,
        metavar="SECONDS",
        help="give up on a file after this long, report it and go on "
        f"(default: {DEFAULT_PER_FILE_TIMEOUT:g}; 0: no limit, check in this process)",
    )
    files.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor write the cache of results (.siglint_cache/, or $SIGLINT_CACHE_DIR)",
    )
    files.add_argument(
        "--no-prefilter",
        action="store_true",
        help="parse and check every file, even those a cheap reading proves clean",
    )
    add_jobs(files, "check")
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
    """One file's report, plus what ``--diff`` shows of it: the source read (None when it could
    not be read) and the file's text once fixed."""

    report: FileReport
    source: Source | None = None
    content: str = ""


@dataclass(frozen=True, slots=True)
class _Source:
    """A file read and decoded, waiting for its report."""

    shown: str
    path: Path
    data: bytes
    source: Source
    settings: Settings

    @property
    def text(self) -> str:
        """The Python text of the file (what the cache and the pre-filter know it by)."""
        return self.source.text


# A file's report, what checking it read of the project, and the file's text once fixed.
_Outcome = tuple[FileReport, Dependencies, str]


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
        self._stdin: Source | None = None  # what standard input holds, when it is checked
        self._parsed = ParsedSoFar(self._new_project)

    def _new_project(self) -> Project:
        """A project for the process that checks (a child, usually) to keep parsed modules in
        (``ParsedSoFar``); the file on standard input reads as what it holds there, not as what
        the disk has."""
        from siglint.analysis.imports import read_from_disk
        from siglint.analysis.project import Project

        stdin = self._stdin
        if stdin is None:
            return Project()
        stdin_path, stdin_text = stdin.path.absolute(), stdin.text

        def read(path: Path) -> str | None:
            return stdin_text if path == stdin_path else read_from_disk(path)

        return Project(read)

    def execute(self) -> int:
        from_stdin = self.args.stdin_filename is not None or self.args.paths == ["-"]
        if not from_stdin:
            refuse_missing(self.args.paths)
        checked = self._check_stdin() if from_stdin else self._check_files()
        reports = [item.report for item in checked]
        if self.args.diff:
            self._print_diff(checked)
        elif reports or self.output_format not in TEXT_FORMATS or self.args.output_file:
            # With no file at all, the warning that says so is the one message, not also
            # "All checks passed!"; the tools' formats still print their empty report.
            self._print_report(reports, to_stderr=from_stdin and self.args.fix)
        return self._exit_code(reports)

    def _check_files(self) -> list[_Checked]:
        # Fixing rewrites files: what it finds is not worth keeping.
        cache = None if self.args.no_cache or self.fixing else Cache(cache_folder())
        started = self._started_worker(cache)
        with started or contextlib.nullcontext(), rare_collections():
            return self._check_found(cache, started)

    def _started_worker(self, cache: Cache | None) -> CheckWorker | None:
        """A child forked before the search, which imports the engine while this process finds,
        reads and screens the files, when the run will likely check some: when no cache has the
        previous run's findings, and a core is spare for what it may do for nothing."""
        if (cache is not None and not cache.is_empty) or cores() < 2:
            return None
        from siglint.cli.worker import CheckWorker

        worker = CheckWorker(self._check, self.args.per_file_timeout, import_engine)
        worker.start()
        return worker

    def _check_found(self, cache: Cache | None, started: CheckWorker | None) -> list[_Checked]:
        found: list[_Checked | _Source] = []

        def missing(given: str, error: OSError) -> None:
            # Like Ruff's E902: a path that cannot be searched is a finding, and the run goes on.
            settings = self.resolver.settings_for(Path(given))
            found.append(_Checked(_unreadable(given, error, settings)))

        for shown, path in iter_python_files(
            self.args.paths,
            self.resolver,
            force_exclude=self.args.force_exclude,
            on_error=missing,
            on_broken_config=warn_broken_config,
        ):
            settings = self.resolver.settings_for(path)
            try:
                data = path.read_bytes()
                source = load(path, data)
            except _READ_ERRORS as error:
                found.append(_Checked(_unreadable(shown, error, settings)))
                continue
            found.append(_Source(shown, path, data, source, settings))
        if not found:
            print("siglint: warning: no Python files found under the given paths", file=sys.stderr)
        sources = [item for item in found if isinstance(item, _Source)]
        outcomes = self._reports(sources, cache, started)
        checked = []
        for item in found:
            if isinstance(item, _Checked):
                checked.append(item)
                continue
            report, content = outcomes[item.path]
            if self.args.fix and not self.args.diff and content != item.source.content:
                try:
                    write_atomically(item.path, content, item.data)
                except (UnicodeEncodeError, OSError) as error:
                    report = self._unfixed(report, item.source, item.settings, error)
                    content = item.source.content
            checked.append(_Checked(report, item.source, content))
        return checked

    def _reports(
        self, sources: list[_Source], cache: Cache | None, started: CheckWorker | None
    ) -> dict[Path, tuple[FileReport, str]]:
        """Each file's report (and text once fixed): from the cache, from the pre-filter, or
        checked by the pool (its first child ``started`` already, if given)."""
        reports: dict[Path, tuple[FileReport, str]] = {}
        uncached = []
        for source in sources:
            cached = None if cache is None else cache.result(*_key_of(source))
            if cached is not None:
                reports[source.path] = _unchecked(source, cached)
            else:
                uncached.append(source)
        if uncached:  # else no child checks anything
            screen = None
            if not self.args.no_prefilter:
                screen = Screen(cache=cache, texts={s.path: s.text for s in sources})
            reports.update(self._fresh_reports(uncached, cache, screen, started))
        if cache is not None:
            cache.save()
        return reports

    def _fresh_reports(
        self,
        sources: list[_Source],
        cache: Cache | None,
        screen: Screen | None,
        started: CheckWorker | None,
    ) -> dict[Path, tuple[FileReport, str]]:
        """Skipped by the pre-filter or checked; a file whose words alone say it must be checked
        goes to the children at once, so that it is checked while the others are screened."""
        packages = Packages()
        with contextlib.ExitStack() as stack:
            pool: CheckPool | None = None

            def check(source: _Source) -> None:
                nonlocal pool
                if pool is None:  # the first file to check: no child is forked before
                    # Imported here: a run that checks nothing (all cached or clean) needs no
                    # children.
                    from siglint.cli.pool import CheckPool

                    # The children inherit what this process has loaded: the rules, not libcst,
                    # which they import (``prepare``) while this process screens the others.
                    all_rules()
                    jobs = min(self.args.jobs, len(sources))
                    timeout = self.args.per_file_timeout
                    pool = CheckPool(self._check, timeout, jobs, import_engine, started=started)
                    stack.enter_context(pool)
                group = packages.of(source.path)
                pool.submit(source.path, *_arguments(source), group=group, size=len(source.text))

            undecided = []
            for source in sources:
                if screen is None or screen.obviously_needs_check(*_key_of(source)):
                    check(source)
                else:
                    undecided.append(source)
            for source in undecided:
                if screen is not None and _needs_check(screen, source):
                    check(source)
            # Screening is over: what it was made from is stored while the children check.
            if cache is not None and screen is not None:
                cache.store_screening(screen.state())
            if pool is None:
                return {source.path: _unchecked(source, ()) for source in sources}
            from siglint.cli.worker import FileAbandoned

            given = {source.path: source for source in sources}
            outcomes: dict[Hashable, _Outcome | FileAbandoned] = {}
            for path, outcome in pool.completed():
                outcomes[path] = outcome
                if cache is not None and not isinstance(outcome, FileAbandoned):
                    report, dependencies, _ = outcome
                    cache.store_result(*_key_of(given[path]), report.diagnostics, dependencies)
        reports: dict[Path, tuple[FileReport, str]] = {}
        for source in sources:
            outcome = outcomes.get(source.path)
            if outcome is None:  # proven clean by the pre-filter
                reports[source.path] = _unchecked(source, ())
            elif isinstance(outcome, FileAbandoned):
                reports[source.path] = _abandoned(
                    source.shown, source.source, source.settings, outcome
                )
            else:
                report, _, content = outcome
                reports[source.path] = (report, content)
        return reports

    def _check_stdin(self) -> list[_Checked]:
        shown = self.args.stdin_filename or "-"
        path = Path(shown)
        data = sys.stdin.buffer.read()
        if self.args.force_exclude and self.resolver.is_excluded(path):
            self._echo(data)
            return []
        settings = self.resolver.settings_for(path)
        try:
            source = load(path, data)
        except _READ_ERRORS as error:
            self._echo(data)
            return [_Checked(_unreadable(shown, error, settings))]
        self._stdin = source
        report, content = self._checked(shown, source, settings)
        output = data
        if content != source.content:
            try:
                output = encode_python(content, data)
            except UnicodeEncodeError as error:
                report = self._unfixed(report, source, settings, error)
                content = source.content
        self._echo(output)
        return [_Checked(report, source, content)]

    def _echo(self, source: bytes) -> None:
        """With ``--fix`` on standard input, the (fixed) source goes to standard output."""
        if self.args.fix and not self.args.diff:
            sys.stdout.flush()
            sys.stdout.buffer.write(source)
            sys.stdout.buffer.flush()

    def _checked(self, shown: str, source: Source, settings: Settings) -> tuple[FileReport, str]:
        """The file's report (and text once fixed) from a child, or one finding saying why there
        is none."""
        from siglint.cli.pool import CheckPool
        from siglint.cli.worker import FileAbandoned

        with CheckPool(self._check, self.args.per_file_timeout, 1) as pool:
            pool.submit(source.path, shown, source, settings)
            outcome = pool.results()[source.path]
        if isinstance(outcome, FileAbandoned):
            return _abandoned(shown, source, settings, outcome)
        return outcome[0], outcome[2]

    def _check(self, shown: str, source: Source, settings: Settings) -> _Outcome:
        """The file's report, what the check read of the project (for the cache), and the
        file's text once fixed."""
        return self._parsed.read(lambda project: self._check_file(shown, source, settings, project))

    def _check_file(
        self, shown: str, source: Source, settings: Settings, project: Project
    ) -> _Outcome:
        check = self._checker(settings, project)
        unsafe = settings.unsafe_fixes
        with project.recording() as dependencies:
            if not self.fixing:
                diagnostics = check_source_units(source, check)
                report = FileReport(
                    shown, source.text, diagnostics, unsafe_fixes=unsafe, index=source.index
                )
                return report, dependencies, source.content

            def fix(text: str, where: Path, check: Callable[[str], Any]) -> FixResult:
                shown_path = Path(shown) if where == source.path else where
                return fix_until_stable(text, shown_path, check, unsafe=unsafe)

            result = fix_source(source, fix, check)
        for note in result.notes:
            print(f"siglint: warning: {note}", file=sys.stderr)
        fixed = result.source
        report = FileReport(
            shown, fixed.text, result.diagnostics, result.fixed, unsafe, index=fixed.index
        )
        return report, dependencies, result.content

    def _checker(
        self, settings: Settings, project: Project
    ) -> Callable[[str, Path], tuple[Diagnostic, ...]]:
        """The engine's check of one module's text, as the file at a path, with ``settings``."""

        def check(text: str, path: Path) -> tuple[Diagnostic, ...]:
            return check_source(text, path, settings, project).diagnostics

        return check

    def _unfixed(
        self, report: FileReport, source: Source, settings: Settings, error: Exception
    ) -> FileReport:
        """The report of a file whose fixes could not be saved: it stays as it was."""
        print(f"siglint: error: {report.path}: fixes not written: {error}", file=sys.stderr)
        diagnostics = self._parsed.read(
            lambda project: check_source_units(source, self._checker(settings, project))
        )
        return FileReport(
            report.path,
            source.text,
            diagnostics,
            unsafe_fixes=report.unsafe_fixes,
            index=source.index,
        )

    def _print_report(self, reports: list[FileReport], *, to_stderr: bool) -> None:
        if self.args.statistics:
            text = statistics(reports, as_json=self.output_format == "json")
        else:
            text = render(self.output_format, reports, show_fixes=self.args.show_fixes)
        if self.args.output_file is not None:
            self.args.output_file.parent.mkdir(parents=True, exist_ok=True)
            self.args.output_file.write_text(plain_text(text), encoding="utf-8")
        else:
            (sys.stderr if to_stderr else sys.stdout).write(plain_text(text))

    def _print_diff(self, checked: list[_Checked]) -> None:
        for item in checked:
            if item.source is None:
                continue
            for part, before, after in item.source.changes(item.content):
                shown = item.report.path if part is None else f"{item.report.path}:{part}"
                sys.stdout.write(plain_text(_unified_diff(before, after, shown)))
        # The summary goes to standard error, so that standard output is a clean patch.
        reports = [item.report for item in checked]
        fixed = [d for report in reports for d in report.fixed]
        _, hidden = fixable_counts(reports)
        would = f"Would fix {counted(fixed)}" if fixed else ""
        more = f"{hidden} fix{'' if hidden == 1 else 'es'} available with `--unsafe-fixes`"
        if fixed and hidden:
            print(f"{would} ({more}).", file=sys.stderr)
        elif fixed:
            print(f"{would}.", file=sys.stderr)
        elif hidden:
            print(f"Nothing would be fixed ({more}).", file=sys.stderr)

    def _exit_code(self, reports: list[FileReport]) -> int:
        if self.args.exit_zero:
            return 0
        fixed = any(report.fixed for report in reports)
        if self.args.diff:
            return int(fixed)
        failing = any(self._fails(report) for report in reports)
        return int(failing or (self.args.exit_non_zero_on_fix and fixed))

    def _fails(self, report: FileReport) -> bool:
        """Whether a finding left in ``report`` is severe enough to fail the run (``fail-on``)."""
        if not report.diagnostics:
            return False
        settings = self.resolver.settings_for(Path(report.path))
        return any(settings.fails(diagnostic.severity) for diagnostic in report.diagnostics)


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
        ("fail-on", args.fail_on),
    ):
        if value is not None:
            overrides[key] = value
    return overrides


def check_source(text: str, path: Path, settings: Settings, project: Project) -> CheckResult:
    """The engine's ``check_source``, imported when a file is first checked (and never in a run
    whose files all come from the cache or are skipped)."""
    from siglint.engine import check_source as engine_check_source

    return engine_check_source(text, path, settings, project)


def _arguments(source: _Source) -> tuple[str, Source, Settings]:
    """What ``_Run._check`` takes."""
    return source.shown, source.source, source.settings


def _key_of(source: _Source) -> tuple[Path, str, Settings]:
    """What the cache and the pre-filter know a file by."""
    return source.path, source.text, source.settings


def _needs_check(screen: Screen, source: _Source) -> bool:
    return screen.needs_check(*_key_of(source), units=bool(source.source.units))


def _unchecked(source: _Source, diagnostics: tuple[Diagnostic, ...]) -> tuple[FileReport, str]:
    """The report of a file not checked in this run (cached, or skipped by the pre-filter), and
    its text, unchanged."""
    report = FileReport(
        source.shown,
        source.text,
        diagnostics,
        unsafe_fixes=source.settings.unsafe_fixes,
        index=source.source.index,
    )
    return report, source.source.content


def _unreadable(shown: str, error: Exception, settings: Settings) -> FileReport:
    """A file siglint cannot read, or CPython would refuse, gets the diagnostic of a file it
    cannot parse."""
    if isinstance(error, UnreadableSource):
        message = f"Python cannot read this file: {error.reason}"
        where = Range(error.line, error.column, error.line, error.column)
        return _file_finding(shown, SYNTAX_ERROR, message, settings, where=where)
    reason = error.strerror if isinstance(error, OSError) and error.strerror else error
    return _file_finding(shown, SYNTAX_ERROR, f"siglint cannot read this file: {reason}", settings)


def _abandoned(
    shown: str, source: Source, settings: Settings, outcome: Exception
) -> tuple[FileReport, str]:
    """The report of a file whose check gave up (``FileAbandoned``), and its text, unchanged."""
    finding = _file_finding(shown, INTERNAL_ERROR, str(outcome), settings, source=source.text)
    return finding, source.content


def _file_finding(
    shown: str,
    spec: Rule,
    message: str,
    settings: Settings,
    source: str = "",
    where: Range = _FILE_START,
) -> FileReport:
    """A file's one finding about the file itself (or a warning when ``spec`` is off).

    ``source`` is the file's Python text, which the finding points into.
    """
    if not settings.enabled(spec.code):
        # Like Ruff with E902 off: the file is still not silently skipped.
        print(f"siglint: warning: {shown}: {message}", file=sys.stderr)
        return FileReport(shown, source, ())
    severity = settings.severity_for(spec.code, spec.severity)
    diagnostic = Diagnostic(spec.code, spec.name, severity, message, where)
    return FileReport(shown, source, (diagnostic,))


def _unified_diff(before: str, after: str, shown: str) -> str:
    import difflib  # only for --diff

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
