"""The work done off the event loop: checking a document, fixing all of it, finding hover anchors.

Everything here takes an immutable ``Snapshot`` (the document's text, the text of every other
open document, the editor's settings) and returns core data, picklable, with positions still in
the core's convention: it runs in a child process (``lsp_server.worker``), which imports nothing
of the protocol, while the server keeps answering the client and converts the results.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from lsp_server.settings import EditorSettings
from siglint.analysis.module import ModuleInfo
from siglint.analysis.project import PARSE_ERRORS, Project
from siglint.analysis.reparse import reparse
from siglint.config import ConfigError, Settings
from siglint.diagnostics import Diagnostic, Range
from siglint.engine import check_source, trust_fixes
from siglint.fixes import FixResult, fix_until_stable
from siglint.results import CheckResult, TargetReport
from siglint.rules.internal_error import RULE as INTERNAL_ERROR
from siglint.sources import CellIndex, Source, SourceError, from_text, python_text
from siglint.sources.check import check_source_units, fix_source, in_file


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a check needs of one document version, and nothing of the protocol."""

    path: Path  # what the core checks it as
    source: str
    on_disk: bool  # a real file, so the configuration's excludes apply to it
    buffers: Mapping[Path, str]  # open documents by path: imports see them, not the disk
    editor: EditorSettings


@dataclass(frozen=True, slots=True)
class Analysis:
    """One document version's findings; none, with ``problem`` or ``note`` saying why, when it
    was not checked."""

    diagnostics: tuple[Diagnostic, ...] = ()
    result: CheckResult | None = None
    settings: Settings | None = None
    dependencies: frozenset[Path] = field(default_factory=frozenset)
    problem: str | None = None  # a configuration error the user must see
    note: str | None = None  # why the document was not checked (logged only)
    # A notebook's: where each line of its Python text lies in its cells; the diagnostics
    # (and the result's targets) are then positioned in that text.
    index: CellIndex | None = None


class _Reader:
    """Reads modules for the ``Project``: open buffers first, then the disk; remembers what."""

    def __init__(self, buffers: Mapping[Path, str]) -> None:
        self._buffers = buffers
        self.read: set[Path] = set()

    def __call__(self, path: Path) -> str | None:
        self.read.add(path)
        text = self._buffers.get(path)
        if text is None:
            return python_text(path)
        try:  # an open notebook is imported (or run) as its Python text
            return from_text(path, text).text
        except SourceError:
            return None


def _reader(snapshot: Snapshot) -> _Reader:
    """The reader of a check of ``snapshot``: the document itself is one of the open buffers
    (a notebook open in the notebook editor is no text document, and its file on disk may be
    older, or missing)."""
    return _Reader({**snapshot.buffers, snapshot.path: snapshot.source})


def settings_for(snapshot: Snapshot) -> Settings | None:
    """The document's settings; ``None`` when the configuration excludes it.

    Raises ``ConfigError``. A fresh resolver each time, so an edited ``pyproject.toml`` applies
    to the very next check, whether or not the client reports file changes.
    """
    resolver = snapshot.editor.resolver()
    if snapshot.on_disk and resolver.is_excluded(snapshot.path):
        return None
    return resolver.settings_for(snapshot.path)


def analyse(snapshot: Snapshot) -> Analysis:
    if not snapshot.editor.enable:
        return Analysis(note="siglint.enable is off")
    try:
        settings = settings_for(snapshot)
    except ConfigError as error:
        return Analysis(problem=str(error))
    if settings is None:
        return Analysis(note=f"{snapshot.path} is excluded by the configuration")
    reader = _reader(snapshot)
    project = Project(reader)
    # A Databricks source notebook is read as its cells, as ``siglint check`` reads it.
    try:
        source = from_text(snapshot.path, snapshot.source)
    except SourceError as error:
        return Analysis(note=f"{snapshot.path} cannot be read: {error}")
    _reparse(project, snapshot.path, source.text)
    results: dict[Path, CheckResult] = {}

    def check(text: str, path: Path) -> tuple[Diagnostic, ...]:
        # Fixes are verified when a code action needs them (``trusted``): at every keystroke,
        # that would cost one more check per fix.
        result = results[path] = check_source(text, path, settings, project, verify_fixes=False)
        return result.diagnostics

    diagnostics, index = _placed(source, check_source_units(source, check))
    result = replace(results[snapshot.path], diagnostics=diagnostics)
    _remember(snapshot.path, project.loaded(snapshot.path, source.text))
    return Analysis(diagnostics, result, settings, frozenset(reader.read), index=index)


def _placed(
    source: Source, diagnostics: Sequence[Diagnostic]
) -> tuple[tuple[Diagnostic, ...], CellIndex | None]:
    """Diagnostics where the document shows them: in a notebook's Python text, with the index
    that places them in its cells; else in the file's own text."""
    index = source.index
    if index is not None and index.numbers_cells:
        return tuple(diagnostics), index
    return in_file(source, diagnostics), None


# The last version of each document this process parsed, the most recent last: the next version
# is parsed by the statements its edit touched (``siglint.analysis.reparse``). A few only: a
# tree costs memory, and a document edited again has just been checked.
_PARSED: dict[Path, ModuleInfo] = {}
_PARSED_KEPT = 8


def _reparse(project: Project, path: Path, text: str) -> None:
    """Give ``project`` the document parsed from its last version, when this process has it."""
    previous = _PARSED.get(path)
    if previous is None:
        return
    try:
        module = reparse(previous, text)
    except PARSE_ERRORS:  # the check reports it
        return
    project.register(module)


def _remember(path: Path, module: ModuleInfo | None) -> None:
    _PARSED.pop(path, None)
    if module is not None:
        _PARSED[path] = module
        while len(_PARSED) > _PARSED_KEPT:
            del _PARSED[next(iter(_PARSED))]


def failed(reason: str) -> Analysis:
    """The analysis of a document whose check gave no answer: one SIG998 saying why."""
    spec = INTERNAL_ERROR
    message = f"siglint could not check this file: {reason}"
    finding = Diagnostic(spec.code, spec.name, spec.severity, message, Range(1, 0, 1, 0))
    return Analysis((finding,))


def fix_all(snapshot: Snapshot, settings: Settings) -> FixResult:
    """What ``siglint check --fix`` (``--unsafe-fixes`` if the settings say so) makes of it."""
    project = Project(_reader(snapshot))
    source = from_text(snapshot.path, snapshot.source)

    def check(text: str, path: Path) -> tuple[Diagnostic, ...]:
        return check_source(text, path, settings, project).diagnostics

    def fix(text: str, path: Path, check_text: Callable[[str], Any]) -> FixResult:
        return fix_until_stable(text, path, check_text, unsafe=settings.unsafe_fixes)

    fixed = fix_source(source, fix, check)
    return FixResult(
        fixed.content, fixed.fixed, in_file(fixed.source, fixed.diagnostics), fixed.notes
    )


def trusted(
    snapshot: Snapshot, settings: Settings, wanted: tuple[Diagnostic, ...]
) -> tuple[Diagnostic, ...]:
    """``wanted`` (diagnostics ``analyse`` gave for ``snapshot``) with only the fixes that
    re-analysis confirms, as ``siglint check`` keeps them: the document is checked again, and the
    fixes of its findings like those (same code and message) verified."""
    project = Project(_reader(snapshot))
    source = from_text(snapshot.path, snapshot.source)
    alike = {(d.code, d.message) for d in wanted}

    def check(text: str, path: Path) -> tuple[Diagnostic, ...]:
        result = check_source(text, path, settings, project, verify_fixes=False)
        chosen = [d for d in result.diagnostics if (d.code, d.message) in alike]
        return trust_fixes(result, text, settings, project, only=chosen).diagnostics

    checked, _ = _placed(source, check_source_units(source, check))
    found = {(d.code, d.message, d.range): d for d in checked}
    return tuple(found.get((d.code, d.message, d.range), replace(d, fix=None)) for d in wanted)


def hover_anchors(
    source: str, targets: tuple[TargetReport, ...]
) -> list[tuple[Range, TargetReport]]:
    """Where hovering shows a target: its name, and the ``predict`` defined in a model class."""
    anchors = [(target.range, target) for target in targets]
    by_start = {(t.range.line, t.range.column): t for t in targets}
    try:
        wrapper = MetadataWrapper(cst.parse_module(source), unsafe_skip_copy=True)
    except (cst.ParserSyntaxError, RecursionError, ValueError):
        return anchors
    finder = _PredictNames()
    wrapper.visit(finder)
    for class_start, predict in finder.found:
        target = by_start.get(class_start)
        if target is not None:
            anchors.append((predict, target))
    return anchors


class _PredictNames(cst.CSTVisitor):
    """The name of each ``predict`` defined directly in a class body, by the class name's start."""

    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[tuple[int, int], Range]] = []

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        for statement in node.body.body:
            if isinstance(statement, cst.FunctionDef) and statement.name.value == "predict":
                name = self.get_metadata(PositionProvider, node.name).start
                where = self.get_metadata(PositionProvider, statement.name)
                self.found.append(
                    (
                        (name.line, name.column),
                        Range(
                            where.start.line, where.start.column, where.end.line, where.end.column
                        ),
                    )
                )
