"""The targets of the working tree and of a git revision, found by the engine as ``siglint
schema`` finds them.

Only the files that may hold a target are parsed: the pre-filter (``siglint.prefilter``) proves
the others hold none (a target derives from, or is decorated by, a name that resolves to
MLflow's). At the revision, a file whose text and whose every module its check read are as in
the working tree has the same targets: it is not checked again. The rest is read with ``git``
(``revision``), sibling modules included.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from siglint.analysis.imports import Dependencies, import_candidates, module_name_for
from siglint.cli import DEFAULT_PER_FILE_TIMEOUT, ParsedSoFar, import_engine, warn_broken_config
from siglint.config import Settings, SettingsResolver
from siglint.config.paths import absolute, shown
from siglint.contract.compare import Signature
from siglint.contract.revision import Revision, RevisionFolders, blob_id
from siglint.files import iter_python_files
from siglint.prefilter import Screen
from siglint.rules.input_not_list import RULE as INPUT_NOT_LIST
from siglint.sources import SOURCE_SUFFIXES, Source, SourceError, load
from siglint.sources.python import UnreadableSource

# The settings the pre-filter is asked with: the rules about targets only (all need MLflow).
_TARGET_RULES = Settings(select=(INPUT_NOT_LIST.code,))


@dataclass(frozen=True, slots=True)
class Found:
    """A target of one version of the tree, and its signature."""

    key: str  # the file's path in the repository (``/``-separated)
    shown: str
    qualname: str
    kind: str
    line: int  # in its cell, for a notebook
    outcome: str
    signature: Signature
    cell: int | None = None  # a notebook's cell, numbered from 1
    file_line: int | None = None  # a notebook's line in the file's own text (its JSON)

    @classmethod
    def of(
        cls,
        target: Any,
        key: str = "",
        line: int | None = None,
        cell: int | None = None,
        file_line: int | None = None,
    ) -> Found:
        """A ``TargetReport`` as ``siglint diff`` compares it (at its own line unless told)."""
        signature = Signature(target.input_schema, target.output_schema, target.params_schema)
        line = target.line if line is None else line
        return cls(
            key, key, target.name, target.kind, line, target.outcome, signature, cell, file_line
        )

    @property
    def place(self) -> str:
        """``model.py:14``, ``train.ipynb:cell 3:2``."""
        cell = "" if self.cell is None else f":cell {self.cell}"
        return f"{self.shown}{cell}:{self.line}"


@dataclass(slots=True)
class Side:
    """What one version holds: its targets, and the files siglint could not read or check
    (whose targets are not compared, rather than reported gone)."""

    targets: list[Found] = field(default_factory=list)
    unreadable: dict[str, str] = field(default_factory=dict)  # key -> why


@dataclass(frozen=True, slots=True)
class _Checked:
    """One file's check, as a child returns it."""

    targets: tuple[Found, ...]  # without their file
    error: str | None
    dependencies: Dependencies


@dataclass(slots=True)
class _File:
    key: str
    shown: str
    source: Source
    blob: str

    @property
    def path(self) -> Path:
        return self.source.path

    @property
    def text(self) -> str:
        """The Python text (a notebook's code cells)."""
        return self.source.text


class Collector:
    """Finds the targets under ``paths`` (files or folders) in a repository rooted at ``root``."""

    def __init__(
        self,
        paths: Sequence[str],
        resolver: SettingsResolver,
        root: Path,
        seconds: float = DEFAULT_PER_FILE_TIMEOUT,
    ) -> None:
        self._paths = paths
        self._resolver = resolver
        self._root = root
        self._seconds = seconds
        self._files: dict[str, _File] = {}  # the working tree's files, by key
        self._checked: dict[str, _Checked] = {}  # the working tree's checks, by key
        self._blobs: dict[str, str | None] = {}  # location -> blob id in the working tree
        self._screen: Screen | None = None  # the working tree's pre-filter
        self._folders: dict[Path, str] = {}  # folder -> its real path

    def key(self, path: Path) -> str:
        """The file's path in the repository, ``/``-separated."""
        location = str(path)
        root = str(self._root)
        if not location.startswith(root + os.sep):
            folder = self._folders.get(path.parent)
            if folder is None:
                folder = self._folders[path.parent] = os.path.realpath(path.parent)
            location = os.path.join(folder, path.name)
        return os.path.relpath(location, root).replace(os.sep, "/")

    # ------------------------------------------------------------------ the working tree
    def working_tree(self) -> Side:
        side = Side()

        def missing(given: str, error: OSError) -> None:
            # A path deleted since the revision: what it held there is reported removed.
            if not isinstance(error, FileNotFoundError) or given not in self._paths:
                side.unreadable[given] = error.strerror or str(error)

        for name, path in iter_python_files(
            self._paths, self._resolver, on_error=missing, on_broken_config=warn_broken_config
        ):
            key = self.key(path)
            try:
                data = path.read_bytes()
                source = load(path, data)
            except (OSError, SourceError, UnreadableSource) as error:
                side.unreadable[key] = str(error)
                continue
            self._files[key] = _File(key, name, source, blob_id(data))
        screen = self._screen = Screen(texts={f.path: f.text for f in self._files.values()})
        # Screened while the child imports the engine, each file checked as soon as it is kept.
        wanted = (
            f
            for f in self._files.values()
            if screen.needs_check(f.path, f.text, _TARGET_RULES, units=bool(f.source.units))
        )
        for file, checked in self._check(wanted):
            self._checked[file.key] = checked
            self._add(side, file.key, file.shown, checked)
        return side

    # ------------------------------------------------------------------ the revision
    def at(self, revision: Revision) -> Side:
        side = Side()
        folders = [os.path.realpath(absolute(Path(p))) for p in self._paths]
        files: list[_File] = []
        for location, blob in revision.blobs.items():
            if not location.endswith(SOURCE_SUFFIXES) or not _under(location, folders):
                continue
            path = Path(location)
            key = self.key(path)
            now = self._files.get(key)
            # A file of the working tree was not excluded; one gone since may have been.
            if now is None and self._resolver.is_excluded(path):
                continue
            checked = self._checked.get(key)
            if (
                now is not None
                and checked is not None
                and now.blob == blob
                and self._unchanged(checked.dependencies, revision)
            ):
                self._add(side, key, now.shown, checked)
                continue
            try:
                # Unchanged, it is the working tree's source (read already).
                source = (
                    now.source if now is not None and now.blob == blob else revision.source(path)
                )
            except (SourceError, UnreadableSource) as error:
                side.unreadable[key] = str(error)
                continue
            assert source is not None
            files.append(_File(key, shown(path), source, blob))
        screen = Screen(
            read=revision.read,
            texts={f.path: f.text for f in files},
            folders=RevisionFolders(revision),
            readings=None if self._screen is None else self._screen.readings,
        )
        wanted = (
            f
            for f in files
            if screen.needs_check(f.path, f.text, _TARGET_RULES, units=bool(f.source.units))
        )
        for file, checked in self._check(wanted, revision):
            self._add(side, file.key, file.shown, checked)
        return side

    def _unchanged(self, dependencies: Dependencies, revision: Revision) -> bool:
        """Whether every module a working-tree check read is the same at ``revision``, and
        every import it resolved leads to the same module there."""
        for path, (text_digest, _) in dependencies.modules.items():
            location = self._location(str(path))
            if (text_digest is None) != (not revision.exists(location)):
                return False
            if text_digest is not None and revision.blobs[location] != self._blob(str(path)):
                return False
        for importer, imports in dependencies.imports.items():
            _, root = module_name_for(importer)
            itself = str(importer)
            for dotted, reached in imports.items():
                candidates = import_candidates(dotted, root, importer.parent)
                first = next(
                    (c for c in candidates if c != itself and revision.exists(self._location(c))),
                    None,
                )
                if first != (None if reached is None else str(reached)):
                    return False
        return True

    def _location(self, location: str) -> str:
        """Where a working-tree location is in ``Revision.blobs`` (the root's real path)."""
        root = str(self._root)
        if location.startswith(root + os.sep):
            return location
        return os.path.join(root, self.key(Path(location)))

    def _blob(self, location: str) -> str | None:
        if location not in self._blobs:
            try:
                self._blobs[location] = blob_id(Path(location).read_bytes())
            except OSError:
                self._blobs[location] = None
        return self._blobs[location]

    # ------------------------------------------------------------------ checking
    def _check(
        self, files: Iterable[_File], revision: Revision | None = None
    ) -> list[tuple[_File, _Checked]]:
        """Each file's targets, checked in a forked child (a file libcst cannot cope with
        costs that file only) with a ``Project`` of its own, of the working tree or of
        ``revision``. The child imports the engine as it starts: this process imports no
        libcst."""
        from siglint.cli.pool import CheckPool
        from siglint.cli.worker import FileAbandoned

        def new_project() -> Any:  # a Project, made in the checking process
            from siglint.analysis.project import Project

            return Project() if revision is None else Project(revision.read, revision.exists)

        parsed = ParsedSoFar(new_project)

        def check(source: Source) -> _Checked:
            return parsed.read(lambda project: _check_file(source, project))

        submitted: list[_File] = []
        with CheckPool(check, self._seconds, 1, import_engine) as pool:
            for file in files:
                submitted.append(file)
                pool.submit(file.key, file.source)
            outcomes = pool.results()
        results = []
        for file in submitted:
            outcome = outcomes[file.key]
            if isinstance(outcome, FileAbandoned):
                outcome = _Checked((), str(outcome), Dependencies())
            results.append((file, outcome))
        return results

    def _add(self, side: Side, key: str, name: str, checked: _Checked) -> None:
        if checked.error is not None:
            side.unreadable[key] = checked.error
            return
        side.targets += [replace(found, key=key, shown=name) for found in checked.targets]


def _check_file(source: Source, project: Any) -> _Checked:
    """The targets of the file's module and of its units (a notebook's ``%%writefile``
    modules), each at its line (a notebook's: its cell's line, the cell in ``Found.shown``)."""
    from siglint.engine import check_source
    from siglint.sources.check import unit_range

    targets = []
    with project.recording() as dependencies:
        for unit in (None, *source.units):
            text, path = (source.text, source.path) if unit is None else (unit.text, unit.path)
            result = check_source(text, path, Settings(), project, verify_fixes=False)
            if result.unparsable is not None and not result.targets and unit is None:
                return _Checked((), result.unparsable.message, dependencies)
            for t in result.targets:
                where = t.range if unit is None else unit_range(unit, t.range)
                cell, line, file_line = None, where.line, None
                if source.index is not None:
                    cell, line, _ = source.index.position(where.line, where.column)
                    file_line = source.index.file_position(where.line, where.column)[0]
                targets.append(Found.of(t, line=line, cell=cell, file_line=file_line))
    return _Checked(tuple(targets), None, dependencies)


def _under(location: str, folders: Iterable[str]) -> bool:
    return any(
        location == str(folder) or location.startswith(str(folder) + os.sep) for folder in folders
    )
