"""The files around the one being checked: module names, and the modules its imports reach.

The core does no I/O of its own: a ``Project`` is given a ``read(path) -> str | None`` function
(the disk for the command line, open buffers first for the language server, a git revision for
``siglint diff``).

A ``Project`` lives as long as one run (or one editor request): it parses each module once and
remembers what it learnt of the file system (which files exist, which module an import
reaches), since resolving imports is asked for hundreds of times per checked file.
"""

from __future__ import annotations

import ast
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import libcst as cst
from libcst._nodes.base import CSTNode

from siglint.analysis.imports import (
    Dependencies,
    Packages,
    Reader,
    absolute_import,
    digest,
    import_candidates,
)
from siglint.analysis.imports import module_name_for as module_name_for
from siglint.analysis.imports import read_from_disk as read_from_disk
from siglint.analysis.module import ModuleInfo
from siglint.analysis.syntax import Syntax
from siglint.collector import kept_reading
from siglint.diagnostics import Range, Related
from siglint.fixes import split_lines
from siglint.sources.python import plain_text

# What parsing a module can raise besides a syntax error: a too deeply nested expression, or
# text libcst refuses (a null byte).
PARSE_ERRORS = (cst.ParserSyntaxError, RecursionError, ValueError)

Fact = TypeVar("Fact")
# How much source the modules read with ``ast`` that are kept at once hold, in characters (at
# about 20 bytes of tree and scopes per character). What was learnt from a module is remembered
# (``Project.remember``), and a module forgotten is read again if asked for: the import walk of
# a model in MLflow's own tree reads 480 modules, 6.8 million characters, several times over
# when they are not all kept (a fifth of its time).
SYNTAX_BUDGET = 8_000_000


def parse(path: Path, text: str) -> ModuleInfo:
    """``text`` parsed as the module at ``path`` (absolute); raises one of ``PARSE_ERRORS``."""
    name, _ = module_name_for(path)
    text = plain_text(text)
    with unvalidated():
        tree = cst.parse_module(text)
    return ModuleInfo(path, name, text, tree)


def _skip_validation(node: CSTNode) -> None:
    pass


_VALIDATES = CSTNode.__post_init__
# Only while ``__post_init__`` does nothing but validate: a libcst that does more there keeps it.
_MAY_SKIP = _VALIDATES.__code__.co_names == ("_validate",)
_SKIPPING = threading.Lock()


@contextmanager
def unvalidated() -> Iterator[None]:
    """libcst checks each node it builds (``__post_init__``: a quarter of a parse), which the
    nodes its parser builds from source cannot fail; libcst's own note says so. siglint builds no
    node itself; the lock keeps the swap whole when threads parse (the language server)."""
    if not _MAY_SKIP:
        yield
        return
    with _SKIPPING:
        CSTNode.__post_init__ = _skip_validation  # type: ignore[method-assign]
        try:
            yield
        finally:
            CSTNode.__post_init__ = _VALIDATES  # type: ignore[method-assign]


class Project:
    def __init__(
        self, read: Reader = read_from_disk, exists: Callable[[str], bool] = os.path.isfile
    ) -> None:
        """``read`` gives a module's text, ``exists`` whether a file is at a location: the disk
        by default, a git revision for ``siglint diff``."""
        self._read = read
        self._is_file = exists
        self._modules: dict[Path, ModuleInfo | None] = {}
        self._digests: dict[Path, str | None] = {}  # the text of each module read, as a digest
        self._packages = Packages()  # the package of each folder: dotted names, import roots
        # module path -> the folder its imports start from, and its own folder
        self._roots: dict[Path, tuple[Path, Path]] = {}
        # By location (``str(path)``): imports are looked for as strings, and making a ``Path``
        # of each place an import may lead costs more than the search.
        self._stored: dict[str, bool] = {}  # location -> whether a parsed module is stored there
        self._files: dict[str, bool] = {}  # location -> whether it is a file on disk
        # (import, root, folder) -> the paths it may reach, in order
        self._candidates: dict[tuple[str, Path, Path], tuple[str, ...]] = {}
        # (import, importer) -> the module it reached, or None
        self._found: dict[tuple[str, Path], Path | None] = {}
        self._recorders: list[Dependencies] = []
        self._broken: dict[Path, Related] = {}  # module path -> where it does not parse
        # module path -> the module as ``ast`` reads it (``syntax``), the latest asked for last
        self._syntax = _Kept()
        # module path -> its dotted name and the digest of its text, for every module ``ast``
        # read, kept or not
        self._readable: dict[Path, tuple[str, str | None]] = {}
        # kind -> module (or its path) -> (what ``remember`` computed, what computing it read of
        # the project)
        self._remembered: dict[str, dict[ModuleInfo | Path, tuple[Any, Dependencies]]] = {}
        self.held = 0  # characters of the parsed modules this project holds

    def variant(self, module: ModuleInfo) -> Project:
        """A project in which ``module`` (an altered version of a file of this one: a fix applied
        to it) stands at its path: it starts with the modules this one parsed, what it learnt of
        the file system and the facts it remembered that did not read that path, but registers
        its modules for itself, and records nothing for the cache."""
        other = Project(self._read, self._is_file)
        other._modules = {**self._modules, module.path: module}
        other.held = sum(len(m.text) for m in other._modules.values() if m is not None)
        other._digests = {**self._digests, module.path: digest(module.text)}
        other._stored = {**self._stored, str(module.path): True}
        other._found = dict(self._found)
        other._broken = dict(self._broken)
        other._syntax = self._syntax.without(module.path)
        other._readable = {p: read for p, read in self._readable.items() if p != module.path}
        # What only the file system decides: shared, and still true for both.
        other._packages, other._roots = self._packages, self._roots
        other._files, other._candidates = self._files, self._candidates
        other._remembered = {
            kind: {
                known: fact
                for known, fact in facts.items()
                if _path(known) != module.path and module.path not in fact[1].modules
            }
            for kind, facts in self._remembered.items()
        }
        return other

    @contextmanager
    def recording(self) -> Iterator[Dependencies]:
        """What the checks run meanwhile read of the project (for the cache)."""
        dependencies = Dependencies()
        self._recorders.append(dependencies)
        try:
            yield dependencies
        finally:
            self._recorders.pop()  # recordings nest; ``remove`` would take an equal outer one

    def remember(
        self,
        kind: str,
        module: ModuleInfo | Path,
        compute: Callable[[Any], Fact],
    ) -> Fact:
        """``compute(module)``, computed once for every file checked while no module changes
        (``module``: a parsed module, or the path of one ``syntax`` reads).

        For what depends on the project's modules alone, never on the file being checked (what
        importing a module raises, say): a run checking files of one package otherwise works it
        out again for every file that imports the module. What computing it read of the project
        is recorded again each time the fact is reused, so the cache still sees it.
        """
        facts = self._remembered.setdefault(kind, {})
        known = facts.get(module)
        if known is None:
            with self.recording() as read:
                known = (compute(module), read)
            facts[module] = known
        else:
            for recorder in self._recorders:
                recorder.modules.update(known[1].modules)
                for importer, imports in known[1].imports.items():
                    recorder.imports.setdefault(importer, {}).update(imports)
        return known[0]

    def read(self, path: Path) -> str | None:
        """The text of the file at ``path``, as this project reads files (open buffers first,
        for the language server); nothing is parsed or remembered."""
        return self._read(path)

    def module(self, path: Path, text: str | None = None) -> ModuleInfo | None:
        """The parsed module at ``path`` (``text`` overrides what is on disk)."""
        path = path.absolute()
        if text is None and path in self._modules:
            info = self._modules[path]
        else:
            source = text if text is not None else self._read(path)
            info = None
            self._broken.pop(path, None)
            if source is not None:
                try:
                    with kept_reading():
                        info = parse(path, source)
                except PARSE_ERRORS as error:
                    self._broken[path] = _unparsable(path, source, error)
            self._store(path, info)
            self._digests[path] = digest(source)
        self._record(path, "" if info is None else info.name)
        return info

    def syntax(self, path: Path) -> Syntax | ModuleInfo | None:
        """The module at ``path`` as ``ast`` reads it; parsed with libcst (a ``ModuleInfo``) only
        when CPython's parser refuses it, which then decides as ``module`` does whether it
        parses (None when it does not, or is no file)."""
        path = path.absolute()
        syntax = self._syntax.get(path)
        if syntax is not None:
            self._record(path, syntax.name)
            return syntax
        if path in self._modules:
            info = self._modules[path]
            if info is None:
                self._record(path, "")
                return None
            text = info.text
        else:
            source = self._read(path)
            if source is None:  # as ``module`` has it: no module there
                return self.module(path)
            self._digests[path] = digest(source)
            text = plain_text(source)
        syntax = self._read_syntax(path, text)
        if syntax is None:  # CPython's parser refuses it
            return self.module(path)
        self._syntax.keep(path, syntax)
        self._readable[path] = (syntax.name, syntax.text_digest)
        self._record(path, syntax.name)
        return syntax

    def _read_syntax(self, path: Path, text: str) -> Syntax | None:
        with kept_reading():
            try:
                tree = ast.parse(text)
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                return None
            return Syntax(path, self._packages.module(path)[0], tree, text)

    def _record(self, path: Path, name: str) -> None:
        for recorder in self._recorders:
            recorder.modules[path] = (self._digests.get(path), name)

    def loaded(self, path: Path, text: str) -> ModuleInfo | None:
        """The module already parsed at ``path`` if it was parsed from ``text``, else None.

        Lets the file being checked reuse the parse made when another file imported it.
        """
        info = self._modules.get(path.absolute())
        return info if info is not None and info.text == text else None

    def register(self, module: ModuleInfo) -> None:
        """Make ``module`` (a buffer, maybe unsaved) what imports of its path see."""
        self._store(module.path, module)
        self._digests[module.path] = digest(module.text)

    def _store(self, path: Path, info: ModuleInfo | None) -> None:
        if self._exists(path) != (info is not None):
            # An unsaved buffer now exists, or a file turned out not to parse: imports that
            # were resolved may now reach another module.
            self._found.clear()
            self._remembered.clear()
        elif self._modules.get(path, info) is not info:  # what was learnt of the old one is stale
            self._remembered.clear()
        read = self._readable.get(path)
        if read is not None and (info is None or read[1] != digest(info.text)):
            # What ``ast`` read there is not what stands there now.
            del self._readable[path]
            self._syntax.drop(path)
            self._remembered.clear()
        previous = self._modules.get(path)
        self.held += (0 if info is None else len(info.text)) - (
            0 if previous is None else len(previous.text)
        )
        self._modules[path] = info
        self._stored[str(path)] = info is not None

    def find(self, dotted: str, importer: ModuleInfo | Syntax) -> ModuleInfo | None:
        """The project module ``import dotted`` reaches from ``importer``, if there is one."""
        reached = self._reach(dotted, importer.path, lambda path: self.module(path) is not None)
        return None if reached is None else self.module(reached)

    def reach(self, dotted: str, importer: Path) -> Path | None:
        """The path of the project module ``import dotted`` reaches from the module at
        ``importer``, if there is one: ``find`` with ``ast`` (``syntax``) deciding whether a
        module parses, so that nothing is parsed with libcst but what CPython refuses."""
        return self._reach(dotted, importer, self._parses)

    def _parses(self, path: Path) -> bool:
        """Whether the module at ``path`` parses (``syntax`` is not None), read again only if
        it was never read."""
        if path in self._modules:
            return self.module(path) is not None
        read = self._readable.get(path)
        if read is None:
            return self.syntax(path) is not None
        self._record(path, read[0])
        return True

    def parsed(self, path: Path) -> ModuleInfo | None:
        """The module at ``path`` if libcst has already parsed it (nothing is parsed)."""
        info = self._modules.get(path)
        return None if info is None else self.module(path)

    def _reach(self, dotted: str, importer: Path, parses: Callable[[Path], bool]) -> Path | None:
        key = (dotted, importer)
        if key in self._found:
            reached = self._found[key]
            found = True
        else:
            itself = str(importer)
            reached = next(
                (
                    Path(candidate)
                    for candidate in self._candidate_paths(dotted, importer)
                    if candidate != itself and self._exists_at(candidate)
                ),
                None,
            )
            # A module that does not parse is not remembered: the next search skips it.
            found = reached is None or parses(reached)
            if found:
                self._found[key] = reached
        for recorder in self._recorders:
            recorder.imports.setdefault(importer, {})[dotted] = reached
        return reached if found else None

    def broken(self, dotted: str, importer: Path) -> Related | None:
        """Where Python stops reading the project module ``import dotted`` reaches from the
        module at ``importer``, when it does not parse: importing it raises ``SyntaxError``."""
        itself = str(importer)
        for candidate in self._candidate_paths(dotted, importer):
            if candidate == itself:
                continue
            # Most imports lead out of the project: no path is made for places with nothing.
            if self._exists_at(candidate) or (self._broken and Path(candidate) in self._broken):
                path = Path(candidate)
                return self._broken.get(path) if self.syntax(path) is None else None
        return None

    def _candidate_paths(self, dotted: str, importer: Path) -> tuple[str, ...]:
        places = self._roots.get(importer)
        if places is None:  # its root and its folder (a ``Path`` made once, and hashed once)
            places = self._roots[importer] = (self._packages.module(importer)[1], importer.parent)
        key = (dotted, *places)
        candidates = self._candidates.get(key)
        if candidates is None:
            candidates = self._candidates[key] = import_candidates(dotted, *places)
        return candidates

    def _exists(self, path: Path) -> bool:
        return self._exists_at(str(path))

    def _exists_at(self, location: str) -> bool:
        stored = self._stored.get(location)
        if stored is not None:
            return stored
        exists = self._files.get(location)
        if exists is None:
            exists = self._files[location] = self._is_file(location)
        return exists

    @staticmethod
    def absolute(module: str, level: int, importer: ModuleInfo | Syntax) -> str:
        """Resolve ``from ..module import x`` relative to ``importer``'s package."""
        return absolute_import(module, level, importer.name, importer.path)


class _Kept:
    """The modules read with ``ast`` that a project keeps, the latest asked for last: the
    oldest are forgotten once they hold more than ``SYNTAX_BUDGET`` characters of source."""

    def __init__(self, kept: Iterable[tuple[Path, Syntax]] = ()) -> None:
        self._syntax: OrderedDict[Path, Syntax] = OrderedDict(kept)
        self._held = sum(syntax.size for syntax in self._syntax.values())

    def get(self, path: Path) -> Syntax | None:
        syntax = self._syntax.get(path)
        if syntax is not None:
            self._syntax.move_to_end(path)
        return syntax

    def keep(self, path: Path, syntax: Syntax) -> None:
        self.drop(path)
        self._syntax[path] = syntax
        self._held += syntax.size
        while self._held > SYNTAX_BUDGET and len(self._syntax) > 1:
            self._held -= self._syntax.popitem(last=False)[1].size

    def drop(self, path: Path) -> None:
        syntax = self._syntax.pop(path, None)
        if syntax is not None:
            self._held -= syntax.size

    def without(self, path: Path) -> _Kept:
        """A copy, without the module at ``path``."""
        return _Kept((p, s) for p, s in self._syntax.items() if p != path)


def _path(module: ModuleInfo | Path) -> Path:
    return module if isinstance(module, Path) else module.path


def syntax_error(error: cst.ParserSyntaxError, text: str) -> tuple[Range, str]:
    """What the running interpreter says of the file, where it says it (libcst's parser reports
    where it gave up, often lines later: "error at 5:15" for a "(" never closed on line 4); libcst's
    own words only when CPython parses the file."""
    lines = split_lines(text)

    def inside(line: int, column: int) -> tuple[int, int]:
        # Positions can lie past the end of their line (or of the text): keep them inside.
        line = min(max(line, 1), len(lines))
        return line, min(max(column, 0), len(lines[line - 1].rstrip("\r\n")))

    try:
        ast.parse(text)
    except SyntaxError as python:
        line, column = inside(python.lineno or 1, (python.offset or 1) - 1)
        end = inside(python.end_lineno or line, (python.end_offset or 0) - 1)
        if end <= (line, column):  # CPython gives no end, or one before the start: one character
            end = inside(line, column + 1)
        message = f"SyntaxError: {python.msg}"
        return Range(line, column, *end), message
    except (ValueError, RecursionError, MemoryError):
        pass
    line, column = inside(error.raw_line, error.raw_column)
    message = f"siglint cannot parse this file: {error.message}"
    return Range(line, column, line, column), message


def _unparsable(path: Path, text: str, error: Exception) -> Related:
    if isinstance(error, cst.ParserSyntaxError):
        where, message = syntax_error(error, text)
    else:
        where, message = Range(1, 0, 1, 0), f"siglint cannot parse this file: {error}"
    return Related(path, where, message)
